"""Held-out corpus 15: care-coordination and allied-health paperwork with planted residual identifiers.

What it imitates: MIMIC-IV-Note discharge summaries and radiology reports in which identifiers are
masked as ``___`` and dates are shifted into 2100-2199, but the text is the *paperwork around* a
hospital stay rather than the physician narrative:

- discharge notes: a MIMIC-style header and brief clinical summary followed by a social-work or
  case-management discharge-planning note, an inter-agency referral / transfer form (W-10-like, with
  ``[x]`` checkboxes and a fax cover sheet), a pharmacy medication reconciliation, a PT/OT/speech
  evaluation, or a home-health referral with face-to-face attestation; with pipe-delimited and
  column-aligned contact tables, appointment lists, ``Attn:`` and ``cc:`` lines and signature blocks;
- radiology notes: outside-film second reads, comparison-study requests and in-house reports compared
  with imported outside priors (requesting facility, callback lines, courier / CD import notes, DICOM
  header details, MRI safety screening, requisition demographics).

In about 58% of notes de-identification failed for one to four identifiers (an address counts as one
identifier but may leave street, city and ZIP spans): the invented value is left in the text and
labelled with the exact span of the value only (cue words, titles, credentials stay outside). About 5%
of notes are heavily masked (also over-masking eponyms) and carry no plants. Every note is full of
non-identifying look-alikes that are never labelled: drug and device brand names, eponyms and scale
names (several named after places), scanner models and software versions, NDC / CPT / HCPCS codes,
lot and catalogue numbers, CLIA numbers, plan-level group / RxBIN numbers, room and bed numbers,
public hotlines and public-agency web sites, ratios, scores, shifted dates, bare years, durations and
ages under 90.

Written blind: its author read only ``holdout_measure.py``, the first lines of ``synth/notes.py``
(``CATEGORIES``, ``NOTE_COLUMNS``, ``LabelledNote``), the shared MIMIC-IV schema and known-data-issues
references, the fully masked note-shaped samples and ``pyproject.toml`` (plus, by mistake, the first
lines of ``tests/conftest.py``: data-path and cache fixtures only); nothing of the detector, its rules,
its tests or the other corpora. All names, places, facilities and numbers are invented
surrogates (real town names are used as places).

Run ``python -m lqs_clinical.synth.notes_holdout15 [--seed N] [--n N] [--ner]`` to measure.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Surrogate pools (invented for this corpus)
# --------------------------------------------------------------------------------------------------

_FIRST_F = (
    "Marisol", "Priyanka", "Aoife", "Svetlana", "Yuki", "Nadia", "Henrike", "Teodora", "Mirela", "Lakshmi",
    "Inés", "Ngozi", "Pauline", "Shoshana", "Mei-Ling", "Annelise", "Wanjiru", "Soledad", "Zofia", "Imelda",
    "Rosario", "Ximena", "Leilani", "Farida", "Sigrun", "Caoimhe", "Parisa", "Dagny", "Amara", "Florencia",
    "Lucinda", "Henrietta", "Thanh Huong", "Fatima-Zahra", "Graça", "Odette", "Berenice", "Yesenia",
    "Hyun-joo", "Esperanza", "Marguerite", "Adaeze",
)
_FIRST_M = (
    "Oluwaseun", "Bogdan", "Tadeusz", "Ikaika", "Rafael", "Kwabena", "Gideon", "Chukwuemeka", "Dmitri",
    "Kalani", "Tomasz", "Ruairi", "Jorge", "Babajide", "Hamid", "Colm", "Anh", "Eero", "Bartholomew", "Kofi",
    "Thiago", "Mateus", "Jun-ho", "Ebenezer", "Kenji", "Reuven", "Osvaldo", "Augustin", "Manuel", "Aurelio",
    "Lorcan", "Vusumuzi", "Ignatius", "Fernão", "Duarte", "Stanislaw", "Wendell", "Cornelius", "Ahmed",
    "Nikolai", "Emeka", "Horacio",
)
_LAST = (
    "Adeyemi", "Quintanilla", "Kravets", "Raghunathan", "Wisniewski", "Brennan", "Kahananui", "Benali",
    "Ochoa", "Orlova", "Owusu", "Tanabe", "Haddad", "Abernathy", "Vollmer", "Stancu", "Dushku", "Obi",
    "Venkataraman", "Sokolov", "Bustamante", "Akana", "Eze", "Zielinski", "Thibodeau", "Gallagher",
    "Feldblum", "Ybarra", "Tsai", "Okonkwo", "Rahimi", "Dunleavy", "Marchetti", "Mwangi", "Arriaga", "Pham",
    "Lindqvist", "Kowalczyk", "Fairweather", "Tavares", "Medeiros", "Furtado", "Rocha", "Andrade", "Boateng",
    "Sandoval", "Halloran", "Desrosiers", "Castellanos", "Hakimi", "Yamashita", "Sorensen", "Carvalho",
    "Lemieux", "Branco", "Szabo", "Petrosyan", "Abdirahman", "Kyriakou", "Grunewald", "Leclerc", "Hagopian",
    "Rinaldi", "Meadows", "Bishop", "Sterling", "Wolfe", "Frost", "Amaral", "Pacheco", "Nakashima",
    "Oyelaran", "Delacroix", "Mendonça", "St. Fleur", "O'Rourke", "MacAskill", "Van Der Berg", "Dos Santos",
    "Nwachukwu", "Tran", "Ferreira-Costa", "Jaramillo", "Kaczmarek", "Whitlock",
)
_CITIES = (
    ("Fall River", "MA", "027"), ("New Bedford", "MA", "027"), ("Brockton", "MA", "023"),
    ("Taunton", "MA", "027"), ("Attleboro", "MA", "027"), ("Lowell", "MA", "018"), ("Lawrence", "MA", "018"),
    ("Haverhill", "MA", "018"), ("Methuen", "MA", "018"), ("Chicopee", "MA", "010"), ("Holyoke", "MA", "010"),
    ("Fitchburg", "MA", "014"), ("Leominster", "MA", "014"), ("Pawtucket", "RI", "028"),
    ("Woonsocket", "RI", "028"), ("Cranston", "RI", "029"), ("Nashua", "NH", "030"),
    ("Lewiston", "ME", "042"), ("Biddeford", "ME", "040"), ("Dracut", "MA", "018"), ("Revere", "MA", "021"),
    ("Malden", "MA", "021"), ("Everett", "MA", "021"), ("Randolph", "MA", "023"), ("Quincy", "MA", "021"),
    ("Weymouth", "MA", "021"), ("Framingham", "MA", "017"), ("Southbridge", "MA", "015"),
    ("Gardner", "MA", "014"), ("Athol", "MA", "013"), ("Greenfield", "MA", "013"), ("Pittsfield", "MA", "012"),
    ("North Adams", "MA", "012"), ("Hyannis", "MA", "026"), ("Wareham", "MA", "025"), ("Somerset", "MA", "027"),
    ("Swansea", "MA", "027"), ("Westport", "MA", "027"), ("Acushnet", "MA", "027"), ("Middleborough", "MA", "023"),
)
_NEIGHBOURHOODS = ("Dorchester", "Mattapan", "Roxbury", "Jamaica Plain", "Hyde Park", "East Boston", "Brightwood",
                   "Federal Hill", "Olneyville", "Centredale", "Acushnet Heights")
_COUNTIES = ("Bristol County", "Hampden County", "Worcester County", "Essex County", "Plymouth County",
             "Barnstable County", "Providence County", "Hillsborough County")
_FOREIGN = (
    ("Ponta Delgada", "the Azores"), ("Praia", "Cabo Verde"), ("Mindelo", "Cabo Verde"),
    ("Santo Domingo", "the Dominican Republic"), ("Cap-Haïtien", "Haiti"), ("Jacmel", "Haiti"),
    ("Cuenca", "Ecuador"), ("Lviv", "Ukraine"), ("Tirana", "Albania"), ("Mangalore", "India"),
    ("Cebu City", "the Philippines"), ("Kumasi", "Ghana"), ("Enugu", "Nigeria"), ("Hue", "Vietnam"),
    ("Fuzhou", "China"), ("San Pedro Sula", "Honduras"), ("Governador Valadares", "Brazil"),
    ("Mayagüez", "Puerto Rico"), ("Ibadan", "Nigeria"), ("Gdansk", "Poland"),
)
_STREET_NAMES = (
    "Dartmouth", "Acushnet", "Pleasant", "Kempton", "Rodman", "Highland", "Eastern", "Quequechan", "Tremont",
    "Prospect", "Winter", "Cottage", "Chestnut", "Sycamore", "Hillside", "Mill", "Whipple", "Bedford",
    "Orchard", "Brightman", "County", "Purchase", "Ashley", "Rivet", "Belleville", "Slade", "Maple Leaf",
    "Wamsutta", "Coggeshall", "Osborn", "Hanover", "Tecumseh", "Crapo", "Lunds Corner", "Salisbury",
)
_STREET_SUFFIX = ("St", "Street", "Ave", "Avenue", "Rd", "Road", "Ter", "Terrace", "Ln", "Way", "Blvd", "Ct",
                  "Pl", "Circle", "Dr")
_HOSPITALS = (
    "Kestrel Valley Medical Center", "Tamarack Bay Hospital", "St. Anselm Community Hospital",
    "Merrimack Falls General Hospital", "Quabbin Ridge Hospital", "Cranberry Coast Medical Center",
    "Hollowell Memorial Hospital", "Sachem Point Regional Hospital", "Bayfront Charity Hospital",
)
_SNFS = (
    "Quarry Hill Skilled Nursing & Rehabilitation", "Bayberry Commons Rehab", "Larkspur Gardens Transitional Care",
    "Whitcomb House Nursing Center", "Heron Point Healthcare Center", "Marian Glen Rehabilitation",
    "Saint Odile Nursing Home", "Alder Crest Health & Rehab", "Pinecroft Manor",
)
_HHAS = (
    "Blue Heron Home Health", "Tidewater VNA", "Compass Rose Home Care", "Pondview Home Health Services",
    "Kindred Hearth Home Care", "Lighthouse Visiting Nurses of the SouthCoast",
)
_PHARMACIES = (
    "Carver Square Pharmacy", "Bayside Apothecary", "Oldtown Family Pharmacy", "Medeiros Drug",
    "Corner Mill Pharmacy", "Achteck's Prescription Center", "Sunnybrook Community Pharmacy",
)
_PRACTICES = (
    "Merriwether Family Practice", "Riverbend Primary Care Associates", "Greenleaf Internal Medicine",
    "Copperbeech Health Center", "Two Harbors Community Health Center", "Alcott Square Family Medicine",
)
_SPECIALTY_PRACTICES = {"Cardiology": "Northgate Cardiology Group", "Neurology": "Sable Point Neurology",
                        "Pulmonary": "Bayview Lung & Sleep Associates", "Orthopaedics": "Granite State Orthopedics"}
_EMPLOYERS = (
    "Gorton Marine Supply", "Pellegrino Bakery", "Acushnet Valve & Fitting", "Brightwater Seafood Processing",
    "Kenmore Textile Mills", "Dunmore Freight Lines", "Lopes Landscaping",
)
_CHURCHES = (
    "St. Casimir Parish", "Igreja Assembleia de Deus Nova Vida", "Greater Zion AME Church",
    "Congregation Shaarei Tikvah", "Our Lady of Fatima Church", "Iglesia Pentecostal Monte Sinai",
)
_SCHOOLS = ("Tobey Hill Middle School", "Greaves Regional Vocational High School", "Marwick Community College")
_IMAGING = (
    "Granite Coast Imaging", "Sachem Imaging Associates", "Coastline Radiology Partners",
    "Pioneer Ridge Open MRI", "Harborgate Diagnostic Center",
)
_ADULT_DAY = ("Oakmere Adult Day Health", "Lindenwood Dialysis Center", "Sunrise Circle Adult Day Program")
_AREA_CODES = ("508", "774", "617", "857", "781", "339", "978", "351", "413", "401", "603", "207")
_EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "comcast.net", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
                  "verizon.net")
_LANGS = ("Portuguese", "Cape Verdean Creole", "Spanish", "Haitian Creole", "Vietnamese", "Russian", "English",
          "English", "English", "Khmer", "Arabic", "Polish", "Twi")

# Non-identifying look-alikes (never labelled)
_HOTLINES = (
    "Poison Control 1-800-222-1222", "the 988 Suicide & Crisis Lifeline (call or text 988)",
    "1-800-MEDICARE (1-800-633-4227)", "the Eldercare Locator 1-800-677-1116",
    "the Alzheimer's Association 24/7 Helpline 1-800-272-3900", "Elder Protective Services 1-800-922-2275",
    "the MassHealth Customer Service Center 1-800-841-2900",
)
_PUBLIC_URLS = ("www.medicare.gov/care-compare", "https://www.cdc.gov/steadi", "www.mass.gov/masshealth",
                "https://www.iddsi.org", "www.alz.org", "https://www.ssa.gov/benefits")
_CPT = ("97161", "97162", "97163", "97165", "97166", "97530", "97116", "97110", "92610", "92526", "92523",
        "99239", "G0180", "G0181")
_HCPCS = (("E0143", "rolling walker"), ("E0165", "3-in-1 commode"), ("E0250", "hospital bed"),
          ("E0630", "Hoyer lift"), ("E0240", "tub transfer bench"), ("E1390", "oxygen concentrator"))
_SCANNERS = ("GE Revolution EVO", "Siemens SOMATOM go.Top", "Philips Ingenia 1.5T", "Siemens MAGNETOM Vida 3T",
             "Canon Aquilion ONE", "GE SIGNA Premier 3T", "Hologic Selenia Dimensions")
_ALLERGIES = ("Penicillins", "Sulfa (Sulfonamide Antibiotics)", "No Known Allergies / Adverse Drug Reactions",
              "Codeine", "Iodinated contrast (hives)", "Latex", "Lisinopril (angioedema)")
_CREDS = {"sw": ("LICSW", "LCSW", "MSW, LSW"), "cm": ("RN, CCM", "RN, BSN", "RN Case Manager"),
          "pt": ("PT, DPT", "PT", "DPT, NCS"), "ot": ("OTR/L", "MS, OTR/L"), "slp": ("MS, CCC-SLP", "CCC-SLP"),
          "ph": ("PharmD", "PharmD, BCPS", "PharmD, BCGP"), "rn": ("RN", "RN, BSN"), "md": ("MD", "DO", "NP", "PA-C")}

_Scenario = dict[str, object]
_SCENARIOS: tuple[_Scenario, ...] = (
    {"service": "ORTHOPAEDICS", "cc": "Mechanical fall, left hip pain",
     "proc": "Left hip hemiarthroplasty",
     "pmh": ["Parkinson disease (H&Y stage 3)", "Osteoporosis", "Atrial fibrillation on apixaban", "CKD stage 3a"],
     "hpi": "with Parkinson disease on carbidopa-levodopa who fell at home reaching for the phone; found down "
            "for about 4 hours. L femoral neck fracture on plain film. CK 1,240.",
     "course": "Apixaban held 48 h pre-op; hemiarthroplasty via posterior approach. Post-op Hgb nadir 8.1, "
               "transfused 1 unit pRBC. Foley removed POD 2, voiding. Sinemet kept on home schedule "
               "(q3h while awake) to avoid rigidity; brief hypotension 88/52 resolved with 500 mL LR.",
     "dx": "Left femoral neck fracture s/p hemiarthroplasty; Parkinson disease; deconditioning",
     "focus": "posterior hip precautions, WBAT LLE"},
    {"service": "CARDIOLOGY", "cc": "Dyspnea, 6 kg weight gain",
     "proc": "None",
     "pmh": ["HFrEF (LVEF 25-30%)", "Ischemic cardiomyopathy s/p CABG", "ICD in situ", "Type 2 diabetes"],
     "hpi": "with HFrEF admitted with orthopnea, 3+ pitting edema to the knees and BNP 2,840.",
     "course": "Diuresed with IV furosemide 80 mg BID, net -7.2 L; transitioned to torsemide 40 mg daily. "
               "Sacubitril-valsartan (Entresto) restarted at 24/26 mg BID once Cr back to 1.3. K 3.4 repleted. "
               "Dry weight 71.8 kg.",
     "dx": "Acute on chronic systolic heart failure", "focus": "energy conservation, daily weights"},
    {"service": "NEUROLOGY", "cc": "Acute right-sided weakness and word-finding difficulty",
     "proc": "IV alteplase; mechanical thrombectomy (TICI 2b)",
     "pmh": ["Hypertension", "Hyperlipidemia", "Paroxysmal AF (CHA2DS2-VASc 5)"],
     "hpi": "presenting with R hemiparesis and expressive aphasia, NIHSS 14 on arrival; L M1 occlusion on CTA.",
     "course": "Thrombectomy with TICI 2b reperfusion. NIHSS 14 -> 5 at discharge. Failed bedside Yale swallow "
               "screen; MBS on hospital day 4 showed penetration with thin liquids. Apixaban started day 5.",
     "dx": "Left MCA ischemic stroke with aphasia and dysphagia", "focus": "R hemiparesis, aphasia, dysphagia"},
    {"service": "NEUROSURGERY", "cc": "Thunderclap headache",
     "proc": "Coil embolization of anterior communicating artery aneurysm; EVD placement and removal",
     "pmh": ["Hypertension", "Tobacco use (40 pack-years)"],
     "hpi": "with sudden severe headache; CT showed diffuse SAH, Hunt and Hess grade 2, modified Fisher 3.",
     "course": "AComm aneurysm coiled day 1. Nimodipine 60 mg q4h x 21 days. TCD velocities peaked day 7 without "
               "clinical vasospasm. EVD weaned and removed day 11. GCS 15 at discharge.",
     "dx": "Aneurysmal subarachnoid hemorrhage, Hunt and Hess 2", "focus": "cognition, high-level balance"},
    {"service": "SURGERY", "cc": "Painless jaundice",
     "proc": "Pylorus-preserving pancreaticoduodenectomy (Whipple procedure)",
     "pmh": ["Pancreatic head adenocarcinoma", "Type 2 diabetes", "GERD"],
     "hpi": "with painless jaundice and 8 kg weight loss; CA 19-9 412; ERCP stent placed prior to transfer.",
     "course": "Whipple on day 1. Delayed gastric emptying managed with NGT x 5 days and erythromycin. "
               "JP drain amylase low, drain removed POD 8. Creon 24,000 units with meals. Insulin glargine "
               "12 units qHS.",
     "dx": "Pancreatic adenocarcinoma s/p Whipple", "focus": "abdominal precautions, endurance"},
    {"service": "MEDICINE", "cc": "Confusion and falls",
     "proc": "None",
     "pmh": ["Dementia with Lewy bodies", "Orthostatic hypotension", "BPH", "Macular degeneration"],
     "hpi": "with Lewy body dementia brought in by family for fluctuating confusion and visual hallucinations; "
            "UA positive, urine culture E. coli.",
     "course": "Ceftriaxone then cefpodoxime, 7 days total. Haloperidol avoided given Lewy body disease; "
               "quetiapine 12.5 mg qHS PRN. Orthostatic 142/80 -> 104/62 on standing; midodrine 2.5 mg TID started. "
               "Foley placed for retention, removed day 3 with PVRs < 200 mL.",
     "dx": "Delirium due to UTI; dementia with Lewy bodies", "focus": "falls, supervision, cueing"},
    {"service": "MEDICINE", "cc": "Shortness of breath",
     "proc": "None",
     "pmh": ["COPD (GOLD 3, FEV1 38%)", "Chronic hypoxemic respiratory failure on 2 L home O2", "OSA on CPAP"],
     "hpi": "with COPD exacerbation, increased sputum and RR 28; VBG 7.31/62.",
     "course": "BiPAP x 36 h in the MICU, then 2-3 L NC. Prednisone 40 mg x 5 days, azithromycin x 3 days. "
               "Ambulatory SpO2 86% on 2 L -> 91% on 4 L with exertion; home O2 titrated.",
     "dx": "COPD exacerbation", "focus": "pursed-lip breathing, O2 titration with exertion"},
    {"service": "MEDICINE", "cc": "Fever, cough, weakness",
     "proc": "PICC line placement (right basilic, 4 Fr, 39 cm)",
     "pmh": ["Diabetes mellitus type 2 with neuropathy", "Peripheral arterial disease", "Hypothyroidism"],
     "hpi": "with MSSA bacteremia from a left foot ulcer; transmetatarsal amputation by vascular surgery.",
     "course": "Cefazolin 2 g IV q8h via PICC through 6 weeks from first negative culture. TTE without "
               "vegetation. Wound VAC to L TMA site, changes M/W/F. A1c 9.4.",
     "dx": "MSSA bacteremia; L TMA", "focus": "NWB LLE, wound VAC, IV antibiotics"},
    {"service": "NEUROSURGERY", "cc": "Fall with head strike on anticoagulation",
     "proc": "Right burr-hole evacuation of subdural hematoma",
     "pmh": ["Mechanical mitral valve on warfarin", "Hypertension", "Alcohol use disorder in remission"],
     "hpi": "with R acute-on-chronic SDH, 9 mm midline shift, GCS 13 on arrival, INR 3.4 reversed with 4-factor "
            "PCC.",
     "course": "Burr-hole evacuation; drain out POD 2. Levetiracetam (Keppra) 500 mg BID x 7 days. "
               "Warfarin resumed day 7 with enoxaparin bridge per cardiology. GCS 15, mild gait ataxia.",
     "dx": "Acute-on-chronic subdural hematoma s/p evacuation", "focus": "falls, dual-task gait"},
)
# Per scenario (same order): an exam line and the youngest plausible age.
_SCEN_PE = (
    "Ext: LLE shortened and externally rotated pre-op; incision c/d/i. Resting tremor R>L, cogwheel rigidity.",
    "Ext: 3+ pitting edema to the knees; JVP 12 cm; S3 present. ICD pocket L chest well healed.",
    "Neuro: R facial droop, R arm 2/5, R leg 3/5, expressive aphasia; Babinski upgoing on R.",
    "Neuro: A&Ox3, CN II-XII intact, no pronator drift; EVD site c/d/i. Kernig sign negative.",
    "Abd: soft, incision c/d/i with staples, JP with serosanguinous output. Courvoisier sign noted on arrival.",
    "Neuro: oriented to self only; fluctuating attention (CAM positive), mild parkinsonism, Romberg not tested.",
    "Lungs: diffuse expiratory wheeze, prolonged expiration; accessory muscle use on arrival.",
    "Ext: L TMA site with wound VAC at -125 mmHg; monofilament sensation absent to the ankles bilaterally.",
    "Neuro: A&Ox3, R burr-hole incision c/d/i; mild dysmetria on finger-nose, tandem gait unsteady.",
)
_SCEN_MIN_AGE = (66, 52, 48, 38, 50, 68, 55, 45, 60)
_MEDS = (
    ("Apixaban", "Eliquis", "5 mg", "PO", "BID"), ("Carbidopa-levodopa", "Sinemet", "25-100 mg 1.5 tab", "PO", "q3h"),
    ("Furosemide", "Lasix", "40 mg", "PO", "daily"), ("Torsemide", "Demadex", "40 mg", "PO", "daily"),
    ("Metoprolol succinate", "Toprol XL", "25 mg", "PO", "daily"), ("Atorvastatin", "Lipitor", "80 mg", "PO", "qHS"),
    ("Levetiracetam", "Keppra", "500 mg", "PO", "BID"), ("Donepezil", "Aricept", "10 mg", "PO", "qHS"),
    ("Quetiapine", "Seroquel", "12.5 mg", "PO", "qHS PRN"), ("Tamsulosin", "Flomax", "0.4 mg", "PO", "qHS"),
    ("Insulin glargine", "Lantus", "12 units", "SC", "qHS"), ("Sertraline", "Zoloft", "50 mg", "PO", "daily"),
    ("Pantoprazole", "Protonix", "40 mg", "PO", "daily"), ("Warfarin", "Coumadin", "per INR", "PO", "daily"),
    ("Enoxaparin", "Lovenox", "70 mg", "SC", "q12h"), ("Midodrine", "ProAmatine", "2.5 mg", "PO", "TID"),
    ("Tiotropium", "Spiriva Respimat", "2 puffs", "INH", "daily"), ("Acetaminophen", "Tylenol", "650 mg", "PO",
                                                                       "q6h PRN"),
    ("Oxycodone", "Roxicodone", "5 mg", "PO", "q4h PRN"), ("Senna", "Senokot", "8.6 mg 2 tab", "PO", "qHS"),
    ("Levothyroxine", "Synthroid", "88 mcg", "PO", "daily"), ("Empagliflozin", "Jardiance", "10 mg", "PO", "daily"),
    ("Cefazolin", "Ancef", "2 g", "IV", "q8h"), ("Pancrelipase", "Creon", "24,000 units", "PO", "with meals"),
)
_EPONYMS_MASKED_WHEN_HEAVY = ("Parkinson", "Lewy", "Hunt and Hess", "Whipple", "Glasgow", "Berg", "Foley",
                              "Trendelenburg", "Romberg", "Babinski", "Braden", "Morse", "Montreal")


# --------------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------------

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_NUM_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _fmt_date(rng: random.Random, y: int, m: int, d: int, style: int | None = None) -> str:
    style = rng.randrange(10) if style is None else style
    mon = _MONTHS[m - 1]
    return (
        f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{mon[:3]}-{y}",
        f"{mon} {d}, {y}", f"{mon[:3]} {d} {y}", f"{d} {mon} {y}", f"{m:02d}-{d:02d}-{y}",
        f"{m:02d}.{d:02d}.{y}", f"{mon[:3]}. {d}, {y}",
    )[style]


def _ymd(rng: random.Random, y0: int, y1: int) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def _shifted(rng: random.Random, style: int | None = None) -> str:
    return _fmt_date(rng, *_ymd(rng, 2110, 2195), style=style)


def _phone(rng: random.Random, style: int | None = None) -> str:
    a = rng.choice(_AREA_CODES)
    ex = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(2, 9)}"
    ln = _digits(rng, 4)
    style = rng.randrange(6) if style is None else style
    return (f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}", f"{a} {ex} {ln}", f"1-{a}-{ex}-{ln}",
            f"+1 {a} {ex} {ln}")[style]


def _pager(rng: random.Random) -> str:
    k = rng.randrange(5)
    if k == 0:
        return f"{rng.randint(1, 9)}-{_digits(rng, 4)}"
    if k == 1:
        return f"{rng.randint(1, 4)}{_digits(rng, 4)}"
    return _phone(rng, rng.randrange(3))


def _ssn(rng: random.Random) -> str:
    area = rng.choice([x for x in range(1, 900) if x != 666])
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice((f"{area:03d}-{g:02d}-{s:04d}", f"{area:03d} {g:02d} {s:04d}", f"{area:03d}{g:02d}{s:04d}"))


def _mrn(rng: random.Random) -> str:
    k = rng.randrange(5)
    if k == 0:
        return _digits(rng, 7)
    if k == 1:
        return "00" + _digits(rng, 6)
    if k == 2:
        return f"{rng.choice('KMTH')}{_digits(rng, 7)}"
    if k == 3:
        return f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}"
    return str(rng.randint(10, 99)) + _digits(rng, 6)


def _account(rng: random.Random) -> str:
    k = rng.randrange(4)
    if k == 0:
        return "11" + _digits(rng, 8)
    if k == 1:
        return f"E{_digits(rng, 8)}"
    if k == 2:
        return f"{_digits(rng, 2)}-{_digits(rng, 6)}-{rng.randint(0, 9)}"
    return "7001" + _digits(rng, 7)


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def _mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(_MBI_ALPHA), rng.choice(an), str(rng.randint(0, 9)),
         rng.choice(_MBI_ALPHA), rng.choice(an), str(rng.randint(0, 9)), rng.choice(_MBI_ALPHA),
         rng.choice(_MBI_ALPHA), str(rng.randint(0, 9)), str(rng.randint(0, 9))]
    s = "".join(c)
    return rng.choice((s, f"{s[:4]}-{s[4:7]}-{s[7:]}"))


def _member_id(rng: random.Random) -> tuple[str, str, str]:
    """(payer, label, value) of a person's health-plan identifier (the payer is never labelled)."""
    k = rng.randrange(4)
    if k == 0:
        return "Medicare Part A/B", "MBI", _mbi(rng)
    if k == 1:
        return "MassHealth Standard", "MassHealth ID", "100" + _digits(rng, 9)
    if k == 2:
        pre = "".join(rng.choice("BCDFGHJKLMNPRTVWXZ") for _ in range(3))
        return rng.choice(("Medicare Advantage HMO", "commercial PPO")), "Member ID", pre + _digits(rng, 9)
    return rng.choice(("Medigap Plan G", "commercial POS")), "Subscriber ID", f"W{_digits(rng, 9)}"


def _luhn_check(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def _npi(rng: random.Random) -> str:
    base = rng.choice("12") + _digits(rng, 8)
    return base + _luhn_check("80840" + base)


def _dea(rng: random.Random, last: str) -> str:
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    initial = last[0].upper() if last[0].isalpha() else "X"
    return rng.choice("BFM") + initial + "".join(map(str, d)) + str(check)


def _license(rng: random.Random, last: str) -> tuple[str, str]:
    """(cue, value) of a person's licence number."""
    k = rng.randrange(5)
    if k == 0:
        return "NPI", _npi(rng)
    if k == 1:
        return "DEA", _dea(rng, last)
    if k == 2:
        return "MA license", f"{rng.choice(('RN', 'PT', 'OT'))}{_digits(rng, 6)}"
    if k == 3:
        return "Lic #", str(rng.randint(100000, 299999))
    return "NPI #", _npi(rng)


def _zip(rng: random.Random, prefix: str) -> str:
    z = prefix + _digits(rng, 2)
    return z if rng.random() < 0.75 else f"{z}-{_digits(rng, 4)}"


def _street(rng: random.Random) -> str:
    num = rng.choice((str(rng.randint(2, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 3999))))
    s = f"{num} {rng.choice(_STREET_NAMES)} {rng.choice(_STREET_SUFFIX)}"
    r = rng.random()
    if r < 0.2:
        s += f" Apt {rng.randint(1, 12)}"
    elif r < 0.3:
        s += f", Unit {rng.randint(1, 4)}{rng.choice('ABCDF')}"
    elif r < 0.38:
        s += f" #{rng.randint(1, 30)}"
    return s


def _age_text(rng: random.Random, age: int) -> str:
    if rng.random() < 0.75:
        return str(age)
    tens = {90: "ninety", 100: "one hundred"}
    if age >= 100:
        return "one hundred" if age == 100 else f"one hundred and {_NUM_WORDS[age - 100]}"
    return tens[90] if age == 90 else f"ninety-{_NUM_WORDS[age - 90]}"


def _device_serial(rng: random.Random) -> tuple[str, str]:
    """(device description, serial) of an implanted / patient device."""
    k = rng.randrange(8)
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    if k == 0:
        return ("Medtronic Azure XT DR MRI SureScan pacemaker (model W1DR01)",
                "".join(rng.choice(L) for _ in range(3)) + _digits(rng, 6) + rng.choice("HGS"))
    if k == 1:
        return "Boston Scientific RESONATE EL ICD (model D433)", _digits(rng, 6)
    if k == 2:
        return "Abbott Assurity MRI pacemaker (model PM2272)", _digits(rng, 7)
    if k == 3:
        return "ResMed AirSense 11 AutoSet CPAP", "23" + _digits(rng, 9)
    if k == 4:
        return "Tandem t:slim X2 insulin pump", _digits(rng, 8)
    if k == 5:
        return "Medtronic Percept PC DBS neurostimulator (model B35200)", "NPK" + _digits(rng, 6) + "N"
    if k == 6:
        return "LivaNova SenTiva VNS generator (Model 1000)", _digits(rng, 5)
    return "Cochlear Nucleus CI632 implant", f"{_digits(rng, 7)}-{_digits(rng, 3)}"


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VAL = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
            "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
            "X": 7, "Y": 8, "Z": 9}
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vin(rng: random.Random) -> str:
    wmi = rng.choice(("1HG", "2T1", "1FT", "3VW", "JTD", "1G1", "KMH", "4T1", "5NP", "JN8"))
    body = "".join(rng.choice(_VIN_CHARS) for _ in range(5))
    rest = rng.choice("ABCDEFGHJKLMNPRSTVWXY123456789") + rng.choice(_VIN_CHARS) + _digits(rng, 6)
    vin = wmi + body + "0" + rest
    total = sum(_VIN_VAL[c] * w for c, w in zip(vin, _VIN_W, strict=True))
    check = "X" if total % 11 == 10 else str(total % 11)
    return vin[:8] + check + vin[9:]


def _plate(rng: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    k = rng.randrange(4)
    if k == 0:
        return f"{rng.randint(1, 9)}{''.join(rng.choice(L) for _ in range(3))}{_digits(rng, 2)}"
    if k == 1:
        return f"{rng.randint(1, 9)}{''.join(rng.choice(L) for _ in range(2))}{_digits(rng, 3)}"
    if k == 2:
        return f"{''.join(rng.choice(L) for _ in range(3))} {_digits(rng, 3)}"
    return f"{''.join(rng.choice(L) for _ in range(3))}-{_digits(rng, 4)}"


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return f"2601:{rng.randint(0x100, 0xfff):x}:{rng.randint(0x1000, 0xffff):x}:{rng.randint(0x10, 0xfff):x}::" \
               f"{rng.randint(0x10, 0xfff):x}"
    first = rng.choice((24, 50, 66, 68, 71, 73, 75, 96, 98, 108, 173, 174))
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


def _email(rng: random.Random, first: str, last: str) -> str:
    f = re.sub(r"[^a-z]", "", first.lower().replace("ç", "c").replace("é", "e").replace("ã", "a"))
    ln = re.sub(r"[^a-z]", "", last.lower().replace("ç", "c"))
    k = rng.randrange(5)
    local = (f"{f}.{ln}", f"{f[0]}{ln}{rng.randint(1, 99)}", f"{ln}{f}{rng.randint(1950, 2005)}",
             f"{f}_{ln[:4]}", f"{f}{ln[0]}.{rng.randint(10, 999)}")[k]
    return f"{local}@{rng.choice(_EMAIL_DOMAINS)}"


def _slugify(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower().replace("ç", "c").replace("é", "e")).strip("-")


def _personal_url(rng: random.Random, first: str, last: str, org: str, kinds: tuple[int, ...]) -> str:
    """0 personal update page, 1 image-share link, 2 fundraiser, 3 patient portal record, 4 family blog."""
    code = "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(8))
    dom = _slugify(org).replace("-", "")[:18]
    k = rng.choice(kinds)
    return (f"https://www.caringbridge.org/site/{_slugify(first)}{_slugify(last)}",
            f"https://share.{dom}.org/s/{code}",
            f"https://www.gofundme.com/f/help-{_slugify(first)}-{_slugify(last)}-recover",
            f"https://mychart.{dom}.org/MyChart/Patient/{_digits(rng, 8)}",
            f"http://{_slugify(last)}family.blogspot.com")[k]


def _ndc(rng: random.Random) -> str:
    return rng.choice((f"{_digits(rng, 5)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
                       f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}"))


def _lot(rng: random.Random) -> str:
    return f"{rng.randint(1, 9)}{rng.choice('ABCDKXYZ')}{_digits(rng, 4)}{rng.choice('ABC')}"


def _vitals(rng: random.Random) -> str:
    return (f"T {rng.uniform(97.0, 99.6):.1f} HR {rng.randint(58, 104)} BP {rng.randint(98, 158)}/"
            f"{rng.randint(52, 92)} RR {rng.randint(14, 22)} SpO2 {rng.randint(91, 99)}% "
            f"{rng.choice(('RA', '2L NC', '3L NC', 'RA'))}")


def _labs(rng: random.Random) -> str:
    return (f"Na {rng.randint(131, 144)} K {rng.uniform(3.3, 5.1):.1f} Cl {rng.randint(96, 108)} "
            f"HCO3 {rng.randint(20, 30)} BUN {rng.randint(8, 44)} Cr {rng.uniform(0.6, 2.1):.1f} "
            f"Glu {rng.randint(78, 240)} | WBC {rng.uniform(4.1, 13.8):.1f} Hgb {rng.uniform(7.9, 14.2):.1f} "
            f"Plt {rng.randint(118, 402)} | INR {rng.uniform(0.9, 3.1):.1f}")


# --------------------------------------------------------------------------------------------------
# Document model: text pieces and identifier slots
# --------------------------------------------------------------------------------------------------


@dataclass
class _Slot:
    cat: str
    value: str
    mask: str = "___"
    group: int | None = None
    width: int = 0  # pad the rendered value with spaces to this width (column-aligned tables)
    on: bool = False


class _Doc:
    def __init__(self) -> None:
        self.parts: list[str | _Slot] = []

    def t(self, *texts: str) -> None:
        self.parts.extend(texts)

    def s(self, cat: str, value: str, mask: str = "___", group: int | None = None, width: int = 0) -> None:
        if cat not in CATEGORIES:
            raise ValueError(cat)
        self.parts.append(_Slot(cat, value, mask, group, width))

    def cats(self) -> set[str]:
        return {p.cat for p in self.parts if isinstance(p, _Slot)}


@dataclass
class _Person:
    first: str
    last: str
    cred: str = ""

    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class _Ctx:
    rng: random.Random
    need: list[str]
    heavy: bool
    sex: str
    pt: _Person
    age: int
    real_year: int
    dob: tuple[int, int, int]
    adm: tuple[int, int, int]
    city: tuple[str, str, str]
    street: str
    zip: str
    home_phone: str
    cell_phone: str
    lang: str
    scen: _Scenario
    rel: list[tuple[str, _Person, str]]  # (relationship, person, phone)
    staff: dict[str, _Person]
    orgs: dict[str, str]
    therapy: str = "pt"
    group_seq: list[int] = field(default_factory=lambda: [0])

    def group(self) -> int:
        self.group_seq[0] += 1
        return self.group_seq[0]

    def shifted_or_mask(self, style: int | None = None) -> str:
        return _shifted(self.rng, style) if self.rng.random() < 0.45 else "___"


def _person(rng: random.Random, sex: str | None = None) -> _Person:
    sex = sex or rng.choice("FM")
    return _Person(rng.choice(_FIRST_F if sex == "F" else _FIRST_M), rng.choice(_LAST))


def _name_value(rng: random.Random, p: _Person, k: int | None = None) -> str:
    k = rng.randrange(5) if k is None else k
    return (p.full(), f"{p.last}, {p.first}", f"{p.first[0]}. {p.last}", p.last, p.full())[k]


# --------------------------------------------------------------------------------------------------
# Shared sections
# --------------------------------------------------------------------------------------------------


def _pt_name(d: _Doc, c: _Ctx, k: int | None = None, width: int = 0) -> None:
    d.s("PERSON", _name_value(c.rng, c.pt, k), width=width)


def _staff_sig(d: _Doc, c: _Ctx, role: str, pager: bool = True) -> None:
    p = c.staff[role]
    rng = c.rng
    d.t("\n")
    d.t(rng.choice(("Electronically signed by: ", "Signed: ", "", "/s/ ", "Completed by: ")))
    d.s("PERSON", p.full() if rng.random() < 0.7 else f"{p.first[0]}. {p.last}")
    d.t(f", {p.cred}")
    if pager:
        cue = rng.choice(("  |  Pager ", "  pgr ", "\nPager: ", "  (beeper "))
        d.t(cue)
        d.s("PAGER", _pager(rng))
        if cue.endswith("(beeper "):
            d.t(")")
    if rng.random() < 0.5:
        d.t(rng.choice(("  Office: ", "\nDirect line: ", "  tel ")))
        d.s("PHONE", _phone(rng))
    d.t(f"\nDate/Time: {c.shifted_or_mask(2)} {rng.randint(7, 18):02d}:{rng.choice(('05', '20', '38', '51'))}\n")


def _discharge_header(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    d.t("Name:  ")
    _pt_name(d, c, rng.choice((0, 1, 1)), width=22)
    d.t("Unit No:   ")
    d.s("MRN", _mrn(rng))
    d.t("\n \nAdmission Date:  ")
    d.s("DATE_REAL_YEAR", _fmt_date(rng, *c.adm, style=rng.choice((0, 1, 2))), width=17)
    d.t("Discharge Date:   ")
    disc = (c.adm[0], c.adm[1], min(28, c.adm[2] + rng.randint(2, 9)))
    d.s("DATE_REAL_YEAR", _fmt_date(rng, *disc, style=rng.choice((0, 1, 2))))
    d.t("\n \nDate of Birth:  ")
    d.s("DATE_REAL_YEAR", _fmt_date(rng, *c.dob, style=rng.choice((0, 1, 2))), width=16)
    d.t(f"Sex:   {c.sex}\n \nService: {c.scen['service']}\n \nAllergies: \n{rng.choice(_ALLERGIES)}\n \n")
    d.t("Attending: ")
    d.s("PERSON", _name_value(rng, c.staff["md"], rng.choice((0, 3))))
    d.t(".\n \n")


def _age_phrase(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    if c.age >= 90:
        d.s("AGE_OVER_89", _age_text(rng, c.age))
    elif c.heavy or rng.random() < 0.3:
        d.t("___")
    else:
        d.t(str(c.age))
    d.t(rng.choice((" year old ", "-year-old ", " y/o ", " yo ")))


def _clinical_summary(d: _Doc, c: _Ctx) -> None:
    rng, s = c.rng, c.scen
    sexw = "woman" if c.sex == "F" else "man"
    d.t(f"Chief Complaint:\n{s['cc']}\n \nMajor Surgical or Invasive Procedure:\n{s['proc']}\n \n")
    d.t("History of Present Illness:\n")
    _age_phrase(d, c)
    d.t(f"{sexw} {s['hpi']}\n \nPast Medical History:\n")
    for i, x in enumerate(list(s["pmh"]), 1):
        d.t(f"{i}. {x}\n")
    d.t(f" \nPhysical Exam:\n{_vitals(rng)}\n")
    d.t(_SCEN_PE[_SCENARIOS.index(s)] + "\n")
    d.t(f" \nPertinent Results:\n{_labs(rng)}\n \nBrief Hospital Course:\n{s['course']}\n \n")


def _meds_block(d: _Doc, c: _Ctx, n: int = 5) -> None:
    rng = c.rng
    d.t("Discharge Medications:\n")
    for i, (g, b, dose, route, freq) in enumerate(rng.sample(_MEDS, n), 1):
        d.t(f"{i}. {g} ({b}) {dose} {route} {freq}\n")
    d.t(" \n")


def _address(d: _Doc, c: _Ctx, sep: str = ", ") -> None:
    g = c.group()
    d.s("STREET_ADDRESS", c.street, group=g)
    d.t(sep)
    d.s("LOCATION", c.city[0], group=g)
    d.t(f", {c.city[1]} ")
    d.s("ZIP", c.zip, group=g)


def _contact_table(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    style = rng.randrange(2)
    d.t(rng.choice(("CONTACTS / SUPPORTS\n", "Family & agency contacts:\n", "EMERGENCY CONTACTS\n")))
    rows: list[tuple[str, _Person | None, str, str]] = []
    for rel, p, ph in c.rel:
        rows.append((rel, p, ph, rng.choice(("HCP", "primary contact", "lives nearby", "works days", "-"))))
    rows.append(("Home health", None, _phone(rng), c.orgs["hha"]))
    rows.append(("Pharmacy", None, _phone(rng), c.orgs["pharmacy"]))
    if style == 0:
        d.t("| Relationship       | Name                    | Phone            | Notes\n")
        d.t("|--------------------|-------------------------|------------------|------------------\n")
    else:
        d.t("Relationship        Name                     Phone             Notes\n")
    for rel, p, ph, note in rows:
        pre, mid = ("| ", " | ") if style == 0 else ("", "  ")
        d.t(pre + rel.ljust(18) + mid)
        if p is None:
            d.t("intake".ljust(23))
        else:
            d.s("PERSON", _name_value(rng, p, rng.choice((0, 1, 2))), width=23)
        d.t(mid)
        d.s("PHONE", ph, width=16)
        d.t(mid)
        if p is None:
            d.s("ORGANIZATION", note)
        else:
            d.t(note)
        d.t("\n")
    d.t(" \n")


def _insurance_block(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    payer, label, val = _member_id(rng)
    d.t(rng.choice(("INSURANCE\n", "Payer information:\n", "Coverage:\n")))
    d.t(f"  Primary: {payer}    {label}: ")
    d.s("HEALTH_PLAN", val)
    d.t(f"\n  Group #: {_digits(rng, 6)} (employer group)   RxBIN {rng.choice(('610014', '004336', '003858'))}  "
        f"RxPCN {rng.choice(('ADV', 'MEDDPRIME', 'A4'))}\n")
    if rng.random() < 0.5:
        payer2, label2, val2 = _member_id(rng)
        d.t(f"  Secondary: {payer2}  {label2} ")
        d.s("HEALTH_PLAN", val2)
        d.t("\n")
    d.t(" \n")


def _appointments(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    d.t("FOLLOW-UP APPOINTMENTS\n")
    specs = rng.sample(("Primary care", "Cardiology", "Neurology", "Orthopaedics", "Wound clinic", "Pulmonary",
                        "Neurosurgery", "Infectious Disease", "Coumadin clinic"), 3)
    for sp in specs:
        doc = _person(rng)
        d.t(f"- {sp}: ")
        if rng.random() < 0.6:
            d.t("Dr. ")
            d.s("PERSON", doc.last)
        else:
            d.s("PERSON", doc.full())
            d.t(f", {rng.choice(_CREDS['md'])}")
        d.t(" at ")
        if sp == "Primary care":
            org = c.orgs["practice"]
        elif sp in _SPECIALTY_PRACTICES and rng.random() < 0.5:
            org = _SPECIALTY_PRACTICES[sp]
        else:
            org = rng.choice(_HOSPITALS)
        d.s("ORGANIZATION", org)
        d.t(" on ")
        if rng.random() < 0.3:
            ry = c.real_year
            d.s("DATE_REAL_YEAR", _fmt_date(rng, ry, rng.randint(1, 12), rng.randint(1, 28)),
                mask=_shifted(rng, 0))
        else:
            d.t(c.shifted_or_mask(0))
        hour = rng.randint(8, 15)
        d.t(f" at {hour if hour <= 12 else hour - 12}:{rng.choice(('00', '15', '30', '45'))} "
            f"{'AM' if hour < 12 else 'PM'}")
        after = rng.choice((" (Bldg 2, Suite 340)", ", phone ", " - call to confirm: ", ""))
        d.t(after)
        if after in (", phone ", " - call to confirm: "):
            d.s("PHONE", _phone(rng))
        d.t("\n")
    d.t(" \n")


def _fax_cover(d: _Doc, c: _Ctx, subject: str, to_org: str) -> None:
    rng = c.rng
    role = rng.choice(("cm", "sw"))
    sender = c.staff[role]
    recip = _person(rng)
    d.t("*** FAX COVER SHEET ***\n")
    d.t("TO:    ")
    d.s("ORGANIZATION", to_org)
    d.t("\nAttn:  ")
    if rng.random() < 0.5:
        d.s("PERSON", recip.full())
        d.t(", Intake Coordinator")
    else:
        d.t("Intake / Referrals")
    d.t("\nFax:   ")
    d.s("FAX", _phone(rng, rng.choice((0, 1))))
    d.t("      Phone: ")
    d.s("PHONE", _phone(rng, rng.choice((0, 1))))
    d.t("\nFROM:  ")
    d.s("PERSON", sender.full())
    dept = "Case Management" if role == "cm" else "Social Work"
    d.t(f", {sender.cred}, {dept}, Unit {rng.randint(4, 12)} {rng.choice(('West', 'East', 'North'))}\n")
    d.t("Phone: ")
    d.s("PHONE", _phone(rng))
    d.t("   Fax: ")
    d.s("FAX", _phone(rng))
    d.t("\nDate:  ")
    ry = c.real_year
    d.s("DATE_REAL_YEAR", _fmt_date(rng, ry, c.adm[1], min(28, c.adm[2] + 3), style=rng.choice((0, 1, 4))),
        mask=c.shifted_or_mask(0))
    d.t(f"      Pages (including cover): {rng.randint(3, 14)}\nRe:    {subject}\n")
    d.t(f"[{'x' if rng.random() < 0.5 else ' '}] Urgent   [x] Please review   [ ] Please comment   "
        f"[{'x' if rng.random() < 0.5 else ' '}] Please reply\n")
    d.t("CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in "
        "error, notify the sender by phone and destroy all copies.\n \n")


# --------------------------------------------------------------------------------------------------
# Discharge note bodies (allied-health / care-coordination paperwork)
# --------------------------------------------------------------------------------------------------


def _body_social_work(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    d.t("SOCIAL WORK DISCHARGE PLANNING NOTE\n")
    reason = rng.choice(("discharge planning, caregiver burden", "housing instability", "capacity / HCP questions",
                         "financial barriers to medications"))
    d.t(f"Reason for referral: {reason}\n")
    d.t("Sources of information: patient, chart review, ")
    rel, rp, _ph = c.rel[0]
    d.t(f"{rel} ")
    d.s("PERSON", rp.first if rng.random() < 0.5 else rp.full())
    d.t(" (by phone)")
    if c.lang != "English":
        d.t(f", {c.lang} interpreter ")
        if rng.random() < 0.5:
            d.s("PERSON", _person(rng).full())
            d.t(" (in person)")
        else:
            d.t("via video (ID on file)")
    d.t("\n \nLiving situation: ")
    d.t(rng.choice(("Lives alone in a 2nd-floor walk-up apartment", "Lives with spouse in a single-family home",
                    "Rents a first-floor unit of a triple-decker", "Lives with daughter's family")))
    d.t(" in ")
    if rng.random() < 0.3:
        d.s("LOCATION", rng.choice(_NEIGHBOURHOODS))
    else:
        d.s("LOCATION", c.city[0])
    d.t(f"; {rng.randint(3, 16)} stairs to enter with rail on {rng.choice(('R', 'L', 'both sides'))}, "
        f"tub/shower combo, {rng.choice(('no grab bars', 'grab bars installed', 'stair lift'))}.\n")
    d.t("Supports: ")
    if len(c.rel) > 1:
        rel2, rp2, _ = c.rel[1]
        d.t(f"{rel2} ")
        d.s("PERSON", rp2.first)
        d.t(f" visits {rng.choice(('daily', 'weekends', '3x/week'))}; ")
    if rng.random() < 0.5:
        ga = rng.choice((84, 87, 88)) if "AGE_OVER_89" not in c.need else rng.randint(90, 98)
        d.t("spouse (age ")
        if ga >= 90:
            d.s("AGE_OVER_89", str(ga))
        else:
            d.t(str(ga))
        d.t(") is primary caregiver but has limited mobility. ")
    program = rng.choice(("Meals on Wheels (weekday lunches)", "the local Council on Aging senior center",
                          "a PACE program"))
    d.t(f"Attends {program}.\n")
    d.t("Employment / income: retired ")
    d.t(rng.choice(("shipyard welder", "textile mill supervisor", "school bus driver", "home health aide",
                    "fisherman", "bakery owner")))
    d.t(" (worked at ")
    d.s("ORGANIZATION", rng.choice(_EMPLOYERS))
    d.t(f" from {rng.randint(1962, 1985)} to {rng.randint(1995, 2012)}); income SSDI/SSA plus SNAP.\n")
    if rng.random() < 0.6:
        fc, country = rng.choice(_FOREIGN)
        d.t("Cultural: born in ")
        d.s("LOCATION", fc)
        d.t(f", {country}; emigrated in {rng.randint(1968, 2001)}. Faith community ")
        d.s("ORGANIZATION", rng.choice(_CHURCHES))
        d.t(" brings meals.\n")
    d.t("Substance use: denies; former smoker (quit 20 yrs ago). AUDIT-C 0.\n")
    d.t("Safety: no concerns for abuse or neglect voiced; pt declined DV screen questions in presence of family.\n")
    molst = rng.choice(("completed: DNR/DNI", "not completed", "on file: full code"))
    d.t(f"Capacity / HCP: HCP form on file naming {c.rel[0][0]}; MOLST {molst}.\n")
    d.t(" \nASSESSMENT: ")
    d.t(rng.choice(("Pt and family agree with plan; caregiver strain significant.",
                    "Pt is ambivalent about SNF; prefers home. Risk discussed using teach-back.",
                    "High readmission risk (LACE 13). Limited health literacy.")))
    d.t("\nPLAN:\n")
    opts = ("Home with services (VNA: SN/PT/OT/HHA)", "Short-term rehab (SNF)", "Acute inpatient rehab",
            "Long-term care", "Home with family, no services")
    pick = rng.randrange(len(opts))
    for i, o in enumerate(opts):
        d.t(f"  [{'x' if i == pick else ' '}] {o}\n")
    d.t("  [x] Important Message from Medicare (CMS-R-193) delivered and signed\n")
    d.t(f"  [x] Resources given: {rng.choice(_HOTLINES)}; {rng.choice(_PUBLIC_URLS)}; CDC STEADI fall-prevention "
        "handout\n \n")


def _body_case_mgmt(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    d.t("CASE MANAGEMENT - DISCHARGE PLANNING ASSESSMENT\n")
    d.t("Encounter / FIN #: ")
    d.s("ACCOUNT", _account(rng))
    d.t(f"     Room {rng.randint(3, 12)}{rng.randint(10, 40):02d}-{rng.choice('AB')}     "
        f"LOS {rng.randint(3, 19)} d     Obs -> Inpatient status\n")
    d.t(f"Anticipated DC date: {_shifted(rng, 2)}   Readmission risk: {rng.choice(('high', 'moderate'))} "
        f"(HOSPITAL score {rng.randint(3, 8)})\n \n")
    _insurance_block(d, c)
    d.t("Post-acute choice: list of Medicare-certified SNFs reviewed with pt/family using Care Compare "
        f"({_PUBLIC_URLS[0]}). Star ratings discussed. Referrals sent (via ___ portal):\n")
    for snf in rng.sample(_SNFS, 3):
        d.t("  - ")
        d.s("ORGANIZATION", snf)
        status = rng.choice(("bed offer", "declined (no LTC bed)", "pending clinical review",
                             "bed offer, auth pending"))
        d.t(f"  -- {status}\n")
    d.t("Accepted: ")
    d.s("ORGANIZATION", c.orgs["snf"])
    d.t(" (admissions liaison ")
    d.s("PERSON", _person(rng).full())
    d.t(", tel ")
    d.s("PHONE", _phone(rng))
    d.t(")\n")
    auth = rng.choice(("approved x 7 days, next review day 5", "submitted, peer-to-peer offered",
                       "not required (Medicare FFS 3-midnight rule met)"))
    d.t(f"Auth: {auth}\n")
    d.t(f"Transport: {rng.choice(('BLS ambulance', 'wheelchair van', 'family car'))} at "
        f"{rng.randint(10, 15)}:{rng.choice(('00', '30'))}; Medical Necessity form signed.\n")
    d.t("Barriers: ")
    d.t(rng.choice(("copay for apixaban (Eliquis) ~$140/mo -> free 30-day card given",
                    "no one home overnight", "3rd-floor walk-up", "needs Hoyer lift and hospital bed")))
    d.t(".\n \n")


def _body_w10(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    to_org = c.orgs[rng.choice(("snf", "hha"))]
    _fax_cover(d, c, "Inter-agency referral (W-10) and discharge summary", to_org)
    d.t("INTER-AGENCY PATIENT REFERRAL / TRANSFER FORM (W-10)\n")
    d.t("SECTION 1. PATIENT\n  Name: ")
    _pt_name(d, c, 1, width=28)
    d.t("DOB: ")
    d.s("DATE_REAL_YEAR", _fmt_date(rng, *c.dob))
    d.t(f"   Sex: {c.sex}\n  Age: ")
    if c.age >= 90:
        d.s("AGE_OVER_89", str(c.age))
    else:
        d.t("___" if rng.random() < 0.5 else str(c.age))
    d.t("   Address: ")
    _address(d, c)
    d.t("\n  Home phone: ")
    d.s("PHONE", c.home_phone)
    d.t("   Cell: ")
    d.s("PHONE", c.cell_phone)
    d.t(f"\n  Primary language: {c.lang}   Interpreter: [{'x' if c.lang != 'English' else ' '}] yes "
        f"[{' ' if c.lang != 'English' else 'x'}] no\n")
    d.t("  SS#: ")
    d.s("SSN", _ssn(rng))
    _payer, label, val = _member_id(rng)
    d.t(f"   {label}: ")
    d.s("HEALTH_PLAN", val)
    d.t(f"  Group {_digits(rng, 5)}\n")
    d.t("SECTION 2. TRANSFER\n  From: ")
    d.s("ORGANIZATION", c.orgs["hospital"])
    d.t(f", {rng.randint(4, 11)} {rng.choice(('West', 'East', 'Feldberg', 'Tower'))}, Rm {rng.randint(401, 1140)}"
        f"{rng.choice(('A', 'B', ''))}   Unit phone: ")
    d.s("PHONE", _phone(rng))
    d.t("\n  To:   ")
    d.s("ORGANIZATION", to_org)
    d.t("   Date of transfer: ")
    d.s("DATE_REAL_YEAR", _fmt_date(rng, c.adm[0], c.adm[1], min(28, c.adm[2] + 5)), mask=c.shifted_or_mask())
    d.t(f"  Time: {rng.randint(10, 16)}:{rng.choice(('00', '30', '45'))}\n")
    d.t("  Physician to follow: Dr. ")
    d.s("PERSON", _person(rng).last)
    d.t("   Phone: ")
    d.s("PHONE", _phone(rng))
    d.t("\nSECTION 3. CLINICAL\n")
    d.t(f"  Dx: {c.scen['dx']}\n")
    d.t(f"  Code status: [{'x' if rng.random() < 0.5 else ' '}] Full code  [ ] DNR  [ ] DNI   MOLST/POLST sent "
        "[x]\n")
    d.t(f"  Isolation: [ ] MRSA [ ] VRE [ ] C. diff [x] none    Allergies: {rng.choice(_ALLERGIES)}\n")
    skin = rng.choice(("stage 2 sacral pressure injury 1.5 x 1 cm, Mepilex", "intact",
                       "incision with staples, remove POD 14"))
    d.t(f"  Skin: Braden {rng.randint(11, 19)}; {skin}\n")
    d.t(f"  Lines/tubes: {rng.choice(('Foley [ ] yes [x] no', 'PICC R basilic (Bard PowerPICC 4 Fr)', 'none'))}   "
        f"Last BM: {_shifted(rng, 2)}\n")
    diet = rng.choice(("IDDSI level 5 minced & moist, mildly thick liquids (level 2)",
                       "cardiac 2 g Na, 1.5 L fluid restriction", "consistent carbohydrate", "regular"))
    d.t(f"  Diet: {diet}\n")
    d.t(f"  Last vitals: {_vitals(rng)}\n")
    d.t("SECTION 4. FUNCTION\n")
    tr = rng.randrange(3)
    d.t("  Transfers: " + "  ".join(f"[{'x' if j == tr else ' '}] {o}" for j, o in enumerate(
        ("indep", "1 assist", "2 assist"))) + "   "
        f"Ambulation: {rng.randint(15, 200)} ft with {rng.choice(('RW', 'SPC', 'hemi-walker'))}, CGA\n")
    d.t(f"  Cognition: MoCA {rng.randint(14, 28)}/30   Vision: 20/{rng.choice((25, 40, 70, 200))} OU   "
        f"Hearing: {rng.choice(('WNL', 'bilateral hearing aids', 'HOH, L aid'))}\n")
    d.t("SECTION 5. SERVICES REQUESTED\n")
    d.t("  [x] Skilled nursing  [x] PT  [x] OT  [ ] Speech  [ ] MSW  [ ] Home health aide\n")
    _contact_table(d, c)


def _body_medrec(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    d.t("PHARMACY - ADMISSION / DISCHARGE MEDICATION RECONCILIATION\n")
    d.t("Sources: patient interview, ")
    if rng.random() < 0.6:
        rel, rp, _ = c.rel[0]
        d.t(f"{rel} (")
        d.s("PERSON", rp.first)
        d.t("), ")
    d.t("Surescripts fill history, outpatient pharmacy ")
    d.s("ORGANIZATION", c.orgs["pharmacy"])
    d.t(" (ph ")
    d.s("PHONE", _phone(rng))
    d.t(", fax ")
    d.s("FAX", _phone(rng))
    d.t(")\n")
    d.t("Medication                     | Dose / route / freq       | Last dose      | Source  | Action\n")
    d.t("-------------------------------|---------------------------|----------------|---------|-----------\n")
    for g, b, dose, route, freq in rng.sample(_MEDS, rng.randint(5, 8)):
        d.t(f"{(g + ' (' + b + ')')[:30].ljust(30)} | {(dose + ' ' + route + ' ' + freq)[:25].ljust(25)} | "
            f"{rng.choice(('PTA', _shifted(rng, 2), 'unknown')).ljust(14)} | "
            f"{rng.choice(('pt', 'fill', 'bottle', 'PCP')).ljust(7)} | "
            f"{rng.choice(('continue', 'hold', 'dose change', 'stop', 'new'))}\n")
    d.t(" \nDiscrepancies:\n")
    drug, home, listed = rng.choice((("Toprol XL", "50 mg", "25 mg"), ("Lasix", "20 mg BID", "40 mg daily"),
                                     ("Coumadin", "5 mg", "2.5 mg M/W/F, 5 mg other days")))
    d.t(f"1. Pt taking {drug} {home} per bottle vs. {listed} on PCP list; clarified with PCP office (Dr. ")
    d.s("PERSON", c.staff["pcp"].last)
    d.t(", ")
    d.s("ORGANIZATION", c.orgs["practice"])
    d.t(").\n")
    d.t("2. OTC: fish oil, melatonin 3 mg, St. John's wort (stopped - interacts with "
        f"{rng.choice(('apixaban', 'sertraline', 'warfarin'))}).\n")
    d.t(f"3. New inhaler: Spiriva Respimat NDC {_ndc(rng)}; teaching done with teach-back, "
        f"demo device lot {_lot(rng)}.\n")
    d.t("Adherence: uses weekly pill box; ")
    d.t(rng.choice(("blister packs arranged with pharmacy", "daughter fills box Sundays", "misses evening doses")))
    d.t(f". Cost: Part D plan, Extra Help applied for (call "
        f"{rng.choice(('1-800-MEDICARE', 'Social Security at 1-800-772-1213', 'the SHINE program'))}).\n")
    d.t("Prescriber for controlled substance (oxycodone 5 mg #12): ")
    doc = c.staff["md"]
    d.s("PERSON", f"{doc.first[0]}. {doc.last}")
    d.t(f", {doc.cred}  {rng.choice(('DEA', 'DEA #'))} ")
    d.s("LICENSE", _dea(rng, doc.last))
    d.t("\n \n")


def _body_therapy(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    kind = c.therapy
    title = {"pt": "PHYSICAL THERAPY", "ot": "OCCUPATIONAL THERAPY", "slp": "SPEECH-LANGUAGE PATHOLOGY"}[kind]
    d.t(f"{title} EVALUATION AND DISCHARGE RECOMMENDATIONS\n")
    d.t(f"Precautions: [x] Falls  [{'x' if 'hip' in str(c.scen['focus']) else ' '}] Hip  [ ] Sternal  "
        f"[ ] Spinal   Focus: {c.scen['focus']}\n")
    d.t(f"Time in {rng.randint(8, 14)}:{rng.choice(('05', '20', '40'))}  Time out: +{rng.choice((30, 45, 55))} min   "
        f"Billing: {', '.join(rng.sample(_CPT, 2))}\n")
    d.t("PLOF: ")
    d.t(rng.choice(("independent with SPC in community, drove", "household ambulator with RW",
                    "independent ADLs, needed help with IADLs", "worked part-time until last year")))
    if rng.random() < 0.4:
        d.t("; attended ")
        d.s("ORGANIZATION", rng.choice(_ADULT_DAY))
        d.t(" 3 days/week")
    d.t(".\nHome: ")
    d.t(rng.choice(("ranch, 2 STE no rail", "3-family house, 2nd floor, 14 stairs", "elevator building")))
    d.t("; lives ")
    d.t(rng.choice(("with son", "alone", "with spouse", "with sister")))
    d.t(".\n \nOBJECTIVE\n")
    d.t(f"  Vitals: rest HR {rng.randint(62, 90)} -> {rng.randint(95, 118)} with activity; BP 132/78 -> "
        f"{rng.randint(138, 160)}/{rng.randint(70, 90)}; SpO2 {rng.randint(90, 98)}%\n")
    if kind == "pt":
        d.t(f"  Strength: hip flex {rng.choice(('3+/5', '4-/5', '4/5'))}, knee ext 4/5, DF 5/5\n")
        d.t(f"  Balance: Berg {rng.randint(22, 48)}/56; TUG {rng.uniform(12, 34):.1f} s with RW; "
            f"Tinetti {rng.randint(12, 24)}/28\n")
        d.t(f"  Gait: {rng.randint(30, 250)} ft with RW, CGA; decreased step length, Trendelenburg on L\n")
        d.t(f"  AM-PAC 6-Clicks basic mobility raw {rng.randint(12, 21)}/24\n")
    elif kind == "ot":
        d.t(f"  ADLs: LB dressing mod A with reacher/sock aid; toileting min A; Barthel {rng.randint(35, 90)}/100\n")
        d.t(f"  Cognition: MoCA {rng.randint(15, 27)}/30 (Montreal Cognitive Assessment v8.1); Trails B "
            f"{rng.randint(90, 280)} s\n")
        d.t(f"  UE: grip R {rng.randint(10, 30)} kg / L {rng.randint(10, 30)} kg (Jamar); 9-hole peg "
            f"{rng.randint(20, 60)} s\n")
    else:
        d.t("  Oral mech: mild R facial droop; Yale swallow screen failed; MBS showed penetration-aspiration "
            f"scale {rng.randint(3, 7)} with thin liquids\n")
        d.t(f"  Language: Boston Naming Test {rng.randint(20, 55)}/60; follows 2-step commands 4/5\n")
        d.t("  Recs: IDDSI level 6 soft & bite-sized, mildly thick liquids, Frazier free water protocol\n")
    d.t(f"  Rancho Los Amigos level {rng.choice(('VII', 'VIII', 'n/a'))}; "
        f"{rng.choice(('GCS 15', 'Glasgow Coma Scale 15', 'Glasgow Coma Scale E4V5M6'))}\n \n")
    d.t("RECOMMENDATIONS\n")
    rec = rng.randrange(4)
    d.t("  " + "   ".join(f"[{'x' if j == rec else ' '}] {o}" for j, o in enumerate(
        ("Home with home health therapy", "SNF", "Acute rehab", "Outpatient"))) + "\n")
    code, item = rng.choice(_HCPCS)
    d.t(f"  DME: {item} (HCPCS {code}) ordered through ")
    d.s("ORGANIZATION", rng.choice(("Harbor Medical Supply of New Bedford", "Lusitano DME", "Pine Street Home Medical",
                                    "Bay State Rehab Equipment")))
    d.t(f"; {rng.choice(('Miami J collar', 'Philadelphia collar', 'Boston brace', 'Aspen LSO'))} not indicated.\n")
    d.t("  Caregiver training completed with ")
    rel, rp, _ = c.rel[-1]
    d.t(f"{rel} ")
    d.s("PERSON", rp.first)
    d.t(f" ({rng.choice(('Hoyer lift', 'car transfer', 'stairs with rail', 'thickened liquids'))}).\n \n")


def _body_home_health(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    _fax_cover(d, c, "Home health referral - SN/PT/OT", c.orgs["hha"])
    d.t("HOME HEALTH REFERRAL AND FACE-TO-FACE ENCOUNTER ATTESTATION\n")
    d.t("Patient: ")
    _pt_name(d, c, rng.choice((0, 1)))
    d.t("   DOB ")
    d.s("DATE_REAL_YEAR", _fmt_date(rng, *c.dob))
    d.t("   MRN ")
    d.s("MRN", _mrn(rng))
    d.t("\nService address: ")
    _address(d, c, sep=rng.choice((", ", "\n                 ")))
    d.t("\nBest phone: ")
    d.s("PHONE", c.cell_phone)
    d.t(f"  (ok to leave message: {rng.choice(('yes', 'no'))})\n")
    d.t(f"Homebound status: [x] leaving home requires considerable and taxing effort  [x] requires "
        f"{rng.choice(('walker', 'wheelchair', 'assist of 1'))}\n")
    skilled = rng.choice(("medication teaching (new anticoagulant)", "wound VAC changes M/W/F",
                       "CHF teaching, daily weights, diuretic titration", "IV cefazolin via PICC, weekly CBC/BMP"))
    d.t(f"Skilled need: {skilled}\n")
    d.t(f"Disciplines: SN 2w4, PT 2w3, OT 1w3; HHA {rng.choice(('2w3', '0', '3w4'))}\n")
    d.t(f"Start of care requested: {_shifted(rng, 4)}  Certification period: 60 days (G0180)\n")
    d.t("Face-to-face encounter performed by: ")
    doc = c.staff["md"]
    d.s("PERSON", doc.full())
    d.t(f", {doc.cred}   ")
    cue, val = _license(rng, doc.last)
    d.t(f"{cue}: ")
    d.s("LICENSE", val)
    d.t("\nCommunity physician who will sign orders: Dr. ")
    d.s("PERSON", c.staff["pcp"].last)
    d.t(", ")
    d.s("ORGANIZATION", c.orgs["practice"])
    d.t("   fax ")
    d.s("FAX", _phone(rng))
    d.t("\n \n")
    _meds_block(d, c, rng.randint(4, 7))


# --------------------------------------------------------------------------------------------------
# Snippets added when a planned category is absent from the base note (and sometimes at random)
# --------------------------------------------------------------------------------------------------


def _snip_face_sheet(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    d.t("REGISTRATION FACE SHEET (copy attached to referral)\n")
    d.t("  Patient: ")
    _pt_name(d, c, 1)
    d.t("    DOB: ")
    d.s("DATE_REAL_YEAR", _fmt_date(rng, *c.dob))
    d.t("\n  MRN: ")
    d.s("MRN", _mrn(rng))
    d.t("    Acct #: ")
    d.s("ACCOUNT", _account(rng))
    d.t("\n  Address: ")
    _address(d, c)
    d.t("\n  Home: ")
    d.s("PHONE", c.home_phone)
    d.t("    SSN: ")
    d.s("SSN", _ssn(rng))
    d.t("\n  Guarantor: self    Employer: retired\n \n")


def _snip_ssn(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    d.t(rng.choice(("Benefits: assisted pt with MassHealth long-term-care application; SSN ",
                    "SSA representative-payee paperwork started; Social Security no. ",
                    "Application for Extra Help (Part D LIS) completed with pt; SS# ")))
    d.s("SSN", _ssn(rng))
    d.t(" verified against card. Next: Department of Transitional Assistance interview.\n \n")


def _snip_account(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    d.t(rng.choice(("Billing: patient financial counselor consulted re hospital account ",
                    "Financial: free-care (HSN) application started for account # ",
                    "Encounter #: ")))
    d.s("ACCOUNT", _account(rng))
    d.t(rng.choice(("; self-pay balance discussed.\n \n", " (inpatient).\n \n")))


def _snip_mrn(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    d.t(rng.choice(("Records requested from outside facility under their MRN ", "Outside medical record #: ",
                    "Prior admission under unit no. ")))
    d.s("MRN", _mrn(rng))
    d.t("; ")
    d.s("ORGANIZATION", c.orgs["hospital"])
    d.t(" HIM faxed 42 pages.\n \n")


def _snip_health_plan(d: _Doc, c: _Ctx) -> None:
    _insurance_block(d, c)


def _snip_license(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    k = rng.randrange(3)
    if k == 0:
        d.t("Transport: pt has a valid driver's license (")
        d.s("LICENSE", f"S{_digits(rng, 8)}")
        d.t("); advised not to drive until cleared by neurology (RMV medical standards form given).\n \n")
    else:
        p = c.staff["md"] if k == 1 else _person(rng)
        d.t("Certifying / ordering provider: ")
        d.s("PERSON", p.full())
        d.t(f", {p.cred or 'MD'}   ")
        cue, val = _license(rng, p.last)
        d.t(f"{cue} ")
        d.s("LICENSE", val)
        d.t(f"   (facility CLIA {rng.randint(10, 49)}D{_digits(rng, 7)})\n \n")


def _snip_vehicle(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    k = rng.randrange(3)
    if k == 0:
        d.t("Vehicle: pt's car remained in the ED garage (level P2); ")
        d.t(rng.choice(("plate ", "MA reg. ", "license plate ")))
        d.s("VEHICLE_ID", _plate(rng))
        d.t(". Security notified; son to retrieve.\n \n")
    elif k == 1:
        d.t("Social: pt's vehicle towed after MVC; tow-lot release form requires VIN ")
        d.s("VEHICLE_ID", _vin(rng))
        d.t(" - copy given to family.\n \n")
    else:
        d.t("Transportation: accessible van (RIDE paratransit) eligibility application faxed; family vehicle with "
            "disability placard, plate ")
        d.s("VEHICLE_ID", _plate(rng))
        d.t(".\n \n")


def _snip_device(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    desc, sn = _device_serial(rng)
    d.t(rng.choice(("Implanted / home devices: ", "DEVICE CARD: ", "Equipment to accompany pt: ")))
    d.t(f"{desc}, {rng.choice(('SN', 'serial #', 'S/N', 'Serial:'))} ")
    d.s("DEVICE_ID", sn)
    d.t(f"; implanted/issued {rng.randint(2009, 2019)}. Remote monitoring transmits nightly; "
        f"firmware {rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 40)}.\n \n")


def _snip_email(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    if rng.random() < 0.6:
        rel, rp, _ = c.rel[0]
        d.t(f"Preferred contact for scheduling: {rel} ")
        d.s("PERSON", rp.first)
        d.t(" by email, ")
        d.s("EMAIL", _email(rng, rp.first, rp.last))
    else:
        d.t("Pt prefers after-visit summary sent by email: ")
        d.s("EMAIL", _email(rng, c.pt.first, c.pt.last))
    d.t(".\n \n")


def _snip_url(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    k = rng.randrange(4)
    pron = "her" if c.sex == "F" else "his"
    d.t(("Family set up an update page for friends: ", "Portal: pt-specific document link ",
         "Fundraiser page for home modifications: ", f"Family keeps a blog about {pron} recovery: ")[k])
    d.s("URL", _personal_url(rng, c.pt.first, c.pt.last, c.orgs["hospital"], ((0,), (3, 1), (2,), (4,))[k]))
    d.t(f" (general info: {rng.choice(_PUBLIC_URLS)}).\n \n")


def _snip_ip(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    d.t(rng.choice(("Telehealth follow-up log: video visit connected from pt's home network IP ",
                    "Remote monitoring: CPAP modem last upload from ",
                    "Portal audit: proxy access activated by family from IP ")))
    d.s("IP_ADDRESS", _ip(rng))
    d.t(f"; app version {rng.randint(2, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}.\n \n")


def _snip_age(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    if c.age >= 90:
        d.t("Age: ")
        d.s("AGE_OVER_89", _age_text(rng, c.age))
        d.t(rng.choice((" (fall risk high, Morse 65)", "; lives independently despite age", "")))
    else:
        rel = rng.choice(("mother", "father", "aunt", "husband", "wife"))
        d.t(f"Caregiving: pt also cares for {rel}, ")
        d.s("AGE_OVER_89", _age_text(rng, rng.randint(90, 103)))
        d.t(", who lives in the same household")
    d.t(".\n \n")


def _snip_location(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    k = rng.randrange(4)
    if k == 0:
        fc, country = rng.choice(_FOREIGN)
        d.t("Travel: returned 2 weeks ago from visiting family in ")
        d.s("LOCATION", fc)
        d.t(f", {country}.\n \n")
    elif k == 1:
        d.t("Housing: staying at a shelter in ")
        d.s("LOCATION", rng.choice(_CITIES)[0])
        d.t(" since eviction; sleeps outside near the corner of ")
        d.s("LOCATION", f"{rng.choice(_STREET_NAMES)} St and {rng.choice(_STREET_NAMES)} Ave")
        d.t(" when beds are full.\n \n")
    elif k == 2:
        d.t("Services area: ")
        d.s("LOCATION", rng.choice(_COUNTIES))
        d.t(" elder services (ASAP) screening for home care program.\n \n")
    else:
        d.t(f"Family: {c.rel[0][0]} lives in ")
        d.s("LOCATION", rng.choice(_CITIES)[0])
        d.t(f", about {rng.randint(10, 60)} minutes away.\n \n")


def _snip_org(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    k = rng.randrange(3)
    if k == 0:
        d.t("Dialysis / day program: ")
        d.s("ORGANIZATION", rng.choice(_ADULT_DAY))
        d.t(" (MWF chair time 06:30) notified of discharge.\n \n")
    elif k == 1:
        d.t("Grandson attends ")
        d.s("ORGANIZATION", rng.choice(_SCHOOLS))
        d.t(" and is home after 15:00 to assist.\n \n")
    else:
        d.t("PCP: ")
        d.s("ORGANIZATION", c.orgs["practice"])
        d.t(" - discharge summary faxed.\n \n")


def _snip_date(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    k = rng.randrange(3)
    y, m, dd = _ymd(rng, max(1990, c.real_year - 12), c.real_year)
    if k == 0:
        d.t("Prior SNF stay: ")
        d.s("DATE_REAL_YEAR", _fmt_date(rng, y, m, dd))
        d.t(f" for {rng.randint(12, 40)} days after a fall.\n \n")
    elif k == 1:
        d.t("Date of original injury (workers' comp claim): ")
        d.s("DATE_REAL_YEAR", _fmt_date(rng, y, m, dd))
        d.t(".\n \n")
    else:
        d.t("HCP document signed ")
        d.s("DATE_REAL_YEAR", _fmt_date(rng, y, m, dd))
        d.t("; copy scanned to media tab.\n \n")


def _snip_phone(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    rel, rp, ph = c.rel[0]
    d.t(f"Spoke with {rel} ")
    d.s("PERSON", rp.first)
    cue = rng.choice((" at ", " (cell ", ", callback "))
    d.t(cue)
    d.s("PHONE", ph)
    outcome = rng.choice(("agrees", "has questions about cost", "requests SNF"))
    d.t((")" if "(" in cue else "") + f" re: plan; {outcome}.\n \n")


def _snip_fax(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    d.t("Attn: ")
    d.s("ORGANIZATION", c.orgs[rng.choice(("snf", "hha", "practice"))])
    d.t(rng.choice((" - please fax signed orders back to ", " intake fax: ", " / F: ")))
    d.s("FAX", _phone(rng))
    d.t(".\n \n")


def _snip_pager(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    p = c.staff[rng.choice(("cm", "sw", "pt", "md"))]
    d.t("Questions: page ")
    d.s("PERSON", f"{p.first} {p.last}" if rng.random() < 0.5 else p.last)
    cue = rng.choice((" at ", ", pager #", " (pgr "))
    d.t(cue)
    d.s("PAGER", _pager(rng))
    d.t(").\n \n" if "(" in cue else ".\n \n")


def _snip_address(d: _Doc, c: _Ctx) -> None:
    d.t("Discharge address (confirmed with pt): ")
    _address(d, c, sep=c.rng.choice((", ", "  ")))
    d.t("\n \n")


def _snip_person(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    p = _person(rng)
    d.t(rng.choice(("Discussed with outside PCP Dr. ", "Covering NP at SNF: ", "Neighbor and emergency key holder: ")))
    d.s("PERSON", p.last if rng.random() < 0.4 else p.full())
    d.t(".\n \n")


def _snip_cc(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    d.t("cc: PCP Dr. ")
    d.s("PERSON", c.staff["pcp"].last)
    d.t(" (")
    d.s("ORGANIZATION", c.orgs["practice"])
    d.t("); ")
    d.s("ORGANIZATION", c.orgs["hha"])
    d.t(" (fax ")
    d.s("FAX", _phone(rng))
    d.t("); patient\n")


_D_SNIPS: dict[str, tuple[Callable[[_Doc, _Ctx], None], ...]] = {
    "PHONE": (_snip_phone, _contact_table), "FAX": (_snip_fax, _snip_cc), "PAGER": (_snip_pager,),
    "EMAIL": (_snip_email,), "URL": (_snip_url,), "IP_ADDRESS": (_snip_ip,), "SSN": (_snip_ssn, _snip_face_sheet),
    "MRN": (_snip_mrn, _snip_face_sheet), "ACCOUNT": (_snip_account, _snip_face_sheet),
    "HEALTH_PLAN": (_snip_health_plan,), "LICENSE": (_snip_license,),
    "ZIP": (_snip_address, _snip_face_sheet), "STREET_ADDRESS": (_snip_address,),
    "DATE_REAL_YEAR": (_snip_date,), "AGE_OVER_89": (_snip_age,), "DEVICE_ID": (_snip_device,),
    "VEHICLE_ID": (_snip_vehicle,), "PERSON": (_snip_person,), "LOCATION": (_snip_location,),
    "ORGANIZATION": (_snip_org,),
}
_DISCHARGE_BODIES = {
    "sw": (_body_social_work, "sw"), "cm": (_body_case_mgmt, "cm"), "w10": (_body_w10, "cm"),
    "medrec": (_body_medrec, "ph"), "therapy": (_body_therapy, "pt"), "hha": (_body_home_health, "cm"),
}


def _discharge_note(c: _Ctx) -> list[str | _Slot]:
    rng = c.rng
    kind = rng.choice(tuple(_DISCHARGE_BODIES))
    body, signer = _DISCHARGE_BODIES[kind]
    if kind == "therapy":
        neuro = c.scen["service"] in ("NEUROLOGY", "NEUROSURGERY") or "Lewy" in str(c.scen["dx"])
        c.therapy = signer = rng.choice(("pt", "ot", "slp") if neuro else ("pt", "ot"))
    main = _Doc()
    _discharge_header(main, c)
    _clinical_summary(main, c)
    body(main, c)
    if kind not in ("medrec", "hha") and rng.random() < 0.5:
        _meds_block(main, c, rng.randint(3, 6))
    if kind in ("sw", "cm") and rng.random() < 0.6:
        _contact_table(main, c)
    if rng.random() < 0.45:
        _appointments(main, c)
    tail = _Doc()
    _staff_sig(tail, c, signer)
    if rng.random() < 0.5:
        _snip_cc(tail, c)
    disp = _Doc()
    disp.t(f"Discharge Disposition:\n{rng.choice(('Extended Care', 'Home With Service', 'Home'))}\nFacility:\n")
    disp.s("ORGANIZATION", c.orgs["snf"] if rng.random() < 0.5 else c.orgs["hha"])
    disp.t(f"\n \nDischarge Diagnosis:\n{c.scen['dx']}\n \n")
    disp.t("Discharge Instructions:\nYou were admitted for " + str(c.scen["cc"]).lower()
           + ". Return for fever > 101.5F, chest pain or new weakness. Community resources given: "
           + f"{rng.choice(_HOTLINES)}.\n \n")
    extra = _Doc()
    for extra_snip in rng.sample((_snip_device, _snip_location, _snip_org, _snip_ip, _snip_vehicle, _snip_email),
                                 rng.choice((0, 0, 1))):
        extra_snip(extra, c)
    have = main.cats() | disp.cats() | tail.cats() | extra.cats()
    for cat in c.need:
        if cat not in have:
            rng.choice(_D_SNIPS[cat])(extra, c)
            have |= extra.cats()
    if extra.parts:
        main.t("ADDITIONAL COORDINATION NOTES\n")
    return main.parts + extra.parts + disp.parts + tail.parts


# --------------------------------------------------------------------------------------------------
# Radiology: outside-film reads and comparison requests
# --------------------------------------------------------------------------------------------------

_EXAMS = {
    "CT HEAD WITHOUT CONTRAST": (
        "70450",
        "Outside CT head demonstrates a {mm} mm right convexity subdural collection with mixed density and 4 mm "
        "leftward shift. Basal cisterns patent. No hydrocephalus. Chronic small-vessel ischemic change. "
        "No calvarial fracture; left parietal scalp hematoma.",
        "Acute-on-chronic right subdural hematoma with mild mass effect."),
    "MRI BRAIN WITH AND WITHOUT CONTRAST": (
        "70553",
        "Restricted diffusion in the left insula and frontal operculum, ADC-dark, FLAIR-bright. No hemorrhage on "
        "SWI. Global volume loss with mild parietal predominance and relative sparing of the medial temporal lobes, "
        "a pattern that can be seen with Lewy body disease; no cortical ribboning to suggest Creutzfeldt-Jakob "
        "disease.",
        "Acute left MCA territory infarct. Background volume loss."),
    "CT ABDOMEN AND PELVIS WITH CONTRAST": (
        "74177",
        "Post-Whipple anatomy with intact pancreaticojejunostomy. {mm} mm fluid collection adjacent to the "
        "hepaticojejunostomy without enhancing wall. Mild intrahepatic biliary ductal dilation and pneumobilia, "
        "expected. No free air. Small bilateral pleural effusions.",
        "Small peri-anastomotic collection, likely postoperative; no drainable abscess."),
    "MRI LUMBAR SPINE WITHOUT CONTRAST": (
        "72148",
        "L4-5 broad disc bulge with facet arthropathy producing moderate canal and severe left lateral recess "
        "stenosis. Acute superior endplate compression fracture of L1 with 20% height loss and marrow edema; no "
        "retropulsion. Conus terminates at L1.",
        "Acute L1 compression fracture. Multilevel degenerative change, worst at L4-5."),
    "CHEST RADIOGRAPH PA AND LATERAL": (
        "71046",
        "Left chest wall device with leads terminating in the right atrium and right ventricle. Cardiomegaly. "
        "Small bilateral effusions and Kerley B lines. Hyperinflation with flattened hemidiaphragms.",
        "Mild pulmonary edema; device leads unchanged in position."),
    "CT ANGIOGRAPHY HEAD AND NECK": (
        "70496",
        "{mm} mm saccular aneurysm of the anterior communicating artery treated with coils; small neck remnant. "
        "Patent cervical carotids; 40% proximal left ICA stenosis by NASCET criteria. Abrupt cutoff of the left "
        "M1 segment on the outside study.",
        "Coiled AComm aneurysm with small neck remnant. Left M1 occlusion on the outside study."),
    "LEFT HIP RADIOGRAPHS": (
        "73502",
        "Cemented hemiarthroplasty in anatomic alignment. No periprosthetic lucency or fracture. Heterotopic "
        "ossification Brooker class I. Diffuse osteopenia.",
        "Expected postoperative appearance."),
    "CT CHEST WITH CONTRAST": (
        "71260",
        "Centrilobular and paraseptal emphysema, upper-lobe predominant. Bronchial wall thickening with mucus "
        "plugging in the right lower lobe. No pulmonary embolism to the segmental level. {mm} mm solid right upper "
        "lobe nodule.",
        "Emphysema with airway inflammation. Right upper lobe nodule; Fleischner Society follow-up advised."),
    "MRI LEFT FOOT WITHOUT AND WITH CONTRAST": (
        "73720",
        "Status post transmetatarsal amputation. Marrow edema, low T1 signal and enhancement of the residual second "
        "metatarsal stump beneath a plantar ulcer with sinus tract; {mm} mm rim-enhancing collection. Charcot "
        "changes of the midfoot are not seen.",
        "Osteomyelitis of the residual second metatarsal with small abscess."),
}
_SCEN_EXAMS = (
    ("LEFT HIP RADIOGRAPHS", "CT HEAD WITHOUT CONTRAST", "MRI LUMBAR SPINE WITHOUT CONTRAST"),
    ("CHEST RADIOGRAPH PA AND LATERAL", "CT CHEST WITH CONTRAST"),
    ("MRI BRAIN WITH AND WITHOUT CONTRAST", "CT ANGIOGRAPHY HEAD AND NECK"),
    ("CT ANGIOGRAPHY HEAD AND NECK", "CT HEAD WITHOUT CONTRAST"),
    ("CT ABDOMEN AND PELVIS WITH CONTRAST", "CHEST RADIOGRAPH PA AND LATERAL"),
    ("MRI BRAIN WITH AND WITHOUT CONTRAST", "CT HEAD WITHOUT CONTRAST", "MRI LUMBAR SPINE WITHOUT CONTRAST"),
    ("CT CHEST WITH CONTRAST", "CHEST RADIOGRAPH PA AND LATERAL"),
    ("MRI LEFT FOOT WITHOUT AND WITH CONTRAST", "CHEST RADIOGRAPH PA AND LATERAL"),
    ("CT HEAD WITHOUT CONTRAST", "CHEST RADIOGRAPH PA AND LATERAL"),
)
_CT_UNITS = ("GE Revolution EVO", "Siemens SOMATOM go.Top", "Canon Aquilion ONE", "Philips Incisive CT")
_MR_UNITS = ("Philips Ingenia 1.5T", "Siemens MAGNETOM Vida 3T", "GE SIGNA Premier 3T", "Siemens MAGNETOM Sola 1.5T")
_XR_UNITS = ("Carestream DRX-Evolution", "Fujifilm FDR Go PLUS portable", "Siemens Ysio Max")
_VERSIONS = ("VB60A", "VA50A", "5.1.2.16", "29.1", "R11.2", "10.2.0.45", "XA51")


def _technique(rng: random.Random, exam: str) -> str:
    if exam.startswith("CT"):
        return (f"{rng.choice(_CT_UNITS)}, {rng.choice(('1.25 mm helical', '0.625 mm', '2.5 mm axial'))} acquisition, "
                f"CTDIvol {rng.uniform(8, 60):.1f} mGy, DLP {rng.randint(300, 1400)} mGy-cm")
    if exam.startswith("MRI"):
        return (f"{rng.choice(_MR_UNITS)}, sagittal T1/T2/STIR and axial T2/DWI"
                f"{', post-gadolinium T1 (gadobutrol 7.5 mL)' if 'CONTRAST' in exam and 'WITH ' in exam else ''}")
    return f"{rng.choice(_XR_UNITS)}, 2 views"


def _radiology_note(c: _Ctx) -> list[str | _Slot]:
    rng = c.rng
    exam = rng.choice(_SCEN_EXAMS[_SCENARIOS.index(c.scen)])
    cpt, findings, impression = _EXAMS[exam]
    findings = findings.format(mm=rng.randint(4, 14))
    dx = str(c.scen["dx"])
    if dx[1].islower():
        dx = dx[0].lower() + dx[1:]
    kind = rng.randrange(3)  # 0: outside film second read, 1: comparison / image request, 2: report vs outside prior
    main = _Doc()
    ext = rng.choice(_IMAGING + _HOSPITALS)
    sexw = "woman" if c.sex == "F" else "man"
    if kind == 0:
        main.t(f"EXAMINATION:  OUTSIDE FILM INTERPRETATION - {exam} (CPT {cpt}, exam code OSF{rng.randint(1, 9)})"
               "\n \nOUTSIDE FACILITY:  ")
        main.s("ORGANIZATION", ext)
        main.t("\nOUTSIDE EXAM DATE:  ")
        y, m, dd = c.adm
        main.s("DATE_REAL_YEAR", _fmt_date(rng, y, m, max(1, dd - 1)), mask=c.shifted_or_mask())
        main.t("\nREQUESTED BY:  ")
        if rng.random() < 0.5:
            main.t("Dr. ")
            main.s("PERSON", c.staff["md"].last)
        else:
            main.s("PERSON", c.staff["md"].full())
            main.t(f", {c.staff['md'].cred}")
        main.t(f" ({str(c.scen['service']).title()})\n \nINDICATION:  ")
        _age_phrase(main, c)
        main.t(f"{sexw} transferred from ")
        main.s("ORGANIZATION", ext if ext in _HOSPITALS else c.orgs["hospital"])
        main.t(rng.choice((" in ", " at ")))
        main.s("LOCATION", c.city[0])
        main.t(f" with {dx}. Please provide second read of outside images.\n \n")
        main.t("TECHNIQUE:  Outside images received on CD by courier and imported into PACS by the film library "
               f"(import batch {rng.randint(100, 999)}, {rng.randint(180, 1400)} images, {rng.randint(2, 9)} series). "
               f"DICOM header: {_technique(rng, exam)}; software version {rng.choice(_VERSIONS)}.\n")
        main.t("Two patient identifiers on the disc (name ")
        main.s("PERSON", _name_value(rng, c.pt, 1).upper())
        main.t(", DOB ")
        main.s("DATE_REAL_YEAR", _fmt_date(rng, *c.dob, style=rng.choice((0, 2, 3))))
        main.t(") matched to registration; outside ID ")
        main.s("MRN", _mrn(rng))
        main.t(".\n \n")
        comparison = rng.choice(("None available.", f"{exam.lower()} dated {_shifted(rng, 0)} (in-house).",
                                 "Outside report not provided; request sent."))
        main.t(f"COMPARISON:  {comparison}\n \n")
        incidental = rng.choice(("No acute fracture.", "Incidental 4 mm thyroid nodule, no follow-up per ACR "
                                 "white paper.", "Bones are diffusely demineralized.", "Vascular calcifications."))
        main.t(f"FINDINGS:  \n{findings}\n{incidental}\n \n")
        main.t(f"IMPRESSION:  \n1. {impression}\n2. Outside report, if received, will be compared in an addendum."
               "\n \n")
    elif kind == 1:
        main.t(f"EXAMINATION:  COMPARISON STUDY REQUEST / OUTSIDE IMAGE IMPORT ({exam})\n \n")
        main.t("REQUEST SENT TO:  ")
        main.s("ORGANIZATION", ext)
        main.t(" Film Library / Release of Information\n  Attn: ")
        if rng.random() < 0.6:
            main.s("PERSON", _person(rng).full())
        else:
            main.t("Image Release Desk")
        main.t("\n  Phone: ")
        main.s("PHONE", _phone(rng))
        main.t("   Fax: ")
        main.s("FAX", _phone(rng))
        main.t(f"\n  Studies requested:  {exam.lower()} dated ")
        y, m, dd = _ymd(rng, max(1995, c.real_year - 6), c.real_year)
        main.s("DATE_REAL_YEAR", _fmt_date(rng, y, m, dd), mask=c.shifted_or_mask())
        main.t(f" and any prior {rng.choice(('CT', 'MRI', 'radiographs'))} within 5 years\n")
        main.t("  Patient on request:  ")
        _pt_name(main, c, 1)
        main.t("   DOB ")
        main.s("DATE_REAL_YEAR", _fmt_date(rng, *c.dob))
        main.t(f"\n  Status:  [x] faxed  [{'x' if rng.random() < 0.5 else ' '}] CD received  [ ] images pushed via "
               "image exchange  [ ] unable to locate\n")
        main.t(f"  Courier manifest {rng.choice('ABCDEFGH')}-{rng.randint(1000, 9999)}; CD to be delivered to film "
               f"library room {rng.choice(('L1-120', 'B-014', '2C-203'))}; import ticket "
               f"INC{_digits(rng, 7)} (PACS team).\n \n")
        main.t("CLINICAL HISTORY:  ")
        _age_phrase(main, c)
        main.t(f"{sexw} with {dx}; comparison needed to assess interval change.\n \n")
        main.t(f"CURRENT STUDY:  {exam} performed here {_shifted(rng, 2)}. Technique: {_technique(rng, exam)}.\n")
        main.t(f"FINDINGS:  \n{findings}\n \nIMPRESSION:  \n{impression}  Final comparison pending outside "
               "images.\n \n")
    else:
        main.t(f"EXAMINATION:  {exam}\n \nINDICATION:  ")
        _age_phrase(main, c)
        reason = rng.choice(("Evaluate for interval change.", "Pre-transfer baseline.", "New symptoms."))
        main.t(f"{sexw} with {dx}. {reason}\n \n")
        main.t(f"TECHNIQUE:  {_technique(rng, exam)}.\n \nCOMPARISON:  ")
        modality = "CT" if exam.startswith("CT") else ("MRI" if exam.startswith("MRI") else "radiographs")
        main.t(f"Outside {modality} from ")
        main.s("ORGANIZATION", ext)
        main.t(" dated ")
        y, m, dd = _ymd(rng, max(1995, c.real_year - 4), c.real_year)
        main.s("DATE_REAL_YEAR", _fmt_date(rng, y, m, dd), mask=c.shifted_or_mask())
        main.t(", imported from CD (courier). Prior outside report scanned to media; reading radiologist Dr. ")
        main.s("PERSON", _person(rng).last)
        main.t(".\n \n")
        main.t(f"FINDINGS:  \n{findings}\nCompared with the outside study, "
               f"{rng.choice(('findings are new.', 'there is slight interval improvement.', 'no significant change.'))}"
               "\n \n")
        main.t(f"IMPRESSION:  \n{impression}\n \n")
    if "CONTRAST" in exam and "WITHOUT CONTRAST" not in exam:
        main.t(f"CONTRAST / SAFETY:  eGFR {rng.randint(38, 95)} mL/min/1.73m2 ({_shifted(rng, 2)}); "
               f"{rng.choice(('no premedication required', 'premedicated per ACR manual (prednisone 50 mg x 3)'))}; "
               f"lot {_lot(rng)}.\n \n")
    main.t(rng.choice((
        "PACS QA:  outside DICOM tags normalized on import (patient ID re-mapped to the local medical record number, "
        "outside series descriptions retained, burned-in annotations left as received).\n \n",
        "PACS QA:  outside study loaded with the matching hanging protocol; key images flagged; outside scout images "
        "excluded from the comparison series.\n \n",
        "PACS QA:  disc contained a DICOMDIR and a viewer executable (not run); images verified against the "
        "requisition before import.\n \n",
    )))
    main.t("RECOMMENDATIONS:  " + rng.choice((
        "Clinical correlation. Please forward the outside report when available so that this read can be finalized.",
        "Follow-up imaging in 6-8 weeks, or sooner if symptoms change. BI-RADS / Lung-RADS not applicable.",
        "No further imaging recommended from this study. Discussed at the multidisciplinary conference.",
        "If MRI is pursued, complete the MRI safety questionnaire; device card and implant log required.",
    )) + "\n \n")
    extra = _Doc()
    if rng.random() < 0.35:
        rng.choice((_rsnip_requisition, _rsnip_device, _rsnip_callback, _rsnip_mrn_date))(extra, c)
    tail = _Doc()
    tail.t(rng.choice(("NOTIFICATION:  ", "COMMUNICATION:  ")))
    tail.t("Findings discussed by telephone with Dr. ")
    tail.s("PERSON", _person(rng).last)
    cue = rng.choice((" (pager ", " at ", ", callback "))
    tail.t(cue)
    if cue == " (pager ":
        tail.s("PAGER", _pager(rng))
        tail.t(")")
    else:
        tail.s("PHONE", _phone(rng))
    tail.t(f" at {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d} on {c.shifted_or_mask(0)}, "
           f"{rng.randint(5, 40)} minutes after discovery.\n")
    if rng.random() < 0.5:
        tail.t("Final report faxed to requesting facility at ")
        tail.s("FAX", _phone(rng))
        tail.t(".\n")
    if rng.random() < 0.3:
        tail.t(f"Outside-image questions: {rng.choice(('film library', 'PACS administrator', '3D lab'))}, "
               "weekdays 08:00-16:30.\n")
    tail.t("\nRADIOLOGIST:  ")
    tail.s("PERSON", _person(rng).full())
    tail.t(rng.choice((", MD\n", ", MD, Neuroradiology Fellow\n", " MD / attending read\n")))
    have = main.cats() | tail.cats() | extra.cats()
    for cat in c.need:
        if cat not in have:
            rng.choice(_R_SNIPS[cat])(extra, c)
            have |= extra.cats()
    if extra.parts:
        main.t("REQUISITION / IMPORT QA DETAILS:\n")
    return main.parts + extra.parts + tail.parts


def _rsnip_requisition(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    d.t("  Requisition demographics (from outside order):  ")
    _pt_name(d, c, 1)
    d.t("\n  Address: ")
    _address(d, c)
    d.t("\n  Phone: ")
    d.s("PHONE", c.home_phone)
    payer, label, val = _member_id(rng)
    d.t(f"   Insurance: {payer}, {label} ")
    d.s("HEALTH_PLAN", val)
    d.t("\n  SSN on requisition: ")
    d.s("SSN", _ssn(rng))
    d.t("   Outside acct: ")
    d.s("ACCOUNT", _account(rng))
    d.t("\n \n")


def _rsnip_ordering(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    p = _person(rng)
    d.t("  Ordering provider (outside): ")
    d.s("PERSON", p.full() if rng.random() < 0.6 else f"{p.last}, {p.first}")
    cue, val = _license(rng, p.last)
    d.t(f", MD  {cue} ")
    d.s("LICENSE", val)
    d.t(f"  (practice CLIA {rng.randint(10, 49)}D{_digits(rng, 7)})\n \n")


def _rsnip_device(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    desc, sn = _device_serial(rng)
    d.t(f"  MRI safety screening: {desc}, {rng.choice(('SN', 'serial no.', 'S/N'))} ")
    d.s("DEVICE_ID", sn)
    d.t("; MR Conditional per manufacturer card, 1.5T only, SAR < 2 W/kg. Device rep (Medtronic / Boston "
        "Scientific) paged.\n \n")


def _rsnip_vehicle(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    d.t("  Clinical history per EMS run sheet: restrained driver, MVC at ~40 mph, airbag deployed; ")
    if rng.random() < 0.5:
        d.t("vehicle plate ")
        d.s("VEHICLE_ID", _plate(rng))
    else:
        d.t("VIN ")
        d.s("VEHICLE_ID", _vin(rng))
    d.t(" recorded by State Police. Glasgow Coma Scale 14 at scene.\n \n")


def _rsnip_portal(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    cats = list(c.need)
    want = [x for x in ("URL", "IP_ADDRESS", "EMAIL") if x in cats] or [rng.choice(("URL", "IP_ADDRESS", "EMAIL"))]
    d.t("  Images uploaded by the patient through the image-exchange portal")
    if "URL" in want:
        d.t(" (share link ")
        d.s("URL", _personal_url(rng, c.pt.first, c.pt.last, rng.choice(_IMAGING), (1, 1, 3)))
        d.t(")")
    if "IP_ADDRESS" in want:
        d.t("; upload audit shows source IP ")
        d.s("IP_ADDRESS", _ip(rng))
    if "EMAIL" in want:
        d.t("; confirmation sent to ")
        d.s("EMAIL", _email(rng, c.pt.first, c.pt.last))
    d.t(". DICOM integrity check passed.\n \n")


def _rsnip_age(d: _Doc, c: _Ctx) -> None:
    d.t("  Age at outside exam: ")
    d.s("AGE_OVER_89", _age_text(c.rng, c.age if c.age >= 90 else c.rng.randint(90, 101)))
    d.t(" years.\n \n")


def _rsnip_callback(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    d.t("  Callback for outside radiologist: ")
    d.s("PERSON", _person(rng).full())
    d.t(", reading room ")
    d.s("PHONE", _phone(rng))
    d.t(", pager ")
    d.s("PAGER", _pager(rng))
    d.t("; report fax ")
    d.s("FAX", _phone(rng))
    d.t("\n \n")


def _rsnip_place(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    d.t("  Transfer: patient was flown from ")
    d.s("ORGANIZATION", rng.choice(_HOSPITALS))
    d.t(" in ")
    d.s("LOCATION", rng.choice(_CITIES)[0])
    d.t(f" by air ambulance; scene call originally in {rng.choice(('a rural area', 'the town center'))}.\n \n")


def _rsnip_mrn_date(d: _Doc, c: _Ctx) -> None:
    rng = c.rng
    d.t("  Prior outside study on file: ")
    y, m, dd = _ymd(rng, max(1995, c.real_year - 8), c.real_year)
    d.s("DATE_REAL_YEAR", _fmt_date(rng, y, m, dd))
    d.t(", outside MRN ")
    d.s("MRN", _mrn(rng))
    # an accession number is an identifier under the project's label policy (counted as ACCOUNT; see
    # notes_holdout13._masked): written when the policy was open as a look-alike, now masked; still drawn
    # so the rest of the corpus is unchanged
    _ = f"{rng.choice(('CT', 'MR', 'CR'))}{_digits(rng, 8)}"
    d.t(", accession ___\n \n")


_R_SNIPS: dict[str, tuple[Callable[[_Doc, _Ctx], None], ...]] = {
    "PHONE": (_rsnip_callback, _rsnip_requisition), "FAX": (_rsnip_callback,), "PAGER": (_rsnip_callback,),
    "EMAIL": (_rsnip_portal,), "URL": (_rsnip_portal,), "IP_ADDRESS": (_rsnip_portal,),
    "SSN": (_rsnip_requisition,), "MRN": (_rsnip_mrn_date,), "ACCOUNT": (_rsnip_requisition,),
    "HEALTH_PLAN": (_rsnip_requisition,), "LICENSE": (_rsnip_ordering,), "ZIP": (_rsnip_requisition,),
    "STREET_ADDRESS": (_rsnip_requisition,), "DATE_REAL_YEAR": (_rsnip_mrn_date,), "AGE_OVER_89": (_rsnip_age,),
    "DEVICE_ID": (_rsnip_device,), "VEHICLE_ID": (_rsnip_vehicle,), "PERSON": (_rsnip_ordering, _rsnip_callback),
    "LOCATION": (_rsnip_place,), "ORGANIZATION": (_rsnip_place,),
}


# --------------------------------------------------------------------------------------------------
# Planting and rendering
# --------------------------------------------------------------------------------------------------

# Category weights for choosing what leaked in a note.
_WEIGHTS = {cat: 1.0 for cat in CATEGORIES}
# An address leak often leaves street, city and ZIP together, so those three are drawn less often.
_WEIGHTS.update({"PERSON": 1.8, "LOCATION": 0.8, "ORGANIZATION": 1.6, "DATE_REAL_YEAR": 1.7, "ZIP": 0.3,
                 "STREET_ADDRESS": 0.35})
_N_PLANTS = (1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 4)


# The first leaked category of note i follows this cycle (a function of seed and i only, so notes stay
# independent); it keeps every category well represented in any few hundred notes.
_CYCLE = CATEGORIES + ("PERSON", "ORGANIZATION", "DATE_REAL_YEAR")


def _choose_categories(rng: random.Random, k: int, seed: int, i: int) -> list[str]:
    out: list[str] = [_CYCLE[(i * 7 + seed * 3) % len(_CYCLE)]]
    second = CATEGORIES[(i * 11 + seed * 5 + 13) % len(CATEGORIES)]
    if k > 1 and second not in out:
        out.append(second)
    cats = [x for x in CATEGORIES if x not in out]
    for _ in range(k - len(out)):
        w = [_WEIGHTS[x] for x in cats]
        pick = rng.choices(cats, weights=w)[0]
        out.append(pick)
        cats.remove(pick)
    return out


def _plant(rng: random.Random, parts: list[str | _Slot], need: list[str]) -> None:
    slots = [p for p in parts if isinstance(p, _Slot)]
    for cat in need:
        if not any(s.cat == cat for s in slots):
            raise AssertionError(f"no slot for planned category {cat}")
        cands = [s for s in slots if s.cat == cat and not s.on]
        if not cands or any(s.cat == cat and s.on for s in slots):
            continue  # already leaked as part of an earlier address line
        chosen = rng.choice(cands)
        chosen.on = True
        if chosen.group is not None:
            for o in slots:
                if o.group == chosen.group and o is not chosen and rng.random() < 0.5:
                    o.on = True


def _render(parts: list[str | _Slot]) -> tuple[str, list[tuple[int, int, str]]]:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for p in parts:
        if isinstance(p, str):
            out.append(p)
            pos += len(p)
            continue
        v = p.value if p.on else p.mask
        if p.on:
            spans.append((pos, pos + len(v), p.cat))
        pad = " " * max(0, p.width - len(v)) if p.width else ""
        if p.width and not pad:
            pad = "  "
        out.append(v + pad)
        pos += len(v) + len(pad)
    return "".join(out), spans


def _over_mask(text: str) -> str:
    for word in _EPONYMS_MASKED_WHEN_HEAVY:
        text = text.replace(word, "___")
    return text


def _context(rng: random.Random, need: list[str], heavy: bool) -> _Ctx:
    sex = rng.choice("FM")
    scen_i = rng.randrange(len(_SCENARIOS))
    if "AGE_OVER_89" in need and rng.random() < 0.75:
        age = rng.randint(90, 104)
    elif rng.random() < 0.06:
        age = rng.randint(90, 99)
    else:
        age = rng.randint(_SCEN_MIN_AGE[scen_i], 89)
    real_year = rng.randint(2009, 2023)
    dob = (real_year - age - rng.randint(0, 1), rng.randint(1, 12), rng.randint(1, 28))
    adm = (real_year, rng.randint(1, 12), rng.randint(1, 20))
    city = rng.choice(_CITIES)
    rel: list[tuple[str, _Person, str]] = []
    for relname in rng.sample(("daughter", "son", "wife", "husband", "niece", "nephew", "sister", "brother",
                               "friend", "neighbor", "granddaughter", "guardian"), rng.randint(1, 3)):
        rsex = "F" if relname in ("daughter", "wife", "niece", "sister", "granddaughter") else (
            "M" if relname in ("son", "husband", "nephew", "brother") else None)
        rp = _person(rng, rsex)
        if relname in ("daughter", "son", "sister", "brother") and rng.random() < 0.6:
            rp = _Person(rp.first, rng.choice(_LAST))
        rel.append((relname, rp, _phone(rng)))
    staff = {}
    for role, creds in _CREDS.items():
        p = _person(rng)
        p.cred = rng.choice(creds)
        staff[role] = p
    staff["pcp"] = _person(rng)
    staff["pcp"].cred = "MD"
    return _Ctx(
        rng=rng, need=need, heavy=heavy, sex=sex, pt=_person(rng, sex), age=age, real_year=real_year, dob=dob,
        adm=adm, city=city, street=_street(rng), zip=_zip(rng, city[2]), home_phone=_phone(rng),
        cell_phone=_phone(rng), lang=rng.choice(_LANGS), scen=_SCENARIOS[scen_i], rel=rel, staff=staff,
        orgs={"hospital": rng.choice(_HOSPITALS), "snf": rng.choice(_SNFS), "hha": rng.choice(_HHAS),
              "pharmacy": rng.choice(_PHARMACIES), "practice": rng.choice(_PRACTICES)},
    )


def holdout15_note(seed: int, i: int) -> LabelledNote:
    """Note ``i`` of the corpus for ``seed`` (deterministic, independent of the other notes)."""
    rng = random.Random(f"holdout15|{seed}|{i}")
    note_type = "discharge" if rng.random() < 0.5 else "radiology"
    u = rng.random()
    heavy = u < 0.05
    planted = u >= 0.42
    need = _choose_categories(rng, rng.choice(_N_PLANTS), seed, i) if planted else []
    c = _context(rng, need, heavy)
    parts = _discharge_note(c) if note_type == "discharge" else _radiology_note(c)
    _plant(rng, parts, need)
    text, spans = _render(parts)
    if heavy:
        text = _over_mask(text)
    return LabelledNote(note_type=note_type, text=text, spans=spans)


def holdout15_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout15_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout15_corpus, argv,
        "Held-out corpus 15 (blind): care-coordination / allied-health paperwork and outside-film reads")
    report("holdout15", args, notes, hits, res)


if __name__ == "__main__":
    main()
