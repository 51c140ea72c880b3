"""Held-out corpus 43: clinical research and trials around an admission.

MIMIC-IV-Note shaped research paperwork filed in the chart of a hospitalised trial participant. Most
identifiers are masked (``___``); unmasked dates are shifted into 2100-2200 and never labelled. About
58% of the notes carry 1-4 identifiers that escaped masking, 5% are "heavy" (many ``___``, no plants).

Document kinds (note type in brackets):

- ``research_consent`` [discharge] -- informed consent / re-consent note (LAR, witness, interpreter,
  HIPAA authorisation, optional banking, participant payment form);
- ``coordinator_visit`` [discharge] -- study coordinator visit note (window, AE and con-med review, PK
  draw table, requisitions);
- ``sae_report`` [discharge] -- serious adverse event report (initial / follow-up) with reporter and
  sponsor safety contact block;
- ``protocol_deviation`` [discharge] -- protocol deviation log (``|`` table) with CAPA;
- ``irb_correspondence`` [discharge] -- IRB determination letter pasted from the eIRB portal;
- ``biobank_custody`` [discharge] -- biorepository specimen chain-of-custody record (courier, plate);
- ``ids_dispensing`` [discharge] -- investigational drug service dispensing record (IxRS, kit, lot);
- ``dsmb_unblinding`` [discharge] -- DSMB-triggered or emergency unblinding note with the pasted letter;
- ``eligibility_checklist`` [discharge] -- eligibility screening checklist (inclusion / exclusion,
  coverage analysis, sign-off);
- ``closeout_letter`` [discharge] -- study close-out letter to the participant on site letterhead;
- ``trial_discharge_summary`` [discharge] -- MIMIC-style discharge summary of an enrolled participant;
- ``recist_ct`` [radiology] -- research CT read for RECIST 1.1 response with study ids;
- ``aria_mri`` [radiology] -- research MRI brain for ARIA safety monitoring (anti-amyloid trial);
- ``lugano_petct`` [radiology] -- research FDG PET/CT read (Lugano / Deauville);
- ``bicr_addendum`` [radiology] -- radiology addendum reconciling a blinded independent central review;
- ``device_imaging`` [radiology] -- imaging of an investigational device (serial, UDI, model, REF);
- ``screening_cta`` [radiology] -- eligibility CT angiography for a transcatheter valve trial.

Labelling conventions (label policy of the brief, copied):
PERSON is one span per name (given and family together, titles outside); LOCATION is a place below
state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries
are never labelled); ORGANIZATION is a named hospital, practice, agency, school or employer, never a
generic department. DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year is not
labelled; a device, drug or lot expiry date is not labelled; a death date is). AGE_OVER_89 labels the
digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial); lot, GTIN,
REF, model and expiry are not identifiers. ACCOUNT covers account, encounter, incident/run,
accession, order, requisition, claim and specimen numbers; HEALTH_PLAN member, subscriber and policy
ids (an employer's group number is not the member's id: leave it unlabelled); LICENSE medical,
nursing, EMS, DEA and driver's licences and a clinician's NPI. Spans hold the value only: cue
words ("Dr.", "MRN:", "pager", "Fax", "SN", "plate", "Acct") and credentials ("MD", "RN") stay outside.

Conventions specific to this corpus:

- Study-assigned codes are not labelled: participant / subject numbers, screening numbers,
  randomisation numbers, site numbers, IxRS confirmation numbers, kit numbers, protocol numbers, IRB
  protocol numbers, NCT numbers, IND numbers, FWA / IRB registration numbers, drug codes, consent-form
  version dates (shifted) and deviation / query numbers are look-alikes. They are coded pseudonyms or
  public registry ids, none of them an MRN, account, specimen or similar number.
- Biobank / LIMS specimen ids, requisitions, radiology accessions, encounter (CSN) and hospital
  account numbers, EMS run numbers, pharmacy order numbers and claim numbers are ACCOUNT.
- Sponsors, CROs and central laboratories (pharmaceutical or device companies named in their trial
  role) are not ORGANIZATION: the policy names hospitals, practices, agencies, schools and employers,
  and I read "employer" as the employer of the patient (or of the patient's family), so a company is
  labelled only when it is named as someone's employer. Federal bodies (FDA, NIH, OHRP) in form
  names and websites are public bodies, not labelled; a local agency (visiting nurses, elder
  services, hospice) is labelled. A hospital IRB named after its hospital labels the hospital name.
- Contact values of anyone -- site, sponsor safety desk, monitor -- are labelled by shape (PHONE,
  FAX, PAGER, EMAIL, URL, street line, town, ZIP); only public hotlines (FDA MedWatch, Poison Control,
  988) and public bodies' websites are look-alikes.
- A phone extension written with the number (``x4471``) is inside the PHONE span; a suite or
  apartment on the street line is inside the STREET_ADDRESS span; a port after an IP is outside.
- Real-year dates appear only where labelled, or as expiry dates (look-alikes, after an expiry cue).

Written blind: I read only the brief (bench/holdout_corpus_task.md),
lqs_clinical/synth/holdout_measure.py, the first 45 lines of lqs_clinical/synth/notes.py, pyproject.toml,
/work/shared/reference/*.md and the note-shaped samples (and SOURCES.md) under /work/shared/data/.
No detector code, rule file, other corpus or test was opened, and the detector was never run.
"""

# ruff: noqa: E501  (templates keep their note lines intact)
from __future__ import annotations

import math
import re
import sys
from collections.abc import Callable
from random import Random

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

# --------------------------------------------------------------------------------------------------
# Pools (all fictitious)
# --------------------------------------------------------------------------------------------------

_GIVEN = (
    "Ana", "Tomasz", "Priya", "Desmond", "Mireille", "Kwame", "Ingrid", "Rafael", "Siobhan", "Hiroshi",
    "Lucinda", "Obinna", "Marisol", "Teodor", "Yasmin", "Callum", "Beatriz", "Dmitri", "Halima",
    "Everett", "Noor", "Gideon", "Rosalind", "Thanh", "Agnieszka", "Lionel", "Fatou", "Bjorn",
    "Consuelo", "Wendell", "Ayesha", "Cormac", "Leticia", "Jun", "Matthias", "Delphine", "Kofi", "Eleni",
    "Stanislav", "Imogen", "Augustin", "Philippa",
)
_FAMILY = (
    "Okonkwo", "Lindqvist", "Haverford", "Castellano", "Nakamura-Reyes", "O'Donnell", "Szymanski",
    "Abernathy", "Adebayo", "Fitzgerald", "Thibodeau", "Marchetti", "Kowalczyk", "Achterberg",
    "Quintanilla", "Oyelaran", "Drummond", "Petrosyan", "Halloran", "Vasquez-Ortiz", "Brannigan",
    "Esterhuizen", "Moreau", "Gallagher", "Ishikawa", "Rasmussen", "Delacroix", "Obuya", "Trevisan",
    "MacAllister", "Sandoval", "Whitcombe", "Pakalnis", "Ferreira", "Novak", "Kessler", "Ambrose",
    "Tsang", "Greenhalgh", "Wojcik", "Aldana", "Seppala",
)
_TOWNS = (
    "Brockton", "Revere", "Lowell", "Fall River", "Pittsfield", "Chicopee", "Somerville", "Dorchester",
    "Jamaica Plain", "Medford", "Attleboro", "Nashua", "Pawtucket", "Cranston", "Woonsocket", "Lewiston",
    "Bangor", "Rutland", "Keene", "Haverhill", "Taunton", "Leominster", "Gloucester", "Marlborough",
    "Westfield", "New Bedford", "Holyoke", "Methuen", "Norwood", "Framingham", "Waltham", "Quincy",
    "Danvers", "Dedham", "Needham", "Natick", "Peabody", "Wakefield", "East Boston", "Hyde Park",
    "Roxbury", "Plymouth County", "Barnstable County", "Concord", "Dover", "Manchester",
)
_STATES = ("Massachusetts", "New Hampshire", "Rhode Island", "Maine", "Vermont", "Connecticut")
_STATE_AB = ("MA", "NH", "RI", "ME", "VT", "CT")
_COUNTRIES = ("Canada", "Portugal", "Brazil", "Germany", "Switzerland", "Ireland", "Poland")
_HOSPITALS = (
    "Northgate Regional Hospital", "St. Brendan's Medical Center", "Merriwether General Hospital",
    "Harrow Point Hospital", "Lakeshore Memorial Hospital", "Saint Columba Hospital",
    "Bay Colony Medical Center", "Wachusett Valley Hospital", "Cardinal Ridge Hospital",
    "Fenwick Cancer Institute", "Alden Hills Rehabilitation Hospital", "Quarry Hill Medical Center",
    "Northgate Regional", "St Brendan's", "Merriwether GH", "Lakeshore Memorial",
)
_PRACTICES = (
    "Riverside Family Practice", "Cobble Hill Cardiology Associates", "Maplewood Internal Medicine",
    "Seaport Neurology Partners", "Hillcrest Pulmonary Associates", "Tannery Brook Primary Care",
    "Orchard Lane Oncology Group", "Dunmore Geriatrics",
)
_AGENCIES = (
    "Bay Colony Visiting Nurse Association", "North Shore Elder Services", "Merrimack Home Health Agency",
    "Greater Lowell Hospice", "Southcoast Council on Aging", "Wachusett Area Agency on Aging",
)
_SCHOOLS = (
    "Quarry Hill University School of Medicine", "Wachusett Community College", "Pemberton Academy",
    "Fenwick College of Nursing", "Harrow Point High School",
)
_EMPLOYERS = (
    "Granite State Freight", "Lakeside Tool & Die", "Copley Insurance Group", "Harbor Light Bakery",
    "Brightwater Logistics", "Tremont Mill Textiles", "Keel & Anchor Marine",
)
_SITE_DOMAINS = (
    "northgatehealth.org", "stbrendans.org", "merriwethergh.org", "lakeshorememorial.org",
    "baycolonymed.org", "fenwickcancer.org", "quarryhill.edu", "wachusettvalley.org", "harrowpoint.org",
)
_SPONSOR_DOMAINS = ("corvantis.com", "helixarbio.com", "nordvale-pharma.ch", "aurelianonc.com",
                    "pellucid-devices.com", "quintara-cro.com")
_STREETS = (
    "Harborview", "Tannery Brook", "Old Colony", "Pleasant", "Commonwealth", "Whittier", "Cedar Hill",
    "Quarry", "Fenwick", "Millbrook", "Granite", "Lantern", "Aldrich", "Beacon Hill", "Sumner",
    "Wachusett", "Orchard", "Kilby", "Chauncy", "Dunmore", "Riverbend", "Lovejoy", "Pemberton",
)
_SUFFIXES = ("Street", "St.", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Drive", "Lane", "Way",
             "Place", "Parkway", "Court", "Terrace", "Circle")
_AREA = ("617", "508", "781", "978", "413", "603", "401", "860", "207", "802", "339", "774", "857", "351")
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

_SPONSORS = ("Corvantis Therapeutics", "Helixar Bio", "Nordvale Pharma", "Aurelian Oncology", "Pellucid Devices",
             "Quintara Clinical")

# Eponyms, scales, drug and device brands, software and companies used as look-alikes (never labelled).
_EPONYMS = (
    "Kaplan-Meier", "Cockcroft-Gault", "Glasgow Coma Scale", "Karnofsky", "Deauville", "Lugano", "RECIST 1.1",
    "Fazekas", "Naranjo", "Charlson", "Hoehn and Yahr", "Clavien-Dindo", "Foley", "Swan-Ganz",
    "O'Brien-Fleming", "Lan-DeMets", "Bonferroni", "Hodgkin", "Alzheimer", "Parkinson", "Graves", "Cushing",
    "Horner", "Lewy body", "Trendelenburg", "Valsalva", "Seldinger", "Scheltens", "Agatston", "Hounsfield",
    "Simpson biplane", "New York Heart Association", "Kansas City Cardiomyopathy Questionnaire",
    "Montreal Cognitive Assessment", "Mini-Mental State Examination", "Clinical Dementia Rating",
    "CHA2DS2-VASc", "HAS-BLED", "Child-Pugh", "Bristol stool scale", "Richmond Agitation-Sedation Scale",
    "Morse Fall Scale", "Braden", "Wells score", "Ann Arbor", "Gleason", "Fridericia", "Bazett", "Hy's law",
    "Fleischner Society", "Bosniak", "Lung-RADS",
)
_BRANDS = (
    "Keytruda", "Opdivo", "Leqembi", "Kisunla", "Eliquis", "Xarelto", "Lasix", "Entresto", "Jardiance",
    "Farxiga", "Tylenol", "Zofran", "Omnipaque 350", "Gadavist", "Dotarem", "Micra", "Watchman", "Evolut",
    "Sapien 3", "Medidata Rave", "REDCap", "OnCore", "Veeva Vault", "Epic", "Vacutainer", "PAXgene",
    "Streck cfDNA BCT", "Suvoda", "ClinCard", "DocuSign", "Florence eBinder", "Dexcom G7", "Zio patch",
    "Decadron", "Benadryl", "Solu-Medrol", "Neulasta", "Coban", "Tegaderm", "SOMATOM Force",
    "Aquilion ONE", "Revolution CT", "Signa Premier", "Biograph Vision", "Uber Health",
)
EPONYMS_AND_BRANDS: tuple[str, ...] = _EPONYMS + _BRANDS + _SPONSORS

_STUDIES = (
    {"code": "CVT-2291-301", "drug": "CVT-2291", "inn": "orvelacept", "sponsor": "Corvantis Therapeutics",
     "dis": "heart failure with preserved ejection fraction", "short": "HFpEF", "phase": "3",
     "title": "A Phase 3, Randomized, Double-Blind, Placebo-Controlled Study of CVT-2291 in HFpEF"},
    {"code": "HLX-0417-202", "drug": "HLX-0417", "inn": "trevanemab", "sponsor": "Helixar Bio",
     "dis": "early symptomatic Alzheimer disease", "short": "early AD", "phase": "2",
     "title": "A Phase 2 Double-Blind Study of Intravenous HLX-0417 in Early Alzheimer Disease"},
    {"code": "AUR-ONC-118", "drug": "AUR-118", "inn": "pelcitinib", "sponsor": "Aurelian Oncology",
     "dis": "metastatic non-small cell lung cancer", "short": "mNSCLC", "phase": "2",
     "title": "Open-Label Phase 2 Study of AUR-118 After Progression on Anti-PD-1 Therapy"},
    {"code": "NPV-7730-03", "drug": "NPV-7730", "inn": "ferudexian", "sponsor": "Nordvale Pharma",
     "dis": "atrial fibrillation", "short": "AF", "phase": "3",
     "title": "Factor XIa Inhibition With NPV-7730 Versus Apixaban in Older Adults With AF"},
    {"code": "AUR-LYM-207", "drug": "AUR-207", "inn": "zentuximab", "sponsor": "Aurelian Oncology",
     "dis": "relapsed diffuse large B-cell lymphoma", "short": "r/r DLBCL", "phase": "1b/2",
     "title": "AUR-207 Bispecific Antibody in Relapsed or Refractory DLBCL"},
    {"code": "PLD-ARC-02", "drug": "Pellucid Arc THV", "inn": "transcatheter valve", "sponsor": "Pellucid Devices",
     "dis": "severe symptomatic aortic stenosis", "short": "AS", "phase": "pivotal IDE",
     "title": "Pivotal IDE Study of the Pellucid Arc Transcatheter Heart Valve"},
)

# --------------------------------------------------------------------------------------------------
# Value generators (one per category; ``fmt`` is a context hint from the template)
# --------------------------------------------------------------------------------------------------


def _digits(r: Random, n: int) -> str:
    return "".join(str(r.randrange(10)) for _ in range(n))


def _person(r: Random, fmt: str | None) -> str:
    g, f = r.choice(_GIVEN), r.choice(_FAMILY)
    mid = r.choice("ABCDEFGHJKLMNPRSTW")
    if fmt == "last":
        return f
    if fmt == "sig":
        fmt = r.choice(("full", "full", "init", "mid"))
    if fmt is None:
        fmt = r.choice(("full", "full", "full", "lf", "init", "mid", "upper", "lfc"))
    return {
        "full": f"{g} {f}", "lf": f"{f}, {g}", "init": f"{g[0]}. {f}", "mid": f"{g} {mid}. {f}",
        "upper": f"{f.upper()}, {g.upper()}", "lfc": f"{f}, {g} {mid}.",
    }.get(fmt, f"{g} {f}")


def _phone(r: Random, fmt: str | None = None) -> str:
    a, b, c = r.choice(_AREA), r.randint(201, 989), r.randint(0, 9999)
    shapes = (f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}", f"+1 {a} {b} {c:04d}",
              f"1-{a}-{b}-{c:04d}", f"{a} {b} {c:04d}", f"({a}){b}-{c:04d}", f"{a}-{b}-{c:04d}",
              f"{a}-{b}-{c:04d} x{r.randint(100, 9999)}", f"+1-{a}-{b}-{c:04d}")
    return r.choice(shapes)


def _pager(r: Random) -> str:
    k = r.randrange(6)
    if k == 0:
        return f"{r.randint(1, 9)}-{r.randint(1000, 9999)}"
    if k in (1, 2):
        return str(r.randint(10000, 99999))
    if k == 3:
        return f"({r.choice(_AREA)}) {r.randint(201, 989)}-{r.randint(0, 9999):04d}"
    if k == 4:
        return f"{r.randint(1000, 9999)}"
    return f"{r.choice(_AREA)}-{r.randint(201, 989)}-{r.randint(0, 9999):04d}"


def _email(r: Random) -> str:
    g, f = r.choice(_GIVEN).lower(), re.sub(r"[^a-z]", "", r.choice(_FAMILY).lower())
    dom = r.choice(_SITE_DOMAINS + _SITE_DOMAINS + _SPONSOR_DOMAINS)
    local = r.choice((f"{g}.{f}", f"{g[0]}{f}", f"{f}.{g[0]}", f"{g}{f[0]}{r.randint(1, 99)}",
                      "crc.cardiology", "ids.pharmacy", "research.safety", "biorepository", "irb.office",
                      "drugsafety.us", f"ctu-{f}", "pv.intake", f"{g}_{f}"))
    return f"{local}@{dom}"


def _url(r: Random) -> str:
    dom = r.choice(_SITE_DOMAINS)
    k = r.randrange(6)
    if k == 0:
        return f"https://research.{dom}/ctms/study/{r.randint(1000, 9999)}"
    if k == 1:
        return f"www.{dom}/clinical-trials/{r.choice(('oncology', 'cardiology', 'memory', 'valve'))}"
    if k == 2:
        tok = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
        return f"https://redcap.{dom}/surveys/?s={tok}"
    if k == 3:
        return f"http://intranet.{dom}/irb/eirb/{r.randint(10000, 99999)}"
    if k == 4:
        return f"https://econsent.{dom}/p/{_digits(r, 8)}"
    return f"{dom}/research/participants"


def _ip(r: Random) -> str:
    k = r.randrange(4)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 1:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 2:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"{r.randint(23, 199)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _ssn(r: Random) -> str:
    a, b, c = r.randint(1, 665), r.randint(1, 99), r.randint(1, 9999)
    return r.choice((f"{a:03d}-{b:02d}-{c:04d}", f"{a:03d}-{b:02d}-{c:04d}", f"{a:03d} {b:02d} {c:04d}",
                     f"{a:03d}{b:02d}{c:04d}"))


def _mrn(r: Random) -> str:
    k = r.randrange(5)
    if k == 0:
        return str(r.randint(1000000, 9999999))
    if k == 1:
        return f"00{r.randint(100000, 999999)}"
    if k == 2:
        return f"{r.choice('EMNQ')}{r.randint(10000000, 99999999)}"
    if k == 3:
        return f"{r.randint(10, 99)}-{r.randint(10000, 99999)}"
    return str(r.randint(10000000, 99999999))


def _account(r: Random, fmt: str | None) -> str:
    if fmt is None:
        fmt = r.choice(("spec", "req", "acc", "enc", "har", "order", "run", "claim"))
    if fmt == "spec":
        return r.choice((f"BRX{_digits(r, 7)}", f"PX-{_digits(r, 6)}-{r.randint(1, 9):02d}",
                         f"{_digits(r, 2)}BB{_digits(r, 6)}", f"LIMS{_digits(r, 8)}", f"SPC-{_digits(r, 7)}"))
    if fmt == "req":
        return r.choice((_digits(r, 8), f"Q{_digits(r, 7)}", f"{_digits(r, 4)}-{_digits(r, 4)}"))
    if fmt == "acc":
        return r.choice((_digits(r, 8), _digits(r, 10), f"E{_digits(r, 8)}"))
    if fmt == "enc":
        return f"{r.randint(1, 9)}{_digits(r, 9)}"
    if fmt == "har":
        return r.choice((f"{r.randint(1, 9)}{_digits(r, 8)}", f"H{_digits(r, 9)}"))
    if fmt == "order":
        return r.choice((f"{r.randint(1, 9)}{_digits(r, 8)}", f"RX{_digits(r, 7)}"))
    if fmt == "run":
        return r.choice((f"{r.randint(20, 29)}-{_digits(r, 5)}", f"{_digits(r, 2)}{_digits(r, 6)}"))
    return f"{r.choice(('CL', 'ZC', 'MA'))}{_digits(r, 10)}"


def _health_plan(r: Random, fmt: str | None = None) -> str:
    k = 3 if fmt == "mbi" else r.randrange(6)
    if k == 0:
        return f"{''.join(r.choice('BCDFHJKMNPRTWXYZ') for _ in range(3))}{_digits(r, 9)}"
    if k == 1:
        return _digits(r, 9)
    if k == 2:
        return f"W{_digits(r, 8)}"
    if k == 3:
        al = "ACDEFGHJKMNPQRTUVWXY"
        return (f"{r.randint(1, 9)}{r.choice(al)}{r.choice(al)}{r.randint(0, 9)}-{r.choice(al)}{r.choice(al)}"
                f"{r.randint(0, 9)}-{r.choice(al)}{r.choice(al)}{r.randint(10, 99)}")
    if k == 4:
        return f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}"
    return f"100{_digits(r, 9)}"


def _license(r: Random, fmt: str | None) -> str:
    if fmt is None:
        fmt = r.choice(("npi", "state", "dea", "rn", "dl", "ems", "rph"))
    if fmt == "npi":
        return f"{r.choice('12')}{_digits(r, 9)}"
    if fmt == "dea":
        return f"{r.choice('ABFM')}{r.choice('BDFGHKLMNRSTW')}{_digits(r, 7)}"
    if fmt == "dl":
        return r.choice((f"S{_digits(r, 8)}", f"NHL{_digits(r, 8)}", _digits(r, 9)))
    if fmt == "ems":
        return r.choice((f"P{_digits(r, 5)}", f"EMT{_digits(r, 6)}"))
    if fmt == "rn":
        return r.choice((f"{r.randint(100000, 2999999)}", f"R{_digits(r, 7)}"))
    if fmt == "rph":
        return r.choice((f"{r.randint(10000, 39999)}", f"PH{_digits(r, 6)}"))
    return r.choice((f"{r.randint(100000, 289999)}", f"{r.randint(10000, 99999)}"))


def _zip(r: Random) -> str:
    z = r.choice((r.randint(1001, 2791), r.randint(3031, 3897), r.randint(2801, 2940), r.randint(6001, 6928),
                  r.randint(4001, 4992)))
    return f"{z:05d}" if r.random() < 0.8 else f"{z:05d}-{r.randint(1000, 9999)}"


def _street(r: Random) -> str:
    s = f"{r.randint(2, 9800)} {r.choice(_STREETS)} {r.choice(_SUFFIXES)}"
    k = r.randrange(6)
    if k == 0:
        s += f", Suite {r.randint(100, 950)}"
    elif k == 1:
        s += f" Apt {r.randint(1, 30)}{r.choice('ABCD')}"
    elif k == 2:
        s += f", Floor {r.randint(2, 9)}"
    return s


def _real_date(r: Random, fmt: str | None) -> str:
    y = r.randint(1921, 1966) if fmt == "dob" else r.randint(2009, 2029)
    m, d = r.randint(1, 12), r.randint(1, 28)
    k = r.randrange(8)
    return (f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{_MON[m - 1]}-{y}",
            f"{_MONTH[m - 1]} {d}, {y}", f"{d:02d}{_MON[m - 1].upper()}{y}", f"{d} {_MON[m - 1]} {y}",
            f"{_MON[m - 1]}. {d}, {y}")[k]


def _device(r: Random) -> str:
    k = r.randrange(4)
    if k == 0:
        return f"{''.join(r.choice('ACEHJKLMNPRTWX') for _ in range(3))}{_digits(r, 6)}{r.choice('HKNRS')}"
    if k == 1:
        return f"{r.choice(('PA', 'AR', 'LP', 'TV'))}{_digits(r, 8)}"
    if k == 2:
        return _digits(r, 10)
    return f"{r.randint(1, 9)}{r.choice('ABCDEFGH')}{_digits(r, 2)}{r.choice('KLMN')}{_digits(r, 5)}"


def _vehicle(r: Random, fmt: str | None = None) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ"
    k = 3 if fmt == "vin" else r.choice((0, 1, 2, 4))
    if k == 0:
        return f"{r.randint(1, 9)}{''.join(r.choice(al) for _ in range(3))}{_digits(r, 3)}"
    if k == 1:
        return f"{''.join(r.choice(al) for _ in range(2))}{_digits(r, 4)}"
    if k == 2:
        return f"{r.randint(1, 9)}{''.join(r.choice(al) for _ in range(2))} {_digits(r, 3)}"
    if k == 3:
        return (f"{r.choice('1245J')}{''.join(r.choice(al) for _ in range(2))}"
                f"{''.join(r.choice(al + '0123456789') for _ in range(5))}{r.randint(0, 9)}"
                f"{r.choice(al)}{r.choice(al)}{_digits(r, 6)}")
    return f"{_digits(r, 3)} {''.join(r.choice(al) for _ in range(3))}"


def _org(r: Random, fmt: str | None) -> str:
    pool = {"hosp": _HOSPITALS, "prac": _PRACTICES, "agency": _AGENCIES, "school": _SCHOOLS,
            "emp": _EMPLOYERS}.get(fmt or "", _HOSPITALS + _PRACTICES + _AGENCIES + _SCHOOLS + _EMPLOYERS)
    return r.choice(pool)


def _gen(cat: str, fmt: str | None, r: Random) -> str:
    if cat == "PERSON":
        return _person(r, fmt)
    if cat in ("PHONE", "FAX"):
        return _phone(r)
    if cat == "PAGER":
        return _pager(r)
    if cat == "EMAIL":
        return _email(r)
    if cat == "URL":
        return _url(r)
    if cat == "IP_ADDRESS":
        return _ip(r)
    if cat == "SSN":
        return _ssn(r)
    if cat == "MRN":
        return _mrn(r)
    if cat == "ACCOUNT":
        return _account(r, fmt)
    if cat == "HEALTH_PLAN":
        return _health_plan(r, fmt)
    if cat == "LICENSE":
        return _license(r, fmt)
    if cat == "ZIP":
        return _zip(r)
    if cat == "STREET_ADDRESS":
        return _street(r)
    if cat == "DATE_REAL_YEAR":
        return _real_date(r, fmt)
    if cat == "AGE_OVER_89":
        return str(r.choice((90, 91, 91, 92, 92, 93, 93, 94, 95, 95, 96, 97, 98, 99, 100, 101, 102, 104)))
    if cat == "DEVICE_ID":
        return _device(r)
    if cat == "VEHICLE_ID":
        return _vehicle(r, fmt)
    if cat == "LOCATION":
        return r.choice(_TOWNS)
    if cat == "ORGANIZATION":
        return _org(r, fmt)
    raise ValueError(cat)


# --------------------------------------------------------------------------------------------------
# Look-alike helpers (hard negatives, wrapped in [[...]] so the renderer records them)
# --------------------------------------------------------------------------------------------------


def _L(s: str) -> str:
    return f"[[{s}]]"


def _sdate(r: Random) -> str:
    y, m, d = r.randint(2105, 2195), r.randint(1, 12), r.randint(1, 28)
    k = r.randrange(7)
    return _L((f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{_MON[m - 1]}-{y}",
               f"{d:02d}{_MON[m - 1].upper()}{y}", f"{_MONTH[m - 1]} {d}, {y}", f"{d} {_MON[m - 1]} {y}",
               f"{m}/{d}/{y}")[k])


def _time(r: Random) -> str:
    return f"{r.randint(6, 22):02d}:{r.choice((0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 48, 50, 55)):02d}"


def _nct(r: Random) -> str:
    return _L(f"NCT0{r.randint(1000000, 6999999)}")


def _lot(r: Random) -> str:
    return _L(r.choice((f"{r.randint(20, 29)}{r.choice('ABCDEFGH')}{r.randint(100, 999)}", f"L{_digits(r, 6)}",
                        f"{r.choice(('KX', 'QA', 'TR'))}{_digits(r, 4)}", f"{_digits(r, 5)}-{r.randint(1, 9)}")))


def _kit(r: Random) -> str:
    return _L(f"{r.randint(1000, 999999):06d}")


def _expiry(r: Random) -> str:
    y, m = r.randint(2025, 2029), r.randint(1, 12)
    d = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1]
    return _L(r.choice((f"{y}-{m:02d}-{d}", f"{m:02d}/{y}", f"{d}-{_MON[m - 1]}-{y}", f"{_MON[m - 1].upper()} {y}")))


def _ndc(r: Random) -> str:
    return _L(f"NDC {_digits(r, 5)}-{_digits(r, 3)}-{_digits(r, 2)}")


def _subject(r: Random) -> str:
    return _L(r.choice((f"{r.randint(100, 399)}-{r.randint(1, 120):04d}", f"{r.randint(1000, 1299)}-{_digits(r, 3)}",
                        f"S{r.randint(100, 399)}-{r.randint(1, 99):03d}")))


def _rand_no(r: Random) -> str:
    return _L(r.choice((f"R{r.randint(1, 2999):04d}", f"RND-{_digits(r, 5)}", f"{r.randint(10001, 19999)}")))


def _irbno(r: Random) -> str:
    return _L(r.choice((f"{r.randint(2140, 2190)}P{_digits(r, 6)}", f"IRB-{r.randint(2140, 2190)}-{_digits(r, 4)}",
                        f"STUDY{_digits(r, 8)}")))


def _version(r: Random) -> str:
    return _L(f"v{r.randint(2, 9)}.{r.randint(0, 3)}")


def _u90(r: Random) -> int:
    return r.randint(19, 88)


def _epo(r: Random) -> str:
    return _L(r.choice(_EPONYMS))


def _brand(r: Random) -> str:
    return _L(r.choice(_BRANDS))


def _software(r: Random) -> str:
    return _L(r.choice((f"build {r.randint(3, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}.{r.randint(1, 99)}",
                        f"v{r.randint(3, 12)}.{r.randint(0, 9)}.{r.randint(0, 30)}",
                        f"release {r.randint(2100, 2190)}.{r.randint(1, 4)}")))


def _hotline(r: Random) -> str:
    return r.choice((f"FDA MedWatch at {_L('1-800-FDA-1088')}", f"Poison Control ({_L('1-800-222-1222')})",
                     f"the {_L('988 Suicide & Crisis Lifeline')}", f"NCI Cancer Information Service {_L('1-800-4-CANCER')}"))


def _public_site(r: Random) -> str:
    return _L(r.choice(("www.clinicaltrials.gov", "https://www.fda.gov/medwatch", "www.hhs.gov/ohrp",
                        "https://www.cancer.gov/clinicaltrials", "https://clinicaltrials.gov")))


_DOSES = {
    "Eliquis": ("5 mg BID", "2.5 mg BID"), "Xarelto": ("15 mg daily", "20 mg daily"), "Lasix": ("20 mg daily", "40 mg PO BID"),
    "Entresto": ("24/26 mg BID", "49/51 mg BID"), "Jardiance": ("10 mg daily",), "Farxiga": ("10 mg daily",),
    "Tylenol": ("650 mg q6h PRN", "500 mg q8h PRN"), "Zofran": ("4 mg q8h PRN",), "Decadron": ("4 mg daily", "2 mg BID"),
    "Benadryl": ("25 mg qHS PRN",),
}


def _conmeds(r: Random) -> str:
    b = r.sample(tuple(_DOSES), 3)
    return (f"{_L(b[0])} {r.choice(_DOSES[b[0]])}, {_L(b[1])} {r.choice(_DOSES[b[1]])}, {_L(b[2])} "
            f"{r.choice(('as before', 'unchanged', 'held'))}")


def _sdate_pair(r: Random) -> tuple[str, str]:
    y, m, d = r.randint(2105, 2194), r.randint(1, 12), r.randint(1, 28)
    if r.random() < 0.5:
        return _L(f"{m:02d}/{d:02d}/{y}"), _L(f"{m:02d}/{d:02d}/{y + 1}")
    return _L(f"{d:02d}-{_MON[m - 1]}-{y}"), _L(f"{d:02d}-{_MON[m - 1]}-{y + 1}")


def _pad(tok: str, width: int) -> str:
    """Pad a possibly [[...]]-wrapped token to a visible width (at least one space)."""
    vis = len(tok) - (4 if tok.startswith("[[") else 0)
    return tok + " " * max(1, width - vis)


def _scores(r: Random) -> str:
    opts = (f"ECOG {r.randint(0, 2)}", f"{_L('Karnofsky')} {r.choice((60, 70, 80, 90))}%", f"GCS {r.randint(13, 15)}",
            f"MoCA {r.randint(16, 29)}/30", f"CDR-SB {r.choice(('2.5', '3.0', '4.5'))}",
            f"{_L('Charlson')} index {r.randint(2, 9)}", f"NYHA class {r.choice(('II', 'III'))}",
            f"{_L('CHA2DS2-VASc')} {r.randint(3, 7)}", f"{_L('Morse Fall Scale')} {r.choice((25, 45, 55))}")
    return ", ".join(r.sample(opts, 3))


def _study(r: Random, device: bool | None = None) -> dict[str, str]:
    if device is True:
        return _STUDIES[5]
    if device is False:
        return r.choice(_STUDIES[:5])
    return r.choice(_STUDIES)


def _sp(st: dict[str, str]) -> str:
    return _L(st["sponsor"])


# --------------------------------------------------------------------------------------------------
# Document builders: templates with typed slots <<CAT>> / <<CAT:fmt>>, look-alikes [[...]] and
# insertion points <<INS>> (used for planted snippets when the template has no free slot).
# --------------------------------------------------------------------------------------------------


def _b_consent(r: Random) -> str:
    st = _study(r)
    re_c = r.random() < 0.45
    rel = r.choice(("daughter", "son", "wife", "husband", "niece", "health care proxy"))
    head = r.choice(("RESEARCH NOTE - INFORMED CONSENT", "Research Consent Note", "CONSENT PROCESS DOCUMENTATION",
                     "Clinical Research: Consent / Re-consent"))
    lar_age = _u90(r) - 10
    lar_age = max(lar_age, 21)
    out = f"""{head}{' (RE-CONSENT)' if re_c else ''}
Name:  ___                  Unit No:   <<MRN>>
Date: {_sdate(r)}   Time: {_time(r)}   Location: inpatient, ___ 7
<<INS>>
Study: {_L(st['title'])}
Protocol: {_L(st['code'])}   ClinicalTrials.gov {_nct(r)}   Sponsor: {_sp(st)}
PI: Dr. <<PERSON:sig>>     Consent obtained by: <<PERSON:sig>>, CCRP (pager <<PAGER>>)
ICF version {_version(r)} dated {_sdate(r)}; HIPAA authorization {_version(r)} dated {_sdate(r)}

Participant is a <<AGE_OVER_89>> year old ___ admitted to ___ with {st['dis']}. Capacity was assessed with
the UBACC (score {r.randint(14, 20)}/20) and the attending, Dr. ___, agreed the participant
{r.choice(('can consent for herself', 'can consent for himself', 'lacks capacity for this decision'))}.
"""
    if re_c:
        out += f"""Re-consent: Amendment {r.randint(2, 6)} added a new risk ({r.choice(('ARIA-H microhemorrhage', 'QT prolongation', 'hepatotoxicity', 'infusion reactions'))})
and a {r.randint(2, 4)}-hour post-dose observation. Participant re-signed ICF {_version(r)} on ___ (original consent
signed <<DATE_REAL_YEAR>>). No study procedures were done before re-consent.
"""
    out += f"""The {r.choice(('purpose, procedures, risks', 'aims, visit schedule and risks'))}, alternatives, voluntariness and the right to
withdraw were reviewed with the participant and {rel} (LAR), <<PERSON>>, {_L(f'{lar_age} years old')}. A
___ interpreter (ID ___) was used by video. Teach-back done; all questions answered. No coercion.
<<INS>>
Optional: [x] future use of samples  [ ] genetic testing  [x] re-contact
{r.choice(('Paper ICF signed in ink.', 'eConsent signed via ' + _L('DocuSign') + ' on the study tablet.'))} A signed copy was given to the participant. Original filed in the regulatory binder ({_L('Florence eBinder')}).

Participant signature: ___               Date: <<DATE_REAL_YEAR>>
LAR: <<PERSON:lf>>   Relationship: {rel}   Date: <<DATE_REAL_YEAR>>
   identity checked: {r.choice(('MA', 'NH', 'RI'))} driver's license <<LICENSE:dl>>
Impartial witness: <<PERSON>>          Date: ___
Person obtaining consent: <<PERSON:sig>>, RN   {_time(r)}
<<INS>>
Participant payment: {_L('ClinCard')} issued for screening visit; W-9 on file (SSN <<SSN>>).
Questions about the study: coordinator at <<PHONE>> or <<EMAIL>>; after hours page <<PAGER>>.
Rights as a research participant: <<ORGANIZATION:hosp>> IRB office, <<PHONE>>.
<<INS>>"""
    return out


def _b_visit(r: Random) -> str:
    st = _study(r, device=False)
    day = r.choice(("Cycle 3 Day 1", "Week 12", "Day 29", "Cycle 6 Day 8", "Week 24 (month 6)", "Unscheduled"))
    rows = []
    for tp, sched in (("Pre-dose", "08:00"), ("EOI", "09:30"), ("2 h post", "11:30"), ("4 h post", "13:30")):
        rows.append(f"| {tp:<9}| {sched} | {sched[:3]}{int(sched[3:]) + r.randint(0, 25):02d} | {r.choice(('4 mL K2EDTA', '3 mL SST', '2 mL NaF'))} | <<ACCOUNT:req>> |")
    table = "\n".join(rows[: r.randint(2, 4)])
    return f"""CLINICAL RESEARCH COORDINATOR NOTE
Study: {_L(st['code'])} ({st['short']})   Participant: {_subject(r)}   Visit: {day} (window +/-{r.randint(2, 7)} d)
MRN: <<MRN>>     CSN: <<ACCOUNT:enc>>     Visit date: {_sdate(r)}
<<INS>>
Seen on ___ during admission for ___. {r.choice(('Visit done at bedside', 'Visit done in the infusion suite', 'Visit done by phone'))}; participant
accompanied by ___. {_scores(r)}. Vitals per flowsheet.
AE review: grade {r.randint(1, 2)} {r.choice(('fatigue', 'nausea', 'rash', 'diarrhea', 'headache'))} (CTCAE v5.0), not serious; hospitalization for ___
reported as SAE (see separate report).
Con-meds reviewed: {_conmeds(r)}. No prohibited medications (strong CYP3A4 inhibitors).
Study drug {_L(st['drug'])} compliance by pill count {r.randint(82, 100)}%. ePRO diary in {_L('REDCap')} {r.randint(70, 100)}% complete.
{r.choice(('Ambulatory ECG', 'Glucose'))} monitoring: {_L(r.choice(('Zio patch', 'Dexcom G7')))} worn per protocol.
<<INS>>
PK / biomarker draws:
| Timepoint | Sched | Actual | Tube | Requisition |
{table}
Samples processed within 60 min, spun 1500 x g x 10 min, shipped frozen on dry ice to the central lab.
Data entered in {_L('Medidata Rave')} ({_software(r)}) within 72 h; queries {_L(f'Q-{r.randint(100, 999)}')} closed.
<<INS>>
Next visit: {_sdate(r)} at the ___ clinic. Participant given calendar and wallet card.
Coordinator: <<PERSON:sig>>, BSN, CCRC | p <<PAGER>> | <<EMAIL>>
<<INS>>"""


def _b_sae(r: Random) -> str:
    st = _study(r)
    ev = r.choice(("acute kidney injury", "pneumonia", "atrial fibrillation with rapid ventricular response",
                   "syncope", "upper GI bleed", "febrile neutropenia", "hip fracture after fall"))
    fu = r.random() < 0.4
    return f"""SERIOUS ADVERSE EVENT REPORT - {'FOLLOW-UP #' + str(r.randint(1, 3)) if fu else 'INITIAL'}
Site no. {r.randint(101, 399)}   Site: <<ORGANIZATION:hosp>>
Protocol: {_L(st['code'])}   Subject: {_subject(r)}   Initials: ___   Age: <<AGE_OVER_89>>   Sex: ___
MRN <<MRN>>   Hospital account <<ACCOUNT:har>>
<<INS>>
Event term (MedDRA PT): {ev}    CTCAE grade {r.randint(3, 4)}
Onset: {_sdate(r)}    Site awareness: {_sdate(r)}    Sponsor notified: {_sdate(r)} (within 24 h)
Seriousness: [x] hospitalization  [ ] death  [ ] life-threatening  [ ] disability
Study treatment: {_L(st['drug'])}, last dose {_sdate(r)}, kit {_kit(r)}; action taken: {r.choice(('interrupted', 'none', 'permanently discontinued'))}
Causality (investigator): {r.choice(('not related', 'unlikely related', 'possibly related'))}. {_L('Naranjo')} score {r.randint(0, 5)}.
Investigational device (device studies only): serial <<DEVICE_ID>>, explanted: no

Narrative: ___ year old participant randomized on ___ was brought by EMS (run no. <<ACCOUNT:run>>)
from home in <<LOCATION>> with {ev}. Treated with {_conmeds(r)}.
{r.choice(('Improving at time of report.', 'Event ongoing.', 'Resolved with sequelae.'))} Blind maintained.
<<INS>>
Reporter: <<PERSON:sig>>, MD   NPI <<LICENSE:npi>>   Tel <<PHONE>>   Fax <<FAX>>
Submitted to {_sp(st)} Drug Safety: fax <<FAX>> / email <<EMAIL>>
Also reportable to FDA on {_L('MedWatch 3500A')} if unexpected; sponsor assesses expectedness against the
IB edition {r.randint(4, 12)}. Public reports: {_hotline(r)}.
<<INS>>
Entered in {_L('Epic')} research module by ___ on ___.
<<INS>>"""


def _b_deviation(r: Random) -> str:
    st = _study(r)
    rows = [
        f"| 1 | {_sdate(r)} | Visit window | {r.choice(('C4D1', 'Week 8', 'Day 57'))} done day +{r.randint(4, 9)} (window +/-3) due to admission | No | Re-train scheduler |",
        f"| 2 | {_sdate(r)} | Consent | Consented on ICF {_version(r)} after new version approved; re-consented ___ | Yes | Version check added |",
        f"| 3 | {_sdate(r)} | IP | Dose from kit {_kit(r)} given {r.randint(2, 6)} h late; lot {_lot(r)} | No | Pharmacy alert |",
        "| 4 | <<DATE_REAL_YEAR>> | Labs | Safety labs drawn at local lab, not central; req <<ACCOUNT:req>> | No | Central kits stocked |",
        f"| 5 | ___ | Eligibility | CrCl by {_L('Cockcroft-Gault')} {r.randint(25, 29)} mL/min (limit >= 30) at randomization | Yes | PI review |",
    ]
    r.shuffle(rows)
    return f"""PROTOCOL DEVIATION LOG - participant entries
Study: {_L(st['code'])}   Sponsor: {_sp(st)}   Participant: {_subject(r)}   MRN: <<MRN>>
Deviation tracking in {_L('OnCore')}: {_L(f'PD-{r.randint(1000, 9999)}')}
<<INS>>
| # | Identified | Category | Description | IRB reportable | CAPA |
|---|-----------|----------|-------------|----------------|------|
{chr(10).join(rows[: r.randint(3, 5)])}

Root cause: admission to ___ on ___ interrupted the visit schedule. Important deviations sent to the
IRB within {r.choice((5, 7, 10))} business days.
Date of occurrence (as written on paper CRF): <<DATE_REAL_YEAR>>
<<INS>>
Logged by: <<PERSON:sig>> (<<EMAIL>>), ext ___
Reviewed: PI <<PERSON:sig>>, MD  -  monitor (CRA) <<PERSON>>, remote review from <<IP_ADDRESS>>
<<INS>>"""


def _b_irb(r: Random) -> str:
    st = _study(r)
    return f"""--- pasted from eIRB portal ---
<<ORGANIZATION:hosp>> Institutional Review Board
<<STREET_ADDRESS>>
<<LOCATION>>, {r.choice(_STATE_AB)} <<ZIP>>
Phone <<PHONE>>   Fax <<FAX>>   <<URL>>
Registration {_L(f'IRB0000{r.randint(1000, 9999)}')}   {_L(f'FWA0000{r.randint(1000, 9999)}')}
<<INS>>
Date: ___
To: <<PERSON:sig>>, MD, Principal Investigator
Re: IRB protocol {_irbno(r)} - {_L(st['code'])} ({st['short']}) - Reportable New Information
Submission: {_L(f'RNI{_digits(r, 5)}')}

The IRB reviewed the report dated {_sdate(r)} about a participant (MRN <<MRN>>) who was hospitalized at
___ on ___. The convened IRB determined that the event is {r.choice(('not an unanticipated problem involving risks to participants or others', 'an unanticipated problem; the consent form must be revised'))}.
{r.choice(('No change to the protocol is required.', 'Enrolled participants must be re-consented with the revised ICF.', 'Enrollment of participants over 85 is paused pending DSMB review.'))}
Current approval: {' through '.join(_sdate_pair(r))}. Consent form {_version(r)} dated {_sdate(r)} is approved.
<<INS>>
This determination is documented per 45 CFR 46 and 21 CFR 56. Guidance: {_public_site(r)}.
Signed electronically: <<PERSON>>, {r.choice(('MD', 'PhD', 'JD'))}, Chair, IRB Panel {r.choice('ABCD')}
Questions: <<EMAIL>>
<<INS>>
-- end of pasted text; filed by ___ --"""


def _b_biobank(r: Random) -> str:
    rows = []
    for typ, vol in (("Plasma K2EDTA", "4 x 0.5 mL"), ("Serum", "2 x 1.0 mL"), ("PAXgene RNA", "2.5 mL"),
                     ("cfDNA (Streck)", "2 x 10 mL"), ("Buffy coat", "1 x 0.5 mL"), ("PBMC", "3 x 1e6 cells")):
        rows.append(f"<<ACCOUNT:spec>> | {typ:<14}| {vol:<12}| {_time(r)} | {_time(r)} | F-{r.randint(1, 24)}/R{r.randint(1, 8)}/B{r.randint(1, 40)}/{r.choice('ABCDEFGH')}{r.randint(1, 9)}")
    r.shuffle(rows)
    return f"""BIOREPOSITORY CHAIN-OF-CUSTODY RECORD
Study: {_L(_study(r)['code'])}   Participant: {_subject(r)}   Visit: {r.choice(('Baseline', 'Day 15', 'EOT', 'Progression'))}
Collected on ___ (shifted {_sdate(r)}) by ___; consent for banking: yes (ICF {_version(r)})
Requisition no. <<ACCOUNT:req>>    Lab accession <<ACCOUNT:acc>>
<<INS>>
Specimen ID | Type          | Aliquots    | Coll  | Frozen| Location (freezer/rack/box/pos)
{chr(10).join(rows[: r.randint(2, 4)])}
Venipuncture site dressed with {_L(r.choice(('Tegaderm', 'Coban')))}. {_L('PAXgene')} tube inverted 10x.
Tubes: {_L('Vacutainer')} lot {_lot(r)} exp {_expiry(r)}; {_L('Streck cfDNA BCT')} lot {_lot(r)} Exp: {_expiry(r)}

Custody transfers:
  1. Released by <<PERSON>> (research RN) at {_time(r)}; temp logger {_L(f'TL-{r.randint(1000, 9999)}')} -78.4 C
  2. Courier <<PERSON>>, vehicle plate <<VEHICLE_ID>>, picked up {_time(r)}; dry ice {r.randint(5, 12)} kg
  3. Received at <<ORGANIZATION:hosp>> Biorepository Core, <<STREET_ADDRESS>>, <<LOCATION>>, <<ZIP>>
<<INS>>
Deviation: none. Hemolysis index {r.randint(0, 2)}+. Storage -80 C. Shipment to the central lab via {_L('Cryoport')} dewar.
Entered in LIMS ({_software(r)}) by ___ from workstation <<IP_ADDRESS>>.
<<INS>>"""


def _b_ids(r: Random) -> str:
    st = _study(r, device=False)
    n = r.choice((28, 30, 56, 60))
    return f"""INVESTIGATIONAL DRUG SERVICE - DISPENSING RECORD
Protocol {_L(st['code'])}   Sponsor {_sp(st)}   IND {_L(str(r.randint(100000, 169999)))}
Drug: {_L(st['drug'])} ({st['inn']}) {r.choice(('100 mg tablets', '200 mg/10 mL vial', '50 mg capsules'))} or matching placebo - BLINDED
Participant: {_subject(r)}   Randomization no. {_rand_no(r)}   MRN <<MRN>>
Order no. <<ACCOUNT:order>>   Encounter <<ACCOUNT:enc>>
<<INS>>
Prescriber: <<PERSON:sig>>, MD   DEA <<LICENSE:dea>>   NPI <<LICENSE:npi>>
IxRS ({_L('Suvoda')}) dispensing transaction: kit {_kit(r)} assigned, confirmation {_L(f'TX-{_digits(r, 6)}')}
Kit {_kit(r)}  Lot {_lot(r)}  Expiry {_expiry(r)}  Storage 2-8 C
Quantity dispensed: {n}    Returned from last cycle: {r.randint(0, 6)} (compliance {r.randint(85, 100)}%)
Concomitant supply (commercial): {_ndc(r)} {_L('Zofran')} 4 mg ODT #{r.randint(6, 20)}
<<INS>>
Temperature log: no excursion; min/max {r.choice(('2.9/6.8', '3.4/7.1', '2.2/7.9'))} C (logger {_L(f'DL-{r.randint(100, 999)}')}).
Dispensed by: <<PERSON:sig>>, PharmD   RPh lic. <<LICENSE:rph>>   at {_time(r)}
Checked by: <<PERSON>>, CPhT
Accountability log updated in {_L('Veeva Vault')} ({_software(r)}).
<<INS>>"""


def _b_dsmb(r: Random) -> str:
    st = _study(r, device=False)
    return f"""EMERGENCY UNBLINDING NOTE
Participant: ___ (MRN <<MRN>>), Randomization no. {_rand_no(r)}, Study {_L(st['code'])}
Trigger: {r.choice(('DSMB recommendation letter (pasted below)', 'investigator request for acute management', 'DSMB safety review of hepatic events'))}
<<INS>>
Unblinding done in the IxRS ({_L('Suvoda')} {_software(r)}) by <<PERSON:sig>> at {_time(r)} on ___; confirmation {_L(f'UB-{_digits(r, 5)}')}.
Arm revealed to the treating team only: ___. Sponsor study team remains blinded.
Medical monitor notified: Dr. <<PERSON:last>> (tel <<PHONE>>, <<EMAIL>>).
Study drug {_L(st['drug'])} permanently discontinued; participant stays in follow-up.
<<INS>>
---- pasted DSMB letter ----
The Data and Safety Monitoring Board met on {_sdate(r)} and reviewed unblinded safety data through
{_sdate(r)}. The {_L("O'Brien-Fleming")} boundary (with {_L('Lan-DeMets')} spending) was not crossed for efficacy.
The Board recommends continuing the trial unchanged and unblinding of individual participants with
{r.choice(('grade 3 or higher hepatic events', 'major bleeding', 'ARIA-E with symptoms'))}. Next meeting: {_sdate(r)}.
DSMB chair: ___    Statistician: ___
---- end ----
<<INS>>
Documented by <<PERSON:sig>>, MD, pager <<PAGER>>.
<<INS>>"""


def _b_eligibility(r: Random) -> str:
    st = _study(r)
    lo = r.choice((18, 40, 50, 60, 65))
    return f"""ELIGIBILITY SCREENING CHECKLIST
Protocol {_L(st['code'])} - {st['short']} - {_L(st['sponsor'])}
Screening no. {_subject(r)}   MRN: <<MRN>>   DOB: <<DATE_REAL_YEAR:dob>>   Age at screening: <<AGE_OVER_89>>
<<INS>>
INCLUSION                                                         Y/N  Source
 1. Age >= {lo} years at consent                                   Y   ID / Epic
 2. Diagnosis of {st['dis']}                            Y   note ___
 3. {_scores(r)}                                                   Y   exam ___
 4. CrCl >= 30 mL/min ({_L('Cockcroft-Gault')})                     Y   labs ___
 5. Signed ICF {_version(r)} before any procedure                    Y   consent note
EXCLUSION
 1. Prior anti-PD-1 ({_L('Keytruda')}, {_L('Opdivo')}) within 4 weeks                  N
 2. Child-Pugh B or C                                              N
 3. Pregnancy / lactation                                          N/A
 4. Participation in another interventional trial within 30 days  N   e.g. {_nct(r)}
<<INS>>
Coverage analysis / insurance verification:
  Payer: ___   Member ID: <<HEALTH_PLAN>>   Group no. {_L(f'{_digits(r, 5)}-{_digits(r, 2)}')} (employer plan)
  Routine costs billed per Medicare {_L('NCD 310.1')}; study-specific costs to sponsor.
Referred by <<ORGANIZATION:prac>> (fax <<FAX>>)
<<INS>>
Eligibility confirmed by: <<PERSON:sig>>, MD (NPI <<LICENSE:npi>>)   Date: <<DATE_REAL_YEAR>>
Second review: <<PERSON>>, RN
<<INS>>"""


def _b_closeout(r: Random) -> str:
    st = _study(r)
    title = r.choice(("Mr.", "Ms.", "Mrs.", "Dr."))
    return f"""<<ORGANIZATION:hosp>>  |  Clinical Trials Office
<<STREET_ADDRESS>>
<<LOCATION>>, {r.choice(_STATE_AB)} <<ZIP>>
Tel <<PHONE>>   Fax <<FAX>>   <<URL>>

{_sdate(r)}

Dear {title} <<PERSON:last>>,

Re: End of your participation in {_L(st['title'])} ({_L(st['code'])})

Thank you for taking part in this study. Your last study visit was on ___, when you were in the
hospital. The study has now closed at our site (sponsor {_sp(st)}). A summary of the results will be
posted at {_L(r.choice(('www.clinicaltrials.gov', 'https://clinicaltrials.gov')))} under {_nct(r)} when it is available.
<<INS>>
Samples you agreed to store stay in the biorepository for up to {r.choice((10, 15, 25))} years. To withdraw them,
contact <<PERSON>> at <<PHONE>> or <<EMAIL>>. Your regular care continues with your doctors at
<<ORGANIZATION>>. For questions about your rights as a research participant, call the IRB at <<PHONE>>.
For emergencies call 911; for medication questions, {_hotline(r)}.
<<INS>>
Sincerely,

<<PERSON:sig>>, MD, PhD
Principal Investigator
cc: primary care physician ___; research record
<<INS>>
[scanned letter filed by ___]"""


def _b_dc(r: Random) -> str:
    st = _study(r)
    sex = r.choice(("F", "M"))
    return f"""Name:  ___                  Unit No:   <<MRN>>

Admission Date:  ___              Discharge Date:   ___

Date of Birth:  <<DATE_REAL_YEAR:dob>>             Sex:   {sex}

Service: {r.choice(('MEDICINE', 'CARDIOLOGY', 'NEUROLOGY', 'ONCOLOGY'))}

Allergies:
{r.choice(('Patient recorded as having No Known Allergies to Drugs', 'sulfa', 'penicillins', 'iodinated contrast'))}

Attending: <<PERSON:sig>>.

Chief Complaint:
{r.choice(('dyspnea', 'fall', 'fever', 'confusion', 'melena'))}

History of Present Illness:
<<AGE_OVER_89>> year old {'woman' if sex == 'F' else 'man'} with {st['dis']}, enrolled in {_L(st['code'])} ({_L(st['drug'])},
blinded) since ___, admitted with the above. {_scores(r)}.
<<INS>>
Brief Hospital Course:
Study team (<<PERSON>>, pager <<PAGER>>) notified on admission; SAE reported. Study drug held per
protocol. {r.choice(('Diuresed with IV furosemide.', 'Treated for pneumonia with ceftriaxone.', 'Transfused 1 unit PRBC.'))}
{_L('Foley')} removed day 2. {_L('Richmond Agitation-Sedation Scale')} 0 throughout.
<<INS>>
Medications on Admission:
{_conmeds(r)}; investigational product {_L(st['drug'])} (held).

Discharge Disposition:
{r.choice(('Home With Service', 'Extended Care', 'Home'))}
Facility: ___ ; services by <<ORGANIZATION:agency>>

Discharge Diagnosis:
{r.choice(('acute on chronic HFpEF', 'community-acquired pneumonia', 'mechanical fall', 'delirium'))}

Followup Instructions:
___
Research visit at <<ORGANIZATION:hosp>>, <<STREET_ADDRESS>>, with ___ on ___.
<<INS>>"""


def _b_recist(r: Random) -> str:
    lesions = []
    for n, site in enumerate(r.sample(("RUL mass", "LLL nodule", "Liver segment 7", "Right adrenal",
                                       "Subcarinal node", "Left hilar node", "Peritoneal implant"), 3), 1):
        base = r.randint(15, 60)
        now = max(8, base + r.randint(-20, 6))
        lesions.append(f"  T{n}  {site:<17} {now:>3} mm (baseline {base} mm)   series {r.randint(2, 5)} image {r.randint(20, 180)}")
    return f"""EXAMINATION:  CT CHEST, ABDOMEN AND PELVIS WITH IV CONTRAST (RESEARCH)
Study: {_L('AUR-ONC-118')}   Timepoint: {r.choice(('Week 6', 'Week 12', 'Week 24', 'EOT'))}   Subject {_subject(r)}
Accession: <<ACCOUNT:acc>>     MRN: <<MRN>>
<<INS>>
INDICATION:  ___ year old with metastatic NSCLC on trial; response assessment per {_L('RECIST 1.1')}.

TECHNIQUE:  Helical CT after {_L('Omnipaque 350')} {r.choice((80, 100))} mL IV. DLP {r.randint(500, 1200)} mGy-cm.
Protocol per imaging manual {_version(r)}.

COMPARISON:  Baseline {_sdate(r)}; prior timepoint ___.

FINDINGS:
Target lesions:
{chr(10).join(lesions)}
Non-target: {r.choice(('small left pleural effusion, stable', 'sclerotic T10 lesion, unchanged', 'none'))}. New lesions: {r.choice(('none', 'none', 'equivocal 4 mm RML nodule'))}.
<<INS>>
IMPRESSION:
{r.choice(('Partial response', 'Stable disease', 'Progressive disease'))} per {_L('RECIST 1.1')} relative to baseline.

Research read by: <<PERSON:sig>>, MD
Images pushed to imaging core lab from node <<IP_ADDRESS>> ({_software(r)}).
<<INS>>"""


def _b_aria(r: Random) -> str:
    st_c = "Helixar Bio"
    return f"""EXAMINATION:  MRI BRAIN WITHOUT CONTRAST - SAFETY MRI (RESEARCH, {_L('HLX-0417-202')})
Subject {_subject(r)}   Dose {r.randint(2, 18)} safety scan   Accession <<ACCOUNT:acc>>
<<INS>>
INDICATION:  <<AGE_OVER_89>> year old with {_L('Alzheimer')} disease on investigational anti-amyloid antibody
({_L('HLX-0417')}); new headache. Evaluate for ARIA.

TECHNIQUE:  3T; axial FLAIR, SWI, DWI, T2*; sequence set per study protocol {_version(r)}.

COMPARISON:  Baseline {_sdate(r)} and ___.

FINDINGS:
ARIA-E: {r.choice(('none', 'mild FLAIR hyperintensity in the right occipital sulcus, < 5 cm', 'moderate, left parietal, 5-10 cm'))}.
ARIA-H: {r.randint(0, 6)} new microhemorrhages; no superficial siderosis.
{_L('Fazekas')} grade {r.randint(1, 3)} white matter change. {_L('Scheltens')} MTA score {r.randint(1, 4)}.
No acute infarct. Ventricles proportionate to sulci.
<<INS>>
IMPRESSION:
{r.choice(('No ARIA.', 'Mild ARIA-E; radiographic severity mild.', 'ARIA-H, mild.'))} Not clinically equivalent to {_L('Lewy body')} disease.
Site PI and sponsor notified within 24 hours per protocol ({_L(st_c)}). Not previously treated with
commercial {_L(r.choice(('Leqembi', 'Kisunla')))}.
<<INS>>
Read by: <<PERSON:sig>>, MD (site neuroradiologist); central read pending.
Dictated {_time(r)}; {st_c} reader notified by ___ at <<PHONE>>.
<<INS>>"""


def _b_pet(r: Random) -> str:
    return f"""EXAMINATION:  PET/CT SKULL BASE TO THIGH (FDG) - RESEARCH
Protocol {_L('AUR-LYM-207')}   Subject {_subject(r)}   Accession: <<ACCOUNT:acc>>
<<INS>>
INDICATION:  ___ year old with relapsed DLBCL on bispecific antibody; interim response per {_L('Lugano')}.

TECHNIQUE:  {r.choice(('10.4', '11.2', '9.8'))} mCi F-18 FDG IV; uptake {r.randint(58, 72)} min; glucose {r.randint(80, 140)} mg/dL.
Low dose CT for attenuation correction.

COMPARISON:  Baseline PET {_sdate(r)}.

FINDINGS:
Mediastinal blood pool SUVmax {r.choice(('1.8', '2.1', '2.3'))}; liver SUVmax {r.choice(('2.6', '2.9', '3.1'))}.
Left cervical node SUVmax {r.choice(('2.2', '4.8', '9.6'))} (baseline {r.choice(('14.1', '18.7', '11.9'))}).
Spleen normal size. No new lesion. Marrow uptake diffuse, likely post-{_L('Neulasta')}.
<<INS>>
IMPRESSION:
{_L('Deauville')} score {r.randint(2, 5)}; {r.choice(('complete metabolic response', 'partial metabolic response', 'no metabolic response'))} per {_L('Lugano')} 2014 criteria.
Not consistent with {_L('Hodgkin')} pattern disease.

Research reader: <<PERSON:sig>>, MD   Nuclear medicine, <<ORGANIZATION:hosp>>
<<INS>>"""


def _b_bicr(r: Random) -> str:
    return f"""ADDENDUM - BLINDED INDEPENDENT CENTRAL REVIEW (BICR) RECONCILIATION
Original accession <<ACCOUNT:acc>>   Study {_L(r.choice(('AUR-ONC-118', 'AUR-LYM-207')))}   Subject {_subject(r)}
<<INS>>
The imaging core lab query {_L(f'IQ-{r.randint(1000, 9999)}')} reports a discordant response: site read
{r.choice(('PR', 'SD'))}, central read {r.choice(('PD', 'SD'))} (new lesion in {r.choice(('liver segment 4a', 'left adrenal', 'T12 vertebra'))}).
On re-review the finding measures {r.randint(5, 14)} mm, {r.randint(20, 120)} {_L('Hounsfield')} units.
<<INS>>
Addendum conclusion: {r.choice(('agree with central read', 'site read unchanged; sent for adjudication'))}.
Core lab reviewer: <<PERSON>>, contact <<EMAIL>>; transfer log shows upload from <<IP_ADDRESS>>.
Addendum by: <<PERSON:sig>>, MD on ___ at {_time(r)}.
<<INS>>
Original report text:
FINDINGS: as previously dictated on {_sdate(r)}. The case was measured by the site reader per
{_L('RECIST 1.1')}; target lesion sum {r.randint(40, 120)} mm. Lymph nodes measured in short axis. No
{_L('Cushing')} or {_L('Graves')} related findings of relevance (incidental adrenal and thyroid unchanged).
IMPRESSION: see addendum above.
<<INS>>"""


def _b_device(r: Random) -> str:
    gtin = f"(01)0{_digits(r, 13)}"
    y2 = r.randint(25, 29)
    code, dev, where = r.choice((
        ("PLD-LPM-01", "leadless pacemaker", "in the right ventricular apex"),
        ("PLD-ARC-02", "transcatheter aortic valve", "seated across the aortic annulus"),
        ("PLD-LAA-04", "left atrial appendage occluder", "in the left atrial appendage ostium")))
    return f"""EXAMINATION:  {r.choice(('CHEST (PA AND LAT)', 'FLUOROSCOPY, DEVICE CHECK', 'CT CHEST WITHOUT CONTRAST'))} - INVESTIGATIONAL DEVICE
Study: {_L(code)} (IDE {_L(f'G{r.randint(100000, 299999)}')})   Subject {_subject(r)}
Accession <<ACCOUNT:acc>>
<<INS>>
INDICATION:  ___ year old with investigational {dev}; assess position.
Device: {_L('Pellucid Devices')} model {_L(f'PX-{r.randint(100, 990)}')}, REF {_L(f'{r.randint(1000, 9999)}-{r.randint(10, 99)}')}, lot {_lot(r)}, SN <<DEVICE_ID>>
UDI: {_L(gtin)}(17){_L(f'{y2}{r.randint(1, 12):02d}{r.randint(1, 28):02d}')}(10){_lot(r)}(21)<<DEVICE_ID>>
Commercial comparator in the registry: {_L(r.choice(('Micra', 'Watchman', 'Evolut', 'Sapien 3')))}.

COMPARISON:  Post-implant film {_sdate(r)}.

FINDINGS:
The device is {where}, position unchanged.
No fracture or migration. {r.choice(('No pneumothorax.', 'Small bilateral effusions.', 'Mild interstitial edema.'))}
<<INS>>
IMPRESSION:
Investigational device in expected position. Device serial recorded on the study imaging CRF.
Read: <<PERSON:sig>>, MD; device tracking form faxed to <<FAX>>.
<<INS>>"""


def _b_cta(r: Random) -> str:
    return f"""EXAMINATION:  CTA CHEST, ABDOMEN, PELVIS - TAVR PLANNING (SCREENING FOR {_L('PLD-ARC-02')})
Screening no. {_subject(r)}   Accession: <<ACCOUNT:acc>>   MRN <<MRN>>
<<INS>>
INDICATION:  <<AGE_OVER_89>> y/o with severe aortic stenosis (AVA {r.choice(('0.6', '0.7', '0.8'))} cm2), {_L('New York Heart Association')} class {r.choice(('II', 'III'))}; trial eligibility.

TECHNIQUE:  ECG-gated CTA of the aortic root; {_L('Omnipaque 350')} {r.randint(60, 90)} mL. Reconstructions at 30-40% R-R.

FINDINGS:
Annulus: perimeter {r.randint(68, 88)} mm, area {r.randint(380, 590)} mm2, min/max {r.randint(20, 24)}/{r.randint(25, 30)} mm.
Coronary heights: LM {r.randint(9, 15)} mm, RCA {r.randint(12, 19)} mm. Sinus of Valsalva {r.randint(28, 36)} mm.
Aortic valve {_L('Agatston')} score {r.randint(1200, 4800)}. Iliofemoral minimal diameter R {r.choice(('5.8', '6.4', '7.1'))} / L {r.choice(('5.5', '6.0', '6.9'))} mm.
<<INS>>
IMPRESSION:
Anatomy {r.choice(('suitable', 'suitable', 'borderline'))} for the 26 mm investigational valve; transfemoral access feasible.
Screening measurements sent to the core lab. Commercial alternatives: {_L('Evolut')}, {_L('Sapien 3')}.
Read by: <<PERSON:sig>>, MD; heart team coordinator <<PERSON>> (<<PHONE>>).
<<INS>>"""


_KINDS: dict[str, tuple[str, Callable[[Random], str]]] = {
    "research_consent": ("discharge", _b_consent),
    "coordinator_visit": ("discharge", _b_visit),
    "sae_report": ("discharge", _b_sae),
    "protocol_deviation": ("discharge", _b_deviation),
    "irb_correspondence": ("discharge", _b_irb),
    "biobank_custody": ("discharge", _b_biobank),
    "ids_dispensing": ("discharge", _b_ids),
    "dsmb_unblinding": ("discharge", _b_dsmb),
    "eligibility_checklist": ("discharge", _b_eligibility),
    "closeout_letter": ("discharge", _b_closeout),
    "trial_discharge_summary": ("discharge", _b_dc),
    "recist_ct": ("radiology", _b_recist),
    "aria_mri": ("radiology", _b_aria),
    "lugano_petct": ("radiology", _b_pet),
    "bicr_addendum": ("radiology", _b_bicr),
    "device_imaging": ("radiology", _b_device),
    "screening_cta": ("radiology", _b_cta),
}
DOCUMENT_KINDS: tuple[str, ...] = tuple(_KINDS)
_DS_KINDS = tuple(k for k, v in _KINDS.items() if v[0] == "discharge")
_RR_KINDS = tuple(k for k, v in _KINDS.items() if v[0] == "radiology")

# --------------------------------------------------------------------------------------------------
# Fallback snippets: a category in a shape the document template did not offer (prose, label:value,
# | tables, aligned columns, pasted system text, addenda, typos, odd line breaks).
# --------------------------------------------------------------------------------------------------


def _snips(cat: str, r: Random) -> str:
    s = {
        "PHONE": (
            "Study hotline (24/7): <<PHONE>>\n",
            "Spoke with daughter by phone at\n<<PHONE>>; she agrees with plan.\n",
            "| Research nurse line | <<PHONE>> | weekdays |\n",
            "Ph:<<PHONE>> (cell, ok to leave msg)\n",
            "Addendum: sponsor medical monitor reachable at <<PHONE>> for dosing questions.\n",
            "Call-back number confirmed w/ participant .. <<PHONE>>\n",
            "Phoen: <<PHONE>>\n",
        ),
        "FAX": (
            "Fax to: <<FAX>> (Attn: regulatory)\n",
            "Signed CRF pages faxed to <<FAX>> at " + _time(r) + ", confirmation received.\n",
            "F: <<FAX>>\n",
            "| Safety desk fax | <<FAX>> |\n",
            "fax#<<FAX>>  (no PHI in cover sheet)\n",
            "eFax routed to\n<<FAX>> per SOP.\n",
        ),
        "PAGER": (
            "Covering coordinator pgr <<PAGER>>\n",
            "Page the research fellow, beeper <<PAGER>>, with any infusion reaction.\n",
            "Contact: pager <<PAGER>>\n",
            "| On-call PI pager | <<PAGER>> |\n",
            "pls page <<PAGER>> if labs critical\n",
            "Pgaer: <<PAGER>>\n",
        ),
        "EMAIL": (
            "Email: <<EMAIL>>\n",
            "Copy of the signed ICF sent securely to <<EMAIL>> (encrypted).\n",
            "[EDC message] from <<EMAIL>> - query answered, please close.\n",
            "| Monitor | <<EMAIL>> |\n",
            "e-mail:<<EMAIL>>\n",
            "Forwarded to\n<<EMAIL>> for PI sign-off.\n",
        ),
        "URL": (
            "e-consent link sent: <<URL>>\n",
            "Participant portal: <<URL>>\n",
            "See site SOP at <<URL>> (intranet).\n",
            "Survey completed via <<URL>> at " + _time(r) + ".\n",
            "| Study webpage | <<URL>> |\n",
        ),
        "IP_ADDRESS": (
            "Audit trail: record opened from <<IP_ADDRESS>> at " + _time(r) + " (user ___).\n",
            "Remote SDV session from host <<IP_ADDRESS>>:8443 approved by IT.\n",
            "EDC login <<IP_ADDRESS>> / " + _software(r) + "\n",
            "| Workstation IP | <<IP_ADDRESS>> |\n",
            "[sys] sync ok src=<<IP_ADDRESS>> dst=core-lab\n",
        ),
        "SSN": (
            "Payment form (W-9): SSN <<SSN>>\n",
            "Stipend > $600/yr requires SS# <<SSN>> on file for 1099.\n",
            "| SSN | <<SSN>> |\n",
            "social security no. <<SSN>> verified for reimbursement\n",
            "SNN: <<SSN>>\n",
        ),
        "MRN": (
            "Med Rec #: <<MRN>>\n",
            "MRN <<MRN>> linked to study record in the CTMS.\n",
            "| MRN | <<MRN>> |\n",
            "Hosp. no.<<MRN>>\n",
            "Unit No:   <<MRN>>\n",
            "Chart (MR#) <<MRN>> flagged as research participant.\n",
        ),
        "ACCOUNT": (
            "Research billing account: Acct <<ACCOUNT:har>>\n",
            "Specimen <<ACCOUNT:spec>> received intact.\n",
            "| Requisition | <<ACCOUNT:req>> |\n",
            "Order #<<ACCOUNT:order>> released to the research pharmacy.\n",
            "Encounter (CSN) <<ACCOUNT:enc>>\n",
            "Claim no. <<ACCOUNT:claim>> flagged for coverage analysis (routine vs research).\n",
            "Accession:<<ACCOUNT:acc>>\n",
            "EMS incident # <<ACCOUNT:run>>\n",
        ),
        "HEALTH_PLAN": (
            "Insurance: member ID <<HEALTH_PLAN>>, group " + _L(f"{_digits(r, 6)}") + "\n",
            "Subscriber no. <<HEALTH_PLAN>> (spouse is subscriber)\n",
            "| Policy # | <<HEALTH_PLAN>> |\n",
            "Medicare MBI <<HEALTH_PLAN:mbi>> - qualifying trial per NCD 310.1\n",
            "Prior auth requested under member id\n<<HEALTH_PLAN>>.\n",
        ),
        "LICENSE": (
            "Investigator NPI: <<LICENSE:npi>> (listed on FDA Form 1572)\n",
            "Ordering provider DEA# <<LICENSE:dea>>\n",
            "| State license | <<LICENSE:state>> |\n",
            "RN license no. <<LICENSE:rn>>\n",
            "Transport by paramedic, cert <<LICENSE:ems>>\n",
            "LAR photo ID: driver's lic <<LICENSE:dl>>\n",
            "Med. lic.#<<LICENSE:state>>\n",
        ),
        "ZIP": (
            "Participant zip code: <<ZIP>> (for travel reimbursement)\n",
            "| ZIP | <<ZIP>> |\n",
            "Mailing: ___, ___ <<ZIP>>\n",
            "Courier pickup zone <<ZIP>>\n",
        ),
        "STREET_ADDRESS": (
            "Home address on file: <<STREET_ADDRESS>>\n",
            "Ship returns to <<STREET_ADDRESS>> (research pharmacy dock).\n",
            "| Address | <<STREET_ADDRESS>> |\n",
            "Home visit done at\n<<STREET_ADDRESS>>, ___.\n",
        ),
        "DATE_REAL_YEAR": (
            "Original consent date (handwritten): <<DATE_REAL_YEAR>>\n",
            "Per paper source, first dose was given <<DATE_REAL_YEAR>>.\n",
            "| Signed | <<DATE_REAL_YEAR>> |\n",
            "Date of death: <<DATE_REAL_YEAR>> (reported by family)\n",
            "dob <<DATE_REAL_YEAR:dob>>\n",
            "Addendum <<DATE_REAL_YEAR>>: randomization confirmed.\n",
        ),
        "AGE_OVER_89": (
            "Oldest enrolled participant at site (age <<AGE_OVER_89>>).\n",
            "Pt is <<AGE_OVER_89>> yo; geriatric consult for falls.\n",
            "| Age | <<AGE_OVER_89>> |\n",
            "Aged <<AGE_OVER_89>>, lives alone.\n",
            "(<<AGE_OVER_89>> y.o.)\n",
        ),
        "DEVICE_ID": (
            "Investigational device serial no. <<DEVICE_ID>>\n",
            "| S/N | <<DEVICE_ID>> |\n",
            "Interrogated; SN <<DEVICE_ID>>, battery " + str(r.randint(80, 99)) + "%.\n",
            "Programmer log: device <<DEVICE_ID>> paired.\n",
            "Implant record UDI " + _L(f"(01)0{_digits(r, 13)}") + "(17)" + _L(f"{r.randint(25, 29)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}")
            + "(10)" + _lot(r) + "(21)<<DEVICE_ID>>\n",
            "| Device | " + _L("Pellucid Devices") + " | serial <<DEVICE_ID>> | REF " + _L(f"{r.randint(1000, 9999)}-{r.randint(10, 99)}") + " |\n",
        ),
        "VEHICLE_ID": (
            "Parking voucher issued, plate <<VEHICLE_ID>>.\n",
            "Courier vehicle lic. plate <<VEHICLE_ID>>\n",
            "Rideshare (" + _L("Uber Health") + ") to visit: car plate no. <<VEHICLE_ID>>\n",
            "| Vehicle VIN | <<VEHICLE_ID:vin>> |\n",
            "Loaner car for participant (VIN <<VEHICLE_ID:vin>>) returned.\n",
        ),
        "PERSON": (
            "Spoke with <<PERSON>> (sister) who confirms the participant's wishes.\n",
            "Monitor: <<PERSON>>\n",
            "| Witness | <<PERSON>> |\n",
            "cc: <<PERSON:sig>>, MD\n",
            "Addendum (late entry) - <<PERSON>> reviewed the source documents.\n",
            "Per Dr. <<PERSON:last>>, hold study drug.\n",
        ),
        "LOCATION": (
            "Participant lives in <<LOCATION>>; travel reimbursed.\n",
            "Transferred from a facility in <<LOCATION>>.\n",
            "| Town | <<LOCATION>> |\n",
            "Home: <<LOCATION>>\n",
        ),
        "ORGANIZATION": (
            "Outside records from <<ORGANIZATION:hosp>> reviewed for eligibility.\n",
            "Participant works at <<ORGANIZATION:emp>> (night shift).\n",
            "| PCP practice | <<ORGANIZATION:prac>> |\n",
            "Home services: <<ORGANIZATION:agency>>\n",
            "Granddaughter attends <<ORGANIZATION:school>> and drives her to visits.\n",
            "Retired from <<ORGANIZATION:emp>>.\n",
        ),
    }[cat]
    return r.choice(s)


_HYS = "Hy's law"


def _x_ds(r: Random, k: int) -> str:
    """Optional discharge-type section ``k`` (research context)."""
    if k == 0:
        rows = "\n".join(f"{a:<10}{r.choice(b)}" for a, b in r.sample((
            ("WBC", ("4.1", "7.8", "11.2", "2.3")), ("Hgb", ("9.1", "11.4", "13.0")), ("Plt", ("88", "142", "260")),
            ("Creat", ("0.9", "1.4", "2.1")), ("ALT", ("22", "64", "143")), ("AST", ("19", "51", "118")),
            ("T bili", ("0.4", "1.1", "2.6")), ("NT-proBNP", ("812", "2410", "5630")), ("INR", ("1.0", "1.3"))), 5))
        return f"Local labs ({_sdate(r)}), not entered as central values:\n{rows}\nNo {_L(_HYS)} case (ALT > 3x ULN with bili > 2x ULN not met).\n"
    if k == 1:
        return (f"ECG (triplicate, 5 min apart): HR {r.randint(58, 96)}, PR {r.randint(140, 210)} ms, QRS {r.randint(80, 120)} ms,\n"
                f"QTcF {r.randint(405, 470)} ms by {_L('Fridericia')} (machine {_L('Bazett')} {r.randint(420, 490)} ms). Read by ___.\n")
    if k == 2:
        return (f"Regulatory binder check: FDA Form 1572 {_version(r)} current; delegation log signed by ___ on ___;\n"
                f"GCP training certificates current (expiring ___); CVs and licences on file; IB edition {r.randint(5, 14)}\n"
                f"acknowledged. Financial disclosure forms complete.\n")
    if k == 3:
        return (f"Monitoring visit follow-up ({_L('Quintara Clinical')} CRA ___): SDV {r.randint(60, 100)}% of CRFs, "
                f"{r.randint(0, 9)} open queries,\n{r.randint(0, 3)} action items (missing ECG tracing C2D1; temperature log gap ___).\n")
    if k == 4:
        return ("Communication log\n"
                "| Date | Contact | Method | Summary |\n"
                f"| {_sdate(r)} | ___ (LAR) | phone ___ | visit rescheduled after admission |\n"
                f"| {_sdate(r)} | <<PERSON>> (sponsor CTM) | email | SAE acknowledgement received |\n"
                f"| ___ | ___ | portal | eConsent copy downloaded |\n")
    if k == 5:
        return (f"Participant reimbursement: mileage {r.randint(12, 140)} mi x $0.67; parking validated; {_L('ClinCard')} "
                f"load ${r.choice((50, 75, 100, 150))}.\nMailing address on file: <<STREET_ADDRESS>>, <<LOCATION>> <<ZIP>>.\n")
    if k == 6:
        return (f"Medication reconciliation with study drug: {_conmeds(r)}. No strong CYP3A inhibitors or\n"
                f"inducers. {_L('Tylenol')} up to 2 g/day allowed per protocol section {r.randint(5, 9)}.{r.randint(1, 6)}.\n")
    if k == 7:
        return (f"Social history: lives with ___ in <<LOCATION>>; {r.choice(('retired', 'works part time', 'on disability'))}"
                f" (formerly at <<ORGANIZATION:emp>>). Former smoker, {r.randint(5, 40)} pack-years. Drives to visits"
                f"; relies on ___ for rides.\n")
    if k == 8:
        return (f"Plan: continue per protocol; next visits {_sdate(r)} (safety labs) and {_sdate(r)} (imaging).\n"
                f"Study drug to resume when {r.choice(('creatinine back to baseline', 'afebrile 48 h', 'Hgb stable'))}, per PI.\n"
                f"Participant and ___ verbalized understanding. Wallet card reviewed.\n")
    if k == 9:
        return ("Specimen shipping manifest\n"
                f"Box {(bx := r.randint(1, 4))} of {bx + r.randint(0, 3)} | dry ice | IATA UN1845 | requisitions <<ACCOUNT:req>>, ___\n"
                f"Airbill on file; data logger {_L(f'DL-{r.randint(100, 999)}')}; shipped {_time(r)} Mon-Wed only per lab manual.\n")
    if k == 10:
        return (f"AE log (this admission)\n"
                f"AE                     Onset        Grade  Serious  Related\n"
                f"{r.choice(('Dyspnea', 'Fall', 'Anemia', 'Hyponatremia')):<23}{_pad(_sdate(r), 13)}{r.randint(1, 3):<7}{r.choice(('Y', 'N')):<9}{r.choice(('N', 'Possible'))}\n"
                f"{r.choice(('Constipation', 'Insomnia', 'Hypokalemia')):<23}{_pad(_sdate(r), 13)}1      N        N\n")
    return (f"Capacity and comprehension: {_L('Mini-Mental State Examination')} {r.randint(20, 30)}/30; "
            f"{_L('Montreal Cognitive Assessment')} not repeated.\nLAR remains ___; contact via ___.\n")


def _x_rr(r: Random, k: int) -> str:
    """Optional radiology-type section ``k``."""
    if k == 8:
        return ("Other findings:\n"
                f"Lungs: {r.choice(('mild dependent atelectasis', 'clear', 'scattered ground-glass opacities, likely inflammatory'))}."
                f" Pleura: {r.choice(('no effusion', 'trace right effusion'))}.\n"
                f"Heart: {r.choice(('normal size', 'mildly enlarged'))}; {r.choice(('no pericardial effusion', 'coronary calcification'))}.\n"
                f"Liver: {r.choice(('no focal lesion', 'subcentimeter hypodensities too small to characterize'))}. "
                f"Gallbladder: {r.choice(('unremarkable', 'cholelithiasis'))}. Pancreas and spleen: unremarkable.\n"
                f"Kidneys: {r.choice(('no hydronephrosis', 'bilateral simple cysts'))}. Bowel: no obstruction.\n"
                f"Bones: {r.choice(('degenerative change', 'no suspicious lesion', 'old healed rib fractures'))}.\n")
    if k == 9:
        return (f"Protocol compliance: scan on study day {r.randint(40, 400)} (window +/-{r.choice((3, 7, 14))} d); slice "
                f"thickness {r.choice(('1.0', '1.25', '2.5'))} mm; same scanner as baseline: {r.choice(('yes', 'no - see note'))}.\n"
                f"Reader blinded to treatment assignment. Prior reports reviewed: ___ and outside study ___.\n")
    if k == 10:
        return ("Clinical trial context: the interpretation above is for clinical care; trial assessments are\n"
                "performed by the central reader per the imaging charter. Questions: research imaging\n"
                "coordinator <<PERSON>>, <<PHONE>>, <<EMAIL>>.\n")
    if k == 0:
        return (f"Incidental: {r.randint(3, 7)} mm RML nodule (follow {_L('Fleischner Society')} guidance); "
                f"{_L('Bosniak')} {r.choice(('I', 'II'))} left renal cyst.\n")
    if k == 1:
        return (f"Dose report: CTDIvol {r.choice(('8.2', '11.6', '14.9'))} mGy; scanner {_L(r.choice(('SOMATOM Force', 'Aquilion ONE', 'Revolution CT')))};"
                f" {_software(r)}.\n")
    if k == 2:
        return (f"QC: acquisition per imaging charter {_version(r)}; phantom scan {_sdate(r)} within tolerance; "
                f"de-identified copy sent with study id only.\n")
    if k == 3:
        return f"Communication: findings discussed with Dr. ___ (pager <<PAGER>>) at {_time(r)} by ___.\n"
    if k == 4:
        return (f"Contrast screening: eGFR {r.randint(31, 88)}; premedicated with {_L('Solu-Medrol')} and {_L('Benadryl')}"
                f" for prior reaction; no gadolinium ({_L(r.choice(('Gadavist', 'Dotarem')))}) given.\n")
    if k == 5:
        return (f"Technologist ___; scanner {_L(r.choice(('Signa Premier', 'Biograph Vision', 'Revolution CT')))}; "
                f"{r.randint(4, 12)} series archived to the research PACS.\n")
    if k == 6:
        return ("Outside comparison from <<ORGANIZATION:hosp>> dated ___ imported from CD (outside accession "
                "<<ACCOUNT:acc>>).\n")
    return (f"Research billing: research-only scan charged to study account <<ACCOUNT:har>>; not billed to "
            f"insurance. Coverage analysis per {_L('NCD 310.1')}.\n")


_FILLER = (
    lambda r: f"GCP: source documents kept per ICH E6(R2); retention {r.randint(2, 25)} years after study close.\n",
    lambda r: f"Scales and eponyms in this record follow the study glossary ({_epo(r)}; {_epo(r)}).\n",
    lambda r: f"Participant's {_L(f'{_u90(r)}-year-old')} spouse attends visits. Residence state: {_L(r.choice(_STATES))}.\n",
    lambda r: f"Drug supply shipped from the sponsor depot in {_L(r.choice(_COUNTRIES))}; lot {_lot(r)}.\n",
    lambda r: f"Adverse events graded per CTCAE v5.0. Scale review: {_scores(r)}.\n",
    lambda r: f"Reminder: report suspected adverse reactions to {_hotline(r)}; registry at {_public_site(r)}.\n",
)

# --------------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------------

_TOK = re.compile(r"<<([A-Z_0-9]+)(?::(\w+))?>>|\[\[(.+?)\]\]")
# Category mix: a Weyl sequence indexes this list, so counts are stable.
_WEIGHTS = (
    ("PERSON", 3), ("DATE_REAL_YEAR", 3), ("ORGANIZATION", 2), ("PHONE", 2), ("MRN", 2), ("ACCOUNT", 2),
    ("LICENSE", 2), ("LOCATION", 2), ("FAX", 1), ("PAGER", 1), ("EMAIL", 1), ("URL", 1), ("IP_ADDRESS", 1),
    ("SSN", 1), ("HEALTH_PLAN", 1), ("ZIP", 1), ("STREET_ADDRESS", 1), ("AGE_OVER_89", 1), ("DEVICE_ID", 1),
    ("VEHICLE_ID", 1),
)
_CAT_SEQ: tuple[str, ...] = tuple(c for c, w in _WEIGHTS for _ in range(w))
_SQRT2M1 = math.sqrt(2.0) - 1.0
_GOLD = (math.sqrt(5.0) - 1.0) / 2.0
_PLASTIC1 = 0.7548776662466927
_PLASTIC2 = 0.5698402909980532


def _frac(x: float) -> float:
    return x - math.floor(x)


def _is_heavy(i: int) -> bool:
    return i % 20 == 13


def _is_planted(seed: int, i: int) -> bool:
    if _is_heavy(i):
        return False
    j = i - i // 20 - (1 if i % 20 > 13 else 0)
    return _frac(j * _GOLD + seed * 0.1414213562373095) < 0.6105


def document_kind(seed: int, i: int) -> str:
    radiology = _frac(i * _PLASTIC1 + seed * 0.2718281828459045) < 0.45
    pool = _RR_KINDS if radiology else _DS_KINDS
    return pool[int(_frac(i * _PLASTIC2 + seed * 0.3183098861837907) * len(pool))]


def _categories(seed: int, i: int, k: int) -> list[str]:
    n = len(_CAT_SEQ)
    return [_CAT_SEQ[int(_frac((4 * i + m) * _SQRT2M1 + seed * 0.5772156649015329) * n)] for m in range(k)]


def _parse(template: str) -> list[list]:
    toks: list[list] = []
    pos = 0
    for m in _TOK.finditer(template):
        if m.start() > pos:
            toks.append(["t", template[pos:m.start()]])
        if m.group(3) is not None:
            toks.append(["l", m.group(3)])
        elif m.group(1) == "INS":
            toks.append(["i"])
        else:
            toks.append(["s", m.group(1), m.group(2), None])
        pos = m.end()
    if pos < len(template):
        toks.append(["t", template[pos:]])
    return toks


def _render(toks: list[list]) -> tuple[str, list[tuple[int, int, str]], list[str]]:
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    looks: list[str] = []
    n = 0
    for t in toks:
        if t[0] == "t":
            s = t[1]
        elif t[0] == "l":
            s = t[1]
            if s not in looks:
                looks.append(s)
        elif t[0] == "s":
            s = t[3] if t[3] is not None else "___"
            if t[3] is not None:
                spans.append((n, n + len(s), t[1]))
        else:
            s = ""
        parts.append(s)
        n += len(s)
    return "".join(parts), spans, looks


def _heavy_block(note_type: str) -> str:
    if note_type == "discharge":
        return ("Name:  ___                  Unit No:   ___\n\nAdmission Date:  ___              Discharge Date:   ___\n\n"
                "Date of Birth:  ___             Sex:   ___\n\nAttending: ___.\n"
                "Study contacts: PI ___ (tel ___, pager ___); coordinator ___ (tel ___, fax ___, email ___)\n"
                "Sponsor safety desk: ___ / fax ___   LAR: ___ (___) tel ___\n"
                "Referred by ___ at ___, ___ ___; insurer ___ member ___\n")
    return ("___ ___ ___ (research imaging) - requested by ___ for ___\n"
            "Patient ___ / ___ year old ___ / MRN ___ / accession ___ / ordering ___ (pager ___)\n"
            "Core lab ___ contact ___ tel ___ fax ___ email ___; site ___, ___ ___\n"
            "Prior outside imaging at ___ on ___ and ___; report to ___ (___)\n")


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    r = Random(f"holdout43:{seed}:{i}")
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    toks = _parse(builder(r))
    extra, n_extra = (_x_rr, 11) if note_type == "radiology" else (_x_ds, 12)
    how_many = r.choice((1, 2, 2, 3, 3, 4) if note_type == "discharge" else (1, 2, 2, 3, 4))
    for k in r.sample(range(n_extra), how_many):
        ins = [j for j, t in enumerate(toks) if t[0] == "i"]
        j = r.choice(ins)
        toks = toks[:j] + _parse(extra(r, k)) + toks[j:]
    heavy = _is_heavy(i)
    if heavy:
        toks = _parse(_heavy_block(note_type)) + toks
    elif _is_planted(seed, i):
        k = r.choice((1, 1, 2, 2, 2, 3, 3, 4))
        for cat in _categories(seed, i, k):
            free = [j for j, t in enumerate(toks) if t[0] == "s" and t[1] == cat and t[3] is None]
            if free and r.random() < 0.8:
                j = r.choice(free)
                toks[j][3] = _gen(cat, toks[j][2], r)
                continue
            stoks = _parse(_snips(cat, r))
            for t in stoks:
                if t[0] == "s" and t[1] == cat:
                    t[3] = _gen(cat, t[2], r)
                    break
            ins = [j for j, t in enumerate(toks) if t[0] == "i"]
            if ins:
                j = r.choice(ins)
                toks = toks[:j] + stoks + toks[j + 1:]
            else:
                toks = toks + [["t", "\n"]] + stoks
    text, spans, looks = _render(toks)
    fillers = list(_FILLER)
    r.shuffle(fillers)
    while len(text) < 1150 and fillers:
        toks = toks + _parse(fillers.pop()(r))
        text, spans, looks = _render(toks)
    if heavy:
        while text.count("___") < 25:
            toks = toks + [["t", "Addendum: ___ discussed with ___ on ___.\n"]]
            text, spans, looks = _render(toks)
    return LabelledNote(note_type=note_type, text=text, spans=spans), looks, ("heavy" if heavy else "normal")


def holdout43_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout43_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout43_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout43_corpus, argv, "Held-out corpus 43 (clinical research and trials around an admission)")
    holdout_measure.report("holdout43", args, notes, hits, res)


if __name__ == "__main__":
    main(sys.argv[1:])
