"""Held-out corpus 82: refugee resettlement and immigration medical examinations around an admission.

MIMIC-IV-Note shaped discharge and radiology notes about newly arrived refugees, Afghan SIV holders,
Ukrainian parolees and other immigrants: domestic refugee health screening visits, civil-surgeon
immigration exams (the I-693 form and its vaccination record), overseas panel-physician records (DS-2054,
DS-3025, DS-3026) and TB classifications carried with the patient, resettlement agency case management,
interpreter-mediated visits, sponsor and host-family contacts, public-benefit enrolment, and the admission,
discharge and radiology notes that quote them. Most identifiers are ``___``; about 57.5% of the notes carry 1-4
identifiers that escaped masking, 5% are heavy (many ``___``, nothing planted).

Document kinds (discharge): domestic_screening, civil_surgeon_i693, admission_discharge, case_management,
interpreter_log, panel_record_review, benefits_enrolment, sponsor_contact, pediatric_arrival, tb_followup,
records_addendum. (radiology): cxr_immigration, cxr_class_b_compare, ct_chest_tb, us_abdomen_parasitic,
bone_age, ob_us_newarrival, mri_brain_ncc, film_import_overread, rad_addendum.

Label policy (copied from the brief): PERSON is one span per name (given and family together, titles outside);
LOCATION is a place below state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states
and countries are never labelled, and "New York" alone is the state); ORGANIZATION is a named hospital, practice,
pharmacy (a chain's store too), agency, school or employer, never a generic department, and never a drug maker,
biotech or trial sponsor named as such (a jail, prison or court is one; a payer or insurer named as such is not).
DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year is not labelled; a device, drug or lot
expiry date is not labelled; a death date is). AGE_OVER_89 labels the digits of ages >= 90. DEVICE_ID is a
device serial (for a GS1 UDI only the (21) serial) or a hospital asset tag; lot, GTIN, REF, model and expiry are
not identifiers. A toll-free phone number (800, 888, 877, 866, 855, 844, 833) is a public line: never labelled;
a device maker's or vendor's toll-free fax neither, a practice's toll-free fax is FAX. ACCOUNT covers account,
encounter, incident/run, accession, order, requisition, claim and specimen numbers, and a vendor's call or
session id for the patient's encounter; HEALTH_PLAN member, subscriber and policy ids (an employer's group
number is not the member's id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and driver's licences
and a clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN", "plate",
"Acct") and credentials ("MD", "RN") stay outside. Every IP address, private or public, is IP_ADDRESS.

Label choices of this corpus (beyond the brief):
- Government immigration and benefit identifiers with no HIPAA category are written masked (``___``):
  alien-registration (A-) numbers, passport numbers, I-94 admission numbers, USCIS receipt numbers, EAD card
  numbers, NVC/DS-260 and Refugee Processing Center (WRAPS) case numbers, IOM and UNHCR case/registration
  numbers, SNAP and cash-assistance case numbers, Welcome Corps / Uniting for Ukraine supporter ids.
- A resettlement agency's own client case number (a private service provider's account of the client) is
  ACCOUNT, like an encounter number; so are interpreter vendors' call and VRI session ids, RMA and Medicaid
  claim numbers, lab requisition/specimen ids and imaging accession and order numbers.
- Medicaid CINs, Refugee Medical Assistance member ids and marketplace/Essential Plan subscriber ids are
  HEALTH_PLAN; an employer group number stays unlabelled.
- A named resettlement agency (national or local office), civil-surgeon practice, clinic, hospital, overseas
  panel-physician clinic, interpreter vendor, county health department, employer, school, congregation or
  pharmacy is ORGANIZATION. Federal and international public bodies and programmes (USCIS, CDC, the
  Department of State, PRM, ORR, IOM, UNHCR, the Social Security Administration, EDN, Refugee Medical
  Assistance, Reception and Placement, Welcome Corps, Uniting for Ukraine, Medicaid, SNAP, WIC as a programme)
  and payers named as such stay unlabelled, as look-alikes.
- Refugee camps, cities and districts abroad and US towns and neighbourhoods are LOCATION; countries, US
  states and languages are never labelled.
- The sponsor's driver's licence is LICENSE; car plates and VINs are VEHICLE_ID; hearing-aid, insulin-pump and
  pacemaker serials, imaging-detector serials and the asset tags of interpreter carts and loaner tablets are
  DEVICE_ID.
- TB classes (Class A, B1, B2, B3), form numbers (I-693, DS-2054, DS-3025, DS-3026, I-485, I-94), CVX codes,
  vaccine lot numbers, NDCs, expiry dates, public hotlines (USCIS Contact Center, CDC-INFO, 988, 211) and
  public bodies' websites are never labelled.

Written blind: I read only the brief (bench/holdout_corpus_task.md), lqs_clinical/synth/holdout_measure.py,
the first 45 lines of lqs_clinical/synth/notes.py, pyproject.toml, /work/shared/reference/*.md and the masked
note-shaped samples and SOURCES.md under /work/shared/data/. No detector code, rule file, other corpus, test,
benchmark or history was read, and the detector was never run.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

Seg = tuple[str, str | None]

# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious or generic; transliterations vary on purpose)
# --------------------------------------------------------------------------------------------------

_PATIENTS = (
    "Mohammad Nasir Haidari", "Gul Bibi Rahimi", "Abdul Wahid Sharifi", "Zarghona Popal", "Farida Noorzai",
    "Ahmad Shah Stanikzai", "Shukria Amiri", "Sayed Jawad Hashimi", "Claudine Nyirahabimana",
    "Jean de Dieu Habimana", "Espérance Uwimana", "Bahati Mwamba", "Furaha Mukamana", "Amani Bisimwa",
    "Neema Kahindo", "Zaw Min Htet", "Naw Paw Htoo", "Saw Eh Doh", "Cing Sian Mang", "Nur Kalam",
    "Rohima Begum", "Mohammed Ayas", "Abdirahman Mohamed Farah", "Hodan Abdi Warsame", "Faadumo Cali Xasan",
    "Oleksandra Kovalenko", "Mykola Shevchuk", "Yuliia Bondarenko", "Olha Tkachenko", "Ahmad Al-Hassan",
    "Rasha Al-Khatib", "Omar Abd al-Karim", "Fatima Zahra Haddad", "Yazan Darwish", "Tesfay Gebremedhin",
    "Selam Haile", "Mebrahtu Kidane", "Dil Maya Gurung", "Bhim Bahadur Rai", "Chandra Kala Subba",
    "Wilner Jean-Baptiste", "Rose-Mirlande Pierre", "Yesenia Xol Caal", "Maribel Tzunun", "José Luis Barrios",
    "Daniela Rojas Pérez", "Adut Deng Garang", "Achol Mabior", "Hawa Kamara", "Muhammad Yaqub Safi",
)
_SPONSORS = (
    "Jennifer Halloran", "Tom Brezinski", "Margaret O'Connell", "David Lindqvist", "Karen Whitfield",
    "Elaine Marchetti", "Bob Kowalczyk", "Susan Pettigrew", "Gregory Ambrose", "Linda Yoder", "Paul DeMarco",
    "Heather Sanborn", "Nadia Sarwari", "Khalid Popalzai", "Svitlana Hrytsenko", "Mariam Jalali",
    "Peter Vanderhoek", "Ruth Abernathy",
)
_STAFF = (
    "Anjali Venkataraman", "Matthew Oduya", "Priya Raghunathan", "Lauren Bisset", "Ibrahim Sesay",
    "Catherine Moynihan", "Daniel Szymanski", "Grace Achieng Otieno", "Hamid Qaderi", "Marie-Claire Nsengiyumva",
    "Ko Thet Naing", "Iryna Lysenko", "Samira Benali", "Thomas Okafor", "Helen Truong", "Rafael Quiñones",
)
_US_TOWNS = (
    "Utica", "Buffalo", "Syracuse", "Rochester", "Binghamton", "Schenectady", "Bowling Green", "Louisville",
    "Fargo", "Boise", "Twin Falls", "Clarkston", "Lancaster", "Erie", "Amarillo", "Lewiston", "Manchester",
    "Omaha", "Sioux Falls", "Greeley", "Dearborn", "Hamtramck", "Grand Rapids", "Jackson Heights", "Flatbush",
    "Bensonhurst", "Owensboro", "Spokane", "West Valley City", "Lowell",
)
_CAMPS = (
    "Kakuma", "Dadaab", "Nyarugusu", "Kutupalong", "Mae La", "Nakivale", "Zaatari", "Azraq", "Beldangi",
    "Shagarab", "Kiziba", "Mahama", "Nduta", "Umpiem Mai", "Kyangwali",
)
_CITIES_ABROAD = (
    "Herat", "Mazar-i-Sharif", "Jalalabad", "Kandahar", "Goma", "Bukavu", "Uvira", "Aleppo", "Homs", "Daraa",
    "Kharkiv", "Mariupol", "Zaporizhzhia", "Mogadishu", "Kismayo", "Sittwe", "Hakha", "Asmara", "Mekelle",
    "Juba", "Maracaibo", "Gonaïves", "Huehuetenango", "Irbid", "Gaziantep", "Kampala", "Nairobi", "Kigali",
    "Islamabad", "Doha",
)
_ORGS = {
    "agency": (
        "New Roots Resettlement Services", "Mohawk Valley Refugee Welcome Center",
        "Lakeside Immigrant & Refugee Services", "Journey's End Refugee Services",
        "International Institute of Buffalo", "Catholic Charities of the Southern Tier",
        "Jewish Family Service of Westfield", "World Relief Spokane", "HIAS", "Church World Service",
        "International Rescue Committee", "Lutheran Social Services of the Prairie", "Bridge Refugee Services",
        "Kentucky Refugee Ministries", "Global Refuge", "Open Door Newcomer Network",
    ),
    "clinic": (
        "Northgate Family Health Center", "Lakeshore Civil Surgeon Associates", "St. Brendan Medical Group",
        "Harbor Point Immigration Medical", "Genesee Valley Refugee Health Clinic",
        "Riverside Travel & Immigration Clinic", "Elmhurst Primary Care Partners", "Fairmount Pediatrics",
        "Westgate Urgent Care", "Cedar Street Community Health", "Pinewood Internal Medicine",
    ),
    "hospital": (
        "St. Elizabeth Regional Medical Center", "Mercy Lakes Hospital", "Upstate Valley Medical Center",
        "Kings Harbor Hospital", "Bellwether General Hospital", "Faxton Memorial Hospital",
    ),
    "panel": (
        "Meridian Migration Health Centre", "Crescent Diagnostic Panel Clinic", "Tumaini Panel Physician Clinic",
        "Sunrise Migration Health Clinic", "Al-Shifa Medical Complex", "Lotus Panel Medical Services",
    ),
    "employer": (
        "Riverbend Poultry Processing", "Chobani", "Amazon", "Hilltop Hotel & Suites", "Mohawk Valley Textiles",
        "Tri-County Warehouse Logistics", "Greenfield Senior Living", "Sysco", "Keystone Meat Packers",
    ),
    "school": (
        "Proctor High School", "Lincoln Elementary School", "Roosevelt Middle School",
        "Mohawk Valley Community College", "Westside Adult Learning Center", "Hamilton Early Head Start",
    ),
    "faith": (
        "Masjid Al-Rahma", "First Presbyterian Church", "St. Anthony Parish", "Temple Beth Shalom",
        "Grace Lutheran Church", "Hope Evangelical Free Church", "Holy Trinity Ukrainian Catholic Church",
    ),
    "vendor": (
        "LanguageLine Solutions", "Propio Language Services", "CyraCom", "Certified Languages International",
        "Voyce", "Pacific Interpreters",
    ),
    "countyhd": (
        "Oneida County Health Department", "Erie County Department of Health", "Onondaga County Health Department",
        "Warren County Health Department", "Cass County Public Health", "Douglas County Health Department",
    ),
    "pharmacy": (
        "Walgreens", "CVS Pharmacy", "Rite Aid", "Kinney Drugs", "Wegmans Pharmacy", "Medicine Shoppe",
    ),
}
_STREETS = (
    "Genesee St", "Oneida Ave", "Bleecker Street", "Kemble St", "Rutger St", "Elmwood Ave", "Grant Street",
    "Niagara St", "Ocean Pkwy", "Lafayette Blvd", "Morgan Ave", "Fairview Rd", "Jefferson Ave", "Lark Street",
    "Shady Lane", "Maple Ct", "W 12th St", "N Hawthorne Dr", "Indian Trail Rd", "Cornhill Pl",
)
_ZIPS = (
    "13501", "13502", "14207", "14213", "13208", "14621", "13905", "12307", "42101", "40214", "58102", "83704",
    "83301", "30021", "17602", "16503", "79107", "04240", "03103", "68107", "57104", "80631", "48126", "48212",
    "49507", "11372", "11226", "11214", "42301", "99207",
)
_AREA = (
    "315", "716", "518", "347", "718", "929", "646", "212", "607", "585", "208", "701", "502", "270", "404",
    "470", "616", "402", "971", "503", "814", "717", "806", "207", "603", "605", "970", "313", "509",
)
_INTL_PHONES = (
    "+93 79 482 1190", "+93 70 218 3347", "+243 81 552 0193", "+243 99 710 2284", "+380 67 219 4471",
    "+380 50 433 1806", "+963 944 118 207", "+254 722 418 903", "+95 9 420 118 331", "+252 61 552 8810",
    "+256 772 140 556", "+250 788 302 915", "+962 79 664 2018", "+90 532 771 4409",
)
_TOLL_FREE = ("800", "888", "877", "866", "855", "844", "833")

# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

_COUNTRIES = (
    "Afghanistan", "Democratic Republic of the Congo", "Syria", "Ukraine", "Burma", "Myanmar", "Somalia",
    "Eritrea", "Sudan", "Bhutan", "Nepal", "Venezuela", "Guatemala", "Haiti", "Iraq", "Kenya", "Tanzania",
    "Uganda", "Rwanda", "Jordan", "Türkiye", "Thailand", "Bangladesh", "Pakistan", "Ethiopia", "Qatar",
)
_STATES = ("New York", "Kentucky", "Idaho", "North Dakota", "Pennsylvania", "Texas", "Michigan", "Nebraska")
_LANGS = (
    "Dari", "Pashto", "Swahili", "Kinyarwanda", "Kirundi", "Tigrinya", "Somali", "Karen", "Burmese", "Rohingya",
    "Arabic", "Ukrainian", "Nepali", "Haitian Creole", "Mam", "Spanish", "French", "Lingala", "Hakha Chin",
)
_AGENCIES = (
    "USCIS", "CDC", "Department of State", "PRM", "ORR", "Office of Refugee Resettlement", "IOM", "UNHCR",
    "Social Security Administration", "EDN", "Refugee Processing Center", "CBP", "DHS",
)
_PROGRAMMES = (
    "Refugee Medical Assistance", "Refugee Cash Assistance", "Reception and Placement", "Matching Grant",
    "Preferred Communities", "Welcome Corps", "Uniting for Ukraine", "Operation Allies Welcome",
    "Special Immigrant Visa", "Temporary Protected Status", "SNAP", "Medicaid", "CHIP", "SSI", "TANF",
    "Essential Plan", "Child Health Plus", "Lifeline",
)
_PAYERS = ("Fidelis Care", "Healthfirst", "MetroPlus", "UnitedHealthcare Community Plan", "MVP Health Care",
           "Excellus BlueCross BlueShield")
_HOTLINES = (
    "1-800-375-5283", "800-232-4636", "988", "2-1-1", "1-888-373-7888", "1-800-222-1222", "(800) 772-1213",
)
_PUBLIC_SITES = (
    "www.uscis.gov/i-693", "www.cdc.gov/immigrant-refugee-health", "travel.state.gov", "www.acf.hhs.gov/orr",
    "www.ssa.gov", "www.healthcare.gov", "nystateofhealth.ny.gov", "www.vaccines.gov",
)
_FORMS = ("I-693", "DS-2054", "DS-3025", "DS-3026", "I-485", "I-94", "I-765", "DS-260", "I-730", "I-590")
_TB_CLASSES = (
    "Class A TB", "Class B1 TB, Pulmonary", "Class B1 TB, Extrapulmonary", "Class B2 TB, LTBI Evaluation",
    "Class B3 TB, Contact Evaluation", "No TB Classification",
)
_VACCINES = (
    ("M-M-R II", "CVX 03"), ("Priorix", "CVX 03"), ("Varivax", "CVX 21"), ("ProQuad", "CVX 94"),
    ("Boostrix", "CVX 115"), ("Adacel", "CVX 115"), ("Engerix-B", "CVX 43"), ("Heplisav-B", "CVX 189"),
    ("Recombivax HB", "CVX 08"), ("Gardasil 9", "CVX 165"), ("Prevnar 20", "CVX 216"), ("Vaxneuvance", "CVX 215"),
    ("IPOL", "CVX 10"), ("Pentacel", "CVX 120"), ("Vaxelis", "CVX 146"), ("ActHIB", "CVX 48"),
    ("Menveo", "CVX 136"), ("MenQuadfi", "CVX 203"), ("Fluzone High-Dose", "CVX 197"), ("Flucelvax", "CVX 171"),
    ("Comirnaty", "CVX 309"), ("Spikevax", "CVX 311"), ("Shingrix", "CVX 187"), ("Daptacel", "CVX 106"),
)
_NDCS = ("49281-0400-10", "58160-0821-11", "00006-4681-00", "00006-4827-00", "19515-0896-11", "58160-0842-52",
         "00006-4171-00", "49281-0545-03", "00006-4837-03", "58160-0955-09")
_EPONYMS = (
    "QuantiFERON-TB Gold Plus", "T-SPOT.TB", "Tubersol", "Aplisol", "GeneXpert MTB/RIF Ultra", "Ziehl-Neelsen",
    "Lowenstein-Jensen", "MGIT 960", "Chagas disease", "Hansen disease", "Pott disease", "Ghon complex",
    "Ranke complex", "Kerley B lines", "Katayama fever", "Loeffler syndrome", "Graves disease", "Snellen",
    "Ishihara", "Denver II", "PHQ-9", "GAD-7", "RHS-15", "Harvard Trauma Questionnaire", "Fleischner Society",
    "Bosniak", "Gharbi type I", "WHO-IWG CE1", "Niamey protocol", "Greulich and Pyle", "Tanner-Whitehouse",
    "Demirjian", "Wells score", "Glasgow Coma Scale", "Hodgkin lymphoma", "Tanner stage 3", "Kato-Katz",
    "Giemsa", "BinaxNOW Malaria", "Mantoux",
)
_MEDS = (
    "Albenza", "Biltricide", "Stromectol", "Coartem", "Malarone", "Priftin", "Rifadin", "Nydrazid", "Rifamate",
    "Fer-In-Sol", "Ensure", "Keppra", "Zofran", "Tylenol", "Motrin", "Prenate Mini",
)
_DEVICES = (
    "Carestream DRX-Evolution", "Fujifilm FDR D-EVO II", "SonoSite Edge II", "Siemens SOMATOM go.Up",
    "GE Signa Explorer 1.5T", "Philips Ingenuity CT", "Sysmex XN-1000", "Phonak Naida", "Medtronic MiniMed 780G",
    "Omnipod 5", "Accu-Chek Guide", "iPad Pro", "Philips Affiniti 70",
)
_VERSIONS = ("PACS v12.4.1", "EDN 4.2", "Epic Hyperspace 10.3", "PowerScribe 360 v4.0", "RIS 8.1.2", "VRI app 3.7")

EPONYMS_AND_BRANDS = tuple(
    sorted(set(_EPONYMS + _MEDS + _DEVICES + tuple(v for v, _ in _VACCINES) + _PAYERS + _FORMS + _TB_CLASSES
               + _AGENCIES + _PROGRAMMES + _VERSIONS))
)

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


class _Ctx:
    """Per-note state: the random stream and the look-alikes used."""

    def __init__(self, r: random.Random, heavy: bool) -> None:
        self.r = r
        self.heavy = heavy
        self.las: list[str] = []
        self.sex = r.choice("MF")

    def la(self, s: str) -> str:
        self.las.append(s)
        return s

    def pick(self, seq):
        return self.r.choice(seq)

    def lpick(self, seq) -> str:
        return self.la(self.r.choice(seq))

    def country(self) -> str:
        return self.lpick(_COUNTRIES)

    def lang(self) -> str:
        return self.lpick(_LANGS)

    def tb_class(self) -> str:
        return self.lpick(_TB_CLASSES)

    def sdate(self) -> str:
        """A shifted (2100-2200) date, never labelled."""
        r = self.r
        y, m, d = r.randint(2105, 2195), r.randint(1, 12), r.randint(1, 28)
        f = r.randrange(5)
        s = (f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{d:02d}-{_MONTHS[m - 1][:3].upper()}-{y}",
             f"{_MONTHS[m - 1]} {d}, {y}", f"{m}/{d}/{y}")[f]
        return self.la(s)

    def expiry(self) -> str:
        r = self.r
        y, m, d = r.randint(2024, 2028), r.randint(1, 12), r.randint(1, 28)
        s = (f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{d:02d}{_MONTHS[m - 1][:3].upper()}{y}")[r.randrange(3)]
        return self.la(s)

    def lot(self) -> str:
        r = self.r
        alnum = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        shape = r.randrange(4)
        if shape == 0:
            s = r.choice("UXYZ") + str(r.randint(1000, 9999)) + r.choice(("AA", "AB", "BA", ""))
        elif shape == 1:
            s = "".join(r.choice(alnum) for _ in range(7))
        elif shape == 2:
            s = r.choice(("EW", "FN", "FL", "GK", "HT")) + str(r.randint(1000, 9999))
        else:
            s = str(r.randint(1, 9)) + "".join(r.choice("ABCDEFGH") for _ in range(2)) + str(r.randint(10, 99)) + "B1"
        return self.la(s)

    def vaccine(self) -> tuple[str, str]:
        brand, cvx = self.r.choice(_VACCINES)
        return self.la(brand), self.la(cvx)

    def age_under(self, lo: int = 18, hi: int = 88) -> str:
        return self.la(str(self.r.randint(lo, hi)))


# --------------------------------------------------------------------------------------------------
# Value generators (one per category; a style picks a format where the context needs one)
# --------------------------------------------------------------------------------------------------


def _us_number(r: random.Random, area: str | None = None) -> str:
    a = area or r.choice(_AREA)
    e, line = r.randint(201, 989), r.randint(0, 9999)
    f = r.randrange(8)
    return (f"({a}) {e}-{line:04d}", f"{a}-{e}-{line:04d}", f"{a}.{e}.{line:04d}", f"+1 {a} {e} {line:04d}",
            f"1-{a}-{e}-{line:04d}", f"{a} {e} {line:04d}", f"({a}){e}-{line:04d}", f"{a}/{e}-{line:04d}")[f]


def _v_phone(r: random.Random, style: str) -> str:
    if style == "intl" or (style == "" and r.random() < 0.15):
        return r.choice(_INTL_PHONES)
    s = _us_number(r)
    if style == "ext" or (style == "" and r.random() < 0.08):
        s += r.choice((" x", " ext. ", " x", "x")) + str(r.randint(100, 4999))
    return s


def _v_fax(r: random.Random, style: str) -> str:
    if style == "tf":
        return _us_number(r, r.choice(_TOLL_FREE))
    return _us_number(r)


def _v_pager(r: random.Random, style: str) -> str:
    f = r.randrange(5)
    if f == 0:
        return f"{r.randint(2, 9)}-{r.randint(1000, 9999)}"
    if f == 1:
        return str(r.randint(10000, 99999))
    if f == 2:
        return _us_number(r)
    if f == 3:
        return f"{r.randint(100, 999)}-{r.randint(1000, 9999)}"
    return str(r.randint(1000, 9999))


def _v_email(r: random.Random, style: str) -> str:
    pool = _STAFF if style == "staff" else _SPONSORS if style == "sponsor" else _PATIENTS
    parts = r.choice(pool).lower().replace("'", "").replace("é", "e").replace("ñ", "n").replace("ï", "i").split()
    first, last = parts[0], parts[-1].replace("-", "")
    local = r.choice((f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first}{r.randint(1, 99)}",
                      f"{first}_{last}{r.randint(1960, 2015)}", f"{first}{last[0]}", f"{last}.family"))
    if style == "staff":
        dom = r.choice(("nrrs.org", "mvrwc.org", "jersbuffalo.org", "iibuff.org", "ccstier.org", "wr-spokane.org",
                        "northgatehealth.org", "lakeshorecs.com", "gvrhc.org"))
    else:
        dom = r.choice(("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "ukr.net", "icloud.com",
                        "aol.com", "protonmail.com"))
    return f"{local}@{dom}"


def _v_url(r: random.Random, style: str) -> str:
    last = r.choice(_PATIENTS).split()[-1].lower().replace("é", "e")
    f = r.randrange(7)
    if f == 0:
        return f"https://www.gofundme.com/f/help-the-{last}-family-{r.choice(('settle-in', 'rebuild', 'get-a-car'))}"
    if f == 1:
        return f"facebook.com/{last}.{r.choice(('nasir', 'amani', 'olha', 'yazan', 'hodan'))}.{r.randint(1, 99)}"
    if f == 2:
        return f"https://vri.{r.choice(('lls-connect', 'propio-live', 'voycevri'))}.net/join/{r.randrange(16**8):08x}"
    if f == 3:
        return f"https://portal.{r.choice(('nrrs', 'mvrwc', 'odnn'))}.org/clients/{r.randint(10000, 99999)}"
    if f == 4:
        return f"https://signup.example-circles.org/{last}-welcome-team"
    if f == 5:
        return f"http://www.instagram.com/{last}_{r.randint(10, 99)}"
    return f"https://docs.google.com/spreadsheets/d/{r.randrange(16**10):010x}/{last}-rides"


def _v_ip(r: random.Random, style: str) -> str:
    f = r.randrange(5)
    if f == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if f == 1:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if f == 2:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if f == 3:
        first = r.choice((24, 66, 73, 98, 104, 142, 174, 203))
        return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"2601:{r.randrange(16**3):x}:{r.randrange(16**4):x}:{r.randrange(16**3):x}::{r.randrange(16**4):x}"


def _v_ssn(r: random.Random, style: str) -> str:
    a = r.choice([x for x in range(1, 900) if x != 666])
    g, s = r.randint(1, 99), r.randint(1, 9999)
    f = r.randrange(4)
    return (f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}",
            f"{a:03d}-{g:02d}-{s:04d}")[f]


def _v_mrn(r: random.Random, style: str) -> str:
    f = r.randrange(6)
    if f == 0:
        return f"{r.randint(0, 99999999):08d}"
    if f == 1:
        return str(r.randint(1000000, 9999999))
    if f == 2:
        return f"RH-{r.randint(100000, 999999)}"
    if f == 3:
        return f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"
    if f == 4:
        return f"E{r.randint(100000000, 999999999)}"
    return f"MV{r.randint(1000000, 9999999)}"


def _v_account(r: random.Random, style: str) -> str:
    st = style or r.choice(("enc", "acc", "spec", "req", "call", "case", "claim", "acct", "order"))
    n = r.randint
    if st == "enc":
        return r.choice((f"E{n(1000000000, 9999999999)}", f"{n(100000000, 999999999)}", f"V{n(10000000, 99999999)}"))
    if st == "acc":
        return r.choice((f"CXR{n(10, 29)}-{n(100000, 999999)}", f"RAD{n(1000000, 9999999)}", f"{n(10000000, 99999999)}",
                         f"US-{n(100000, 999999)}"))
    if st == "spec":
        return r.choice((f"QFT-{n(10000000, 99999999)}", f"S{n(10, 29)}-{n(10000, 99999)}",
                         f"{n(100000000, 999999999)}"))
    if st == "req":
        return r.choice((f"{n(1000000, 9999999)}", f"RQ{n(100000, 999999)}", f"LAB-{n(100000, 999999)}"))
    if st == "call":
        return r.choice((f"{n(1000000000, 9999999999)}", f"VRI-{n(1000, 9999)}-{n(10000, 99999)}",
                         f"CL{n(10000000, 99999999)}", f"{n(100000, 999999)}-{n(1000, 9999)}"))
    if st == "case":
        return r.choice((f"NRRS-{n(2016, 2024)}-{n(1000, 9999)}", f"RP{n(100000, 999999)}", f"{n(10000, 99999)}",
                         f"CM-{n(10000, 99999)}"))
    if st == "claim":
        return r.choice((f"{n(1000, 9999)}-{n(100, 999)}-{n(1000, 9999)}", f"CLM{n(100000000, 999999999)}",
                         f"{n(10000000000, 99999999999)}"))
    if st == "order":
        return r.choice((f"ORD{n(1000000, 9999999)}", f"{n(10000000, 99999999)}"))
    return r.choice((f"{n(10000000, 99999999)}", f"A{n(1000000, 9999999)}", f"{n(100, 999)}-{n(100000, 999999)}"))


def _v_plan(r: random.Random, style: str) -> str:
    st = style or r.choice(("cin", "rma", "mem"))
    up = "ABCDEFGHJKLMNPRSTVWXYZ"
    if st == "cin":
        return f"{r.choice(up)}{r.choice(up)}{r.randint(10000, 99999)}{r.choice(up)}"
    if st == "rma":
        return r.choice((f"RMA{r.randint(1000000, 9999999)}", f"{r.randint(100000000, 999999999)}",
                         f"RMA-{r.randint(100000, 999999)}"))
    return r.choice((f"{r.choice(up)}{r.choice(up)}{r.choice(up)}{r.randint(100000000, 999999999)}",
                     f"{r.randint(10000000, 99999999)}-0{r.randint(1, 4)}", f"M{r.randint(10000000, 99999999)}",
                     f"{r.randint(100000000, 999999999)}"))


def _v_license(r: random.Random, style: str) -> str:
    st = style or r.choice(("npi", "medlic", "dea", "rnlic", "dl"))
    if st == "npi":
        return f"{r.choice('12')}{r.randint(100000000, 999999999)}"
    if st == "medlic":
        return r.choice((str(r.randint(200000, 299999)), f"L-{r.randint(10000, 99999)}",
                         f"0{r.randint(100000, 999999)}",
                         f"ME-{r.randint(10000, 99999)}"))
    if st == "dea":
        return f"{r.choice('ABFM')}{r.choice('BKOSTHMR')}{r.randint(1000000, 9999999)}"
    if st == "rnlic":
        return r.choice((str(r.randint(500000, 899999)), f"{r.randint(100, 999)}-{r.randint(100, 999)}"))
    return r.choice((f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
                     f"{r.choice('DKSB')}{r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
                     f"{r.choice('ABCDEFGH')}{r.randint(1000000, 9999999)}"))


def _v_zip(r: random.Random, style: str) -> str:
    z = r.choice(_ZIPS)
    return f"{z}-{r.randint(1000, 9999)}" if r.random() < 0.2 else z


def _v_street(r: random.Random, style: str) -> str:
    num = r.choice((str(r.randint(2, 2999)), str(r.randint(10, 99)), f"{r.randint(100, 999)}-{r.randint(10, 99)}"))
    s = f"{num} {r.choice(_STREETS)}"
    tail = r.randrange(5)
    if tail == 0:
        s += f" Apt {r.randint(1, 12)}{r.choice('ABCDR')}"
    elif tail == 1:
        s += f" #{r.randint(1, 40)}"
    elif tail == 2:
        s += ", Lower"
    return s


def _v_date(r: random.Random, style: str) -> str:
    if style == "dob":
        y = r.randint(1931, 2019)
    elif style == "death":
        y = r.randint(1985, 2024)
    elif style == "vax":
        y = r.randint(2005, 2024)
    else:
        y = r.randint(2016, 2024)
    m, d = r.randint(1, 12), r.randint(1, 28)
    if style == "dob" and r.random() < 0.25:
        m, d = 1, 1
    mon = _MONTHS[m - 1]
    f = r.randrange(9)
    return (f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{mon[:3].upper()}-{y}", f"{d} {mon[:3]} {y}",
            f"{mon} {d}, {y}", f"{d:02d}.{m:02d}.{y}", f"{m}/{d}/{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}")[f]


def _v_age(r: random.Random, style: str) -> str:
    return str(r.choice((90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 101, 103)))


def _v_device(r: random.Random, style: str) -> str:
    st = style or r.choice(("sn", "asset"))
    alnum = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    if st == "asset":
        return r.choice((f"HSC-{r.randint(1000, 99999):06d}", f"BME-{r.randint(10000, 99999)}",
                         f"IT{r.randint(100000, 999999)}", f"VRI-CART-{r.randint(10, 99)}",
                         f"{r.randint(100000, 999999)}"))
    if st == "udi":
        return r.choice((f"2{r.randint(10000000, 99999999)}", "".join(r.choice(alnum) for _ in range(10))))
    return r.choice(("".join(r.choice(alnum) for _ in range(8)), f"{r.randint(1000, 9999)}A{r.randint(1000, 9999)}",
                     f"NWH{r.randint(100000, 999999)}H", f"{r.randint(10000000, 99999999)}",
                     f"PJN{r.randint(100000, 999999)}"))


def _v_vehicle(r: random.Random, style: str) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if style == "vin":
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return r.choice(("1HG", "2T1", "5FN", "1FT", "JTD", "KND", "3VW")) + "".join(r.choice(chars) for _ in range(14))
    f = r.randrange(5)
    tri = "".join(r.choice(letters) for _ in range(3))
    if f == 0:
        return f"{tri}-{r.randint(1000, 9999)}"
    if f == 1:
        return f"{tri} {r.randint(1000, 9999)}"
    if f == 2:
        return f"{r.randint(1, 9)}{tri}{r.randint(100, 999)}"
    if f == 3:
        return f"{r.randint(100, 999)} {tri}"
    return f"{tri}{r.randint(1000, 9999)}"


def _v_person(r: random.Random, style: str) -> str:
    pool = {"sponsor": _SPONSORS, "staff": _STAFF}.get(style, _PATIENTS)
    name = r.choice(pool)
    f = r.randrange(6)
    if style in ("staff",) and f < 4:
        return name
    if f == 0:
        parts = name.split()
        return f"{parts[-1].upper()}, {' '.join(parts[:-1])}"
    if f == 1:
        return name.upper()
    return name


def _v_location(r: random.Random, style: str) -> str:
    pool = {"camp": _CAMPS, "abroad": _CITIES_ABROAD, "us": _US_TOWNS}.get(style) or r.choice(
        (_CAMPS, _CITIES_ABROAD, _US_TOWNS))
    return r.choice(pool)


def _v_org(r: random.Random, style: str) -> str:
    return r.choice(_ORGS[style or r.choice(tuple(_ORGS))])


_VALUES: dict[str, Callable[[random.Random, str], str]] = {
    "PHONE": _v_phone, "FAX": _v_fax, "PAGER": _v_pager, "EMAIL": _v_email, "URL": _v_url, "IP_ADDRESS": _v_ip,
    "SSN": _v_ssn, "MRN": _v_mrn, "ACCOUNT": _v_account, "HEALTH_PLAN": _v_plan, "LICENSE": _v_license,
    "ZIP": _v_zip, "STREET_ADDRESS": _v_street, "DATE_REAL_YEAR": _v_date, "AGE_OVER_89": _v_age,
    "DEVICE_ID": _v_device, "VEHICLE_ID": _v_vehicle, "PERSON": _v_person, "LOCATION": _v_location,
    "ORGANIZATION": _v_org,
}


# --------------------------------------------------------------------------------------------------
# Planting contexts: (where, template with one "{}", value style, look-alikes in the template)
# where: "*" any note, "d" discharge-type notes, "r" radiology notes
# --------------------------------------------------------------------------------------------------

_T = tuple[str, str, str, tuple[str, ...]]

_TEMPLATES: dict[str, tuple[_T, ...]] = {
    "PHONE": (
        ("*", "Callback number for results (pt's cell, confirmed via interpreter): {}\n", "", ()),
        ("d", "Sponsor / U.S. tie -- {} (cell; speaks some English)\n", "", ()),
        ("d", "| Host family phone | {} |\n", "", ()),
        ("d", "Pt's brother overseas reachable on WhatsApp {} ; family asks that calls go via case worker\n",
         "intl", ("WhatsApp",)),
        ("d", "Contact:\n  Name ........ ___\n  Relation .... cousin (U.S. tie)\n  Tel ......... {}\n", "", ()),
        ("d", "Case manager direct line {}  (office hours M-F)\n", "", ()),
        ("d", "pt phone# {} -- prepaid, minutes run out end of month\n", "", ()),
        ("*", "Emergency contact phone {} (host mother)\n", "", ()),
        ("r", "Results called to ordering civil surgeon office at {} ; read-back verified.\n", "ext", ()),
        ("d", "Spoke w/ sponsor by phone ({}) re: transport to TB clinic.\n", "", ()),
        ("d", "Telephone:{}\n", "", ()),
        ("d", "PHONE   {}   (mobile, Lifeline program handset)\n", "", ("Lifeline",)),
        ("d", "wife's mobile (still in ___ ) {}\n", "intl", ()),
        ("d", "sponser cel\n{}\n", "", ()),
    ),
    "FAX": (
        ("*", "Fax completed I-693 worksheet to civil surgeon: {}\n", "", ("I-693",)),
        ("d", "Fax: {}  Attn: medical records\n", "", ()),
        ("d", "Send DS-3025 copy via fax {} (agency health liaison)\n", "", ("DS-3025",)),
        ("r", "Report faxed to {} (refugee clinic).\n", "", ()),
        ("d", "T: ___   F: {}\n", "", ()),
        ("d", "Practice fax (toll-free): {}\n", "tf", ()),
        ("d", "| Fax | {} |\n", "", ()),
        ("r", "cc: ordering provider fax# {}\n", "", ()),
        ("d", "civil surgeon office FAX {} -- pls send QFT + CXR reports\n", "", ()),
    ),
    "PAGER": (
        ("*", "Questions: radiology resident on call, pager {}\n", "", ()),
        ("d", "Page refugee clinic NP at {} with QFT result\n", "", ()),
        ("d", "covering MD pgr {}\n", "", ()),
        ("d", "Beeper {} (ID fellow)\n", "", ()),
        ("r", "Discussed with Dr. ___ (pgr {}) at 14:20.\n", "", ()),
        ("d", "TB nurse p. {}\n", "", ()),
        ("*", "Pager: {}\n", "", ()),
        ("d", "ID consult -- page #{} after 5pm\n", "", ()),
    ),
    "EMAIL": (
        ("d", "Case manager email: {}\n", "staff", ()),
        ("d", "Sponsor prefers email -- {}\n", "sponsor", ()),
        ("d", "pt email for portal activation {} (set up with interpreter)\n", "", ()),
        ("*", "Report copy requested by civil surgeon office: {}\n", "staff", ()),
        ("d", "| E-mail | {} |\n", "", ()),
        ("d", "From: {}\nSent: ___\nSubject: arrival health screening appt\n", "staff", ()),
        ("d", "Contact the agency health coordinator at {} for vaccine records.\n", "staff", ()),
        ("r", "Images requested by {} (agency health liaison) -- CD mailed instead.\n", "staff", ()),
    ),
    "URL": (
        ("d", "Family's fundraiser page (shared by sponsor): {}\n", "", ()),
        ("d", "Sponsor circle ride sheet {} lists drivers for appointments\n", "", ()),
        ("*", "VRI link used: {}\n", "", ()),
        ("d", "Patient's social media ({}) used by agency to reach him after phone was lost\n", "", ()),
        ("d", "Agency client page: {}\n", "", ()),
        ("r", "Outside images retrieved via panel-site share link {}\n", "", ()),
    ),
    "IP_ADDRESS": (
        ("*", "VRI session log: client IP {}, audio+video, 38 min\n", "", ()),
        ("r", "DICOM import: source AE PANEL_UPLOAD @ {} port 104\n", "", ()),
        ("d", "Portal login audit -- last access from {}\n", "", ()),
        ("r", "Modality worklist host {} (portable unit)\n", "", ()),
        ("d", "eFax gateway {} reported delivery failure x2\n", "", ()),
        ("*", "[system] remote interpreter endpoint={} status=connected\n", "", ()),
        ("d", "Telehealth visit (sponsor joined from home); IP {} logged per policy\n", "", ()),
    ),
    "SSN": (
        ("d", "SSN: {}\n", "", ()),
        ("d", "Social Security card received ({}); copy scanned to chart\n", "", ()),
        ("d", "| SSN | {} |\n", "", ()),
        ("d", "SS# {} (issued after arrival; EAD pending)\n", "", ()),
        ("d", "Soc Sec No.....{}\n", "", ()),
        ("d", "benefits application lists pt social security number as {} -- verify\n", "", ()),
        ("r", "Registration note: SSN {} on file, A# ___\n", "", ()),
    ),
    "MRN": (
        ("*", "MRN: {}\n", "", ()),
        ("*", "Unit No:  {}\n", "", ()),
        ("r", "Patient ID {}   Exam: CHEST PA/LAT\n", "", ()),
        ("d", "Med Rec #{}\n", "", ()),
        ("d", "Hospital no. {} (prior registration under alternate spelling merged)\n", "", ()),
        ("*", "EMPI {} | Registration: new arrival\n", "", ()),
        ("r", "PID={}\n", "", ()),
        ("d", "chart number {}, pls use this one not the duplicate\n", "", ()),
        ("r", "MRN\n{}\n", "", ()),
    ),
    "ACCOUNT": (
        ("*", "Encounter #: {}\n", "enc", ()),
        ("r", "Accession: {}\n", "acc", ()),
        ("r", "ACC# {}   ORDER# ___\n", "acc", ()),
        ("d", "QFT-Plus specimen ID {} sent to reference lab\n", "spec", ()),
        ("d", "Requisition {} -- hep B panel, Strongyloides IgG, CBC w/ diff\n", "req", ()),
        ("d", "Interpreter call ID {} (41 min)\n", "call", ()),
        ("*", "VRI session # {}\n", "call", ()),
        ("d", "Resettlement agency case no. {}\n", "case", ()),
        ("d", "RMA claim no. {} denied -- resubmit with arrival date\n", "claim", ()),
        ("d", "Acct {}\n", "acct", ()),
        ("d", "| Visit/FIN | {} |\n", "enc", ()),
        ("r", "Order no. {} (civil surgeon referral)\n", "order", ()),
        ("d", "agency client # {} (R&P file)\n", "case", ()),
    ),
    "HEALTH_PLAN": (
        ("d", "Medicaid CIN: {}\n", "cin", ()),
        ("d", "RMA member ID {} (eligible 12 mo from arrival)\n", "rma", ()),
        ("d", "Ins: Fidelis Care, member ID {}\n", "mem", ("Fidelis Care",)),
        ("d", "| Plan | Essential Plan | Subscriber ID | {} |\n", "mem", ("Essential Plan",)),
        ("*", "Insurance ID# {}\n", "", ()),
        ("d", "policy no. {}, group 00418 (employer plan through sponsor's work)\n", "mem", ("00418",)),
        ("d", "Medicaid # {} (pending activation)\n", "cin", ()),
        ("r", "Payer: Refugee Medical Assistance  ID {}\n", "rma", ("Refugee Medical Assistance",)),
    ),
    "LICENSE": (
        ("d", "Civil surgeon NPI: {}\n", "npi", ()),
        ("d", "Lic # {} (state medical license)\n", "medlic", ()),
        ("d", "Signature: Dr. ___, MD   License no. {}\n", "medlic", ()),
        ("d", "DEA {}\n", "dea", ()),
        ("d", "Vaccines given by ___, RN, license {}\n", "rnlic", ()),
        ("d", "Sponsor ID presented: driver's license {}\n", "dl", ()),
        ("*", "Ordering provider NPI {}\n", "npi", ()),
        ("r", "Referring: ___ (NPI {})\n", "npi", ()),
        ("d", "| Civil surgeon | ___ | NPI | {} |\n", "npi", ()),
    ),
    "ZIP": (
        ("*", "Address: ___, ___, NY {}\n", "", ()),
        ("d", "Moved to host family's home (ZIP {})\n", "", ()),
        ("d", "Zip code: {}\n", "", ()),
        ("d", "| ZIP | {} |\n", "", ()),
        ("d", "Catchment: pt resides in zip {} -- county TB clinic referral\n", "", ()),
        ("d", "Mailing: ___ ___ ___ {}\n", "", ()),
    ),
    "STREET_ADDRESS": (
        ("d", "Address: {}, ___, NY ___\n", "", ()),
        ("d", "Lives at {} with ___ (host family)\n", "", ()),
        ("d", "New apartment: {} (R&P housing, 2BR)\n", "", ()),
        ("d", "| Street | {} |\n", "", ()),
        ("*", "Home address on registration: {}\n", "", ()),
        ("d", "Pick-up location for transport: {}\n", "", ()),
    ),
    "DATE_REAL_YEAR": (
        ("d", "Date of U.S. arrival: {}\n", "arr", ()),
        ("d", "DOB (per I-94): {}\n", "dob", ("I-94",)),
        ("d", "Panel exam completed {} per DS-2054\n", "exam", ("DS-2054",)),
        ("d", "MMR #1 {} (overseas, DS-3025)\n", "vax", ("DS-3025",)),
        ("r", "COMPARISON: Overseas panel CXR dated {} (digital copy).\n", "exam", ()),
        ("d", "Father died {}, per patient\n", "death", ()),
        ("d", "I-693 signed {}\n", "exam", ("I-693",)),
        ("*", "Date of service: {}\n", "exam", ()),
        ("d", "Date of birth   {}   (year from UNHCR registration)\n", "dob", ("UNHCR",)),
        ("r", "Prior imaging abroad {}: reportedly normal.\n", "exam", ()),
        ("d", "arrived in US on\n{}\n", "arr", ()),
    ),
    "AGE_OVER_89": (
        ("*", "Patient is a {} y/o grandmother who arrived with her son's family.\n", "", ()),
        ("d", "Age: {}\n", "", ()),
        ("d", "Age {} years (estimated; documents give year only)\n", "", ()),
        ("r", "CLINICAL HISTORY: {}-year-old woman, new arrival, chronic cough.\n", "", ()),
        ("d", "| Age | {} |\n", "", ()),
        ("d", "mother-in-law, aged {}, also in household; bedbound\n", "", ()),
        ("d", "Pt (age {}) accompanied by granddaughter -- declined as interpreter, professional used\n", "", ()),
    ),
    "DEVICE_ID": (
        ("*", "VRI cart asset tag {}\n", "asset", ()),
        ("r", "Portable DR detector S/N {}\n", "sn", ()),
        ("d", "Hearing aid (fitted overseas) serial {}\n", "sn", ()),
        ("d", "Insulin pump brought from Ukraine, SN: {}\n", "sn", ("Ukraine",)),
        ("d", "UDI (01)00842166001234(17)270630(10)L4471(21){}\n", "udi", ("00842166001234", "L4471")),
        ("r", "Pacemaker (implanted abroad), serial {} -- MR conditional status unknown\n", "sn", ()),
        ("d", "Loaner tablet for telehealth, asset # {}\n", "asset", ()),
        ("r", "Ultrasound unit BME tag {}\n", "asset", ()),
    ),
    "VEHICLE_ID": (
        ("d", "Sponsor drives a gray minivan, plate {}\n", "", ()),
        ("d", "Agency van (plate {}) will return pt to temporary housing\n", "", ()),
        ("d", "Vehicle: VIN {} (car donated by congregation)\n", "vin", ()),
        ("d", "Ride arranged; driver's car tag {}\n", "", ()),
        ("*", "Pt arrived by taxi, plate {} (fare paid by agency)\n", "", ()),
        ("d", "| Vehicle plate | {} |\n", "", ()),
    ),
    "PERSON": (
        ("*", "Interpreter: {} (in person)\n", "staff", ()),
        ("d", "Sponsor: {}\n", "sponsor", ()),
        ("d", "Patient {} seen with wife and three children.\n", "", ()),
        ("d", "Host family contact -- {}\n", "sponsor", ()),
        ("r", "Dictated by: Dr. {}\n", "staff", ()),
        ("d", "Case manager {} attended visit\n", "staff", ()),
        ("d", "Name (as on I-94): {}\n", "", ("I-94",)),
        ("d", "| Name | {} |\n", "", ()),
        ("d", "Pt's brother, {}, is the U.S. tie (arrived 2016)\n", "", ("2016",)),
        ("r", "Results discussed with {}, NP, at refugee clinic.\n", "staff", ()),
        ("d", "Signed: {}, civil surgeon\n", "staff", ()),
    ),
    "LOCATION": (
        ("d", "Lived in {} camp for 11 years before resettlement\n", "camp", ()),
        ("d", "Resettled to {} under R&P\n", "us", ()),
        ("*", "Panel exam performed in {}\n", "abroad", ()),
        ("d", "Moved from the hotel to an apartment in {}\n", "us", ()),
        ("d", "Transit: ___ -> ___ -> {}\n", "us", ()),
        ("d", "| City | {} |\n", "us", ()),
        ("r", "HISTORY: New arrival, lived in {} refugee camp x 8 yrs; positive IGRA.\n", "camp", ()),
        ("d", "Originally from {}; fled in 2021\n", "abroad", ("2021",)),
        ("d", "lives in\n{} w/ uncle\n", "us", ()),
    ),
    "ORGANIZATION": (
        ("d", "Resettlement agency: {}\n", "agency", ()),
        ("d", "Referred by {} for domestic screening\n", "agency", ()),
        ("*", "Civil surgeon practice: {}\n", "clinic", ()),
        ("d", "Pt works second shift at {}\n", "employer", ()),
        ("d", "Children enrolled at {}\n", "school", ()),
        ("d", "Host congregation: {}\n", "faith", ()),
        ("r", "Outside films from {} (panel physician site)\n", "panel", ()),
        ("d", "Interpreter provided by {} (telephonic)\n", "vendor", ()),
        ("*", "Follow-up: {} TB clinic\n", "countyhd", ()),
        ("d", "Rx sent to {} (store on ___)\n", "pharmacy", ()),
        ("r", "Comparison study performed at {}\n", "hospital", ()),
        ("d", "Transferred from {} ED\n", "hospital", ()),
        ("d", "resettlment agncy - {}\n", "agency", ()),
    ),
}


# --------------------------------------------------------------------------------------------------
# Document bodies (lists of blocks; plants go between blocks)
# --------------------------------------------------------------------------------------------------


# Choice lists used inside the document bodies
_WAIVERS = ("not age-appropriate", "contraindicated (pregnancy)", "not routinely available",
            "insufficient time interval")
_STATUSES = ("refugee", "SIV (Special Immigrant Visa)", "humanitarian parole (Uniting for Ukraine)", "asylee")
_NCC_IMPRESSIONS = ("Findings compatible with neurocysticercosis, vesicular stage",
                    "Colloidal-stage cysticercus; differential includes tuberculoma",
                    "Calcified (inactive) neurocysticercosis")
_CHOICE_1 = ('Albenza', 'Biltricide', 'Stromectol', 'Coartem',)
_CHOICE_2 = ('QuantiFERON-TB Gold Plus', 'T-SPOT.TB',)
_CHOICE_3 = ('Giardia cysts', 'no ova seen', 'Schistosoma mansoni ova', 'hookworm ova',)
_CHOICE_4 = ('Priftin', 'Rifadin',)
_CHOICE_5 = ('Albenza', 'Stromectol', 'Biltricide',)
_CHOICE_6 = ('Graves disease', 'Hodgkin lymphoma in remission', 'rheumatic heart disease', 'G6PD deficiency',)
_CHOICE_7 = ('IV artesunate then Coartem', 'RIPE', 'Biltricide', 'Albenza + Stromectol', 'Keppra + Albenza',)
_CHOICE_8 = ('negative', 'MTB detected, RIF resistance not detected',)
_CHOICE_9 = ('SNAP', 'Medicaid', 'Refugee Cash Assistance',)
_CHOICE_10 = ('latent TB on 3HP', 'eosinophilia after albendazole', 'hepatitis B carrier', 'anemia',)
_CHOICE_11 = ('neg', 'pending at departure', 'MTB isolated',)
_CHOICE_12 = ('Malarone', 'Coartem',)
_CHOICE_13 = ('refugee', 'SI/SQ parole', 'asylee', 'U4U parole',)
_CHOICE_14 = ('normal', 'not suggestive of TB', 'consistent with old healed granulomatous disease only',)
_CHOICE_15 = ('the right upper lobe fibronodular opacities are unchanged',
    'the left apical cavity has decreased in size',
    'new patchy consolidation is seen in the superior segment of the right lower lobe',)
_CHOICE_16 = ('stable, favouring inactive disease', 'worsened, concerning for active TB', 'improved on therapy',)
_CHOICE_17 = ('A 2.4 cm thick-walled cavity in the apicoposterior left upper lobe',
    'Tree-in-bud nodularity in the right upper lobe', 'Scattered calcified micronodules',)
_CHOICE_18 = ('Findings highly suspicious for active pulmonary tuberculosis',
    'Sequelae of prior granulomatous infection', 'Indeterminate; recommend sputum studies',)
_CHOICE_19 = ('Periportal thickening, image pattern C-D', 'Normal echotexture',
    'A 4.1 cm unilocular anechoic cyst with double wall sign in segment VII',)
_CHOICE_20 = ('Findings consistent with hepatosplenic schistosomiasis', 'Cyst classified as',
    'No sonographic evidence of parasitic liver disease',)
_CHOICE_21 = ('posterior', 'anterior', 'fundal',)
_CHOICE_22 = ('Multiple cystic lesions with eccentric scolex in the right frontal and left parietal lobes',
    'A single ring-enhancing lesion in the left frontal lobe with perilesional edema',
    'Several punctate calcifications at the grey-white junction',)
_CHOICE_23 = ('Linear fibrotic opacities in the right apex with volume loss', 'No focal opacity',
    'Nodular opacity in the left upper zone, 1 cm',)
_CHOICE_24 = ('unchanged over the interval', 'new since the panel film', 'smaller than on the panel film',)


def _ds_header(c: _Ctx, service: str, chief: str, proc: str = "none") -> str:
    allergy = c.pick(("No Known Allergies / Adverse Drug Reactions", "penicillin", "sulfa (rash, per panel record)",
                      "NKDA", "Patient recorded as having No Known Allergies to Drugs"))
    return (f"Name:  ___                  Unit No:   ___\n\nAdmission Date:  ___              Discharge Date:   ___\n\n"
            f"Date of Birth:  ___             Sex:   {c.sex}\n\nService: {service}\n\nAllergies:\n{allergy}\n\n"
            f"Attending: ___.\n\nChief Complaint:\n{chief}\n\nMajor Surgical or Invasive Procedure:\n{proc}\n\n")


def _clinic_header(c: _Ctx, title: str) -> str:
    shape = c.r.randrange(3)
    if shape == 0:
        return f"{title}\nPatient: ___     DOB: ___     Visit date: ___\nProvider: ___     Location: ___\n\n"
    if shape == 1:
        return f"*** {title.upper()} ***\nName ......... ___\nDOB .......... ___\nDate ......... ___\n\n"
    return f"Name:  ___                  Unit No:   ___\n\nVisit Type: {title}\nDate: ___   Clinician: ___\n\n"


def _interp_line(c: _Ctx) -> str:
    lang = c.lang()
    mode = c.pick(("in-person interpreter", "telephonic interpreter", "video remote interpreter (VRI)",
                   "certified interpreter by phone"))
    return f"Visit conducted with {mode}, {lang}; interpreter ID ___. Pt's preferred language {lang}.\n"


def _panel_summary(c: _Ctx) -> str:
    tb = c.tb_class()
    cty = c.country()
    form_a, form_b = c.la("DS-2054"), c.la("DS-3026")
    shape = c.r.randrange(3)
    if shape == 0:
        return (f"Overseas records ({form_a}/{form_b}, via {c.la('EDN')}): panel exam in {cty}, date ___. "
                f"TB classification: {tb}. Sputum smears x3 and cultures ___; CXR read as "
                f"{c.pick(('fibrotic changes RUL', 'normal', 'small calcified granuloma', 'hilar adenopathy'))}.\n\n")
    if shape == 1:
        return (f"PANEL PHYSICIAN RECORD\n  Form ............ {form_a}\n  Country ......... {cty}\n"
                f"  Exam date ....... ___\n  TB class ........ {tb}\n  Syphilis ........ RPR nonreactive\n"
                f"  Gonorrhea ....... NAAT negative\n  Hansen's ........ none\n\n")
    return (f"| Panel item | Result |\n|---|---|\n| TB class | {tb} |\n| Worksheet | {form_b} |\n"
            f"| Country of exam | {cty} |\n| Presumptive treatment | {c.lpick(_CHOICE_1)} |\n\n")


def _vax_block(c: _Ctx, n: int) -> str:
    rows = []
    shape = c.r.randrange(3)
    for _ in range(n):
        brand, cvx = c.vaccine()
        lot = c.lot()
        when = c.sdate()
        if shape == 0:
            rows.append(f"| {brand} | {cvx} | Lot {lot} | Exp {c.expiry()} | {when} |")
        elif shape == 1:
            rows.append(f"  {brand:<20}{cvx:<10}lot {lot:<10}given {when}")
        else:
            rows.append(f"{brand} ({cvx}) lot# {lot}, exp {c.expiry()}, admin {when}, site ___")
    head = {0: "| Vaccine | CVX | Lot | Expiry | Date |\n|---|---|---|---|---|\n",
            1: "VACCINATION RECORD (pasted from registry)\n  Product             Code      Lot         Date\n",
            2: "Vaccines administered today / reconciled:\n"}[shape]
    ndc = c.lpick(_NDCS)
    return head + "\n".join(rows) + f"\nNDC on last vial: {ndc}\n\n"


def _labs(c: _Ctx) -> str:
    return (f"Pertinent Results:\nWBC-{c.r.randint(4, 12)}.{c.r.randint(0, 9)} "
            f"Hgb-{c.r.randint(8, 15)}.{c.r.randint(0, 9)} "
            f"Eos-{c.r.randint(1, 18)}% Plt-{c.r.randint(150, 420)}\n"
            f"{c.lpick(_CHOICE_2)}: {c.pick(('POSITIVE', 'negative', 'indeterminate'))}\n"
            f"HBsAg {c.pick(('neg', 'POS', 'neg'))}, anti-HBs {c.pick(('<10', '>1000', '58'))} mIU/mL; HIV Ag/Ab neg; "
            f"Strongyloides IgG {c.pick(('positive', 'negative'))}; lead {c.r.randint(1, 14)} mcg/dL\n"
            f"Stool O&P x2 ({c.lpick(('Kato-Katz', 'Giemsa', 'Ziehl-Neelsen'))}): {c.pick(_CHOICE_3)}\n\n")


def _public_footer(c: _Ctx) -> str:
    f = c.r.randrange(4)
    if f == 0:
        return (f"Patient given {c.la('USCIS')} Contact Center number {c.lpick(_HOTLINES[:1])} and "
                f"{c.lpick(_PUBLIC_SITES)} for I-693 questions.\n")
    if f == 1:
        return f"Crisis line {c.la('988')} and {c.la('2-1-1')} reviewed with interpreter.\n"
    if f == 2:
        return (f"Handout: {c.la('CDC')} refugee health guidance ({c.la('www.cdc.gov/immigrant-refugee-health')}); "
                f"CDC-INFO {c.la('800-232-4636')}.\n")
    return (f"Social Security office info ({c.la('(800) 772-1213')}, {c.la('www.ssa.gov')}) given for SSN card "
            f"replacement.\n")


def _k_domestic(c: _Ctx) -> list[str]:
    cty = c.country()
    age = c.age_under(19, 72)
    return [
        _clinic_header(c, "Domestic Refugee Health Assessment - Initial Visit"),
        _interp_line(c),
        f"HPI: {age} yo {'woman' if c.sex == 'F' else 'man'} from {cty}, arrived ___ as a refugee "
        f"({c.lpick(('Reception and Placement', 'Matching Grant', 'Preferred Communities'))} case), here for the "
        f"domestic screening within 90 days of arrival. Reports intermittent epigastric pain and itching at night. "
        f"Denies cough, fever, night sweats, weight loss. {c.lpick(('RHS-15', 'PHQ-9', 'GAD-7'))} score "
        f"{c.r.randint(4, 18)}.\n\n",
        _panel_summary(c),
        _labs(c),
        f"Exam: BMI {c.r.randint(17, 31)}, {c.lpick(('Snellen', 'Ishihara'))} 20/{c.pick(('20', '30', '40', '70'))}, "
        f"dentition poor, no lymphadenopathy, no hepatosplenomegaly.\n\n",
        "Assessment/Plan:\n"
        f"1. Positive IGRA, CXR ordered; if clear treat LTBI with {c.lpick(_CHOICE_4)} + INH (3HP) vs 4R.\n"
        f"2. Eosinophilia - presumptive {c.lpick(_CHOICE_5)} per CDC guidance; repeat CBC.\n"
        f"3. Immunizations: catch-up per ACIP; {c.la('DS-3025')} reviewed.\n"
        f"4. Mental health: referred to ___ (torture treatment program).\n"
        f"5. Benefits: {c.lpick(('Refugee Medical Assistance', 'Medicaid'))} active; ___ to assist with "
        f"{c.lpick(('SNAP', 'TANF', 'Refugee Cash Assistance'))}.\n\n",
        _vax_block(c, c.r.randint(2, 4)),
        _public_footer(c),
    ]


def _k_i693(c: _Ctx) -> list[str]:
    tb = c.tb_class()
    return [
        f"CIVIL SURGEON IMMIGRATION MEDICAL EXAMINATION -- Form {c.la('I-693')} (Report of Immigration Medical "
        f"Examination and Vaccination Record)\nApplicant: ___   A-Number: ___   USCIS receipt: ___\n"
        f"Applying for: adjustment of status ({c.la('I-485')})   Prior classification: {tb}\n\n",
        "Part 5. Medical examination\n"
        "  Communicable disease of public health significance\n"
        f"    Tuberculosis ............. IGRA ({c.lpick(('QuantiFERON-TB Gold Plus', 'T-SPOT.TB'))}) "
        f"{c.pick(('negative', 'positive -> CXR', 'indeterminate, repeated'))}\n"
        "    Syphilis ................. nonreactive\n    Gonorrhea ................ not detected\n"
        f"    {c.la('Hansen disease')} ........ no findings\n"
        f"  Physical/mental disorder with harmful behaviour: none (Class {c.pick(('A', 'B'))} condition ___)\n"
        "  Drug abuse/addiction: none\n\n",
        "Part 6. Vaccination record\n",
        _vax_block(c, c.r.randint(3, 5)),
        f"Blanket waiver: {c.pick(_WAIVERS)} "
        f"marked for {c.lpick(('Varivax', 'Gardasil 9', 'Shingrix', 'Prevnar 20'))}.\n\n",
        f"Civil surgeon attestation signed; envelope sealed per {c.la('USCIS')} instructions. Results valid for "
        f"submission within 60 days of signature ({c.la('www.uscis.gov/i-693')}).\n"
        "Civil surgeon: ___, MD   Address: ___   Phone: ___\n\n",
        _public_footer(c),
    ]


def _k_admission(c: _Ctx) -> list[str]:
    dx = c.pick(("Plasmodium falciparum malaria", "active pulmonary tuberculosis", "hepatosplenic schistosomiasis",
                 "severe iron deficiency anemia with hookworm", "neurocysticercosis with seizure"))
    cty = c.country()
    return [
        _ds_header(c, c.pick(("MEDICINE", "INFECTIOUS DISEASE", "PEDIATRICS")),
                   c.pick(("fever and rigors", "cough x 2 months", "abdominal distension", "fatigue", "seizure")),
                   c.pick(("none", "bronchoscopy with BAL", "paracentesis", "none"))),
        f"History of Present Illness:\n___ yo {c.sex} refugee from {cty} who arrived ___ (about "
        f"{c.r.randint(2, 11)} weeks ago) and was admitted with {dx}. Overseas {c.la('DS-2054')} listed "
        f"{c.tb_class()}; pre-departure presumptive treatment with {c.lpick(('Albenza', 'Coartem', 'Biltricide'))}. "
        f"History obtained through {c.lang()} interpreter.\n\n",
        "Past Medical History:\n1. ___ years in a refugee camp (details masked)\n2. "
        f"{c.lpick(_CHOICE_6)}\n\n",
        f"Social History:\nArrived with ___ family members; resettlement agency ___; "
        f"{c.lpick(_PROGRAMMES)} pending.\n\n",
        _labs(c),
        "Brief Hospital Course:\n"
        f"# {dx}: treated with {c.lpick(_CHOICE_7)}. "
        f"Airborne isolation {c.pick(('not required', 'discontinued after 3 negative smears', 'maintained'))}. "
        f"Case reported to the county health department; {c.la('EDN')} follow-up worksheet updated.\n"
        f"# LTBI/TB: {c.la('GeneXpert MTB/RIF Ultra')} {c.pick(_CHOICE_8)}.\n"
        f"# Social: agency case worker updated; {c.lpick(_CHOICE_9)} in process.\n\n",
        "Discharge Medications:\n"
        f"1. {c.lpick(_MEDS)} as directed\n2. {c.lpick(_MEDS)} as directed\n3. ferrous sulfate 325 mg daily\n\n",
        "Discharge Disposition:\nHome with Service\n\nDischarge Diagnosis:\n" + dx + "\n\n",
        "Followup Instructions:\nRefugee clinic ___ in 1 week; TB clinic ___; civil surgeon for "
        f"{c.la('I-693')} once treatment complete.\n",
    ]


def _k_case_mgmt(c: _Ctx) -> list[str]:
    prog = c.lpick(("Reception and Placement", "Matching Grant", "Preferred Communities", "Welcome Corps"))
    return [
        _clinic_header(c, "Social Work / Resettlement Case Management Note"),
        f"Reason: discharge planning for newly arrived family ({prog}); day {c.r.randint(3, 85)} after arrival.\n\n",
        f"Household: {c.r.randint(2, 9)} members; head of household speaks {c.lang()}; children "
        f"{c.age_under(2, 17)} and {c.age_under(2, 17)} yrs.\n"
        f"Status: {c.lpick(_STATUSES)}; "
        f"A# ___; I-94 ___; EAD ___.\n\n",
        "Needs identified:\n - housing: lease signed by agency, unit ___\n - food: "
        f"{c.la('SNAP')} application submitted (case # ___)\n - health: {c.la('Refugee Medical Assistance')} vs "
        f"{c.la('Medicaid')} eligibility screen\n - employment: ___\n - ESL classes\n\n",
        f"Collateral: spoke with agency case manager ___ (phone ___) and {c.la('ORR')}-funded health liaison ___. "
        f"Overseas medical file ({c.la('DS-3025')}, {c.tb_class()}) forwarded to clinic.\n\n",
        f"Plan: home visit in {c.r.randint(2, 14)} days; transport voucher; follow up on "
        f"{c.lpick(('SSN card', 'EAD', 'I-94 correction', 'school enrolment', 'WIC appointment'))}.\n"
        f"Resources given: {c.la('1-888-373-7888')} (trafficking hotline), {c.la('988')}.\n\n",
        "Signed ___, LMSW\n",
    ]


def _k_interp(c: _Ctx) -> list[str]:
    lang = c.lang()
    return [
        _clinic_header(c, "Interpreter-Mediated Visit"),
        f"Language: {lang}   Dialect noted: ___   Modality: {c.pick(('VRI', 'OPI', 'in person'))}\n"
        f"Pt declined use of {c.pick(('her husband', 'his 12 yo son', 'a neighbour'))} as interpreter; "
        "professional interpreter used for consent and teach-back.\n\n",
        "----- pasted from interpreter vendor portal -----\n"
        f"Session start  ___   Session end ___   Duration {c.r.randint(9, 74)} min\n"
        f"Interpreter ID ___   Language {lang}   Platform {c.lpick(_VERSIONS[-1:])}\n"
        "Call quality: good   Disconnects: 0\n---------------------------------------------------\n\n",
        f"Subjective: follow-up of {c.pick(_CHOICE_10)}. "
        f"Reports adherence; missed {c.r.randint(0, 3)} doses during Ramadan.\n\n",
        f"Objective: T 36.{c.r.randint(4, 9)}, HR {c.r.randint(60, 104)}, wt {c.r.randint(38, 92)} kg.\n\n",
        f"A/P: continue {c.lpick(('Priftin', 'Rifadin', 'Nydrazid', 'Fer-In-Sol'))}; LFTs today; "
        f"{c.lpick(('PHQ-9', 'RHS-15', 'Harvard Trauma Questionnaire'))} repeated. Teach-back completed in {lang}.\n\n",
        _vax_block(c, c.r.randint(1, 2)),
        _public_footer(c),
    ]


def _k_panel(c: _Ctx) -> list[str]:
    return [
        _clinic_header(c, "Review of Overseas Pre-departure Medical Records"),
        f"Source: {c.la('EDN')} notification from {c.la('CDC')}; paper copies carried by patient in IOM bag "
        f"({c.la('IOM')}). Forms present: {c.la('DS-2054')}, {c.la('DS-3025')}, {c.la('DS-3026')}.\n\n",
        _panel_summary(c),
        "DS-3026 TB worksheet (transcribed):\n"
        f"  CXR findings ......... {c.pick(('infiltrate RUL', 'cavity LUL', 'no abnormality', 'pleural thickening'))}\n"
        f"  Smears ............... neg x3\n  Cultures ............. {c.pick(_CHOICE_11)}\n"
        f"  DST .................. {c.pick(('pan-susceptible', 'n/a', 'INH mono-resistant'))}\n"
        f"  Tx completed (DOT) ... {c.pick(('yes', 'no', 'n/a'))}\n\n",
        f"Presumptive treatment: {c.lpick(('Albenza', 'Stromectol', 'Biltricide', 'Coartem'))} given ___ at "
        f"departure; {c.lpick(_CHOICE_12)} for malaria per {c.la('Department of State')}/CDC protocol.\n\n",
        "DS-3025 vaccination documentation:\n",
        _vax_block(c, c.r.randint(2, 4)),
        f"Impression: {c.tb_class()} -- needs domestic TB evaluation within 30 days of arrival; "
        "notification to county TB program sent.\n",
    ]


def _k_benefits(c: _Ctx) -> list[str]:
    return [
        _clinic_header(c, "Financial Counseling / Benefits Enrolment"),
        f"Immigration status verified from I-94 (stamped {c.lpick(_CHOICE_13)}); "
        "A-number ___; documents scanned.\n\n",
        "Programme screen:\n"
        f"  {c.la('Refugee Medical Assistance')} ....... eligible months 1-12\n"
        f"  {c.la('Medicaid')} ......................... {c.pick(('approved', 'pending', 'denied - over income'))}\n"
        f"  {c.la('Child Health Plus')} ................ children x{c.r.randint(1, 4)}\n"
        f"  {c.la('Essential Plan')} ................... n/a\n"
        f"  {c.la('SNAP')} / {c.la('TANF')} ............. referred to county DSS\n\n",
        f"Plans discussed: {c.lpick(_PAYERS)} vs {c.lpick(_PAYERS)} (managed care). Employer plan group number "
        f"{c.la(str(c.r.randint(10000, 99999)))} offered through job, not yet effective.\n\n",
        f"Applied via {c.la('nystateofhealth.ny.gov')} with {c.lang()} interpreter; confirmation # ___.\n"
        f"Marketplace backup: {c.la('www.healthcare.gov')}.\n\n",
        "| Item | Status |\n|---|---|\n| SSN card | ___ |\n| EAD | ___ |\n| Proof of address | lease |\n"
        f"| {c.la('Refugee Cash Assistance')} | pending |\n\n",
        "Next: follow up in 2 weeks; bring I-94 and award letter.\n",
        _public_footer(c),
    ]


def _k_sponsor(c: _Ctx) -> list[str]:
    prog = c.lpick(("Welcome Corps", "Uniting for Ukraine", "Operation Allies Welcome", "Special Immigrant Visa"))
    return [
        _clinic_header(c, "Telephone Encounter - Sponsor / Host Family"),
        f"Caller: sponsor ___ ({prog} supporter; supporter ID ___). Pt present, {c.lang()} interpreter "
        "conferenced in.\n\n",
        f"Reason: sponsor asks about the {c.la('I-693')} exam for the family's adjustment filing and about "
        f"{c.pick(('missed TB clinic visit', 'child fever', 'pregnancy test result', 'dental pain'))}.\n\n",
        "Discussed: we cannot share results without written consent (signed today, scanned). Sponsor may drive to "
        "appointments. Pt prefers female clinician.\n\n",
        f"Household: pt + {c.r.randint(1, 6)} family members living with host family; host home has "
        f"{c.r.randint(1, 4)} children, one {c.age_under(1, 9)} yo. Possible TB contact screening: host family "
        f"{c.pick(('asymptomatic', 'one member with cough'))}.\n\n",
        f"Parole/status: {c.pick(('I-131 parole', 'refugee', 'SIV'))}; expiry of parole ___; TPS filing discussed "
        f"({c.la('Temporary Protected Status')}).\n\n",
        "Plan: sponsor to bring vaccine card; QFT draw next visit; agency notified.\n"
        f"FYI {c.la('USCIS')} contact center {c.la('1-800-375-5283')}.\n",
    ]


def _k_peds(c: _Ctx) -> list[str]:
    months = c.r.randint(7, 170)
    return [
        _clinic_header(c, "Pediatric New Arrival Visit"),
        f"{months}-month-old {c.pick(('girl', 'boy'))} from {c.country()}, arrived ___ with parents. "
        f"Interpreter {c.lang()}. Birth history unknown; born in camp.\n\n",
        f"Growth: wt {c.r.randint(5, 48)} kg (z -{c.r.randint(0, 3)}.{c.r.randint(0, 9)}), ht ___, "
        f"MUAC {c.r.randint(11, 19)} cm. Development: {c.lpick(('Denver II', 'Ages and Stages'))} "
        f"{c.pick(('passed', 'concerns in language'))}. {c.lpick(('Tanner stage 3', 'Tanner stage 1'))}.\n\n",
        f"Screening: lead {c.r.randint(1, 22)} mcg/dL (venous repeat ___), "
        f"Hgb {c.r.randint(7, 13)}.{c.r.randint(0, 9)}, "
        f"{c.lpick(('QuantiFERON-TB Gold Plus', 'T-SPOT.TB', 'Tubersol'))} {c.pick(('neg', 'pos'))}, "
        "newborn screen n/a, hearing/vision passed.\n\n",
        "Catch-up immunizations today:\n",
        _vax_block(c, c.r.randint(2, 5)),
        f"Plan: {c.lpick(('Fer-In-Sol', 'Albenza', 'Stromectol'))}; WIC referral ({c.la('WIC')}); school "
        f"physical form; next visit in 4 wks for second doses; dental referral.\n",
    ]


def _k_tb(c: _Ctx) -> list[str]:
    tb = c.tb_class()
    return [
        _clinic_header(c, "TB Clinic - Class B Arrival Follow-up"),
        f"Notification: {c.la('EDN')} {tb}; panel country {c.country()}. Arrived ___; first visit within "
        f"{c.r.randint(7, 60)} days.\n\n",
        f"Symptoms: {c.pick(('none', 'cough 3 wk', 'weight loss 4 kg'))}. HIV neg. Prior tx: "
        f"{c.pick(('6 mo DOT completed overseas', 'none', 'unknown'))}.\n\n",
        f"IGRA ({c.lpick(('QuantiFERON-TB Gold Plus', 'T-SPOT.TB'))}): {c.pick(('positive', 'negative'))}; "
        f"TST ({c.lpick(('Tubersol', 'Aplisol'))}) {c.r.randint(0, 22)} mm ({c.la('Mantoux')}).\n"
        f"CXR: see radiology; {c.lpick(('Ghon complex', 'Ranke complex', 'Kerley B lines'))} noted on panel film.\n"
        f"Sputum x3 ({c.lpick(('Ziehl-Neelsen', 'MGIT 960', 'Lowenstein-Jensen'))}): ___.\n\n",
        "Outcome for EDN follow-up worksheet:\n"
        f"  [ ] Active TB   [{c.pick(('x', ' '))}] LTBI   [ ] Not TB   Tx start ___   Regimen "
        f"{c.pick(('3HP', '4R', '3HR', 'RIPE'))} ({c.lpick(('Priftin', 'Rifadin', 'Rifamate'))})\n\n",
        f"Worksheet returned to {c.la('CDC')} via {c.la('EDN')} {c.la('EDN 4.2')}. "
        "Pt given clinic card; DOT by video.\n",
    ]


def _k_addendum(c: _Ctx) -> list[str]:
    return [
        "Name:  ___                  Unit No:   ___\n\nADDENDUM (AD) to discharge summary of ___\n\n",
        f"Records release: pt signed authorization (in {c.lang()}, read aloud by interpreter) for release of "
        f"CXR, {c.lpick(('QuantiFERON-TB Gold Plus', 'T-SPOT.TB'))} and vaccine history to the civil surgeon "
        f"completing {c.la('I-693')} and to the resettlement agency.\n\n",
        "FAX COVER SHEET\n To: ___          From: HIM / release of information\n Pages: "
        f"{c.r.randint(3, 19)}      Re: ___\n CONFIDENTIAL health information.\n\n",
        "Items sent:\n"
        f" - Discharge summary ___\n - CXR report ___\n - {c.la('DS-3025')} copy\n"
        " - immunization registry printout\n\n",
        _vax_block(c, c.r.randint(1, 3)),
        f"Note: panel classification {c.tb_class()} does not itself require isolation; civil surgeon to repeat "
        f"IGRA if > 6 months ({c.la('www.uscis.gov/i-693')}).\n\n",
        "Addendum by ___, MD\n",
    ]


def _rad_history(c: _Ctx, exam: str) -> str:
    return (f"EXAMINATION:  {exam}\n\nINDICATION:  ___ year old {'woman' if c.sex == 'F' else 'man'}, recent arrival "
            f"from {c.country()}, {c.tb_class()} on overseas exam. Evaluate for active TB.\n\n")


def _rad_footer(c: _Ctx) -> str:
    return (f"Workstation: {c.lpick(_VERSIONS[:5])}.  Radiologist: ___, MD.  "
            f"Protocol per {c.pick(('department', 'ACR', 'Fleischner Society'))} guidance.\n")


def _k_cxr(c: _Ctx) -> list[str]:
    return [
        _rad_history(c, "CHEST (PA AND LAT)  -- IMMIGRATION (civil surgeon referral)"),
        f"TECHNIQUE:  PA and lateral views of the chest on {c.lpick(_DEVICES[:2])}.\n\n",
        "COMPARISON:  None available. Overseas panel film not provided.\n\n",
        "FINDINGS:\n\nThe lungs are clear without focal consolidation, cavitation or nodule. No hilar or "
        "mediastinal lymphadenopathy. No pleural effusion or thickening. No apical fibrosis or volume loss. "
        f"Calcified granuloma {c.pick(('in the right lower lobe', 'absent', 'in the left mid lung, 3 mm'))}. "
        "Heart size normal. Osseous structures unremarkable.\n\n",
        "IMPRESSION:\n\nNo radiographic evidence of active or inactive tuberculosis. For the purposes of "
        f"{c.la('I-693')} the CXR is {c.pick(_CHOICE_14)}. "
        f"Findings per {c.la('CDC')} Technical Instructions for civil surgeons.\n\n",
        "NOTE: immigration CXR results are reported to the ordering civil surgeon only; the patient was advised "
        "through an interpreter.\n",
        _rad_footer(c),
    ]


def _k_cxr_b(c: _Ctx) -> list[str]:
    return [
        _rad_history(c, "CHEST PA/LATERAL, CLASS B FOLLOW-UP"),
        "TECHNIQUE:  Two views.\n\n",
        f"COMPARISON:  Overseas panel radiograph (digital, dated ___) from {c.la('DS-3026')} packet; "
        f"domestic CXR {c.sdate()}.\n\n",
        "FINDINGS:\n\nCompared with the panel radiograph, "
        f"{c.pick(_CHOICE_15)}. "
        "There is mild biapical pleural thickening. No effusion. No pneumothorax. Cardiomediastinal silhouette "
        f"normal. {c.lpick(('Ghon complex', 'Ranke complex'))} again noted.\n\n",
        "IMPRESSION:\n\n1. Findings "
        f"{c.pick(_CHOICE_16)}.\n"
        "2. Recommend sputum AFB x3 and correlation with the county TB program; "
        f"{c.la('EDN')} worksheet to be completed by the TB clinic.\n\n",
        f"Classification reviewed: {c.tb_class()}.\n",
        _rad_footer(c),
    ]


def _k_ct(c: _Ctx) -> list[str]:
    return [
        _rad_history(c, "CT CHEST WITH CONTRAST"),
        f"TECHNIQUE:  Axial MDCT images on {c.lpick(('Siemens SOMATOM go.Up', 'Philips Ingenuity CT'))} after "
        f"{c.r.randint(60, 100)} mL Omnipaque 350. DLP {c.r.randint(180, 640)} mGy-cm.\n\n",
        f"COMPARISON:  Chest radiograph {c.sdate()}.\n\n",
        "FINDINGS:\n\nLUNGS: "
        f"{c.pick(_CHOICE_17)} "
        "with surrounding centrilobular nodules. No miliary pattern.\n"
        "MEDIASTINUM: "
        f"{c.pick(('Necrotic right paratracheal node 1.6 cm', 'Calcified subcarinal nodes', 'No adenopathy'))}.\n"
        "PLEURA: no effusion.\nUPPER ABDOMEN: splenic granulomas.\nBONES: no destructive lesion "
        f"(no features of {c.la('Pott disease')}).\n\n",
        "IMPRESSION:\n\n"
        f"1. {c.pick(_CHOICE_18)}.\n"
        f"2. Airborne isolation recommended pending {c.la('GeneXpert MTB/RIF Ultra')}.\n"
        f"3. Nodule follow-up per {c.la('Fleischner Society')} not applicable in this context.\n\n",
        _rad_footer(c),
    ]


def _k_us_abd(c: _Ctx) -> list[str]:
    return [
        f"EXAMINATION:  US ABDOMEN COMPLETE\n\nINDICATION:  Newly arrived refugee from {c.country()} with "
        f"eosinophilia and positive Schistosoma serology; hepatomegaly on exam. ? periportal fibrosis, "
        "? hydatid cyst.\n\n",
        f"TECHNIQUE:  Grey-scale and Doppler on {c.lpick(('SonoSite Edge II', 'Philips Affiniti 70'))}; "
        f"scored per the {c.la('Niamey protocol')}.\n\n",
        "COMPARISON:  None.\n\n",
        "FINDINGS:\n\nLIVER: "
        f"{c.pick(_CHOICE_19)}. "
        f"Portal vein {c.r.randint(9, 16)} mm, hepatopetal flow.\nSPLEEN: {c.r.randint(9, 18)} cm.\n"
        "GALLBLADDER/BILE DUCTS: normal.\nKIDNEYS: no hydronephrosis; bladder wall "
        f"{c.pick(('smooth', 'irregular, possible S. haematobium'))}.\nASCITES: none.\n\n",
        "IMPRESSION:\n\n"
        f"1. {c.pick(_CHOICE_20)} "
        f"{c.lpick(('Gharbi type I', 'WHO-IWG CE1', 'Niamey protocol grade C'))}.\n"
        f"2. Recommend ID follow-up; {c.lpick(('Biltricide', 'Albenza'))} per ID.\n\n",
        _rad_footer(c),
    ]


def _k_bone_age(c: _Ctx) -> list[str]:
    claimed = c.r.randint(13, 17)
    return [
        "EXAMINATION:  BONE AGE (LEFT HAND AND WRIST)\n\n",
        f"INDICATION:  Unaccompanied minor / recent arrival from {c.country()}. Documented date of birth ___ "
        f"(age {claimed} per documents). Request from pediatric clinic for medical context only.\n\n",
        "COMPARISON:  None.\n\n",
        f"FINDINGS:\n\nAssessed by the {c.la('Greulich and Pyle')} atlas and {c.la('Tanner-Whitehouse')} "
        f"(TW3) method. Bone age estimated at {c.r.randint(14, 19)} years (SD about {c.r.randint(1, 2)} years). "
        f"Distal radial physis {c.pick(('open', 'partially fused', 'fused'))}. No dysplasia. Dental age "
        f"({c.la('Demirjian')}) not assessed.\n\n",
        "IMPRESSION:\n\nBone age estimate given with wide confidence interval; skeletal maturity varies with "
        "nutrition and ethnicity and cannot determine chronological age. Not for immigration age determination.\n\n",
        f"Patient's stated age (chart): {c.age_under(12, 21)}. Guardian present: foster agency worker ___.\n",
        _rad_footer(c),
    ]


def _k_ob(c: _Ctx) -> list[str]:
    ga = c.r.randint(8, 36)
    return [
        "EXAMINATION:  OB US < 14 WKS / COMPLETE 2ND-3RD TRIMESTER\n\n",
        f"INDICATION:  G{c.r.randint(1, 8)}P{c.r.randint(0, 6)}, LMP unknown, new arrival from {c.country()} "
        f"(arrived ___), no prior prenatal care. Dating requested. {c.lang()} interpreter present.\n\n",
        "COMPARISON:  None.\n\n",
        f"FINDINGS:\n\nSingle live intrauterine pregnancy. CRL/BPD/HC/AC/FL consistent with {ga} weeks "
        f"{c.r.randint(0, 6)} days. FHR {c.r.randint(120, 165)} bpm. Placenta {c.pick(_CHOICE_21)}, "
        f"no previa. AFI {c.r.randint(8, 22)} cm. Cervix {c.r.randint(28, 45)} mm.\n\n",
        f"IMPRESSION:\n\n1. Single live IUP, {ga} weeks by ultrasound; EDD ___ (shifted).\n"
        f"2. Anatomy survey {c.pick(('limited by gestational age', 'normal', 'suboptimal; follow-up advised'))}.\n\n",
        f"Note: Tdap ({c.lpick(('Boostrix', 'Adacel'))}) and hep B status to be reconciled with {c.la('DS-3025')}.\n",
        _rad_footer(c),
    ]


def _k_mri(c: _Ctx) -> list[str]:
    return [
        f"EXAMINATION:  {c.pick(('MRI BRAIN WITH AND WITHOUT CONTRAST', 'CT HEAD WITHOUT CONTRAST'))}\n\n",
        f"INDICATION:  First seizure in a refugee from {c.country()}, arrived ___. ? neurocysticercosis. "
        f"Pre-departure {c.lpick(('Albenza', 'Stromectol'))} given.\n\n",
        f"TECHNIQUE:  Multiplanar imaging on {c.lpick(('GE Signa Explorer 1.5T', 'Siemens SOMATOM go.Up'))}.\n\n",
        f"COMPARISON:  {c.sdate()} outside CT (report only).\n\n",
        "FINDINGS:\n\n"
        f"{c.pick(_CHOICE_22)}. "
        "No hydrocephalus. No midline shift. No intraventricular cyst. Posterior fossa normal.\n\n",
        "IMPRESSION:\n\n"
        f"1. {c.pick(_NCC_IMPRESSIONS)}.\n"
        f"2. Recommend fundoscopy before {c.la('Albenza')}; serology. {c.la('Glasgow Coma Scale')} 15 on arrival.\n\n",
        _rad_footer(c),
    ]


def _k_import(c: _Ctx) -> list[str]:
    return [
        "EXAMINATION:  OUTSIDE FILM IMPORT / OVERREAD -- CHEST RADIOGRAPH (panel physician site)\n\n",
        f"HISTORY:  Immigrant visa applicant now arrived; overseas classification {c.tb_class()} from "
        f"{c.country()}. Images received on CD with {c.la('DS-3026')}.\n\n",
        "IMPORT LOG (pasted):\n"
        f"  Study date ........ {c.sdate()}\n  Modality .......... CR\n  Images ............ {c.r.randint(1, 3)}\n"
        f"  Import software ... {c.lpick(_VERSIONS[:5])}\n  Status ............ MATCHED to local record ___\n\n",
        "FINDINGS:\n\n"
        f"Single PA image of adequate quality. {c.pick(_CHOICE_23)}. "
        "No effusion. Heart normal.\n\n",
        "IMPRESSION:\n\n"
        f"Agree with panel reading of {c.pick(('inactive/old TB', 'normal study', 'findings needing follow-up'))}. "
        "Domestic comparison radiograph recommended for EDN follow-up.\n\n",
        _rad_footer(c),
    ]


def _k_rad_add(c: _Ctx) -> list[str]:
    return [
        "ADDENDUM (AR)\n\nEXAMINATION:  CHEST (PA AND LAT)\n\n",
        "ORIGINAL IMPRESSION:\n\nPatchy right upper lobe opacity; cannot exclude active TB.\n\n",
        "ADDENDUM:\n\nThe overseas panel radiograph became available after the original report "
        f"(source: {c.la('EDN')} attachment, {c.tb_class()}). On side-by-side review the right upper lobe "
        f"opacity is {c.pick(_CHOICE_24)}.\n\n",
        "COMMUNICATION LOG:\n"
        f"  {c.sdate()} 09:14  called ordering clinic, message left\n"
        f"  {c.sdate()} 11:02  discussed with covering provider; {c.lang()} interpreter used for patient call\n"
        f"  Critical result category: {c.pick(('non-urgent', 'urgent (new finding)'))}\n\n",
        f"Recommendation: sputum AFB x3 ({c.lpick(('Ziehl-Neelsen', 'MGIT 960'))}), report to county TB program; "
        f"civil surgeon to defer {c.la('I-693')} TB section until cleared.\n\n",
        _rad_footer(c),
    ]


def _heavy_block(c: _Ctx) -> str:
    return ("Patient ___ (___)  DOB ___  A# ___  I-94 ___  Passport ___\n"
            "Address: ___, ___, ___ ___   Phone ___   Email ___\n"
            "Sponsor ___ (phone ___)   Case manager ___ (___)   Agency ___\n"
            "Interpreter ___ (ID ___)   Civil surgeon ___ (NPI ___)   Panel site ___ (___)\n"
            "Medicaid ___   Acct ___   Arrival ___   Exam date ___   Signed ___\n\n")


def _fillers(c: _Ctx, note_type: str) -> list[Callable[[], str]]:
    """Optional extra sections (lazy, so only the ones used draw from the random stream)."""
    if note_type == "radiology":
        return [
            lambda: ("ADDITIONAL NOTE:  Images were reviewed in conjunction with the referring clinic's question "
                     "about immigration clearance; this report describes imaging findings only and makes no "
                     "determination of admissibility. Prior outside studies can be uploaded on request.\n\n"),
            lambda: (f"TECHNOLOGIST NOTE:  Patient positioned with {c.lang()} interpreter instructions; shielding "
                     "per protocol; pregnancy screen negative. Exam tolerated well. Repeat image x1 for motion.\n\n"),
            lambda: (f"DOSE/QA:  Entrance exposure within reference range. Detector {c.lpick(_DEVICES[:2])}, "
                     f"calibration current; software {c.lpick(_VERSIONS[:5])}.\n\n"),
            lambda: "PRIOR PANEL FINDINGS (transcribed):\n" + _panel_summary(c),
            lambda: (f"CLINICAL CORRELATION:  Per the {c.la('CDC')} Technical Instructions, a Class B "
                     f"arrival ({c.tb_class()}) should have a domestic evaluation; sputum for "
                     f"{c.lpick(('GeneXpert MTB/RIF Ultra', 'MGIT 960', 'Ziehl-Neelsen'))} smear and culture is "
                     "advised if any abnormality is present. Symptom review negative per requisition.\n\n"),
            lambda: (f"LIMITATIONS:  Patient {c.age_under(6, 80)} years by chart. Motion and body habitus limit "
                     f"evaluation. Clinical history from a {c.lang()}-speaking patient via interpreter; outside "
                     "report not available in English.\n\n"),
        ]
    return [
        lambda: (f"Social History:\nLives with family in agency-arranged apartment. Speaks {c.lang()}; limited "
                 "English. No tobacco; no alcohol. Previously a farmer/teacher. Reports trauma history; declines "
                 "to discuss in detail today.\n\n"),
        lambda: (f"Review of Systems:\nNeg for fever, cough, hemoptysis, weight loss. Pos for headaches and poor "
                 f"sleep. {c.lpick(('PHQ-9', 'GAD-7', 'RHS-15'))} administered with interpreter.\n\n"),
        lambda: (f"Education:\nDiscussed TB classes ({c.tb_class()}), why IGRA is repeated in the U.S., and that "
                 f"{c.la('I-693')} results go sealed to {c.la('USCIS')}. Teach-back in {c.lang()}.\n\n"),
        lambda: (f"Family History:\nMother with {c.pick(('diabetes', 'hypertension', 'goiter'))}; siblings in "
                 f"{c.country()}.\n\n"),
        lambda: (f"Medications on Admission:\n1. {c.lpick(_MEDS)} (from overseas, label in {c.lang()})\n"
                 f"2. {c.lpick(_MEDS)} prn\n3. vitamin D3 50,000 IU weekly\n\n"),
        lambda: (f"Physical Exam:\nT {c.r.randint(36, 38)}.{c.r.randint(0, 9)}  HR {c.r.randint(58, 118)}  BP "
                 f"{c.r.randint(96, 150)}/{c.r.randint(54, 94)}  SpO2 {c.r.randint(93, 100)}%  "
                 f"wt {c.r.randint(31, 96)} "
                 "kg\nGen: thin, NAD.  Skin: healed scars L forearm (reported injury).  Abd: soft, spleen tip "
                 "palpable.\n\n"),
        lambda: "Immunization reconciliation:\n" + _vax_block(c, c.r.randint(1, 3)),
        lambda: "Overseas record summary:\n" + _panel_summary(c),
        lambda: (f"Public health:\nClass B notification closed in {c.la('EDN')} after domestic evaluation; "
                 f"reportable findings sent to the county. {c.lpick(_STATES)} refugee health program guidance "
                 f"followed ({c.lpick(_PUBLIC_SITES)}).\n\n"),
        lambda: ("Discharge Instructions:\nTake medicines with food. Return for fever, cough with blood, yellow "
                 f"eyes. Bring the {c.la('DS-3025')} vaccine paper and I-94 to every visit. " + _public_footer(c)
                 + "\n"),
        lambda: (f"Mental health:\n{c.la('Harvard Trauma Questionnaire')} and {c.la('RHS-15')} reviewed; sleep "
                 f"poor since leaving {c.country()}; referral to culturally matched counselling offered.\n\n"),
    ]


_KINDS: dict[str, tuple[str, Callable[[_Ctx], list[str]]]] = {
    "domestic_screening": ("discharge", _k_domestic),
    "civil_surgeon_i693": ("discharge", _k_i693),
    "admission_discharge": ("discharge", _k_admission),
    "case_management": ("discharge", _k_case_mgmt),
    "interpreter_log": ("discharge", _k_interp),
    "panel_record_review": ("discharge", _k_panel),
    "benefits_enrolment": ("discharge", _k_benefits),
    "sponsor_contact": ("discharge", _k_sponsor),
    "pediatric_arrival": ("discharge", _k_peds),
    "tb_followup": ("discharge", _k_tb),
    "records_addendum": ("discharge", _k_addendum),
    "cxr_immigration": ("radiology", _k_cxr),
    "cxr_class_b_compare": ("radiology", _k_cxr_b),
    "ct_chest_tb": ("radiology", _k_ct),
    "us_abdomen_parasitic": ("radiology", _k_us_abd),
    "bone_age": ("radiology", _k_bone_age),
    "ob_us_newarrival": ("radiology", _k_ob),
    "mri_brain_ncc": ("radiology", _k_mri),
    "film_import_overread": ("radiology", _k_import),
    "rad_addendum": ("radiology", _k_rad_add),
}
DOCUMENT_KINDS = tuple(_KINDS)
_BY_TYPE = {t: tuple(k for k, (nt, _) in _KINDS.items() if nt == t) for t in ("discharge", "radiology")}

_PHI = 0.6180339887498949
_PLASTIC = 0.7548776662466927
_SQRT2M1 = 0.41421356237309515
_PLANT_SLOTS = frozenset((0, 1, 4, 5, 7, 9, 10, 12, 14, 15, 17, 19, 20, 22, 24, 27, 29, 30, 32, 34, 35, 37, 39))
_HEAVY_SLOTS = frozenset((3, 26))
_MIN_LEN, _MAX_LEN = 1100, 4500


def _slot(seed: int, i: int) -> int:
    return (i * 17 + seed * 7) % 40


def document_kind(seed: int, i: int) -> str:
    """The document kind of note i: 45% radiology by a period-20 pattern, the kind by a Weyl sequence."""
    note_type = "radiology" if (i * 11 + seed * 3) % 20 < 9 else "discharge"
    kinds = _BY_TYPE[note_type]
    return kinds[int(((i * _PHI + seed * 0.3183098861837907) % 1.0) * len(kinds))]


def _plan(seed: int, i: int) -> tuple[bool, list[str]]:
    """(heavy, categories to plant) for note i; categories come from a Weyl sequence."""
    slot = _slot(seed, i)
    if slot in _HEAVY_SLOTS:
        return True, []
    if slot not in _PLANT_SLOTS:
        return False, []
    n = 1 + int(((i * _PLASTIC + seed * 0.2) % 1.0) * 4)
    cats = [CATEGORIES[int((((i * 4 + k) * _PHI + seed * _SQRT2M1) % 1.0) * len(CATEGORIES))] for k in range(n)]
    return False, cats


def _plant_block(c: _Ctx, cat: str, note_type: str) -> list[Seg]:
    where = "r" if note_type == "radiology" else "d"
    options = [t for t in _TEMPLATES[cat] if t[0] in ("*", where)]
    _, text, style, las = c.pick(options)
    value = _VALUES[cat](c.r, style)
    for s in las:
        c.la(s)
    before, after = text.split("{}")
    return [(before, None), (value, cat), (after, None)]


def _assemble(blocks: list[list[Seg]]) -> tuple[str, list[tuple[int, int, str]]]:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for block in blocks:
        for text, cat in block:
            if cat is not None:
                spans.append((pos, pos + len(text), cat))
            out.append(text)
            pos += len(text)
    return "".join(out), spans


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    r = random.Random(f"holdout82:{seed}:{i}")
    heavy, cats = _plan(seed, i)
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    c = _Ctx(r, heavy)
    body = builder(c)
    blocks: list[list[Seg]] = [[(b, None)] for b in body]
    if heavy:
        blocks.insert(1, [(_heavy_block(c), None)])
    plants = [_plant_block(c, cat, note_type) for cat in cats]
    plant_len = sum(len(t) for p in plants for t, _ in p)
    base_len = sum(len(b[0][0]) for b in blocks)
    target = r.randint(1150, 3300 if note_type == "discharge" else 2500)
    pool = _fillers(c, note_type)
    r.shuffle(pool)
    while base_len + plant_len < target and pool:
        f = pool.pop()()
        blocks.insert(len(blocks) - 1, [(f, None)])
        base_len += len(f)
    while base_len + plant_len > _MAX_LEN - 40 and len(blocks) > 4:
        removed = blocks.pop(len(blocks) - 2)
        base_len -= len(removed[0][0])
    for p in plants:
        at = r.randint(1, len(blocks))
        blocks.insert(at, p)
    text, spans = _assemble(blocks)
    las: list[str] = []
    for s in dict.fromkeys(c.las):
        start, ok = 0, True
        present = False
        while (k := text.find(s, start)) >= 0:
            present = True
            if any(a < k + len(s) and k < b for a, b, _ in spans):
                ok = False
                break
            start = k + 1
        if ok and present:
            las.append(s)
    return LabelledNote(note_type, text, spans), las, "heavy" if heavy else "normal"


def holdout82_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout82_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout82_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout82_corpus, argv, "Held-out corpus 82: refugee resettlement and immigration medical exams")
    holdout_measure.report("holdout82", args, notes, hits, res)


if __name__ == "__main__":
    main()
