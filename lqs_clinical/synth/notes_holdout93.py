"""Held-out corpus 93: clinical ethics consultation, advance care planning and surrogate decision-making
around an admission.

MIMIC-IV-Note shaped notes (most identifiers already ``___``; unmasked dates shifted into 2100-2200 and
never labelled). About 58% of the notes carry 1-4 identifiers that escaped masking; 5% are heavy notes
(many ``___``, no plants).

Document kinds (note type in brackets):

- ``ethics_consult`` [discharge]: clinical ethics consultation note;
- ``molst_form`` [discharge]: MOLST/POLST form transcription with the registry submission;
- ``ad_registry_lookup`` [discharge]: state advance-directive registry search, pasted system text;
- ``hcp_document`` [discharge]: health care proxy transcription with witnesses and notary acknowledgement;
- ``dpoa_document`` [discharge]: durable (statutory short form) power of attorney with notary acknowledgement;
- ``guardianship_letter`` [discharge]: guardianship order, letters of guardianship, court-appointed surrogate;
- ``family_meeting`` [discharge]: goals-of-care family meeting note;
- ``code_status_order`` [discharge]: code-status change order (order detail pasted from the EHR);
- ``donor_registry_check`` [discharge]: organ-donor registry check and OPO referral note;
- ``ethics_committee_summary`` [discharge]: ethics committee case summary;
- ``nm_brain_perfusion`` [radiology]: nuclear cerebral perfusion study for brain-death determination;
- ``ct_head_prognosis`` [radiology]: CT head before a goals-of-care meeting;
- ``mri_anoxic_injury`` [radiology]: MRI brain after cardiac arrest (hypoxic-ischaemic injury);
- ``cxr_comfort_care`` [radiology]: portable chest radiograph in a DNR/DNI or comfort-care patient;
- ``cxr_device_deactivation`` [radiology]: chest radiograph before ICD/LVAD/pacemaker deactivation;
- ``ir_gastrostomy_consult`` [radiology]: IR gastrostomy/line request held or consented through a surrogate.

Label policy (as given to every held-out corpus):
PERSON is one span per name (given and family together, titles outside); LOCATION is a place below
state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries
are never labelled, and "New York" alone is the state); ORGANIZATION is a named hospital, practice, pharmacy (a
chain's store too), agency, school or employer, never a generic department, and never a drug maker, biotech or trial
sponsor named as such (a jail, prison or court is one; a payer or insurer named as such is not). DATE_REAL_YEAR is a
whole date carrying a year 1900-2030 (a bare year is not labelled; a device, drug or lot expiry date is not labelled;
a death date is). AGE_OVER_89 labels the digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the
(21) serial) or a hospital asset tag; lot, GTIN, REF, model and expiry are not identifiers. A toll-free phone number
(800, 888, 877, 866, 855, 844, 833) is a public line: never labelled; a device maker's or vendor's toll-free fax
neither, a practice's toll-free fax is FAX. ACCOUNT covers account, encounter, incident/run, accession, order,
requisition, claim and specimen numbers, and a vendor's call or session id for the patient's encounter; HEALTH_PLAN
member, subscriber and policy ids (an employer's group number is not the member's id: leave it unlabelled); LICENSE
medical, nursing, EMS, DEA and driver's licences and a clinician's NPI. Spans hold the value only: cue words ("Dr.",
"MRN:", "pager", "Fax", "SN", "plate", "Acct") and credentials ("MD", "RN") stay outside.

Choices for identifiers the policy does not name:

- ACCOUNT: ethics consultation and ethics committee case numbers, advance-directive and MOLST registry query and
  confirmation numbers, OPO referral numbers, code-status and comfort-care order numbers, encounter numbers,
  interpreter vendor call ids, radiology accession and order numbers.
- LICENSE: the physician's licence number on a MOLST/POLST form, NPIs, DEA numbers, nursing licences, a driver's
  licence shown to the notary, and an attorney's registration number (as corpus 73).
- HEALTH_PLAN: Medicare MBI, Medicaid CIN, commercial and Medicare Advantage member, subscriber and policy ids.
- DEVICE_ID: ICD, pacemaker and LVAD controller serials, the (21) serial of a UDI, ventilator and pump asset tags.
- VEHICLE_ID: ambulance and ambulette plates and VINs, a family car's plate on a parking validation.
- ORGANIZATION: hospitals, nursing homes, hospices, law firms, courts (Surrogate's, Supreme, County Court),
  organ procurement organisations, non-profit guardianship agencies, congregations, employers, chain pharmacy stores.
- LOCATION: towns, city neighbourhoods and counties ("Qualified in Tompkins County", "County of Broome").
- FAX: a hospice's or nursing home's toll-free intake fax (a practice's); PHONE never for toll-free lines.
- Masked as ``___`` (no category): advance-directive registry registrant ids, donor-registry enrolment ids, notary
  commission numbers and their expiry dates, court index and docket numbers, e-signature envelope ids.
- Left unlabelled (look-alikes): statutes and articles (Family Health Care Decisions Act, Article 81, Article 17-A,
  Article 29-C, Uniform Anatomical Gift Act), landmark case names (Quinlan, Cruzan, Schiavo), form numbers
  (DOH-5003), registries and public programmes (MOLST registry, Donate Life registry), the regulator as a form
  issuer, payers, device makers, model/REF/lot/GTIN and UDI expiry, drug brands, NDCs, scores and scales, bare
  years, ages under 90, shifted dates, toll-free public lines, public websites, employer group numbers, states and
  countries.

Written blind: the writer read only this project's ``lqs_clinical/synth/holdout_measure.py``, the first 45 lines
of ``lqs_clinical/synth/notes.py`` (``CATEGORIES``, ``LabelledNote``), ``pyproject.toml``,
``/work/shared/reference/mimic-iv-schema.md``, ``/work/shared/reference/known-data-issues.md``,
``/work/shared/data/SOURCES.md`` and the synthetic note-shaped samples it names, and the corpus brief. No detector
code, rule file, other corpus, test, benchmark or history was read, and the detector was never run.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

# --------------------------------------------------------------------------------------------------
# Look-alike pools (never labelled)
# --------------------------------------------------------------------------------------------------

_EPONYMS = (
    "Glasgow Coma Scale", "Karnofsky", "Palliative Performance Scale", "Cheyne-Stokes", "Babinski", "Lewy body",
    "Creutzfeldt-Jakob", "Alzheimer", "Parkinson", "Huntington", "Guillain-Barré", "Foley", "Swan-Ganz",
    "Hunt and Hess", "Richmond Agitation-Sedation Scale", "Charlson", "Cushing reflex", "Wernicke", "Korsakoff",
    "Hickman", "Tenckhoff", "Trendelenburg", "Kübler-Ross", "Jonsen four-box", "Beauchamp and Childress",
    "Clinical Frailty Scale", "APACHE II", "Mallampati", "Battle sign", "FOUR score",
)
_LEGAL = (
    "Family Health Care Decisions Act", "Article 81", "Article 17-A", "Article 29-C", "Uniform Anatomical Gift Act",
    "Quinlan", "Cruzan", "Schiavo", "DOH-5003", "MOLST registry", "Donate Life registry",
    "Surrogate's Court Procedure Act",
    "Mental Hygiene Law", "Public Health Law", "POLST Paradigm", "Five Wishes",
)
_DRUGS = (
    "Dilaudid", "Roxanol", "Ativan", "Haldol", "Precedex", "Levophed", "Versed", "Robinul", "Duragesic", "Seroquel",
    "Eliquis", "Keppra", "Lasix", "Transderm Scop", "Ensure Plus", "Neurolite", "Ceretec", "Omnipaque",
)
_DEVICES = (
    "HeartMate 3", "Medtronic", "Abbott", "Boston Scientific", "LifeVest", "BiPAP", "Trilogy Evo", "Hamilton C6",
    "Puritan Bennett 980", "LUCAS", "Arctic Sun", "PleurX", "Cortrak", "Omnicell", "Pyxis", "DocuSign", "Epic",
    "Vocera", "MAGNETOM Vida", "Revolution CT",
)
EPONYMS_AND_BRANDS = tuple(dict.fromkeys(_EPONYMS + _LEGAL + _DRUGS + _DEVICES))

_STATES = (
    "New York", "New Jersey", "Vermont", "Pennsylvania", "Connecticut", "Massachusetts", "Florida", "Ohio",
    "North Carolina", "Arizona", "Maine", "Georgia",
)
_COUNTRIES = (
    "Canada", "Poland", "Nigeria", "Vietnam", "Ireland", "the Dominican Republic", "Italy", "Greece", "India",
    "Ukraine", "Mexico", "Ghana", "the Philippines",
)
_DEPTS = (
    "Ethics Consultation Service", "Palliative Care Team", "Department of Social Work", "Spiritual Care",
    "Patient Relations", "Office of General Counsel", "Case Management", "Risk Management", "Nursing Supervisor",
    "Interpreter Services", "Health Information Management",
)
_HOTLINES = (
    "1-800-422-7410", "1-888-784-3352", "(877) 603-1187", "866-247-9930", "1-855-314-6602", "844-730-2218",
)
_PUBLIC_SITES = (
    "www.health.ny.gov", "https://polst.org", "www.donatelife.net", "https://www.nia.nih.gov/health/advance-care-planning",
    "www.caringinfo.org", "https://www.nysbar.com/elderlaw", "www.molst.org",
)

# --------------------------------------------------------------------------------------------------
# Surrogate value pools (fictitious)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Margaret", "Eleanor", "Dolores", "Chidi", "Aurelio", "Thuy", "Rosalind", "Kwame", "Ingrid", "Matteo", "Yesenia",
    "Bartholomew", "Soo-jin", "Fatima", "Desmond", "Lorraine", "Anselm", "Priya", "Gunnar", "Henrietta", "Obadiah",
    "Marisol", "Teodora", "Lucian", "Winifred", "Rashida", "Cornelius", "Agnieszka", "Emeka", "Bettina", "Ruben",
    "Harriet", "Imelda", "Jaroslav", "Keisha", "Leopold", "Mireille", "Nathaniel", "Oksana", "Percival", "Quentin",
    "Rosario", "Siobhan", "Tobias", "Ursula", "Valentin", "Wilhelmina", "Xiomara", "Yusuf", "Zofia", "Abigail",
    "Benedict", "Celestine", "Dmitri", "Evangeline", "Florian", "Genevieve", "Hyun-woo", "Ignatius", "Juniper",
)
_LAST = (
    "Okafor", "Lindqvist", "Castellano", "Nguyen", "Brannigan", "Adeyemi", "Halvorsen", "Moriarty", "Szymanski",
    "Delacroix", "Ferreira", "Kowalczyk", "Ruiz-Delgado", "O'Halloran", "Tanaka", "Abernathy", "Vukovic", "Mensah",
    "Rosenthal", "Papadakis", "Quintero", "Whitcombe", "Iwasaki", "Lachance", "Oyelaran", "Sandoval", "Thorsen",
    "Umberger", "Valdivia", "Wojcik", "Yamamoto", "Zeller", "Achterberg", "Bellweather", "Cavanaugh", "Dunleavy",
    "Esposito", "Fairbanks", "Gallagher", "Hargrove", "Ibarra", "Jablonski", "Kristiansen", "Lombardi", "McCreary",
    "Nakashima", "Ostrowski", "Pellegrino", "Rasmussen", "Stavros", "Trevino", "Underhill", "Vanterpool",
    "Westergaard", "Yilmaz", "Zabriskie", "Bhattacharya", "Chukwu", "Dressler", "Engstrom",
)
_TOWNS = (
    "Cortland", "Homer", "Owego", "Canandaigua", "Seneca Falls", "Penn Yan", "Oneonta", "Cobleskill", "Norwich",
    "Oswego", "Fulton", "Skaneateles", "Geneva", "Horseheads", "Elmira Heights", "Watkins Glen", "Lowville", "Malone",
    "Saranac Lake", "Ticonderoga", "Hudson Falls", "Glens Falls", "Gloversville", "Little Falls", "Herkimer", "Ilion",
    "Camden", "Baldwinsville", "Liverpool", "Cicero", "Fayetteville", "Manlius", "Cazenovia", "Sherburne", "Sidney",
    "Walton", "Delhi", "Margaretville", "Kingston", "New Paltz", "Ellenville", "Monticello", "Port Jervis",
    "Middletown", "Newburgh", "Beacon", "Peekskill", "Ossining", "Brewster", "Riverhead", "Patchogue", "Astoria",
    "Flushing", "Bay Ridge", "Canarsie", "Inwood", "Mott Haven", "Bushwick", "Brattleboro", "Bennington",
    "Binghamton", "Ithaca", "Utica", "Schenectady", "Troy", "Saratoga Springs", "Plattsburgh", "Massena", "Potsdam",
    "Ogdensburg", "Watertown", "Auburn", "Batavia", "Lockport", "Olean", "Salamanca", "Jamestown", "Dunkirk",
)
_COUNTIES = (
    "Tompkins County", "Chenango County", "Otsego County", "Schoharie County", "Madison County", "Cayuga County",
    "Seneca County", "Yates County", "Steuben County", "Chemung County", "Tioga County", "Broome County",
    "Ulster County", "Sullivan County", "Dutchess County", "Putnam County", "Oneida County", "Herkimer County",
    "Lewis County", "Jefferson County", "St. Lawrence County", "Franklin County", "Essex County", "Warren County",
    "Saratoga County", "Fulton County", "Montgomery County", "Onondaga County", "Oswego County", "Wayne County",
    "Ontario County", "Livingston County", "Allegany County", "Cattaraugus County", "Chautauqua County",
)
_STREETS = (
    "Birchwood Lane", "Elm Street", "Route 13", "Cayuga Heights Road", "Tioughnioga Drive", "Orchard Hill Road",
    "West Genesee Street", "Lakeview Terrace", "Old Stage Road", "Mill Pond Court", "Chestnut Ridge Road",
    "North Main St.", "Fairgrounds Drive", "Quarry Road", "Wyckoff Avenue", "Linden Blvd", "Owasco Street",
    "Sunset Circle", "Pleasant Valley Rd", "Academy St", "Church Street", "County Route 7", "Hollister Place",
    "Van Buren Avenue", "Merriweather Way", "Kinney Hollow Road", "Belmont Ave.", "Clinton Street",
)
_HOSPITALS = (
    "St. Agatha Regional Medical Center", "Ridgeview Memorial Hospital", "Lakeshore General Hospital",
    "Mohawk Valley Community Hospital", "Hudson Crest Medical Center", "Tri-County Samaritan Hospital",
    "Our Lady of the Lakes Hospital", "Upper Susquehanna Health", "Salt City University Hospital",
    "Wyndham Park Hospital", "Thornbury Medical Center", "Kettle Brook Hospital", "Glenmora Valley Hospital",
)
_SNFS = (
    "Maple Crest Rehabilitation and Nursing", "Willow Bend Nursing Home", "Briarwood Manor Skilled Nursing",
    "Cedar Knoll Health Care Center", "Mercy Ridge Nursing and Rehabilitation", "Oakhaven Care Center",
    "Sunnyfield Residential Health Care Facility", "Heritage Commons Nursing Home", "The Pines at Cortland Heights",
)
_HOSPICES = (
    "Hospice of the Chemung Valley", "Evening Star Hospice", "Hospice Care of Seneca Lake",
    "Lighthouse Hospice & Palliative Care", "Cardinal Point Hospice", "Hospice of the Catskills",
    "Stillwater Home Hospice",
)
_LAWFIRMS = (
    "Draper & Okonjo, PLLC", "Whitfield Elder Law Group", "Marchetti, Bloom & Tansey LLP", "Law Office of Renata Szabo",
    "Harrow & Pike Estate Planning", "Coldwater Legal Aid Society", "Brightwater Elder Law, P.C.",
)
_COURTS = (
    "Onondaga County Surrogate's Court", "Tompkins County Supreme Court", "Broome County Surrogate's Court",
    "Oneida County Court", "Chemung County Surrogate's Court", "Albany County Supreme Court",
    "Ulster County Surrogate's Court", "Cayuga County Supreme Court",
)
_OPOS = (
    "Central Hudson Donor Alliance", "Lakes Region Gift of Life Network", "Tri-River Organ Recovery Organization",
    "Northern Tier Donor Services", "Seaway Valley Organ and Tissue Network",
)
_GUARD_AGENCIES = (
    "Mohawk Valley Guardianship Services", "Community Guardianship Partners of Broome",
    "Southern Tier Guardianship Corporation", "Sterling Fiduciary Services", "Northcountry Adult Guardianship Project",
)
_CONGREGATIONS = (
    "St. Casimir Parish", "Grace Episcopal Church of Homer", "First Baptist Church of Owego", "Masjid al-Noor of Utica",
    "Holy Trinity Ukrainian Catholic Church", "Temple Beth Israel of Binghamton", "Zion Lutheran Church",
)
_EMPLOYERS = (
    "Harlow Tool & Die", "Seneca Valley School District", "Bellwether Dairy Cooperative",
    "Tri-Cities Transit Authority",
    "Endicott Shoe Company", "Mid-State Correctional Facility", "Chenango Valley Central School",
)
_PHARMACIES = ("Kinney Drugs", "Wegmans Pharmacy", "CVS Pharmacy", "Tops Pharmacy", "Walgreens")
_AREA = ("315", "518", "585", "607", "716", "845", "914", "347", "212", "631", "973", "802", "570", "718")
_TOLLFREE = ("800", "888", "877", "866", "855", "844", "833")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
)
_REL = (
    "daughter", "son", "wife", "husband", "niece", "nephew", "sister", "brother", "partner", "friend",
    "granddaughter", "grandson", "stepdaughter", "cousin",
)
_EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "verizon.net", "twcny.rr.com")
_STAFF_DOMAINS = ("stagatha.org", "ridgeviewhealth.org", "lakeshoregeneral.org", "hudsoncrestmed.org", "upsush.org")


def _frac(x: float) -> float:
    return x - int(x)


# --------------------------------------------------------------------------------------------------
# Value generators (the labelled values)
# --------------------------------------------------------------------------------------------------

def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _person(r: random.Random) -> str:
    first, last = r.choice(_FIRST), r.choice(_LAST)
    f = r.randrange(10)
    if f < 5:
        return f"{first} {last}"
    if f < 7:
        return f"{first} {r.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
    if f < 8:
        return f"{last.upper()}, {first.upper()}"
    if f < 9:
        return f"{last}, {first}"
    return f"{first.upper()} {last.upper()}"


def _person_plain(r: random.Random) -> str:
    first, last = r.choice(_FIRST), r.choice(_LAST)
    if r.random() < 0.25:
        return f"{first} {r.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
    return f"{first} {last}"


def _phone_like(r: random.Random, area: str | None = None) -> str:
    a = area or r.choice(_AREA)
    ex = str(r.randint(212, 989))
    while ex == "555":
        ex = str(r.randint(212, 989))
    line = _digits(r, 4)
    f = r.randrange(7)
    if f == 0:
        return f"({a}) {ex}-{line}"
    if f == 1:
        return f"{a}-{ex}-{line}"
    if f == 2:
        return f"{a}.{ex}.{line}"
    if f == 3:
        return f"+1 {a} {ex} {line}"
    if f == 4:
        return f"{a} {ex} {line}"
    if f == 5:
        return f"({a}){ex}-{line}"
    return f"1-{a}-{ex}-{line}"


def _pager(r: random.Random) -> str:
    f = r.randrange(5)
    if f == 0:
        return f"{r.randint(1, 9)}-{_digits(r, 4)}"
    if f == 1:
        return _digits(r, 5)
    if f == 2:
        return f"{r.randint(2, 9)}{_digits(r, 3)}"
    if f == 3:
        return f"{r.choice(_AREA)}-{r.randint(212, 989)}-{_digits(r, 4)}"
    return f"{_digits(r, 3)}-{_digits(r, 4)}"


def _email(r: random.Random) -> str:
    first, last = r.choice(_FIRST).lower().replace("-", ""), r.choice(_LAST).lower().replace("'", "").replace("-", "")
    f = r.randrange(5)
    if f == 0:
        local = f"{first}.{last}"
    elif f == 1:
        local = f"{first[0]}{last}{r.randint(1, 99)}"
    elif f == 2:
        local = f"{last}_{first}"
    elif f == 3:
        local = f"{first}{last[:4]}.hcp"
    else:
        local = f"{last}.family{r.randint(1950, 1999)}"
    return f"{local}@{r.choice(_EMAIL_DOMAINS)}"


def _email_staff(r: random.Random) -> str:
    first, last = r.choice(_FIRST).lower().replace("-", ""), r.choice(_LAST).lower().replace("'", "").replace("-", "")
    local = r.choice((f"{first[0]}{last}", f"{first}.{last}", f"{last}{first[0]}", f"{first}.{last}{r.randint(2, 9)}"))
    if r.random() < 0.08:
        local = r.choice(("ethics.consult", "acp.office", "palliative.intake"))
    return f"{local}@{r.choice(_STAFF_DOMAINS)}"


def _url(r: random.Random) -> str:
    host = r.choice(("portal.stagatha.org", "records.ridgeviewhealth.org", "mychart.lakeshoregeneral.org",
                     "docs.hudsoncrestmed.org", "esign.whitfieldelderlaw.com", "share.upsush.org"))
    path = r.choice(("ad/doc/", "scan/ACP-", "media/view?id=", "envelope/audit/", "documents/hcp/", "molst/pdf/"))
    tail = _digits(r, r.randint(6, 9)) if r.random() < 0.6 else "".join(r.choice("abcdef0123456789") for _ in range(12))
    scheme = r.choice(("https://", "https://", "http://"))
    return f"{scheme}{host}/{path}{tail}"


def _ip(r: random.Random) -> str:
    f = r.randrange(6)
    if f == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if f == 1:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if f == 2:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if f == 3:
        return "2600:" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{r.randint(1, 4095):x}"
    return f"{r.choice((24, 47, 67, 68, 69, 71, 73, 74, 98, 104, 173, 184))}.{r.randint(0, 255)}." \
           f"{r.randint(0, 255)}.{r.randint(1, 254)}"


def _ssn(r: random.Random) -> str:
    area = r.randint(1, 899)
    while area == 666:
        area = r.randint(1, 899)
    a, g, s = f"{area:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
    f = r.randrange(5)
    if f < 3:
        return f"{a}-{g}-{s}"
    if f == 3:
        return f"{a} {g} {s}"
    return f"{a}{g}{s}"


def _mrn(r: random.Random) -> str:
    f = r.randrange(5)
    if f == 0:
        return _digits(r, 8)
    if f == 1:
        return _digits(r, 7)
    if f == 2:
        return f"{r.choice('ABHKMRS')}{_digits(r, 7)}"
    if f == 3:
        return f"00{_digits(r, 7)}"
    return f"{r.choice(('SAR', 'RMH', 'LGH'))}-{_digits(r, 6)}"


def _acct_ethics(r: random.Random) -> str:
    return r.choice((f"EC-{r.randint(2120, 2190)}-{_digits(r, 4)}", f"ETH{_digits(r, 6)}", f"E{_digits(r, 5)}-C",
                     f"ECS-{_digits(r, 5)}"))


def _acct_registry(r: random.Random) -> str:
    al = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
    return r.choice((f"{''.join(r.choice(al) for _ in range(4))}-{_digits(r, 5)}", f"Q{_digits(r, 9)}",
                     f"MR{_digits(r, 7)}", f"{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 2)}"))


def _acct_opo(r: random.Random) -> str:
    return r.choice((f"R{_digits(r, 7)}", f"{_digits(r, 2)}-{_digits(r, 5)}", f"REF{_digits(r, 6)}",
                     f"DR-{_digits(r, 6)}"))


def _acct_order(r: random.Random) -> str:
    return r.choice((_digits(r, 9), f"ORD{_digits(r, 8)}", f"{_digits(r, 3)}{_digits(r, 6)}", f"O-{_digits(r, 7)}"))


def _acct_enc(r: random.Random) -> str:
    return r.choice((_digits(r, 10), f"V{_digits(r, 9)}", f"{_digits(r, 4)}-{_digits(r, 6)}", f"HAR{_digits(r, 8)}"))


def _acct_call(r: random.Random) -> str:
    return r.choice((_digits(r, 7), f"LL{_digits(r, 8)}", f"{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 3)}",
                     f"VRI-{_digits(r, 6)}"))


def _acc_rad(r: random.Random) -> str:
    return r.choice((f"{_digits(r, 8)}", f"RA{_digits(r, 8)}", f"NM-{_digits(r, 6)}", f"CT{_digits(r, 7)}",
                     f"{_digits(r, 2)}-{_digits(r, 7)}"))


_MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def _mbi(r: random.Random) -> str:
    an = _MBI_A + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(_MBI_A) + r.choice(an) + _digits(r, 1) + r.choice(_MBI_A) + r.choice(an)
         + _digits(r, 1) + r.choice(_MBI_A) + r.choice(_MBI_A) + _digits(r, 2))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if r.random() < 0.4 else s


def _cin(r: random.Random) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return f"{r.choice(al)}{r.choice(al)}{_digits(r, 5)}{r.choice(al)}"


def _member(r: random.Random) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ"
    f = r.randrange(5)
    if f == 0:
        return f"{''.join(r.choice(al) for _ in range(3))}{_digits(r, 9)}"
    if f == 1:
        return f"W{_digits(r, 10)}"
    if f == 2:
        return f"{_digits(r, 9)}{r.choice(('01', '02', '00'))}"
    if f == 3:
        return f"{r.choice(al)}{_digits(r, 8)}"
    return f"{_digits(r, 4)}-{_digits(r, 5)}"


def _npi(r: random.Random) -> str:
    base = r.choice("12") + _digits(r, 8)
    total = 0
    for k, ch in enumerate(reversed("80840" + base)):
        d = int(ch)
        if k % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base + str((10 - total % 10) % 10)


def _dea(r: random.Random) -> str:
    d = [r.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return r.choice("ABFM") + r.choice("ABCDEFGHKLMNOPRSTWZ") + "".join(map(str, d)) + str(check)


def _medlic(r: random.Random) -> str:
    return r.choice((_digits(r, 6), f"{r.randint(1, 3)}{_digits(r, 5)}", f"{_digits(r, 3)}-{_digits(r, 3)}",
                     f"0{_digits(r, 6)}"))


def _dl(r: random.Random) -> str:
    f = r.randrange(4)
    if f == 0:
        return f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}"
    if f == 1:
        return _digits(r, 9)
    if f == 2:
        return f"{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{_digits(r, 8)}"
    return f"{r.choice('SDPR')}{_digits(r, 3)}-{_digits(r, 4)}-{_digits(r, 4)}"


def _atty(r: random.Random) -> str:
    return r.choice((_digits(r, 7), f"{r.randint(1, 5)}{_digits(r, 6)}"))


def _rnlic(r: random.Random) -> str:
    return r.choice((_digits(r, 6), f"{r.randint(5, 7)}{_digits(r, 5)}", f"RN{_digits(r, 6)}"))


def _device_sn(r: random.Random) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ"
    f = r.randrange(5)
    if f == 0:
        return f"{''.join(r.choice(al) for _ in range(3))}{_digits(r, 6)}{r.choice(al)}"
    if f == 1:
        return f"{_digits(r, 3)}{''.join(r.choice(al) for _ in range(2))}{_digits(r, 5)}"
    if f == 2:
        return f"MCS-{_digits(r, 7)}"
    if f == 3:
        return f"{r.choice(al)}{_digits(r, 9)}"
    return f"{_digits(r, 2)}{r.choice(al)}{_digits(r, 6)}"


def _asset(r: random.Random) -> str:
    return r.choice((f"BME-{_digits(r, 6)}", f"{_digits(r, 7)}", f"CE{_digits(r, 5)}", f"RT-{_digits(r, 5)}",
                     f"A{_digits(r, 6)}"))


def _udi_sn(r: random.Random) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return f"{r.choice(al)}{r.choice(al)}{_digits(r, 7)}"


def _plate(r: random.Random) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ"
    f = r.randrange(5)
    if f == 0:
        return f"{''.join(r.choice(al) for _ in range(3))}-{_digits(r, 4)}"
    if f == 1:
        return f"{''.join(r.choice(al) for _ in range(3))} {_digits(r, 4)}"
    if f == 2:
        return f"{_digits(r, 5)}-MA"
    if f == 3:
        return f"AMB{_digits(r, 4)}"
    return f"{_digits(r, 3)}{''.join(r.choice(al) for _ in range(3))}"


_VIN_VAL = {**{str(d): d for d in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
            "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7,
            "Y": 8, "Z": 9}
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vin(r: random.Random) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    chars = [r.choice(("1FD", "1GB", "3C7", "1FT", "2C4", "5TD", "1N6"))[k] for k in range(3)]
    chars += [r.choice(al) for _ in range(14)]
    chars[9] = r.choice("ABCDEFGHJKLMNPRSTVWXY")
    total = sum(_VIN_VAL[c] * w for c, w in zip(chars, _VIN_W, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def _zip(r: random.Random) -> str:
    z = f"{r.choice(('12', '13', '14', '10', '11'))}{_digits(r, 3)}"
    return f"{z}-{_digits(r, 4)}" if r.random() < 0.2 else z


def _street(r: random.Random) -> str:
    n = r.randint(2, 4899)
    s = r.choice(_STREETS)
    f = r.randrange(6)
    if f == 0:
        return f"{n} {s}, Apt {r.randint(1, 9)}{r.choice('ABCD')}"
    if f == 1:
        return f"{n}{r.choice('AB')} {s}"
    return f"{n} {s}"


def _date(r: random.Random, lo: int, hi: int) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    mon = _MONTHS[m - 1]
    f = r.randrange(8)
    if f == 0:
        return f"{m:02d}/{d:02d}/{y}"
    if f == 1:
        return f"{m}/{d}/{y}"
    if f == 2:
        return f"{mon} {d}, {y}"
    if f == 3:
        return f"{mon[:3]} {d}, {y}" if m != 5 else f"May {d} {y}"
    if f == 4:
        return f"{d} {mon} {y}"
    if f == 5:
        return f"{y}-{m:02d}-{d:02d}"
    if f == 6:
        return f"{d:02d}-{mon[:3].upper()}-{y}"
    return f"{m:02d}-{d:02d}-{y}"


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _date_notary(r: random.Random) -> str:
    y, m, d = r.randint(2003, 2025), r.randint(1, 12), r.randint(1, 28)
    if r.random() < 0.5:
        return f"{_ordinal(d)} day of {_MONTHS[m - 1]}, {y}"
    return f"{_ordinal(d)} day of {_MONTHS[m - 1]} in the year {y}"


def _age(r: random.Random) -> str:
    return str(r.choice((90, 90, 91, 91, 92, 92, 93, 93, 94, 94, 95, 95, 96, 96, 97, 98, 99, 100, 101, 102, 103, 104)))


_GEN: dict[str, Callable[[random.Random], str]] = {
    "person": _person,
    "person_plain": _person_plain,
    "town": lambda r: r.choice(_TOWNS),
    "county": lambda r: r.choice(_COUNTIES),
    "place": lambda r: r.choice(_TOWNS) if r.random() < 0.75 else r.choice(_COUNTIES),
    "hospital": lambda r: r.choice(_HOSPITALS),
    "snf": lambda r: r.choice(_SNFS),
    "hospice": lambda r: r.choice(_HOSPICES),
    "lawfirm": lambda r: r.choice(_LAWFIRMS),
    "court": lambda r: r.choice(_COURTS),
    "opo": lambda r: r.choice(_OPOS),
    "guard": lambda r: r.choice(_GUARD_AGENCIES),
    "congregation": lambda r: r.choice(_CONGREGATIONS),
    "employer": lambda r: r.choice(_EMPLOYERS),
    "pharmacy": lambda r: r.choice(_PHARMACIES),
    "facility": lambda r: r.choice(_HOSPITALS + _SNFS + _HOSPICES),
    "date_doc": lambda r: _date(r, 2002, 2026),
    "date_dob": lambda r: _date(r, 1919, 1946),
    "date_death": lambda r: _date(r, 2018, 2027),
    "date_notary": _date_notary,
    "age": _age,
    "device": _device_sn,
    "asset": _asset,
    "udi": _udi_sn,
    "plate": _plate,
    "vin": _vin,
    "medlic": _medlic,
    "npi": _npi,
    "dl": _dl,
    "atty": _atty,
    "dea": _dea,
    "rnlic": _rnlic,
    "phone": _phone_like,
    "fax": _phone_like,
    "fax_tollfree": lambda r: _phone_like(r, r.choice(_TOLLFREE)),
    "pager": _pager,
    "email": _email,
    "email_staff": _email_staff,
    "url": _url,
    "ip": _ip,
    "ssn": _ssn,
    "mrn": _mrn,
    "acct_ethics": _acct_ethics,
    "acct_registry": _acct_registry,
    "acct_opo": _acct_opo,
    "acct_order": _acct_order,
    "acct_enc": _acct_enc,
    "acct_call": _acct_call,
    "acc_rad": _acc_rad,
    "mbi": _mbi,
    "cin": _cin,
    "member": _member,
    "zip": _zip,
    "street": _street,
}

# --------------------------------------------------------------------------------------------------
# Planting templates: (where, text with exactly one {v}, generator). where: a = any note, d = discharge-type
# documents, r = radiology reports. Other fields: {rel} relation, {st} a US state, {ctry} a country, {sd} a shifted
# date, {tm} a time, {dept} a generic department, {tf} a toll-free public line.
# --------------------------------------------------------------------------------------------------

_T: dict[str, list[tuple[str, str, str]]] = {
    "PERSON": [
        ("a", "Health care agent: {v} ({rel})", "person"),
        ("a", "Discussed with Dr. {v}, attending of record, at {tm}.", "person_plain"),
        ("d", "Surrogate per FHCDA hierarchy: {v}, {rel}; alternate agent ___.", "person"),
        ("d", "Notary Public: {v}\nCommission No. ___   Qualified in ___", "person"),
        ("d", "Present: pt's {rel} {v}, SW ___, chaplain ___, bedside RN ___.", "person_plain"),
        ("a", "Ethics consultant: {v}, MA, HEC-C", "person_plain"),
        ("d", "| Agent (primary) | {v} | {rel} | ___ |", "person"),
        ("d", "Witness 1: {v}          Witness 2: ___", "person"),
        ("r", "Preliminary findings called to {v}, RN, at {tm} by the resident.", "person_plain"),
        ("r", "Findings discussed with the patient's {rel}, {v}, at the request of the palliative team.",
         "person_plain"),
        ("d", "-- electronically signed by {v} MD  {sd} {tm}", "person_plain"),
        ("d", "I, {v}, hereby appoint ___ as my health care agent to make any and all health care decisions.",
         "person"),
        ("d", "Guardian ad litem: {v}, Esq.", "person_plain"),
        ("d", "REGISTRANT......: {v}", "person"),
        ("r", "Read by: {v}, M.D. / attending radiologist", "person_plain"),
        ("d", "Pt's {rel} (self-identified as\nspokesperson) {v} asked that all calls go to her first.",
         "person_plain"),
        ("d", "Chaplain {v} (Spiritual Care) offered prayer; family declined sacrament of the sick.", "person_plain"),
        ("a", "Court evaluator: {v}", "person_plain"),
    ],
    "LOCATION": [
        ("a", "Patient lives alone in {v}; nearest family is in {st}.", "town"),
        ("d", "Address on file: ___, {v}, NY ___", "town"),
        ("d", "Notary qualified in {v}; commission expires ___.", "county"),
        ("r", "COMPARISON: outside CT head from a facility in {v}, images pushed to PACS.", "town"),
        ("d", "Daughter driving in from {v} tonight; son lives in {ctry}.", "place"),
        ("d", "Principal resides in the Town of {v}, ___ County, New York.", "town"),
        ("d", "STATE OF NEW YORK )\n                  ) ss.:\nCOUNTY OF {v} )", "county_bare"),
        ("a", "Transferred from the nursing home in {v} after a fall.", "town"),
        ("d", "Family plans burial in {v} next to the patient's late husband.", "town"),
        ("d", "Venue: {v}", "county"),
        ("r", "CLINICAL HISTORY: arrest at home in {v}, prolonged downtime; prognosis for family meeting.", "town"),
        ("d", "Grew up in {v}; worked forty years on the family farm.", "town"),
        ("a", "Hospice agency serving {v} has a bed for ___.", "place"),
    ],
    "ZIP": [
        ("d", "___\n___, NY {v}", "zip"),
        ("d", "Agent address: ___, ___, New York {v}", "zip"),
        ("a", "Mailing ZIP: {v}", "zip"),
        ("d", "| Zip | {v} |", "zip"),
        ("d", "Registry search parameters: LAST=___ FIRST=___ DOB=___ ZIP={v}", "zip"),
        ("r", "Outside facility: ___, ___ NY  {v}", "zip"),
        ("d", "residing at ___, ___, N.Y. {v}, as my attorney-in-fact", "zip"),
    ],
    "STREET_ADDRESS": [
        ("d", "Agent address: {v}, ___, NY ___", "street"),
        ("d", "Home: {v} (first-floor bedroom, ramp in place)", "street"),
        ("d", "the principal, residing at {v}, ___, New York", "street"),
        ("a", "Plan is to return home to {v} with hospice.", "street"),
        ("d", "| Address | {v} | ___ |", "street"),
        ("d", "Serve notice of petition at {v} (guardian's residence).", "street"),
        ("r", "Portable study performed at the patient's home address {v} by mobile imaging.", "street"),
        ("d", "Mail copy of\nMOLST to: ___, {v}", "street"),
    ],
    "ORGANIZATION": [
        ("a", "Transferred from {v} for a higher level of care.", "hospital"),
        ("d", "Hospice referral sent to {v}; intake nurse to call the agent.", "hospice"),
        ("d", "Prepared by {v}, attorneys for the principal.", "lawfirm"),
        ("d", "Appointed by the {v} on ___ (Index No. ___).", "court"),
        ("d", "OPO ({v}) notified per policy at {tm}; referral no. ___.", "opo"),
        ("d", "Pt is a lifelong parishioner at {v}; pastor visited today.", "congregation"),
        ("r", "COMPARISON: CT head {sd} from {v}.", "hospital"),
        ("d", "Retired from {v} after 34 years; pension paperwork with daughter.", "employer"),
        ("d", "Copy of signed MOLST faxed to {v} (long-term care).", "snf"),
        ("a", "Prior records from {v} reviewed (scanned to media).", "facility"),
        ("d", "Co-guardian: {v} (corporate guardian), case manager ___.", "guard"),
        ("d", "Comfort kit to be filled at {v} before discharge.", "pharmacy"),
        ("r", "Outside images received from {v} on CD; no report attached.", "hospital"),
        ("d", "| Facility | {v} | MOLST on file: yes |", "snf"),
    ],
    "DATE_REAL_YEAR": [
        ("d", "Date of Birth: {v}", "date_dob"),
        ("d", "Health care proxy executed {v}, witnessed by two adults.", "date_doc"),
        ("d", "On the {v}, before me, the undersigned, personally appeared ___.", "date_notary"),
        ("d", "MOLST completed {v} at prior facility; reviewed and remains valid.", "date_doc"),
        ("a", "DOB {v}", "date_dob"),
        ("d", "Living will dated {v} on file (scanned).", "date_doc"),
        ("d", "Patient's wife died {v}; he has been the sole decision-maker since.", "date_death"),
        ("d", "Registry record last updated: {v}", "date_doc"),
        ("r", "COMPARISON: outside MRI brain dated {v}.", "date_doc"),
        ("d", "| HCP | signed {v} | ___ |", "date_doc"),
        ("d", "Letters of guardianship issued {v}; annual report due ___.", "date_doc"),
        ("r", "CLINICAL HISTORY: DOB {v}, DNR per MOLST.", "date_dob"),
        ("d", "Pronounced dead {v} at {tm} after compassionate extubation.", "date_death"),
    ],
    "AGE_OVER_89": [
        ("a", "{v}-year-old woman with advanced dementia, admitted from long-term care.", "age"),
        ("a", "{v} y/o M, DNR/DNI, here for aspiration pneumonia.", "age"),
        ("d", "Age: {v}", "age"),
        ("d", "The patient is {v} years old and has outlived both of her children.", "age"),
        ("r", "CLINICAL HISTORY: {v} yo F s/p arrest. Prognosis for family meeting.", "age"),
        ("d", "Principal (age {v}) was alert and answered questions appropriately.", "age"),
        ("r", "INDICATION: {v}-year-old man with ICD, deactivation planned.", "age"),
        ("d", "She is {v} and says she has \"had a good long run.\"", "age"),
    ],
    "DEVICE_ID": [
        ("a", "ICD serial {v} deactivated (tachy therapies off) per agent's request.", "device"),
        ("r", "Left chest ICD generator, SN {v}, leads intact.", "device"),
        ("a", "LVAD controller S/N: {v}; backup controller at bedside.", "device"),
        ("d", "Ventilator asset tag {v} returned to RT after extubation.", "asset"),
        ("d", "UDI {udi}(21){v}", "udi"),
        ("a", "Pacemaker serial no. {v} interrogated; magnet response noted.", "device"),
        ("d", "Infusion pump (asset {v}) removed at transition to comfort care.", "asset"),
        ("r", "Dual-chamber pacemaker (serial number {v}) in the right chest wall.", "device"),
    ],
    "VEHICLE_ID": [
        ("d", "Ambulette plate {v} confirmed for transport home on hospice.", "plate"),
        ("d", "Family parking validation: plate {v}, garage level ___.", "plate"),
        ("a", "Transport by ___ ambulance, unit VIN {v}.", "vin"),
        ("d", "Guardian's vehicle ({st} reg. {v}) in visitor lot.", "plate"),
        ("d", "BLS unit plate # {v} on scene at {tm}.", "plate"),
        ("r", "Mobile imaging van (tag {v}) at the nursing facility.", "plate"),
    ],
    "LICENSE": [
        ("d", "Physician/NP/PA license #: {v}", "medlic"),
        ("a", "NPI {v}", "npi"),
        ("d", "identified by New York State driver's license {v}", "dl"),
        ("d", "Attorney registration no. {v}", "atty"),
        ("a", "Comfort-care opioid order, prescriber DEA {v}", "dea"),
        ("d", "Witnessing nurse ___, RN lic {v}", "rnlic"),
        ("r", "Interpreting physician NPI: {v}", "npi"),
        ("d", "Print name: ___   License No: {v}   Phone: ___", "medlic"),
        ("d", "ID presented to notary: driver license no. {v}", "dl"),
    ],
    "PHONE": [
        ("a", "Agent cell: {v}", "phone"),
        ("a", "Call the {rel} at {v} with any change.", "phone"),
        ("d", "| Alternate agent | ___ | {v} |", "phone"),
        ("d", "HCP contact: ___ (h) {v}", "phone"),
        ("r", "Critical result called to covering NP at {v} at {tm}.", "phone"),
        ("d", "Reached the guardian's office at {v} x204.", "phone"),
        ("d", "Ph: {v}   (registry help desk {tf} is public)", "phone"),
        ("d", "Best number for the family meeting: tel.\n{v}", "phone"),
    ],
    "FAX": [
        ("d", "Fax signed MOLST to {v} (SNF).", "fax"),
        ("d", "Fax: {v}", "fax"),
        ("d", "Court clerk fax {v}", "fax"),
        ("d", "Hospice intake (toll-free fax): {v}", "fax_tollfree"),
        ("a", "f. {v}", "fax"),
        ("r", "Report faxed to ordering office, fax # {v}.", "fax"),
        ("d", "Nursing facility toll-free fax line {v} for MOLST copies.", "fax_tollfree"),
    ],
    "PAGER": [
        ("a", "Ethics on call, pager {v}", "pager"),
        ("a", "pgr {v}", "pager"),
        ("d", "Palliative fellow ___ (beeper {v})", "pager"),
        ("r", "Radiology resident ___, pager #{v}", "pager"),
        ("d", "Questions: page the ethics consultant at {v}.", "pager"),
    ],
    "EMAIL": [
        ("d", "Agent email: {v}", "email"),
        ("d", "Send copy of ethics summary to {v}", "email_staff"),
        ("a", "Questions to {v}", "email_staff"),
        ("d", "Signer email {v} (verified)", "email"),
        ("d", "Daughter requests updates by e-mail:\n{v}", "email"),
        ("r", "Images shared with the outside neurologist ({v}).", "email_staff"),
    ],
    "URL": [
        ("d", "Scanned HCP available at {v}", "url"),
        ("d", "E-sign audit trail: {v}", "url"),
        ("a", "Registry document link: {v}", "url"),
        ("r", "Key images: {v}", "url"),
        ("d", "See advance directive (media tab) <{v}>", "url"),
    ],
    "IP_ADDRESS": [
        ("d", "Signer IP: {v}", "ip"),
        ("d", "Registry query from workstation {v} at {tm}", "ip"),
        ("a", "Viewed remotely via VPN from {v}.", "ip"),
        ("r", "Images pushed to outside PACS node {v}.", "ip"),
        ("d", "audit: session opened {sd} {tm} src={v} user=___", "ip"),
    ],
    "SSN": [
        ("d", "Principal SSN: {v}", "ssn"),
        ("d", "Social Security No. {v}", "ssn"),
        ("d", "SS# {v} (from guardianship petition)", "ssn"),
        ("d", "ssn {v} - verify w/ registrar", "ssn"),
        ("d", "| SSN | {v} |", "ssn"),
        ("r", "Requisition demographics (pasted): SSN {v}; insurance on file.", "ssn"),
        ("a", "Soc. Sec. #: {v}", "ssn"),
    ],
    "MRN": [
        ("a", "MRN: {v}", "mrn"),
        ("a", "Unit No: {v}", "mrn"),
        ("d", "Med Rec # {v}", "mrn"),
        ("r", "Patient ID {v}", "mrn"),
        ("d", "Chart no. {v} at the transferring hospital.", "mrn"),
        ("d", "MR#{v}", "mrn"),
    ],
    "ACCOUNT": [
        ("d", "Ethics consult case #{v}", "acct_ethics"),
        ("d", "MOLST registry confirmation: {v}", "acct_registry"),
        ("d", "OPO referral #{v} (called at {tm}).", "acct_opo"),
        ("a", "Encounter {v}", "acct_enc"),
        ("d", "Code status order #{v} (DNR) signed and active.", "acct_order"),
        ("a", "Interpreter call ID {v}", "acct_call"),
        ("r", "Accession: {v}", "acc_rad"),
        ("r", "Order #{v}", "acct_order"),
        ("d", "Registry query id {v}", "acct_registry"),
        ("d", "Ethics committee case no. {v}", "acct_ethics"),
        ("d", "Acct {v}", "acct_enc"),
    ],
    "HEALTH_PLAN": [
        ("d", "Medicare MBI: {v}", "mbi"),
        ("d", "Medicaid CIN {v}", "cin"),
        ("a", "Member ID {v} (group {grp})", "member"),
        ("d", "Policy no. {v} (long-term care policy; hospice benefit)", "member"),
        ("d", "Subscriber ID: {v}", "member"),
        ("r", "Insurance: Medicare Advantage, member {v}", "member"),
    ],
}
_T["LOCATION"] = [t if t[2] != "county_bare" else (t[0], t[1], "county_upper") for t in _T["LOCATION"]]
_GEN["county_upper"] = lambda r: r.choice(_COUNTIES).replace(" County", "").upper()

# category weights for the Weyl sequence
_CAT_W = (
    ("PERSON", 4), ("ORGANIZATION", 3), ("DATE_REAL_YEAR", 3), ("LOCATION", 2), ("PHONE", 2), ("AGE_OVER_89", 2),
    ("ACCOUNT", 2), ("MRN", 1), ("LICENSE", 2), ("FAX", 1), ("PAGER", 1), ("EMAIL", 1), ("URL", 1),
    ("IP_ADDRESS", 1), ("SSN", 1), ("HEALTH_PLAN", 1), ("ZIP", 1), ("STREET_ADDRESS", 1), ("DEVICE_ID", 1),
    ("VEHICLE_ID", 1),
)
_CAT_TOTAL = sum(w for _, w in _CAT_W)

# --------------------------------------------------------------------------------------------------
# Note assembly
# --------------------------------------------------------------------------------------------------

_SLOT = ("<slot>",)
_FILL = ("<fill>",)


class _Ctx:
    def __init__(self, r: random.Random, radiology: bool):
        self.r = r
        self.radiology = radiology
        self.look: list[str] = []

    def L(self, s: str) -> str:  # noqa: N802 - short on purpose: marks a look-alike
        self.look.append(s)
        return s

    def pick(self, pool) -> str:
        return self.r.choice(pool)

    def lp(self, pool) -> str:
        return self.L(self.r.choice(pool))

    def sd(self) -> str:
        r = self.r
        y, m, d = r.randint(2105, 2195), r.randint(1, 12), r.randint(1, 28)
        s = r.choice((f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}"))
        return self.L(s)

    def tm(self) -> str:
        return f"{self.r.randint(0, 23):02d}:{self.r.choice(('00', '05', '10', '15', '20', '30', '40', '45', '52'))}"

    def lt90(self, unit: str = "-year-old") -> str:
        return self.L(f"{self.r.randint(19, 89)}{unit}")

    def expiry(self) -> str:
        r = self.r
        y, m, d = r.randint(2024, 2029), r.randint(1, 12), r.randint(1, 28)
        return self.L(r.choice((f"EXP {y}-{m:02d}-{d:02d}", f"Exp. {m:02d}/{y}", f"exp {m:02d}/{d:02d}/{y}")))

    def lot(self) -> str:
        r = self.r
        return self.L(r.choice((f"Lot {r.choice('ABCDKLMP')}{_digits(r, 5)}", f"LOT {_digits(r, 2)}{r.choice('XYZ')}"
                                f"{_digits(r, 3)}", f"lot# {_digits(r, 6)}")))

    def ndc(self) -> str:
        r = self.r
        return self.L(f"NDC {_digits(r, 5)}-{_digits(r, 4)}-{_digits(r, 2)}")

    def year(self) -> str:
        r = self.r
        return self.L(r.choice(("since ", "in ", "back in ", "around ")) + str(r.randint(1968, 2021)))


def _fill_fields(ctx: _Ctx, s: str) -> str:
    def rep(m: re.Match) -> str:
        k = m.group(1)
        if k == "rel":
            return ctx.pick(_REL)
        if k == "st":
            return ctx.lp(_STATES)
        if k == "ctry":
            return ctx.lp(_COUNTRIES)
        if k == "sd":
            return ctx.sd()
        if k == "tm":
            return ctx.tm()
        if k == "dept":
            return ctx.lp(_DEPTS)
        if k == "tf":
            return ctx.lp(_HOTLINES)
        if k == "grp":
            return ctx.L(f"{ctx.r.randint(10000, 99999):05d}" + ctx.r.choice(("", "-01", "A")))
        if k == "udi":
            r = ctx.r
            return ctx.L(f"(01)00{_digits(r, 12)}(17){r.randint(25, 29)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
                         f"(10){r.choice('ABCLMT')}{_digits(r, 5)}")
        raise KeyError(k)

    return re.sub(r"\{(\w+)\}", rep, s)


def _plant(ctx: _Ctx, cat: str, used: set[str]) -> list:
    where = "r" if ctx.radiology else "d"
    pool = [t for t in _T[cat] if t[0] in ("a", where)]
    fresh = [t for t in pool if t[1] not in used] or pool
    _, text, gen = ctx.r.choice(fresh)
    used.add(text)
    pre, post = text.split("{v}")
    pre = _fill_fields(ctx, pre)
    value = _GEN[gen](ctx.r)
    post = _fill_fields(ctx, post)
    return [pre, (value, cat), post + "\n"]


def _assemble(ctx: _Ctx, items: list, plants: list[list], fillers: list[str], heavy_block: str | None,
              note_type: str) -> LabelledNote:
    r = ctx.r
    slots = [k for k, it in enumerate(items) if it is _SLOT]
    placed: dict[int, list] = {}
    for p in plants:
        placed.setdefault(r.choice(slots), []).append(p)

    def render(n_fill: int) -> tuple[str, list[tuple[int, int, str]]]:
        out: list[str] = []
        spans: list[tuple[int, int, str]] = []
        pos = 0

        def emit(seg) -> None:
            nonlocal pos
            if isinstance(seg, tuple):
                value, cat = seg
                spans.append((pos, pos + len(value), cat))
                out.append(value)
                pos += len(value)
            else:
                out.append(seg)
                pos += len(seg)

        for k, it in enumerate(items):
            if it is _SLOT:
                for p in placed.get(k, []):
                    for seg in p:
                        emit(seg)
            elif it is _FILL:
                if heavy_block:
                    emit(heavy_block)
                for f in fillers[:n_fill]:
                    emit(f)
            else:
                emit(it)
        return "".join(out), spans

    target = r.randint(1250, 2900)
    n = 0
    text, spans = render(0)
    while len(text) < target and n < len(fillers):
        n += 1
        text, spans = render(n)
    while len(text) > 4450 and n > 0:
        n -= 1
        text, spans = render(n)
    return LabelledNote(note_type=note_type, text=text, spans=spans)


# --------------------------------------------------------------------------------------------------
# Shared pieces
# --------------------------------------------------------------------------------------------------

def _dc_header(ctx: _Ctx, service: str) -> str:
    r = ctx.r
    return (f"Name:  ___                  Unit No:   ___\n\nAdmission Date:  ___              Discharge Date:   ___\n\n"
            f"Date of Birth:  ___             Sex:   {r.choice('MF')}\n\nService: {service}\n\n"
            f"Allergies:\n{r.choice(('No Known Allergies / Adverse Drug Reactions', 'Penicillins', 'morphine (itch)', 'Sulfa (Sulfonamide Antibiotics)', 'latex'))}\n\n"  # noqa: E501
            f"Attending: ___.\n\n")


_DX = (
    "advanced Alzheimer dementia, recurrent aspiration pneumonia and weight loss",
    "out-of-hospital cardiac arrest with prolonged downtime and anoxic brain injury",
    "metastatic pancreatic adenocarcinoma with malignant bowel obstruction",
    "end-stage heart failure on destination-therapy LVAD with driveline infection",
    "large left MCA stroke with malignant edema, aphasic and hemiplegic",
    "ALS with progressive respiratory failure, now BiPAP-dependent",
    "end-stage renal disease, declining dialysis, with calciphylaxis",
    "severe COPD with third intubation this year and failed extubation",
    "Parkinson disease dementia with recurrent falls and hip fracture",
    "traumatic subdural hematoma after a fall on apixaban (Eliquis)",
    "septic shock from cholangitis on two pressors (Levophed, vasopressin)",
    "intellectual disability (lifelong), now with perforated viscus and surgical decision pending",
    "Lewy body dementia with hallucinations, now with sepsis and delirium",
    "late-stage Huntington disease, non-verbal, with aspiration pneumonia",
    "Guillain-Barré syndrome with prolonged ventilator dependence (week 6)",
    "Wernicke encephalopathy progressing to Korsakoff syndrome; unbefriended",
)


def _dx(ctx: _Ctx) -> str:
    d = ctx.pick(_DX)
    for la in EPONYMS_AND_BRANDS:
        if la in d:
            ctx.L(la)
    return d


_FILLERS_DC = (
    "The team reviewed the {epo} with the family in plain language; the {scale}. {drugdose} was continued for "
    "comfort.\n\n",
    "Spiritual care: the family asked about the {rel2}'s faith tradition's view of withdrawing treatment. "
    "Chaplain offered to return. {dept} following.\n\n",
    "Capacity assessment: the patient could not express a consistent choice or appreciate the consequences of "
    "each option; the attending documented incapacity per {law}, with concurrence of a second clinician.\n\n",
    "The surrogate was reminded that decisions should reflect the patient's own wishes where known, and otherwise "
    "the patient's best interests (substituted judgment before best interest). The {case} line of cases was "
    "mentioned by the family and discussed briefly.\n\n",
    "Medications at time of note: {drugdose}; {drug2} as needed for agitation; glycopyrrolate for secretions. "
    "{ndc}, {lot}, {exp}.\n\n",
    "Social history: retired, married {yrs} years, {year} living in the same house. Former smoker. Family "
    "describes the patient as private and independent; \"would never want to live on machines.\"\n\n",
    "Interdisciplinary note: {dept} and {dept2} met before the family meeting to agree on a consistent message. "
    "The bedside nurse will be present. Interpreter requested ({lang}).\n\n",
    "Prognosis: the neurology and critical care teams agree meaningful recovery is very unlikely; {eponym2} noted "
    "on exam earlier today; {scale}.\n\n",
    "The family was given the hospital's advance care planning booklet and the {pub} website for "
    "further reading. Questions about the form can go to the public help line {tf}.\n\n",
    "Disposition options reviewed: home with hospice, inpatient hospice, or continued ICU care with a "
    "time-limited trial of {days} days and explicit re-evaluation criteria.\n\n",
    "Code status history: Full Code on admission; changed after the first meeting; the prior MOLST from the nursing "
    "facility (form {form}) reviewed. No conflict between documents.\n\n",
    "The patient's sibling, {agey2}, present by phone, agreed with the plan. The {rel2} thanked the team.\n\n",
    "Devices at the transition to comfort care: {vent} ventilator to be discontinued after premedication; {line} "
    "catheter left in place for medications; sedation goal per {rass} 0 to -1.\n\n",
    "Non-comfort medications stopped ({stop}); comfort feeding with {ensure} as tolerated and a {scop} patch for "
    "secretions. Comfort medications loaded in the unit {cab} cabinet.\n\n",
    "Earlier course: mechanical CPR with {lucas} in the field, targeted temperature management ({arctic}); "
    "{charlson} comorbidity index {cci}.\n\n",
    "Other documents: a {fw} booklet and an out-of-state form based on the {polst} were found; neither replaces "
    "the proxy. The agent will sign consent through {esign}; note written in {epic}; team reachable by {vocera}.\n\n",
    "Grief support offered; the chaplain cautioned against framing the family's reactions in {kr} stages.\n\n",
)
_FILLERS_RAD = (
    "Technique parameters per departmental protocol; dose report archived. Scanner: {scanner}.\n\n",
    "Contrast: none for this study. Contrast cart restocked ({contrast}, {lot}, {exp}).\n\n",
    "Dictated on {sd}; final report signed electronically. Software version {ver}.\n\n",
    "Technologist note: spouse ({agey2}) present at bedside during the examination at the family's request.\n\n",
    "Exam performed with the patient on comfort-focused care; only essential positioning, premedicated per the "
    "palliative team.\n\n",
)
_FILLERS_HEAD = (
    "The ventricles and sulci are {ventr} for age. No hydrocephalus. Mastoid air cells and paranasal sinuses are "
    "clear.\n\n",
    "Clinical correlation recommended. This report does not by itself establish a diagnosis of brain death, "
    "which remains a clinical determination per hospital policy.\n\n",
    "Prior CT of {sd} showed diffuse sulcal effacement; the current study is compared directly.\n\n",
    "Calvarium intact. Scalp soft tissues unremarkable. Orbits and globes symmetric.\n\n",
)
_FILLERS_BODY = (
    "Support devices: endotracheal tube {ett} cm above the carina; enteric tube ({cortrak}) in the stomach; "
    "right IJ catheter tip at the cavoatrial junction.\n\n",
    "Lines and tubes otherwise unchanged from {sd}. {foley} catheter noted in the pelvis on the scout image.\n\n",
    "Osseous structures: degenerative change. No acute fracture. Soft tissues unremarkable.\n\n",
    "Positioning: supine; {trend} not tolerated. Anesthesia pre-assessment on file ({mall} class IV).\n\n",
    "Remote history: old {line} catheter tract calcification; ventilator on transport was a {vent}.\n\n",
)


def _filler_list(ctx: _Ctx, radiology: bool, head: bool = False) -> list[str]:
    r = ctx.r
    if radiology:
        src = list(_FILLERS_RAD + (_FILLERS_HEAD if head else _FILLERS_BODY))
    else:
        src = list(_FILLERS_DC)
    r.shuffle(src)
    out = []
    for f in src:
        out.append(_fill_filler(ctx, f))
    return out


def _fill_filler(ctx: _Ctx, f: str) -> str:
    r = ctx.r

    def rep(m: re.Match) -> str:
        k = m.group(1)
        if k == "epo":
            return ctx.L(r.choice(("Glasgow Coma Scale", "FOUR score", "Palliative Performance Scale")))
        if k == "scale":
            name, score = r.choice((("Clinical Frailty Scale", f"{r.randint(6, 9)}"),
                                    ("Palliative Performance Scale", f"{r.choice((10, 20, 30, 40))}%"),
                                    ("Karnofsky", f"{r.choice((10, 20, 30))}"), ("APACHE II", f"{r.randint(18, 38)}")))
            return f"{ctx.L(name)} score is {score}"
        if k == "drugdose":
            drug, dose = r.choice((("Dilaudid", "0.5 mg IV q2h prn"), ("Roxanol", "5 mg SL q1h prn"),
                                   ("Duragesic", "25 mcg/hr patch"),
                                   ("Precedex", "0.4 mcg/kg/hr infusion"), ("Versed", "1 mg/hr infusion")))
            return f"{ctx.L(drug)} {dose}"
        if k == "drug2":
            return ctx.lp(("Dilaudid", "Roxanol", "Ativan", "Haldol", "Precedex", "Versed", "Robinul", "Duragesic",
                           "Seroquel"))
        if k == "rel2":
            return r.choice(("patient", "mother", "father", "grandmother"))
        if k in ("dept", "dept2"):
            return ctx.lp(_DEPTS)
        if k == "law":
            return ctx.lp(("Family Health Care Decisions Act", "Article 29-C", "Public Health Law",
                           "Mental Hygiene Law"))
        if k == "case":
            return ctx.lp(("Quinlan", "Cruzan", "Schiavo"))
        if k == "ndc":
            return ctx.ndc()
        if k == "lot":
            return ctx.lot()
        if k == "exp":
            return ctx.expiry()
        if k == "yrs":
            return str(r.randint(22, 68))
        if k == "year":
            return ctx.year()
        if k == "lang":
            return r.choice(("Spanish", "Polish", "Vietnamese", "Ukrainian", "Yoruba", "Cantonese", "ASL"))
        if k == "eponym2":
            return ctx.lp(("Cheyne-Stokes", "Babinski", "Cushing reflex", "Battle sign"))
        if k == "pub":
            return ctx.lp(_PUBLIC_SITES)
        if k == "tf":
            return ctx.lp(_HOTLINES)
        if k == "days":
            return str(r.choice((3, 5, 7, 10, 14)))
        if k == "form":
            return ctx.L("DOH-5003")
        if k == "agey2":
            return ctx.L(r.choice(("aged ", "age ")) + str(r.randint(40, 89)) if r.random() < 0.5
                         else f"{r.randint(40, 89)} years old")
        if k == "vent":
            return ctx.lp(("Trilogy Evo", "Hamilton C6", "Puritan Bennett 980"))
        if k == "line":
            return ctx.lp(("Hickman", "Tenckhoff", "Swan-Ganz"))
        if k == "rass":
            return ctx.L("Richmond Agitation-Sedation Scale")
        if k == "stop":
            return ", ".join(ctx.L(x) for x in r.sample(("Keppra", "Lasix", "Eliquis"), 2))
        if k == "ensure":
            return ctx.L("Ensure Plus")
        if k == "scop":
            return ctx.L("Transderm Scop")
        if k == "cab":
            return ctx.lp(("Omnicell", "Pyxis"))
        if k == "lucas":
            return ctx.L("LUCAS")
        if k == "arctic":
            return ctx.L("Arctic Sun")
        if k == "charlson":
            return ctx.L("Charlson")
        if k == "cci":
            return str(r.randint(5, 12))
        if k == "fw":
            return ctx.L("Five Wishes")
        if k == "polst":
            return ctx.L("POLST Paradigm")
        if k == "esign":
            return ctx.L("DocuSign")
        if k == "epic":
            return ctx.L("Epic")
        if k == "vocera":
            return ctx.L("Vocera")
        if k == "kr":
            return ctx.L("Kübler-Ross")
        if k == "trend":
            return ctx.L("Trendelenburg")
        if k == "mall":
            return ctx.L("Mallampati")
        if k == "scanner":
            return ctx.lp(("Revolution CT", "MAGNETOM Vida"))
        if k == "ventr":
            return r.choice(("prominent", "normal", "mildly prominent"))
        if k == "ett":
            return r.choice(("3.5", "4", "5.2", "2.8"))
        if k == "cortrak":
            return ctx.L("Cortrak")
        if k == "sd":
            return ctx.sd()
        if k == "foley":
            return ctx.L("Foley")
        if k == "contrast":
            return ctx.L("Omnipaque")
        if k == "ver":
            return ctx.L(f"v{r.randint(2, 11)}.{r.randint(0, 9)}.{r.randint(0, 30)}")
        raise KeyError(k)

    return re.sub(r"\{(\w+)\}", rep, f)


def _heavy_block(ctx: _Ctx, radiology: bool) -> str:
    r = ctx.r
    if radiology:
        lines = ["REQUISITION (scanned)", "Patient: ___   MRN: ___   DOB: ___   Sex: ___",
                 "Accession: ___   Order: ___   Encounter: ___", "Ordering provider: ___   NPI: ___   Pager: ___",
                 "Attending: ___   Callback: ___", "Location: ___   Bed: ___", "Referring facility: ___",
                 "Address: ___, ___, ___ ___", "Insurance: ___   Member: ___", "Health care agent: ___  Phone: ___",
                 "Technologist: ___   Transporter: ___", "Reading radiologist: ___   Resident: ___",
                 "Results to: ___ (fax ___)", "Prior studies at: ___ on ___"]
    else:
        lines = ["CONTACTS / SURROGATE HIERARCHY (FHCDA order)", "1. Court-appointed guardian: ___   Phone: ___",
                 "2. Health care agent: ___   Cell: ___   Email: ___", "   Alternate agent: ___   Phone: ___",
                 "3. Spouse / domestic partner: ___   Phone: ___", "4. Adult child: ___   Phone: ___",
                 "   Adult child: ___   Phone: ___", "5. Parent: ___", "6. Adult sibling: ___   Phone: ___",
                 "7. Close friend: ___   Phone: ___", "Address of record: ___, ___, ___ ___",
                 "MOLST on file: ___   Registry ID: ___   Confirmation: ___", "PCP: ___   Phone: ___   Fax: ___",
                 "Attorney: ___ (___)   Phone: ___", "Insurance: ___   Member ID: ___   Medicaid: ___"]
    r.shuffle(lines[1:])
    return "\n".join(lines) + "\n\n"


# --------------------------------------------------------------------------------------------------
# Document kinds
# --------------------------------------------------------------------------------------------------

def _k_ethics_consult(ctx: _Ctx) -> list:
    r = ctx.r
    svc = r.choice(("MEDICINE", "NEUROLOGY", "MICU", "SICU", "CARDIOLOGY", "ONCOLOGY"))
    q = r.choice((
        "Surrogate requesting continued full treatment that the team considers non-beneficial.",
        "Disagreement among adult children about withdrawal of mechanical ventilation.",
        "No surrogate identified (unbefriended patient); decision about tracheostomy/PEG.",
        "Patient with fluctuating capacity refusing dialysis; team unsure whether refusal is informed.",
        "Health care agent's decision appears to conflict with the patient's written living will.",
        "Request to deactivate ICD/LVAD; nursing staff moral distress.",
    ))
    return [
        _dc_header(ctx, svc),
        f"ETHICS CONSULTATION NOTE\n\nRequesting service: {svc.title()}   Requesting clinician: ___\n"
        f"Ethics question: {q}\n\n",
        _SLOT,
        f"History:\n___ year old with {_dx(ctx)}. Hospital day {r.randint(3, 41)}. {ctx.lp(_DEPTS)} involved.\n\n",
        _SLOT,
        "Decision-making capacity: lacks capacity for this decision (attending determination, documented).\n\n"
        "Surrogate: health care agent named in a proxy; the document was located in the chart (media) and its "
        "scope reviewed.\n\n",
        _SLOT,
        f"Analysis ({ctx.L('Jonsen four-box')}): medical indications - poor prognosis; patient preferences - "
        f"prior statements to family; quality of life - as the patient would judge it; contextual features - "
        f"family conflict. Principles ({ctx.L('Beauchamp and Childress')}): respect for autonomy via substituted "
        "judgment; non-maleficence.\n\n",
        _FILL,
        _SLOT,
        "Recommendations:\n1. It is ethically permissible to honour the agent's decision consistent with the "
        "patient's known wishes.\n2. Hold a family meeting within 24-48 h with palliative care.\n3. Update code "
        "status order and MOLST after the meeting.\n4. Ethics will follow; re-consult for new questions.\n\n",
        _SLOT,
        f"Time: {r.choice((45, 60, 75, 90, 120))} minutes. Ethics consultant: ___ (pager ___)\n",
    ]


def _k_molst(ctx: _Ctx) -> list:
    r = ctx.r
    cpr = r.choice(("[ ] Attempt CPR   [X] DNR", "[X] Attempt CPR   [ ] DNR"))
    return [
        f"MEDICAL ORDERS FOR LIFE-SUSTAINING TREATMENT ({ctx.L('MOLST')}) - transcription of form "
        f"{ctx.L('DOH-5003')} for the chart\n\n",
        "PATIENT: ___   DOB: ___   Address: ___\n\n",
        _SLOT,
        f"SECTION A  Resuscitation instructions when the patient has no pulse and/or is not breathing:\n  {cpr}\n\n",
        "SECTION B  Consent for resuscitation instructions: made by [ ] patient [X] health care agent "
        "[ ] public health law surrogate [ ] minor's parent\n  Signature: ___   Print name: ___\n\n",
        _SLOT,
        "SECTION E  Orders for other life-sustaining treatment and future hospitalization:\n"
        f"  Treatment guidelines: {r.choice(('[X] Comfort measures only', '[X] Limited medical interventions'))}\n"
        f"  Intubation and mechanical ventilation: {r.choice(('[X] Do not intubate', '[X] Trial period only'))}\n"
        f"  Non-invasive ventilation ({ctx.L('BiPAP')}): {r.choice(('[X] No', '[X] Trial period'))}\n"
        f"  Future hospitalization: {r.choice(('[X] Do not send to hospital unless comfort needs cannot be met', '[X] Send to hospital if necessary'))}\n"  # noqa: E501
        f"  Artificially administered fluids and nutrition: {r.choice(('[X] No feeding tube', '[X] Trial period'))}\n"
        f"  Antibiotics: {r.choice(('[X] Determine use when infection occurs', '[X] No antibiotics'))}\n\n",
        _SLOT,
        "SECTION F  Physician/NP/PA signature: ___   Print name: ___   License #: ___   Date/time: "
        f"{ctx.sd()} {ctx.tm()}\n\n",
        _FILL,
        _SLOT,
        f"Registry: submitted to the {ctx.L('MOLST registry')}; registrant ID ___. "
        f"Help line {ctx.lp(_HOTLINES)} (public).\n",
        _SLOT,
    ]


def _k_registry(ctx: _Ctx) -> list:
    r = ctx.r
    n = r.randint(1, 3)
    rows = [("HCP", "ACTIVE"), ("LIVING WILL", "ACTIVE"), ("MOLST", r.choice(("ACTIVE", "REVOKED", "SUPERSEDED"))),
            ("ANAT GIFT", "DESIGNATED")]
    r.shuffle(rows)
    table = "".join(f"{t:<12}| {s:<11}| {ctx.sd()} | ___\n" for t, s in rows[:n + 1])
    return [
        _dc_header(ctx, r.choice(("MEDICINE", "NEUROLOGY", "SURGERY"))),
        "Advance directive registry lookup (pasted from registry portal)\n",
        "==== ADVANCE DIRECTIVE REGISTRY - SEARCH RESULT ====\n",
        f"Query submitted: {ctx.sd()} {ctx.tm()} by ___ (user ___)\n",
        _SLOT,
        "Search: LAST=___  FIRST=___  DOB=___  LAST4=___\n",
        f"Result: {n + 1} document(s) on file\n",
        "DOC TYPE    | STATUS     | REGISTERED | SUBMITTED BY\n",
        table,
        "----------------------------------------------------\n",
        _SLOT,
        "Registrant ID: ___   Portal version: " + ctx.L(f"{r.randint(3, 9)}.{r.randint(0, 12)}.{r.randint(0, 40)}")
        + "\n\n",
        _SLOT,
        "Clinician note: registry copy matches the paper proxy scanned to media. Agent named is reachable. "
        f"No later revocation found. {ctx.lp(_DEPTS)} notified.\n\n",
        _FILL,
        _SLOT,
        "Registry help desk (public): " + ctx.lp(_HOTLINES) + "\n",
    ]


def _k_hcp(ctx: _Ctx) -> list:
    r = ctx.r
    instr = r.choice((
        "I do not want artificial nutrition and hydration if I am permanently unconscious.",
        "My agent knows my wishes about artificial nutrition and hydration.",
        "No ventilator if there is no reasonable hope of recovery. Pain control even if it shortens my life.",
        "I want all treatment unless two physicians agree I will not wake up.",
    ))
    return [
        "HEALTH CARE PROXY - scanned to media; transcription for the chart by HIM\n\n",
        f"(1) I, ___, hereby appoint ___ of ___ as my health care agent to make any and all health care decisions "
        f"for me, except to the extent that I state otherwise ({ctx.L('Article 29-C')}, Public Health Law).\n",
        _SLOT,
        "(2) Optional: alternate agent ___ of ___.\n(3) Unless I revoke it or state an expiration date, this proxy "
        "shall remain in effect indefinitely.\n",
        f"(4) Optional instructions: {instr}\n",
        f"(5) Organ and/or tissue donation: {r.choice(('any needed organs and tissues', 'no donation', 'eyes only'))}"
        f" ({ctx.L('Uniform Anatomical Gift Act')}).\n",
        _SLOT,
        "(6) Your identification and signature: Signature ___   Date ___   Address ___\n\n",
        "Statement by witnesses: I declare that the person who signed this document is personally known to me and "
        "appeared to be of sound mind and acting of his or her own free will.\n",
        "Witness 1 ___   Address ___\nWitness 2 ___   Address ___\n\n",
        _SLOT,
        "ACKNOWLEDGMENT\nState of New York  )\n                  ) ss.:\nCounty of ___     )\n",
        "On the ___ day of ___ in the year ___ before me, the undersigned, personally appeared ___, personally "
        "known to me or proved to me on the basis of satisfactory evidence to be the individual whose name is "
        "subscribed to the within instrument.\n___\nNotary Public, commission no. ___, expires ___\n\n",
        _FILL,
        _SLOT,
        f"HIM note: proxy validated by {ctx.lp(_DEPTS)}; activation letter signed by attending ___.\n",
    ]


def _k_dpoa(ctx: _Ctx) -> list:
    r = ctx.r
    return [
        "DURABLE POWER OF ATTORNEY - copy provided by family; scanned to media (Social Work)\n\n",
        "NEW YORK STATUTORY SHORT FORM POWER OF ATTORNEY\nCAUTION TO THE PRINCIPAL: Your Power of Attorney is an "
        "important document. ... This document does not authorize your agent to make health care decisions for "
        "you.\n\n",
        _SLOT,
        "(a) DESIGNATION OF AGENT: I, ___, hereby appoint ___ as my agent.\n",
        "(b) DESIGNATION OF SUCCESSOR AGENT(S) (OPTIONAL): ___\n",
        _SLOT,
        "(c) This POWER OF ATTORNEY shall not be affected by my subsequent incapacity.\n"
        f"(g) GRANT OF AUTHORITY: (A) real estate transactions; (B) chattel and goods; (D) banking; "
        f"(H) personal and family maintenance; (K) {r.choice(('retirement benefit transactions', 'tax matters'))}.\n\n",
        _SLOT,
        "Signed and dated by the principal ___ and two witnesses ___, ___ who are not named agents.\n\n",
        "ACKNOWLEDGMENT\nSTATE OF NEW YORK )\n                  ) ss.:\nCOUNTY OF ___     )\n"
        "On the ___ day of ___ in the year ___, before me, the undersigned, personally appeared ___.\n"
        "___, Notary Public   Reg. No. ___   My commission expires ___\n\n",
        _FILL,
        _SLOT,
        "SW note: explained to the family that the financial POA does not confer health care authority; the "
        f"patient has no health care proxy, so the {ctx.L('Family Health Care Decisions Act')} surrogate list "
        "applies. Agent under the POA is also highest on that list.\n",
        _SLOT,
    ]


def _k_guardianship(ctx: _Ctx) -> list:
    r = ctx.r
    art = ctx.L(r.choice(("Article 81", "Article 17-A")))
    return [
        _dc_header(ctx, r.choice(("MEDICINE", "PSYCHIATRY", "SURGERY"))),
        f"GUARDIANSHIP DOCUMENTS RECEIVED ({art}) - Social Work summary\n\n",
        "Court: ___   Index No.: ___   Justice: Hon. ___\n",
        _SLOT,
        "ORDER AND JUDGMENT APPOINTING GUARDIAN (excerpt): the Court finds by clear and convincing evidence that "
        "the person is incapacitated; ___ is appointed guardian of the person and property, with authority to "
        "consent to or refuse generally accepted routine or major medical or dental treatment, subject to the "
        "limits of the decision-making standard.\n\n",
        _SLOT,
        f"Commission issued {ctx.sd()}; bond waived. Letters of guardianship expire ___.\n\n",
        _SLOT,
        "Limitation noted: decisions to withhold or withdraw life-sustaining treatment follow the "
        + ctx.lp(("Surrogate's Court Procedure Act", "Mental Hygiene Law", "Family Health Care Decisions Act")) + " "
        "requirements; attending and a concurring physician must confirm the medical criteria.\n\n",
        _FILL,
        _SLOT,
        "Plan: copy of letters scanned to media; guardian contacted and will attend family meeting; ethics "
        "informed.\n",
        _SLOT,
    ]


def _k_family_meeting(ctx: _Ctx) -> list:
    r = ctx.r
    return [
        _dc_header(ctx, r.choice(("MEDICINE", "MICU", "NEUROLOGY", "CARDIOLOGY"))),
        "GOALS OF CARE FAMILY MEETING\n\n",
        "Participants: attending ___, palliative care ___, SW ___, bedside RN ___, family (see below).\n",
        _SLOT,
        f"Medical update: ___ year old with {_dx(ctx)}. We reviewed the trajectory, the "
        f"{ctx.L('Clinical Frailty Scale')} and what further treatment can and cannot achieve.\n\n",
        _SLOT,
        "What matters most: being comfortable, being at home if possible, not being kept alive on machines. "
        f"The family recalled the patient watching a neighbour on a ventilator {ctx.year()} and saying \"never for "
        "me.\"\n\n",
        _SLOT,
        f"Decision: {r.choice(('transition to comfort-focused care; DNR/DNI', 'time-limited trial of 72 h then reassess', 'continue current treatment, DNR, no escalation'))}."  # noqa: E501
        " MOLST updated. Code status order changed.\n\n",
        _FILL,
        _SLOT,
        "Plan:\n- palliative care to manage symptoms\n- chaplain visit\n- follow-up meeting in 48 h\n"
        f"- {ctx.lp(_DEPTS)} to assist with hospice referral\n\n",
        _SLOT,
        f"Total time {r.choice((50, 65, 80, 95))} min, >50% counselling.\n",
    ]


def _k_code_status(ctx: _Ctx) -> list:
    r = ctx.r
    new = r.choice(("DNR/DNI (Do Not Resuscitate / Do Not Intubate)", "DNR - OK to intubate",
                    "Comfort Measures Only (CMO)", "Full Code"))
    return [
        _dc_header(ctx, r.choice(("MEDICINE", "SURGERY", "MICU", "ONCOLOGY"))),
        "ORDER DETAILS (pasted from order review)\n",
        f"Order:            Code Status - {new}\n",
        "Order ID:         ___\nStatus:           Active\n",
        f"Start:            {ctx.sd()} {ctx.tm()}\n",
        "Ordering:         ___   (covering)\n",
        _SLOT,
        "Consent from:     ___ (Health care agent)\n",
        f"Previous:         Full Code (discontinued {ctx.sd()})\n",
        _SLOT,
        "Discussion documented in: goals-of-care note, same day\n\n",
        f"Comment: order placed after family meeting; {ctx.L('MOLST')} to be updated; pharmacy notified to "
        f"profile comfort medications ({ctx.lp(('Roxanol', 'Dilaudid', 'Ativan', 'Robinul'))}).\n\n",
        _SLOT,
        f"Device plan: {r.choice(('ICD tachy therapies to be turned off by EP', 'no implanted devices', 'pacemaker left on (not life-prolonging burden)'))}."  # noqa: E501
        f" Vendor rep ({ctx.lp(('Medtronic', 'Abbott', 'Boston Scientific'))}) available.\n\n",
        _FILL,
        _SLOT,
        "Order verified by ___, RN at ___.\n",
        _SLOT,
    ]


def _k_donor(ctx: _Ctx) -> list:
    r = ctx.r
    reg = r.choice(("DESIGNATED DONOR (registered via DMV)", "NOT REGISTERED", "DESIGNATED - tissue/eye only"))
    return [
        _dc_header(ctx, r.choice(("NEUROLOGY", "MICU", "NEUROSURGERY", "TRAUMA"))),
        "ORGAN DONATION - REGISTRY CHECK AND OPO REFERRAL\n\n",
        f"Clinical trigger: {r.choice(('GCS 5 or less', 'plan to discuss withdrawal of support', 'brain death evaluation initiated'))}"  # noqa: E501
        f" ({ctx.L('Glasgow Coma Scale')}).\n",
        _SLOT,
        f"Referral called to OPO at {ctx.tm()}; referral # ___; coordinator ___.\n",
        f"{ctx.L('Donate Life registry')} result: {reg}. Enrollment ID ___.\n",
        _SLOT,
        "Family approach: deferred to the OPO's designated requestor; the primary team did not raise donation "
        "before the family had accepted the prognosis (decoupling).\n\n",
        _SLOT,
        f"Legal basis: first-person authorization is binding ({ctx.L('Uniform Anatomical Gift Act')}); health care "
        "agent informed.\n\n",
        _FILL,
        _SLOT,
        "Plan: maintain hemodynamic support pending OPO evaluation; ME notified: ___.\n",
        _SLOT,
    ]


def _k_committee(ctx: _Ctx) -> list:
    r = ctx.r
    return [
        "ETHICS COMMITTEE CASE SUMMARY (prepared for committee review; retrospective)\n\n",
        "Case no.: ___   Reviewed at: monthly meeting   Presenter: ___\n",
        _SLOT,
        f"Question: {r.choice(('Was it ethically appropriate to place a DNR order over the surrogate objection?', 'Should an unbefriended patient receive a PEG without a surrogate?', 'Did the agent act outside the scope of the proxy?', 'Was continued dialysis non-beneficial treatment?'))}\n\n",  # noqa: E501
        f"Facts: ___ year old with {_dx(ctx)}. Prior written directive: {r.choice(('living will', 'health care proxy only', 'none found', 'MOLST from nursing facility'))}.\n\n",  # noqa: E501
        _SLOT,
        f"Deliberation: members discussed substituted judgment, best interest and the {ctx.lp(('Quinlan', 'Cruzan', 'Schiavo'))}"  # noqa: E501
        " precedents; procedural fairness; the role of the attending's concurrence.\n\n",
        _SLOT,
        "Recommendation: process was consistent with policy; suggest earlier ethics involvement and clearer "
        "documentation of surrogate identification.\n\n",
        _FILL,
        _SLOT,
        f"Vote: {r.randint(7, 12)} in favour, {r.randint(0, 2)} abstain. Minutes approved.\n",
        _SLOT,
    ]


def _rad_header(ctx: _Ctx, exam: str, indication: str) -> str:
    return f"EXAMINATION:  {exam}\n\nINDICATION:  {indication}\n\n"


def _k_nm_brain(ctx: _Ctx) -> list:
    r = ctx.r
    agent = ctx.lp(("Neurolite", "Ceretec"))
    return [
        _rad_header(ctx, "NM BRAIN PERFUSION (BRAIN DEATH PROTOCOL)",
                    "___ year old with anoxic injury; clinical exam consistent with brain death, apnea test not "
                    "completed (hypoxemia). Ancillary study requested. Family meeting to follow."),
        _SLOT,
        f"TECHNIQUE:  {r.choice(('20', '25', '30'))} mCi Tc-99m {agent} IV. Dynamic flow images then planar "
        "anterior and lateral static images. SPECT not performed.\n\n",
        "COMPARISON:  CT head ___.\n\n",
        _SLOT,
        "FINDINGS:  No intracranial arterial flow on the dynamic images. No parenchymal tracer uptake in the "
        "cerebral hemispheres, cerebellum or brainstem on static images (\"hollow skull\"). Increased nasal activity "
        "(\"hot nose\" sign). Scalp activity preserved.\n\n",
        _FILL,
        _SLOT,
        "IMPRESSION:  Absent cerebral perfusion, consistent with the clinical diagnosis of brain death.\n\n",
        _SLOT,
        "Findings communicated to the ICU team by ___ at ___.\n",
    ]


def _k_ct_head(ctx: _Ctx) -> list:
    return [
        _rad_header(ctx, "CT HEAD W/O CONTRAST", "___ year old with large intracranial hemorrhage, GCS 5; "
                    "evaluate for progression prior to goals-of-care meeting with health care agent."),
        "TECHNIQUE:  Contiguous axial images from skull base to vertex without contrast. Coronal and sagittal "
        "reformats. DLP ___ mGy-cm.\n\n",
        _SLOT,
        "COMPARISON:  ___.\n\n",
        "FINDINGS:  Large left intraparenchymal hemorrhage with intraventricular extension, increased in volume. "
        "Midline shift now 11 mm (previously 6 mm). Effacement of the basal cisterns. Early uncal herniation.\n\n",
        _SLOT,
        _FILL,
        "IMPRESSION:\n1. Interval expansion of hemorrhage with worsening mass effect and herniation.\n"
        f"2. No {ctx.L('Hunt and Hess')}-type grading applies (not aneurysmal).\n\n",
        _SLOT,
        "Results discussed with the neurocritical care attending ___ at ___.\n",
        _SLOT,
    ]


def _k_mri(ctx: _Ctx) -> list:
    return [
        _rad_header(ctx, "MRI BRAIN WITHOUT CONTRAST", "___ year old s/p cardiac arrest (downtime ~25 min), "
                    "comatose off sedation day 4; assess hypoxic-ischemic injury for prognosis discussion."),
        f"TECHNIQUE:  Multiplanar multisequence MRI on {ctx.L('MAGNETOM Vida')} 3T including DWI/ADC, FLAIR, SWI.\n\n",
        _SLOT,
        "COMPARISON:  CT head ___.\n\n",
        "FINDINGS:  Diffuse restricted diffusion in the bilateral cerebral cortex, basal ganglia and thalami with "
        "corresponding low ADC. Loss of gray-white differentiation on FLAIR. No hemorrhage.\n\n",
        _SLOT,
        _FILL,
        "IMPRESSION:  Extensive bilateral cortical and deep gray matter diffusion restriction compatible with "
        "severe global hypoxic-ischemic injury.\n\n",
        _SLOT,
        f"{ctx.L('Creutzfeldt-Jakob')} pattern is not favored given the clinical history.\n",
        _SLOT,
    ]


def _k_cxr_comfort(ctx: _Ctx) -> list:
    return [
        _rad_header(ctx, "CHEST (PORTABLE AP)", "___ year old with aspiration pneumonia, DNR/DNI per MOLST; "
                    "increased oxygen requirement. Goals of care: limited interventions."),
        _SLOT,
        "COMPARISON:  ___.\n\n",
        "FINDINGS:  Single portable view. New right lower lobe consolidation. Small right pleural effusion. Heart "
        "size top-normal. No pneumothorax.\n\n",
        _SLOT,
        _FILL,
        f"Note: {ctx.L('PleurX')} catheter not seen.\n\n",
        "IMPRESSION:  Right lower lobe pneumonia, likely aspiration.\n\n",
        _SLOT,
        "Per ordering team, findings will inform the family discussion; no further imaging planned.\n",
        _SLOT,
    ]


def _k_cxr_device(ctx: _Ctx) -> list:
    dev = ctx.lp(("HeartMate 3", "LifeVest", "Medtronic", "Boston Scientific", "Abbott"))
    return [
        _rad_header(ctx, "CHEST PA AND LATERAL", "___ year old with end-stage heart failure; hospice referral, "
                    f"device ({dev}) deactivation planned per health care agent. Document device position."),
        "COMPARISON:  ___.\n\n",
        _SLOT,
        "FINDINGS:  Left chest wall dual-chamber ICD with leads in the right atrium and right ventricle, unchanged "
        "in position. LVAD inflow cannula projects over the cardiac apex; driveline courses to the right upper "
        "quadrant. Cardiomegaly. Mild interstitial edema.\n\n",
        _SLOT,
        _FILL,
        "IMPRESSION:  Devices in stable position. Mild interstitial edema.\n\n",
        _SLOT,
        f"Model numbers from the device card: ICD model {ctx.L('D384TRG')}, REF {ctx.L('DTBA1D1')}.\n",
        _SLOT,
    ]


def _k_ir_gtube(ctx: _Ctx) -> list:
    r = ctx.r
    return [
        _rad_header(ctx, r.choice(("IR CONSULT - PERCUTANEOUS GASTROSTOMY", "FLUORO-GUIDED GASTROSTOMY REQUEST")),
                    "___ year old with advanced dementia and dysphagia; gastrostomy requested by the team; "
                    "surrogate consent required."),
        "ASSESSMENT:  Anatomy suitable on prior CT. INR 1.2, platelets adequate.\n\n",
        _SLOT,
        "CONSENT:  Patient lacks capacity. The health care agent was contacted by phone with interpreter; risks, "
        "benefits and alternatives reviewed including careful hand feeding. Evidence that tube feeding in advanced "
        "dementia does not prolong survival or prevent aspiration was discussed.\n\n",
        _SLOT,
        f"DECISION:  {r.choice(('Agent declined; procedure cancelled. Comfort feeding plan.', 'Agent consented to a time-limited trial; procedure scheduled.', 'Agent requests ethics consultation before deciding; on hold.'))}\n\n",  # noqa: E501
        _FILL,
        _SLOT,
        f"Device to be used if placed: 20 Fr pull-type kit, {ctx.lot()}, {ctx.expiry()}.\n\n",
        _SLOT,
        "IR fellow ___ / attending ___\n",
    ]


_KINDS: dict[str, tuple[str, Callable[[_Ctx], list]]] = {
    "ethics_consult": ("discharge", _k_ethics_consult),
    "molst_form": ("discharge", _k_molst),
    "ad_registry_lookup": ("discharge", _k_registry),
    "hcp_document": ("discharge", _k_hcp),
    "dpoa_document": ("discharge", _k_dpoa),
    "guardianship_letter": ("discharge", _k_guardianship),
    "family_meeting": ("discharge", _k_family_meeting),
    "code_status_order": ("discharge", _k_code_status),
    "donor_registry_check": ("discharge", _k_donor),
    "ethics_committee_summary": ("discharge", _k_committee),
    "nm_brain_perfusion": ("radiology", _k_nm_brain),
    "ct_head_prognosis": ("radiology", _k_ct_head),
    "mri_anoxic_injury": ("radiology", _k_mri),
    "cxr_comfort_care": ("radiology", _k_cxr_comfort),
    "cxr_device_deactivation": ("radiology", _k_cxr_device),
    "ir_gastrostomy_consult": ("radiology", _k_ir_gtube),
}
DOCUMENT_KINDS = tuple(_KINDS)
_RAD_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "radiology")
_DC_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "discharge")
_HEAD_KINDS = ("nm_brain_perfusion", "ct_head_prognosis", "mri_anoxic_injury")


def document_kind(seed: int, i: int) -> str:
    """The document kind of note ``i`` (deterministic from seed and index alone)."""
    radiology = _frac(seed * 0.5772156649 + i * 0.7548776662) < 0.45
    kr = random.Random(f"h93-kind:{seed}:{i}")
    return kr.choice(_RAD_KINDS if radiology else _DC_KINDS)


def _plan(seed: int, i: int) -> tuple[str, list[str]]:
    """("heavy" | "normal", categories to plant) for note ``i``."""
    cls = (i * 61 + seed * 17) % 100
    if cls < 5:
        return "heavy", []
    if cls >= 63:
        return "normal", []
    nr = random.Random(f"h93-n:{seed}:{i}")
    n = nr.choices((1, 2, 3, 4), weights=(30, 35, 22, 13))[0]
    cats = []
    for j in range(n):
        x = _frac(seed * 0.3183098862 + (i * 4 + j + 1) * 0.6180339887) * _CAT_TOTAL
        for cat, w in _CAT_W:
            if x < w:
                cats.append(cat)
                break
            x -= w
        else:  # pragma: no cover - float edge
            cats.append(_CAT_W[-1][0])
    return "normal", cats


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    """(note, look-alikes present in it, "heavy" | "normal")."""
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    nk, cats = _plan(seed, i)
    r = random.Random(f"h93:{seed}:{i}")
    ctx = _Ctx(r, note_type == "radiology")
    items = builder(ctx)
    used: set[str] = set()
    plants = [_plant(ctx, c, used) for c in cats]
    heavy = _heavy_block(ctx, ctx.radiology) if nk == "heavy" else None
    fillers = _filler_list(ctx, ctx.radiology, kind in _HEAD_KINDS)
    note = _assemble(ctx, items, plants, fillers, heavy, note_type)
    look = [s for s in dict.fromkeys(ctx.look) if s in note.text]
    return note, look, nk


def holdout93_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout93_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout93_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout93_corpus, argv, "Held-out corpus 93 (ethics consultation, advance care planning, surrogates)")
    holdout_measure.report("holdout93", args, notes, hits, res)


if __name__ == "__main__":
    main()
