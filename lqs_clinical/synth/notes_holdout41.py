"""Held-out corpus 41: hospital revenue cycle, utilization review and health-information management
around an admission.

MIMIC-IV-Note-shaped notes (most identifiers already ``___``; unmasked dates shifted into
2100-2200) written around the paperwork that follows an admission: payers, reviewers, coders, HIM
clerks and financial counsellors pasting their text into the chart. About 57-59% of the notes carry
1-4 identifiers that escaped masking; exactly 5% are "heavy" (many ``___``, nothing planted).

Document kinds (discharge-type):
- ``prior_auth`` - inpatient notification / prior-authorization request and approval;
- ``ur_review`` - utilization-review note against InterQual/MCG-style criteria;
- ``denial_letter`` - payer denial letter pasted into the chart;
- ``appeal_letter`` - first- or second-level appeal written by the hospital or physician;
- ``peer_to_peer`` - peer-to-peer review note (attending vs. payer medical director);
- ``cm_discharge_plan`` - case-management discharge planning with payer liaison;
- ``roi_log`` - HIM release-of-information request and disclosure log;
- ``coding_query`` - CDI / coding query and provider response;
- ``financial_counsel`` - financial counselling, charity-care and Medicaid screening note;
- ``eob_claim`` - EOB, remittance and 837/835 claim excerpts pasted into the chart;
- ``workers_comp`` - workers' compensation correspondence;
- ``pip_auto`` - auto-insurance (PIP / med-pay) correspondence after a motor-vehicle collision.

Document kinds (radiology-type):
- ``imaging_prior_auth`` - advanced-imaging prior-auth request with report;
- ``rad_coding_addendum`` - radiology addendum written for billing/coding;
- ``outside_import`` - outside-imaging import / reconciliation log;
- ``telerad_read`` - teleradiology preliminary/final read with billing header;
- ``imaging_appropriateness`` - appropriate-use (AUC/CDS) consultation record and report;
- ``implant_mri_screen`` - implanted-device MRI screening and billing record;
- ``rad_charge_report`` - ordinary report with a charge-capture footer.

Labelling conventions (label policy):
PERSON is one span per name (given and family together, titles outside); LOCATION is a place below
state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries
are never labelled); ORGANIZATION is a named hospital, practice, agency, school or employer, never a
generic department. DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year is not
labelled; a device, drug or lot expiry date is not labelled; a death date is). AGE_OVER_89 labels the
digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial); lot, GTIN,
REF, model and expiry are not identifiers. ACCOUNT covers account, encounter, incident/run,
accession, order, requisition, claim and specimen numbers; HEALTH_PLAN member, subscriber, policy and
group ids; LICENSE medical, nursing, EMS, DEA and driver's licences. Spans hold the value only: cue
words ("Dr.", "MRN:", "pager", "Fax", "SN", "plate", "Acct") and credentials ("MD", "RN") stay outside.

Decisions specific to this corpus:
- A prior-authorization / certification / reference number issued for the stay is an ACCOUNT
  (it is filed as the account reference of the encounter), as are ICNs/DCNs, workers'-comp and
  auto (PIP) claim numbers.
- Auto-insurance and workers'-comp policy numbers are HEALTH_PLAN (policy ids), as are Medicare MBIs
  and Medicaid ids.
- NPIs are written masked ("NPI ___"). The author first left them unmasked and unlabelled; the project's
  label policy counts a clinician's NPI as LICENSE, so session 14 masked them (as MIMIC's de-identification
  would) rather than leave 200 policy-correct hits scored as false. The random draws are unchanged, so
  every other value and span is as written blind.
- A TIN/EIN, a payer id, a CLIA number and a taxonomy code are public directory numbers of a
  provider or payer: never labelled (look-alikes). So are CPT/HCPCS/ICD-10/DRG/revenue/CARC/RARC
  codes, NDCs, lots, REF/model numbers, GTINs and dollar amounts.
- Named private payers, TPAs, carriers, law firms, employers, hospitals, imaging groups and nursing
  facilities are ORGANIZATION. National public programmes (Medicare, Medicaid, TRICARE), claim form
  names (UB-04, CMS-1500), criteria products (InterQual, MCG), software, drug and device brands and
  device manufacturers named as brands are look-alikes.
- Public hotlines (1-800-MEDICARE, HHS/SSA numbers, TTY 711) and public bodies' websites are
  look-alikes; a portal link or e-mail specific to the patient or a named person is labelled.

Written blind: the author read only this brief's allowed files - lqs_clinical/synth/holdout_measure.py,
the first 45 lines of lqs_clinical/synth/notes.py (CATEGORIES, LabelledNote), pyproject.toml,
/work/shared/reference/*.md, /work/shared/data/SOURCES.md and the synthetic note-shaped samples under
/work/shared/data/note-shaped-samples/. No detector code, rule file, other corpus, test, benchmark or
history was read, and the detector was never run on this corpus while writing it.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Look-alike vocabularies (never labelled)
# --------------------------------------------------------------------------------------------------

_EP_DX = (
    "Parkinson disease", "Alzheimer dementia", "Crohn disease", "Barrett esophagus", "Guillain-Barre syndrome",
    "Cushing syndrome", "Baker cyst", "Schatzki ring", "Bankart lesion", "Hill-Sachs lesion",
    "Modic type 1 endplate changes", "Schmorl node", "Lisfranc injury", "Colles fracture", "Chiari I malformation",
    "Hashimoto thyroiditis", "Raynaud phenomenon", "Bell palsy",
)
_EP_SCORE = (
    "Braden score", "Morse Fall Scale", "Charlson Comorbidity Index", "Wells score", "CURB-65",
    "Child-Pugh class B", "NYHA class III", "Killip class II", "LACE index",
)
_EP_PROC = (
    "Foley catheter", "Swan-Ganz catheter", "Hickman line", "Whipple procedure", "Nissen fundoplication",
    "Roux-en-Y gastric bypass", "Hartmann procedure", "Seldinger technique",
)
_DRUGS = (
    "Eliquis", "Xarelto", "Lovenox", "Entresto", "Jardiance", "Ozempic", "Humira", "Keytruda", "Zosyn",
    "Keppra", "Lasix", "Prolia", "Remicade",
)
_CONTRAST = ("Omnipaque 350", "Isovue-370", "Gadavist", "Dotarem", "MultiHance")
_DEVICES = (
    "Impella CP", "LifeVest", "Watchman FLX", "Dexcom G7", "Omnipod 5", "Permobil M3", "ResMed AirSense 11",
    "Wound VAC", "Medtronic Azure", "Boston Scientific", "Stryker",
)
_SOFTWARE = (
    "InterQual", "MCG", "Milliman Care Guidelines", "Epic", "Cerner", "PowerScribe 360", "Visage 7", "Sectra",
    "3M 360 Encompass", "Availity", "NaviNet", "Nuance PowerShare",
)
EPONYMS_AND_BRANDS = _EP_DX + _EP_SCORE + _EP_PROC + _DRUGS + _CONTRAST + _DEVICES + _SOFTWARE

_HOTLINES = ("1-800-MEDICARE", "1-800-633-4227", "1-800-368-1019", "1-800-772-1213", "TTY 711")
_PUBLIC_WEB = ("www.medicare.gov", "www.cms.gov", "https://www.hhs.gov/ocr", "www.healthcare.gov", "www.ssa.gov")
_DEPTS = (
    "Patient Financial Services", "Health Information Management", "Utilization Review", "Case Management",
    "Central Billing Office", "Revenue Integrity", "Clinical Documentation Integrity", "Radiology Billing",
    "Patient Access", "Denials Management",
)
_STATES = ("MA", "NH", "RI", "CT", "ME", "VT", "NY", "Massachusetts", "Rhode Island", "Connecticut", "New Hampshire",
           "Ohio", "Vermont")
_COUNTRIES = ("Canada", "Portugal", "Dominican Republic", "Vietnam", "Haiti", "Brazil", "Ireland")
_PROGRAMS = ("Medicare", "Medicaid", "TRICARE", "UB-04", "CMS-1500", "Two-Midnight Rule", "MOON notice",
             "Important Message from Medicare")

# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious)
# --------------------------------------------------------------------------------------------------

_GIVEN = (
    "Margaret", "Tobias", "Ines", "Rafael", "Yolanda", "Desmond", "Priya", "Ewan", "Chidinma", "Lorenzo", "Agnieszka",
    "Malik", "Signe", "Teodoro", "Wanda", "Kwame", "Rosalind", "Dmitri", "Fiona", "Anselm", "Beatriz", "Cormac",
    "Hyun-woo", "Oksana", "Phineas", "Lucinda", "Tariq", "Greta", "Ngozi", "Soren", "Marisol", "Horace", "Imelda",
    "Jovan", "Leocadia", "Ruairi", "Thandiwe", "Ulysses", "Verena", "Zoltan", "Constance", "Emeka", "Perpetua",
    "Casimir", "Dolores", "Augustin", "Bernadette", "Hollis", "Mirela", "Quentin", "Saoirse", "Wilhelmina",
    "Esperanza", "Lionel", "Odalys", "Florian", "Henrietta", "Ignatius", "Marguerite", "Rosario",
)
_FAMILY = (
    "Oyelaran", "Vasquez-Ortiz", "Lindqvist", "Brannigan", "Szymanski", "Achterberg", "Okonkwo", "Pellegrino",
    "Haverford", "Nakashima", "Dufresne", "Kowalczyk", "Mbeki", "Trudeau", "Castellanos", "Fitzmaurice",
    "Abernathy", "Quintero", "Rasmussen", "Delacroix", "Iwu", "Petrakis", "Sorensen", "Villanueva", "Whitcombe",
    "Yarborough", "Zielinski", "Ostrowski", "Gallagher", "Thibodeaux", "Marchetti", "Kirkpatrick", "Nwachukwu",
    "Ferreira", "Lachance", "Halvorsen", "Dembele", "Carrow", "Montgomery-Hale", "Pasternak", "Ruggiero", "Sahin",
    "Tremblay", "Underhill", "Valdivia", "Wojcik", "Alcott", "Beaumont", "Chowdhury", "Drummond", "Esposito",
    "Fairweather", "Gutierrez", "Hollingsworth", "Ibarra", "Jankowski", "Kavanagh", "Lombardi", "Mercado", "Novak",
    "O'Rourke", "Prendergast", "Quigley", "Rourke", "Salazar", "Takahashi", "Umberger", "Vance", "Winslow",
    "Xiong", "Yeboah", "Zamora", "MacAllister", "Desrosiers", "Amadi", "Brennan-Cole",
)
_TOWNS = (
    "Framingham", "Chicopee", "Leominster", "Woonsocket", "Nashua", "Bangor", "Scranton", "Yonkers", "Taunton",
    "Brockton", "Pawtucket", "Lewiston", "Burlington", "Keene", "Methuen", "Fitchburg", "Holyoke", "Attleboro",
    "Danbury", "Waterbury", "Meriden", "Norwich", "Schenectady", "Utica", "Dorchester", "Roxbury", "Jamaica Plain",
    "East Boston", "Chelsea", "Revere", "Malden", "Somerville", "Quincy", "Weymouth", "Plymouth", "Fall River",
    "New Bedford", "Westfield", "Gardner", "Marlborough", "Haverhill", "Lowell", "Dracut", "Billerica", "Peabody",
    "Gloucester", "Amesbury", "Athol", "Greenfield", "North Adams", "Pittsfield", "Biddeford", "Saco", "Manchester",
    "Concord", "Dover", "Rochester", "Claremont", "Berlin", "Hampden County", "Worcester County",
)
_STREETS = (
    "Quarry Hill", "Pemberton", "Lantern", "Old Colony", "Birchwood", "Mill Pond", "Harbor View", "Chestnut Ridge",
    "Wachusett", "Cranberry", "Foundry", "Meetinghouse", "Tannery", "Saltmarsh", "Orchard", "Kettle Pond",
    "Beacon", "Granite", "Riverbend", "Sumner", "Linden", "Bayberry", "Hawthorne", "Stillwater", "Tremont",
    "Ashcroft", "Larkspur", "Cobble Hill",
)
_ST_SUFFIX = ("Street", "St", "St.", "Avenue", "Ave", "Road", "Rd", "Lane", "Ln", "Drive", "Dr", "Boulevard",
              "Blvd", "Court", "Ct", "Way", "Terrace", "Pkwy", "Circle", "Place")
_ORG_STEM = (
    "Wexcombe", "Tidewater", "Granite Shield", "Ironbridge", "Cardinal Ridge", "Brightwater", "Harborlight",
    "Northpoint", "Summit Vale", "Clearview", "Willowmere", "Castellan", "Okafor Lindqvist", "Pinecrest",
    "Marrowfield", "Stonegate", "Bluehaven", "Kestrel", "Lighthouse Point", "Seven Hills", "Coldbrook",
    "Meadowlark", "Riverstone", "Ashgrove", "Fenwick", "Bellamy", "Sterling Oak", "Holloway", "Redfern",
    "Aldridge", "Copperleaf", "Juniper Bay",
)
_ORG_SUFFIX = {
    "hospital": ("Medical Center", "Regional Medical Center", "Memorial Hospital", "Community Hospital",
                 "General Hospital", "Health System"),
    "payer": ("Health Plan", "Mutual Insurance Co.", "Health Partners", "HealthCare", "Casualty & Life",
              "Benefit Administrators", "Health Alliance"),
    "wc": ("Casualty", "Risk Services", "Claims Management", "Mutual Casualty Co.", "Workers Comp Services"),
    "auto": ("Auto Insurance Co.", "Mutual Auto", "Indemnity Co.", "Insurance Group"),
    "law": ("& Pryce LLP", "Law Group", "& Associates", "Injury Law, P.C.", "& Haldane"),
    "employer": ("Logistics", "Foods Inc.", "Manufacturing", "Public Schools", "Construction Co.",
                 "Distribution LLC", "Landscaping"),
    "imaging": ("Imaging Associates", "Teleradiology Partners", "Radiology Group", "Diagnostic Imaging",
                "Open MRI"),
    "snf": ("Rehabilitation & Nursing", "Skilled Nursing Center", "Home Health", "Care Center",
            "Rehab at the Commons"),
    "practice": ("Orthopedic Associates", "Family Medicine", "Cardiology Associates", "Spine Center",
                 "Primary Care"),
}
_EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "comcast.net", "outlook.com", "tidewatermutual.com",
                  "granite-shield.org", "ironbridgecas.com", "wexcombe-health.org", "kestrelrisk.com",
                  "harborlight.org", "okaforlindqvist.com", "cardinalridgehp.com")
_AREA = ("413", "508", "617", "781", "978", "603", "401", "860", "207", "802", "518", "914", "216", "614", "312",
         "919", "503", "206", "720", "774", "339", "351")

_UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _a(r: random.Random, n: int) -> str:
    return "".join(r.choice(_UP) for _ in range(n))


def _an(r: random.Random, n: int) -> str:
    return "".join(r.choice(_UP + "0123456789") for _ in range(n))


def _nz(r: random.Random, n: int) -> str:
    """n digits, the first never 0, 1 or 2 (keeps plain numbers away from 19xx/20xx)."""
    return r.choice("3456789") + _d(r, n - 1)


def _person(r: random.Random, style: str | None = None) -> str:
    g, f = r.choice(_GIVEN), r.choice(_FAMILY)
    mi = r.choice(_UP)
    style = style or r.choice(("full", "full", "mid", "lastfirst", "lastfirst", "caps", "capsfull", "init",
                               "lastfirstmid", "hyph"))
    if style == "full":
        return f"{g} {f}"
    if style == "mid":
        return f"{g} {mi}. {f}"
    if style == "lastfirst":
        return f"{f}, {g}"
    if style == "caps":
        return f"{f.upper()}, {g.upper()}"
    if style == "capsfull":
        return f"{g.upper()} {f.upper()}"
    if style == "init":
        return f"{g[0]}. {f}"
    if style == "lastfirstmid":
        return f"{f}, {g} {mi}"
    f2 = r.choice([x for x in _FAMILY if "-" not in x and "'" not in x and x != f])
    return f"{g} {f.split('-')[0]}-{f2}"


def _org(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(tuple(_ORG_SUFFIX))
    stem = r.choice(_ORG_STEM)
    suffix = r.choice(_ORG_SUFFIX[style])
    if style == "hospital" and r.random() < 0.2:
        return f"St. {r.choice(('Brendan', 'Odile', 'Casimir', 'Hedwig', 'Columba', 'Ansgar'))}'s " + \
            r.choice(("Hospital", "Medical Center"))
    if style == "law" and suffix.startswith("&"):
        return f"{r.choice(_FAMILY)} {suffix}"
    return f"{stem} {suffix}"


def _phone(r: random.Random, style: str | None = None) -> str:
    a, b, c = r.choice(_AREA), str(r.randint(201, 989)), _d(r, 4)
    forms = (f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}",
             f"{a} {b} {c}", f"({a}){b}-{c}", f"{a}/{b}-{c}")
    return forms[int(style)] if style else r.choice(forms)


def _pager(r: random.Random, style: str | None = None) -> str:
    forms = (f"{r.randint(1, 9)}-{_d(r, 4)}", _nz(r, 5), _nz(r, 4),
             f"{r.choice(_AREA)}-{r.randint(201, 989)}-{_d(r, 4)}",
             f"({r.choice(_AREA)}) {r.randint(201, 989)}-{_d(r, 4)}", f"{_d(r, 2)}-{_d(r, 3)}")
    return r.choice(forms)


def _email(r: random.Random, style: str | None = None) -> str:
    g, f = r.choice(_GIVEN).lower().replace("-", ""), r.choice(_FAMILY).lower().replace("'", "").replace("-", "")
    local = r.choice((f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f}{_d(r, 2)}", f"{f}.{g[0]}", f"{g}{f[:4]}{_d(r, 3)}",
                      f"{g[0]}.{f}"))
    return f"{local}@{r.choice(_EMAIL_DOMAINS)}"


def _url(r: random.Random, style: str | None = None) -> str:
    stem = r.choice(_ORG_STEM).lower().replace(" ", "")
    tok = _an(r, r.randint(6, 9))
    forms = (f"https://portal.{stem}health.com/claims/view?id={tok}",
             f"https://share.{stem}rad.net/s/{tok.lower()}",
             f"www.{stem}-law.com/clients/{_d(r, 5)}",
             f"http://eob.{stem}.org/m/{tok}",
             f"https://{stem}.imagelink.io/study/{_d(r, 8)}",
             f"https://mychart.{stem}.org/billing/stmt/{tok}",
             f"{stem}-pip.com/claim/{_d(r, 6)}")
    return r.choice(forms)


def _ip(r: random.Random, style: str | None = None) -> str:
    forms = (f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
             f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
             f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
             f"{r.randint(23, 209)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}")
    return r.choice(forms)


def _ssn(r: random.Random, style: str | None = None) -> str:
    a = r.choice([x for x in range(1, 900) if x != 666])
    b, c = r.randint(1, 99), r.randint(1, 9999)
    forms = (f"{a:03d}-{b:02d}-{c:04d}", f"{a:03d} {b:02d} {c:04d}", f"{a:03d}{b:02d}{c:04d}")
    return r.choice(forms)


def _mrn(r: random.Random, style: str | None = None) -> str:
    forms = (f"00{_d(r, 6)}", _nz(r, 7), f"M{_d(r, 7)}", f"H{_d(r, 8)}", f"{_d(r, 3)}-{_d(r, 2)}-{_d(r, 2)}",
             f"E{_d(r, 9)}", f"{_nz(r, 4)}-{_d(r, 4)}", _nz(r, 9))
    return r.choice(forms)


def _account(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(("acct", "claim", "auth", "acc", "order", "enc", "icn", "wc", "req", "run"))
    forms = {
        "acct": (_nz(r, 11), f"V{_d(r, 8)}", f"{_nz(r, 4)}-{_d(r, 6)}", _nz(r, 10)),
        "enc": (f"E{_d(r, 9)}", _nz(r, 10), f"{_nz(r, 3)}-{_d(r, 7)}"),
        "claim": (f"{r.randint(1, 9)}{_a(r, 1)}{_d(r, 10)}", f"E{_d(r, 11)}", f"{_nz(r, 5)}-{_d(r, 5)}-{_d(r, 2)}",
                  f"CL{_d(r, 9)}"),
        "icn": (_nz(r, 13), f"{_nz(r, 2)}{_d(r, 3)}{_a(r, 1)}{_d(r, 8)}"),
        "auth": (f"PA{_d(r, 8)}", f"A{_nz(r, 9)}", f"{_a(r, 3)}{_d(r, 6)}", f"{_nz(r, 4)}-{_an(r, 4)}-{_d(r, 3)}",
                 f"{_a(r, 1)}{_d(r, 2)}{_a(r, 1)}{_d(r, 6)}"),
        "acc": (f"{r.choice(('CT', 'MR', 'US', 'XR', 'NM'))}{_nz(r, 2)}-{_d(r, 6)}", _nz(r, 10), f"RA{_d(r, 8)}",
                f"{_nz(r, 7)}{_a(r, 2)}"),
        "order": (_nz(r, 9), f"{_nz(r, 3)}-{_d(r, 6)}"),
        "wc": (f"WC{_d(r, 8)}", f"{_nz(r, 3)}-{_a(r, 2)}-{_d(r, 6)}", f"{_a(r, 2)}{_nz(r, 9)}"),
        "req": (f"R{_d(r, 7)}", f"{_a(r, 2)}{_nz(r, 2)}-{_d(r, 5)}"),
        "run": (f"{_nz(r, 4)}-{_d(r, 5)}", f"{_a(r, 1)}{_nz(r, 6)}"),
    }[style]
    return r.choice(forms)


def _plan_id(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(("member", "member", "group", "policy", "mbi", "medicaid"))
    forms = {
        "member": (f"{_a(r, 3)}{_d(r, 9)}", f"W{_nz(r, 9)}", f"{_a(r, 3)} {_d(r, 4)} {_d(r, 4)}",
                   f"{_nz(r, 3)}-{_d(r, 2)}-{_d(r, 4)}-{_d(r, 2)}", f"{_a(r, 1)}{_d(r, 8)}{_d(r, 2)}"),
        "group": (_nz(r, 7), f"{_nz(r, 5)}-{_d(r, 3)}", f"{_a(r, 1)}{_nz(r, 5)}", f"{_nz(r, 6)}{_a(r, 1)}"),
        "policy": (f"{_a(r, 2)}-{_nz(r, 7)}-{_d(r, 2)}", f"{_nz(r, 3)} {_d(r, 4)} {_d(r, 3)}", f"WCA{_d(r, 7)}",
                   f"{_a(r, 3)}{_nz(r, 8)}"),
        "mbi": (f"{r.randint(1, 9)}{_a(r, 2)}{r.randint(0, 9)}-{_a(r, 1)}{_an(r, 1)}{r.randint(0, 9)}-"
                f"{_a(r, 2)}{_d(r, 2)}",),
        "medicaid": (f"{_nz(r, 9)}{_a(r, 1)}", _nz(r, 12), f"{_a(r, 2)}{_d(r, 5)}{_a(r, 1)}"),
    }[style]
    return r.choice(forms)


def _licence(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(("med", "med", "rn", "dea", "dl", "ems"))
    forms = {
        "med": (_nz(r, 6), f"{_a(r, 1)}{_nz(r, 5)}", f"{_nz(r, 2)}.{_d(r, 6)}", f"{_nz(r, 2)}{_a(r, 2)}{_d(r, 8)}"),
        "rn": (_nz(r, 7), f"{_nz(r, 3)}{_d(r, 3)}", f"{_a(r, 1)}{_nz(r, 6)}"),
        "dea": (f"{r.choice('ABFGM')}{r.choice(_UP)}{_d(r, 7)}",),
        "dl": (f"S{_nz(r, 8)}", f"{_a(r, 1)}{_d(r, 3)}-{_d(r, 4)}-{_d(r, 4)}", f"{_nz(r, 3)} {_d(r, 3)} {_d(r, 3)}",
               f"{_a(r, 1)}{_d(r, 12)}"),
        "ems": (f"P{_nz(r, 5)}", _nz(r, 6), f"{_a(r, 2)}-{_nz(r, 5)}"),
    }[style]
    return r.choice(forms)


def _zip(r: random.Random, style: str | None = None) -> str:
    z = r.choice("0000112345668") + _d(r, 4)
    return f"{z}-{_d(r, 4)}" if r.random() < 0.25 else z


def _street(r: random.Random, style: str | None = None) -> str:
    num = str(r.choice((r.randint(2, 99), r.randint(100, 999), r.randint(1000, 9999))))
    line = f"{num} {r.choice(_STREETS)} {r.choice(_ST_SUFFIX)}"
    if r.random() < 0.3:
        line += r.choice((f" Apt {r.randint(1, 12)}", f" #{r.randint(1, 6)}{r.choice('ABCDF')}", f" Unit {_d(r, 2)}",
                          f", Apt {r.randint(1, 40)}"))
    if r.random() < 0.15:
        line = line.upper()
    return line


def _real_date(r: random.Random, style: str | None = None) -> str:
    y, m, dd = r.randint(1928, 2024), r.randint(1, 12), r.randint(1, 28)
    mon = _MONTHS[m - 1]
    forms = (f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{mon} {dd}, {y}",
             f"{dd:02d}-{mon[:3]}-{y}", f"{dd} {mon[:3]} {y}", f"{mon[:3]} {dd} {y}", f"{y}{m:02d}{dd:02d}",
             f"{m:02d}-{dd:02d}-{y}", f"{dd} {mon} {y}", f"{mon[:3]}. {dd}, {y}", f"{m:02d}.{dd:02d}.{y}")
    if style == "edi":
        return forms[7]
    return r.choice(forms)


def _device(r: random.Random, style: str | None = None) -> str:
    forms = (f"{_a(r, 3)}{_d(r, 6)}{_a(r, 1)}", f"{_nz(r, 4)}-{_a(r, 1)}-{_d(r, 5)}", f"SR{_d(r, 7)}", _nz(r, 10),
             f"{_a(r, 1)}{_d(r, 2)}{_a(r, 1)}{_d(r, 6)}", f"{_a(r, 2)}{_nz(r, 8)}", f"{_a(r, 3)}-{_nz(r, 6)}")
    return r.choice(forms)


_VIN = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _vehicle(r: random.Random, style: str | None = None) -> str:
    if style == "vin" or (style is None and r.random() < 0.55):
        wmi = r.choice(("1HG", "2T1", "3FA", "5YJ", "JTD", "KMH", "1FT", "WBA", "4T1", "1C4"))
        return wmi + "".join(r.choice(_VIN) for _ in range(5)) + r.choice("0123456789X") + \
            r.choice("HJKLMNPRS") + r.choice(_UP) + _d(r, 6)
    forms = (f"{r.randint(1, 9)}{_a(r, 3)}{_d(r, 3)}", f"{_a(r, 3)}-{_nz(r, 4)}", f"{_a(r, 3)} {_nz(r, 3)}",
             f"{_nz(r, 2)}{_a(r, 2)}{_d(r, 2)}", f"{_nz(r, 3)}-{_a(r, 3)}")
    return r.choice(forms)


def _age(r: random.Random, style: str | None = None) -> str:
    return str(r.randint(90, 104))


_VALUE: dict[str, Callable[[random.Random, str | None], str]] = {
    "PHONE": _phone, "FAX": _phone, "PAGER": _pager, "EMAIL": _email, "URL": _url, "IP_ADDRESS": _ip,
    "SSN": _ssn, "MRN": _mrn, "ACCOUNT": _account, "HEALTH_PLAN": _plan_id, "LICENSE": _licence, "ZIP": _zip,
    "STREET_ADDRESS": _street, "DATE_REAL_YEAR": _real_date, "AGE_OVER_89": _age, "DEVICE_ID": _device,
    "VEHICLE_ID": _vehicle, "PERSON": _person, "LOCATION": lambda r, s=None: r.choice(_TOWNS),
    "ORGANIZATION": _org,
}

# --------------------------------------------------------------------------------------------------
# Look-alike generators (rendered as unlabelled text and returned as look-alikes)
# --------------------------------------------------------------------------------------------------


def _shifted(r: random.Random, style: str | None = None, base: int = 0) -> str:
    y = base + r.choice((0, 0, 0, 1, -1)) if base else r.randint(2105, 2195)
    m, dd = r.randint(1, 12), r.randint(1, 28)
    mon = _MONTHS[m - 1]
    hh, mm = r.randint(0, 23), r.randint(0, 59)
    if style == "edi":
        return f"{y}{m:02d}{dd:02d}"
    if style == "time":
        return f"{y}-{m:02d}-{dd:02d} {hh:02d}:{mm:02d}"
    forms = (f"{y}-{m:02d}-{dd:02d}", f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{mon[:3]} {dd}, {y}",
             f"{dd:02d}-{mon[:3]}-{y}", f"{y}-{m:02d}-{dd:02d} {hh:02d}:{mm:02d}", f"{mon} {dd}, {y}")
    return r.choice(forms)


def _npi(r: random.Random) -> str:
    # The draws stay so every later value is unchanged; the number itself is masked (see the docstring).
    r.choice("12")
    _d(r, 9)
    return "NPI ___"


def _tin(r: random.Random) -> str:
    return r.choice(("TIN", "Tax ID", "EIN")) + f" {_nz(r, 2)}-{_d(r, 7)}"


def _ndc(r: random.Random) -> str:
    return r.choice((f"NDC {_d(r, 4)}-{_d(r, 4)}-{_d(r, 2)}", f"NDC {_d(r, 5)}-{_d(r, 4)}-{_d(r, 1)}",
                     f"NDC {_d(r, 5)}-{_d(r, 3)}-{_d(r, 2)}"))


def _lot(r: random.Random) -> str:
    return r.choice((f"LOT {_an(r, 6)}", f"Lot# {_a(r, 1)}{_nz(r, 4)}-{_d(r, 2)}", f"lot {_nz(r, 6)}{_a(r, 1)}"))


def _ref(r: random.Random) -> str:
    return r.choice((f"REF {_nz(r, 4)}-{_d(r, 2)}", f"Model {_nz(r, 4)}",
                     f"REF {_a(r, 1)}{_d(r, 1)}{_a(r, 2)}{_d(r, 2)}",
                     f"Cat. No. {_nz(r, 3)}-{_d(r, 3)}"))


def _gtin(r: random.Random) -> str:
    return f"(01)00{_nz(r, 12)}"


def _udi_prefix(r: random.Random) -> str:
    """GS1 UDI up to the (21) serial: GTIN, expiry (yymmdd) and lot - none of them identifiers."""
    return f"(01)00{_nz(r, 12)}(17){r.randint(25, 30)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}(10){_an(r, 6)}"


def _exp(r: random.Random) -> str:
    y, m, dd = r.randint(2025, 2029), r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"EXP {y}-{m:02d}-{dd:02d}", f"Exp: {m:02d}/{dd:02d}/{y}", f"exp. {y}-{m:02d}",
                     f"Use by {y}-{m:02d}-{dd:02d}", f"Expiry {dd:02d}-{_MONTHS[m - 1][:3]}-{y}"))


_CPT = ("CPT 72148", "CPT 74177", "CPT 70553", "CPT 71275", "CPT 78815", "CPT 73721", "CPT 72125", "CPT 93970",
        "CPT 73222", "CPT 78452", "CPT 70450", "CPT 74183", "CPT 99223", "CPT 99233", "CPT 27245", "CPT 22630",
        "CPT 33208", "HCPCS E1161", "HCPCS K0823", "HCPCS J9271", "HCPCS A9579", "HCPCS Q9967", "HCPCS E0601")
_ICD = ("I50.23", "A41.51", "N10", "I21.4", "J44.1", "S72.001A", "K56.609", "E11.621", "M86.171", "J18.9",
        "I63.512", "K26.0", "M51.16", "I26.99", "K85.90", "L03.115", "E10.10", "R55", "S12.500A", "S22.41XA",
        "S82.141A", "M54.50", "S39.012A")
_DRG = ("MS-DRG 291", "MS-DRG 871", "MS-DRG 690", "MS-DRG 280", "MS-DRG 190", "MS-DRG 470", "MS-DRG 064",
        "APR-DRG 194 SOI 3", "APR-DRG 720 SOI 4", "MS-DRG 389", "MS-DRG 603")
_CARC = ("CO-50", "CO-197", "CO-16", "PR-1", "PR-2", "PR-3", "CO-45", "CO-B7", "OA-23", "CO-4", "N115", "N386",
         "M127", "MA130", "CO-11")


def _amount(r: random.Random) -> str:
    return "$" + f"{r.randint(40, 98000):,}" + f".{_d(r, 2)}"


def _young(r: random.Random) -> str:
    return r.choice((f"{r.randint(19, 88)} y/o", f"age {r.randint(22, 88)}", f"{r.randint(30, 88)}-year-old",
                     f"{r.randint(25, 88)} yo"))


def _score(r: random.Random) -> str:
    return r.choice((f"GCS {r.randint(9, 15)}", f"LACE {r.randint(4, 17)}", f"Braden {r.randint(10, 20)}",
                     f"PHQ-9 {r.randint(0, 20)}", f"BMI {r.randint(17, 46)}.{r.randint(0, 9)}",
                     f"EF {r.randint(15, 65)}%", f"NIHSS {r.randint(0, 18)}", f"AM-PAC {r.randint(10, 23)}",
                     f"MoCA {r.randint(14, 30)}/30"))


def _dose(r: random.Random) -> str:
    return r.choice(("furosemide 40 mg IV BID", "heparin 5,000 units SC q8h", "ceftriaxone 1 g IV q24h",
                     "metoprolol tartrate 25 mg PO BID", "insulin glargine 18 units qHS", "apixaban 5 mg BID",
                     "vancomycin 1,250 mg IV q12h", "oxycodone 5 mg PO q4h PRN", "enoxaparin 40 mg SC daily",
                     "pip-tazo 4.5 g IV q8h", "prednisone 40 mg x5d"))


def _version(r: random.Random) -> str:
    return r.choice((f"v{r.randint(2, 9)}.{r.randint(0, 12)}.{r.randint(0, 40)}",
                     f"build {r.randint(10, 99)}.{r.randint(1, 9)}.{r.randint(100, 999)}",
                     f"rel. {r.randint(3, 11)}.{r.randint(0, 9)}"))


_LOOK: dict[str, Callable[[random.Random], str]] = {
    "npi": _npi, "tin": _tin, "ndc": _ndc, "lot": _lot, "ref": _ref, "gtin": _gtin, "udi": _udi_prefix, "exp": _exp,
    "cpt": lambda r: r.choice(_CPT), "icd": lambda r: r.choice(_ICD), "drg": lambda r: r.choice(_DRG),
    "carc": lambda r: r.choice(_CARC), "amt": _amount, "young": _young, "score": _score, "dose": _dose,
    "ver": _version, "payerid": lambda r: f"Payer ID {_nz(r, 5)}", "clia": lambda r: f"CLIA {_nz(r, 2)}D{_d(r, 7)}",
    "taxonomy": lambda r: r.choice(("207R00000X", "2085R0202X", "207RC0000X", "261QR0200X", "282N00000X")),
    "rev": lambda r: f"Rev code {r.choice(('0120', '0206', '0250', '0300', '0320', '0350', '0360', '0450', '0610'))}",
    "year": lambda r: r.choice(("plan year ", "benefit year ", "since ", "calendar year "))
    + str(r.randint(2012, 2026)),
    "eponym": lambda r: r.choice(_EP_DX), "escore": lambda r: r.choice(_EP_SCORE),
    "eproc": lambda r: r.choice(_EP_PROC[3:7]), "eline": lambda r: r.choice(_EP_PROC[:3]),
    "drug": lambda r: r.choice(_DRUGS), "anticoag": lambda r: r.choice(_DRUGS[:3]),
    "criteria": lambda r: r.choice(_SOFTWARE[:3]), "pacs": lambda r: r.choice(_SOFTWARE[3:8] + _SOFTWARE[11:]),
    "portal": lambda r: r.choice(_SOFTWARE[9:11]), "dme": lambda r: r.choice(_DEVICES[3:7]),
    "contrast": lambda r: r.choice(_CONTRAST), "device": lambda r: r.choice(_DEVICES),
    "soft": lambda r: r.choice(_SOFTWARE), "hotline": lambda r: r.choice(_HOTLINES),
    "web": lambda r: r.choice(_PUBLIC_WEB), "dept": lambda r: r.choice(_DEPTS), "state": lambda r: r.choice(_STATES),
    "country": lambda r: r.choice(_COUNTRIES), "program": lambda r: r.choice(_PROGRAMS[:3]),
    "form": lambda r: r.choice(_PROGRAMS[3:5]), "notice": lambda r: r.choice(_PROGRAMS[5:]),
}

# --------------------------------------------------------------------------------------------------
# Document assembly: templates with slots, look-alikes and anchors
# --------------------------------------------------------------------------------------------------
# Template tokens: {CATEGORY} or {CATEGORY:style} is a slot (``___`` unless chosen for a plant);
# {v} / {v:style} is the forced value of a free-standing fragment; {m} is a literal ``___``;
# {sd} / {sd:style} a shifted (2100-2200) date; {A} an insertion point for free fragments (line start);
# {npi}, {ndc}, ... a generated look-alike; <<text>> a literal look-alike.

_TOKEN = re.compile(r"\{([A-Za-z][A-Za-z0-9_]*)(?::([A-Za-z0-9_]+))?\}|<<(.+?)>>", re.S)
_CATSET = frozenset(CATEGORIES)


class _Doc:
    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.base = r.randint(2110, 2190)  # shifted year of this admission
        self.sex = r.choice("MF")
        self.noun = "man" if self.sex == "M" else "woman"
        self.dx = ""  # primary diagnosis, fixed by the first section that needs one
        self.parts: list[tuple] = []

    def pick(self, *alts: str) -> str:
        return self.r.choice(alts)

    def primary(self) -> str:
        if not self.dx:
            self.dx = self.r.choice(_DX)
        return self.dx

    def T(self, tmpl: str, cat: str | None = None) -> None:  # noqa: N802
        self.parts.extend(_parse(self.r, tmpl, cat, self.base))


def _parse(r: random.Random, tmpl: str, frag_cat: str | None = None, base: int = 0) -> list[tuple]:
    out: list[tuple] = []
    pos = 0
    for m in _TOKEN.finditer(tmpl):
        if m.start() > pos:
            out.append(("t", tmpl[pos:m.start()]))
        pos = m.end()
        if m.group(3) is not None:
            out.append(("l", m.group(3)))
            continue
        name, style = m.group(1), m.group(2)
        if name in _CATSET:
            out.append(("s", name, style, False))
        elif name == "v":
            assert frag_cat is not None
            out.append(("s", frag_cat, style, True))
        elif name == "m":
            out.append(("t", "___"))
        elif name == "A":
            out.append(("a",))
        elif name == "sd":
            out.append(("l", _shifted(r, style, base)))
        else:
            out.append(("l", _LOOK[name](r)))
    if pos < len(tmpl):
        out.append(("t", tmpl[pos:]))
    return out


# --------------------------------------------------------------------------------------------------
# Free-standing fragments, one family per category (inserted at anchors when no slot takes a plant)
# --------------------------------------------------------------------------------------------------

_FRAGMENTS: dict[str, tuple[str, ...]] = {
    "PHONE": (
        "Pt's son called PFS from {v} asking for an itemized bill.\n",
        "| Guarantor phone | {v} | verified |\n",
        "Callback #: {v} (cell, ok to leave VM)\n",
        "Spoke w/ adjuster, direct line\n{v}, re: bill review.\n",
        "HOME PH....{v}\n",
        "Contact for questions: {m} at {v} ext. 4402\n",
        "tel:{v}\n",
        "Per pt, best number is {v} after 5pm; do not call work.\n",
        "Phone (mobile)  {v}   Phone (home)  ___\n",
        "PID|1||___^^^MR||___^___||___|F|||___||{v}|\n",
        "Guarantor Phone        {v}\n",
        "Teh pt's cell # is {v} - pls update demographics.\n",
        "Left VM for pt at\n{v} re: balance due.\n",
    ),
    "FAX": (
        "Records faxed to {v} on {sd} (cover sheet attached).\n",
        "Fax completed clinicals to payer UM @ {v}\n",
        "F: {v}\n",
        "| Payer fax | {v} |\n",
        "ROI sent via fax ({v}) - confirmation rec'd.\n",
        "Please return the signed attestation by facsimile to {v}.\n",
        "fx#{v}\n",
        "Fax number on file for attorney: {v}\n",
        "Please fax the signed\nauthorization to {v} attn ROI.\n",
        "FAX NO.  {v}   PAGES: 4 (incl. cover)\n",
        "Fax:{v}\n",
        "payer UM fax # changed -> {v} (per portal notice)\n",
    ),
    "PAGER": (
        "Reviewer paged (pgr {v}) for P2P availability.\n",
        "CM on call: beeper {v}\n",
        "Page {v} with questions re: status change.\n",
        "Attending pager: {v}\n",
        "Text page sent to #{v} at {sd:time}\n",
        "UR RN p.{v}\n",
        "Covering hospitalist pgr: {v}\n",
        "Physician advisor - page at {v} between 8a-4p\n",
        "PAGER...........{v}\n",
    ),
    "EMAIL": (
        "Sent secure msg to {v} re: auth extension.\n",
        "Email: {v}\n",
        "cc: {v}\n",
        "From: {m} <{v}>\n",
        "Guarantor requests statements by e-mail ({v}).\n",
        "Adjuster e-mail on file - {v}\n",
        "E-mail address:\n{v}\n",
        "Reply-To: {v}\n",
        "Pt asked that the itemized bill go to her e mail {v}\n",
    ),
    "URL": (
        "Claim status viewable at {v}\n",
        "Portal link (pasted by pt): {v}\n",
        "Images shared via {v} (link expires in 30 days).\n",
        "Pt provided a link to prior records: {v}\n",
        "Attorney's intake page: {v}\n",
        "Upload additional clinicals here -> {v}\n",
        "[link] {v}\n",
        "Pay online: {v}\n",
    ),
    "IP_ADDRESS": (
        "DICOM push from {v}:104 completed (AE ___).\n",
        "Workstation IP {v}\n",
        "Study retrieved from node {v} (C-MOVE).\n",
        "| src_ip | {v} |\n",
        "remote login from {v} logged by HIM audit\n",
        "VPN session {v} -> reading station\n",
        "MSH|^~\\&|PACS|{v}|RIS|___|{sd:edi}||ORM^O01|___|P|2.3\n",
        "Access from host {v} flagged (after-hours).\n",
        "ip={v} user=___ action=VIEW\n",
    ),
    "SSN": (
        "SSN: {v}\n",
        "Claimant SS# {v}\n",
        "Soc. Sec. No. {v} (required by carrier)\n",
        "| SSN | {v} |\n",
        "Pt read back social security number {v} for identity verification.\n",
        "Social: {v}\n",
        "Claimant social  {v}\n",
        "NM1*IL*1*___*___****34*{v}~\n",
        "SSN (per WC form):\n{v}\n",
    ),
    "MRN": (
        "MRN: {v}\n",
        "Outside MR# {v} merged to local record.\n",
        "Unit No: {v}\n",
        "| MRN | {v} |\n",
        "Med Rec No.{v}\n",
        "Pt ID {v} (legacy system)\n",
        "Medical record number {v} confirmed with 2 identifiers.\n",
        "PID|1||{v}^^^MR^MR||___^___||___\n",
        "Hospital #: {v}\n",
        "Unit no. {v} (duplicate chart - merge pending)\n",
        "MRN {v} / CSN ___\n",
    ),
    "ACCOUNT": (
        "Acct# {v:acct}\n",
        "Claim no. {v:claim} was reprocessed.\n",
        "HAR: {v:acct}\n",
        "Encounter {v:enc} linked to this admission.\n",
        "Accession #{v:acc}\n",
        "Prior auth ref {v:auth} (entered as account reference)\n",
        "| Claim # | {v:claim} | {sd} |\n",
        "Order {v:order} cancelled & reordered.\n",
        "ICN {v:icn}\n",
        "Req# {v:req}\n",
        "Ambulance run # {v:run}\n",
        "PV1|1|I|___||||___|||||||||||{v:enc}|\n",
        "CLM*{v:acct}*1250***11:A:1*Y*A*Y*Y~\n",
        "REF*G1*{v:auth}~\n",
        "Acount # {v:acct} (guarantor self)\n",
        "Specimen {v:req} rec'd in lab\n",
        "Incident # {v:run} (security report re: lost belongings)\n",
    ),
    "HEALTH_PLAN": (
        "Member ID: {v:member}\n",
        "Subscriber # {v:member}\n",
        "Grp {v:group}\n",
        "Policy no {v:policy} (PIP)\n",
        "| Member ID | {v:member} |\n",
        "MBI {v:mbi}\n",
        "Ins ID on card: {v}\n",
        "Secondary: Medicaid ID {v:medicaid}\n",
        "Group number\n{v:group}\n",
        "NM1*IL*1*___*___****MI*{v:member}~\n",
        "IN1|1|___|___|___||||{v:group}|\n",
        "SBR*P*18*{v:group}******CI~\n",
        "Memebr ID {v:member}\n",
        "Subscriber ID........{v:member}\n",
        "PIP policy\n{v:policy}\n",
    ),
    "LICENSE": (
        "Lic. # {v:med}\n",
        "DEA {v:dea}\n",
        "Reviewer license {v:med}\n",
        "ID verified with driver's license {v:dl}.\n",
        "RN Lic {v:rn}\n",
        "State medical license no. {v:med}\n",
        "EMT cert {v:ems}\n",
        "Requestor photo ID: DL {v:dl}\n",
        "Lic#: {v:med}   Exp ___\n",
        "Prescriber DEA: {v:dea}\n",
        "Paramedic lic. {v:ems} (run sheet)\n",
        "Driver lic no. {v:dl} copied for ROI file.\n",
    ),
    "ZIP": (
        "ZIP {v}\n",
        "___, {state} {v}\n",
        "Zip code on file ({v}) does not match card.\n",
        "Service area check: zip {v} in network.\n",
        "| Zip | {v} |\n",
        "PID-11: ___^^___^{state}^{v}\n",
        "zip: {v}\n",
        "N4*___*{state}*{v}~\n",
    ),
    "STREET_ADDRESS": (
        "Address: {v}\n",
        "Pt relocated to {v}, ___\n",
        "Mail statements to {v}\n",
        "| Street | {v} |\n",
        "Lives at {v} (2nd floor walk-up).\n",
        "Home address updated -> {v}\n",
        "N3*{v}~\n",
        "Mailing addr:\n{v}\n___, {state} ___\n",
        "Pt now staying with son at {v}.\n",
    ),
    "DATE_REAL_YEAR": (
        "DOB: {v}\n",
        "Date of injury {v}\n",
        "DOI: {v}\n",
        "Original claim received {v}.\n",
        "| Svc date | {v} |\n",
        "Coverage effective {v}\n",
        "Pt expired {v}.\n",
        "Authorization signed {v}\n",
        "DMG*D8*{v:edi}*F~\n",
        "DTP*472*D8*{v:edi}~\n",
        "Date of death: {v}\n",
        "Accident date\n{v}\n",
        "Birthdate {v} verified against ID.\n",
    ),
    "AGE_OVER_89": (
        "Pt is {v} y/o.\n",
        "Age: {v}\n",
        "{v}-year-old widow, lives alone.\n",
        "(age {v})\n",
        "{v}yo F\n",
        "Patient, {v}, declined SNF placement.\n",
        "Member age {v} - eligible for case mgmt program.\n",
        "Pt age {v}, lives w/ niece.\n",
        "AGE: {v} YRS\n",
        "a {v} year old member on home O2\n",
    ),
    "DEVICE_ID": (
        "Serial no. {v}\n",
        "SN {v}\n",
        "Device S/N: {v}\n",
        "Implant: <<Medtronic Azure>> XT DR, serial {v}, {ref}\n",
        "UDI {udi}(21){v}\n",
        "Power wheelchair serial #{v} delivered.\n",
        "| Device serial | {v} |\n",
        "UDI {udi}(21){v}\n",
        "CPAP S/N {v} returned to DME vendor.\n",
        "Serial Number:\n{v}\n",
        "Pump SN: {v} (loaner)\n",
    ),
    "VEHICLE_ID": (
        "Vehicle VIN {v:vin}\n",
        "plate {v:plate}\n",
        "Insured vehicle: sedan, VIN: {v:vin}\n",
        "Tag #{v:plate} ({state})\n",
        "| VIN | {v:vin} |\n",
        "Other driver's plate {v:plate} per police report.\n",
        "VIN# {v:vin}\n",
        "License plate: {v:plate} ({state})\n",
        "Vehicle ID No. {v:vin} per declarations page\n",
    ),
    "PERSON": (
        "Spoke with {v}, adjuster.\n",
        "Guarantor: {v}\n",
        "Reviewed by Dr. {v}, MD\n",
        "cc: {v}, RN, case manager\n",
        "Pt's daughter {v} (HCP) at bedside.\n",
        "| Patient | {v} |\n",
        "Signed: {v}\n",
        "Call from {v} (spouse) re: coverage.\n",
        "ATTN: {v}\n",
        "Adjuster..........{v}\n",
        "Pt name (as on card):\n{v}\n",
        "HCP/guarantor {v} signed the MOON.\n",
        "Per {v}, RN, payer UM: clinicals rec'd.\n",
    ),
    "LOCATION": (
        "Pt lives in {v} with spouse.\n",
        "MVC occurred in {v}, {state}.\n",
        "Transfer to SNF in {v} pending bed.\n",
        "City: {v}\n",
        "Home: {v}, {state}\n",
        "Imaging performed at an outside facility in {v}.\n",
        "Accident location: Rt 2 near {v}\n",
        "Pt moved from {v} last month; update address.\n",
        "Home town: {v}\n",
    ),
    "ORGANIZATION": (
        "Outside images from {v:imaging} imported.\n",
        "Employer: {v:employer}\n",
        "Carrier: {v:wc}\n",
        "Referred by {v:practice}.\n",
        "SNF: {v:snf} accepted.\n",
        "| Payer | {v:payer} |\n",
        "Counsel: {v:law} (representing pt in MVC claim)\n",
        "Transferred from {v:hospital}.\n",
        "Prior admission at {v:hospital} ({sd}).\n",
        "Secondary payer {v:payer} (termed?)\n",
        "Home care: {v:snf}\n",
        "Pt works for {v:employer} (full time).\n",
    ),
}

# --------------------------------------------------------------------------------------------------
# The plan: kind, heavy/planted, categories (Weyl sequences, so counts are stable)
# --------------------------------------------------------------------------------------------------

_CAT_WEIGHTS = {
    "PHONE": 5, "FAX": 5, "PAGER": 3, "EMAIL": 4, "URL": 3, "IP_ADDRESS": 3, "SSN": 4, "MRN": 6, "ACCOUNT": 11,
    "HEALTH_PLAN": 10, "LICENSE": 6, "ZIP": 4, "STREET_ADDRESS": 4, "DATE_REAL_YEAR": 8, "AGE_OVER_89": 4,
    "DEVICE_ID": 4, "VEHICLE_ID": 3, "PERSON": 9, "LOCATION": 5, "ORGANIZATION": 8,
}


def _cumulative() -> list[tuple[float, str]]:
    total, acc, out = sum(_CAT_WEIGHTS.values()), 0.0, []
    for cat in CATEGORIES:
        acc += _CAT_WEIGHTS[cat] / total
        out.append((acc, cat))
    return out


_CAT_CUM = _cumulative()

_A_TYPE = (math.sqrt(5) - 1) / 2
_A_KIND = math.sqrt(2) - 1
_A_PLANT = math.sqrt(3) - 1
_A_CAT = math.sqrt(7) - 2
_PLANT_P = 0.6105  # of the 95% non-heavy notes -> 58%


def _frac(x: float) -> float:
    return x - math.floor(x)


def _category(u: float) -> str:
    for edge, cat in _CAT_CUM:
        if u < edge:
            return cat
    return CATEGORIES[-1]


def _plan(seed: int, i: int) -> tuple[str, bool, list[str]]:
    """(kind, heavy, categories to plant) for note i of seed."""
    radiology = _frac(0.31 + i * _A_TYPE + seed * 0.1372) < 0.45
    kinds = _RAD_KINDS if radiology else _DS_KINDS
    kind = kinds[int(_frac(0.17 + i * _A_KIND + seed * 0.2914) * len(kinds))]
    heavy = i % 20 == 13
    if heavy or _frac(0.05 + i * _A_PLANT + seed * 0.0713) >= _PLANT_P:
        return kind, heavy, []
    r = random.Random(f"h41-plan:{seed}:{i}")
    n = r.choices((1, 2, 3, 4), weights=(30, 34, 22, 14))[0]
    cats = [_category(_frac(0.11 + (4 * i + k) * _A_CAT + seed * 0.0419)) for k in range(n)]
    return kind, heavy, cats


# --------------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------------

_HEAVY_BLOCKS = (
    "\nDISTRIBUTION / CONTACTS (auto-appended)\nPatient: ___   MRN: ___   HAR: ___\nGuarantor: ___   Phone: ___\n"
    "Payer: ___   Member ID: ___   Group: ___\nAttending: ___   Pager: ___\nCase manager: ___   Fax: ___\n",
    "\ncc list:\n___, ___\n___ (___)\n___ / ___ / ___\nAddress on file: ___, ___ ___\n"
    "Emergency contact: ___ (___) ___\n",
    "\n| Field | Value |\n| Name | ___ |\n| DOB | ___ |\n| Acct | ___ |\n| Claim | ___ |\n| Auth | ___ |\n"
    "| Reviewer | ___ |\n| Facility | ___ |\n",
)

_PAD = (
    "Documentation reviewed in full; no additional clinical information available at this time.",
    "Will continue to follow for discharge needs and payer communication.",
    "All correspondence scanned to Media tab under Insurance/Financial.",
    "Questions about this document should be routed through the department work queue, not the clinical team.",
    "This note does not replace the physician's medical-necessity documentation.",
    "Status and level of care to be re-reviewed daily per facility UR plan.",
)


def _render(r: random.Random, d: _Doc, cats: list[str], heavy: bool) -> tuple[str, list, list[str]]:
    parts = d.parts
    slots: dict[str, list[int]] = {}
    for j, p in enumerate(parts):
        if p[0] == "s":
            slots.setdefault(p[1], []).append(j)
    anchors = [j for j, p in enumerate(parts) if p[0] == "a"]
    chosen: set[int] = set()
    inserts: dict[int, list[tuple]] = {}
    for cat in cats:
        free = [j for j in slots.get(cat, []) if j not in chosen]
        if free and r.random() < 0.8:
            chosen.add(r.choice(free))
        else:
            frag = _parse(r, r.choice(_FRAGMENTS[cat]), cat, d.base)
            inserts.setdefault(r.choice(anchors), []).extend(frag)
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    looks: list[str] = []
    pos = 0
    age = str(r.randint(90, 104))

    def emit(p: tuple, on: bool) -> None:
        nonlocal pos
        if p[0] == "t":
            s = p[1]
        elif p[0] == "l":
            s = p[1]
            if s not in looks:
                looks.append(s)
        elif p[0] == "s":
            if on or p[3]:
                s = age if p[1] == "AGE_OVER_89" else _VALUE[p[1]](r, p[2])
                spans.append((pos, pos + len(s), p[1]))
            else:
                s = "___"
        else:
            return
        out.append(s)
        pos += len(s)

    for j, p in enumerate(parts):
        if p[0] == "a":
            for q in inserts.get(j, []):
                emit(q, False)
        else:
            emit(p, j in chosen)
    text = "".join(out)
    if heavy:
        k, first = 0, r.randrange(len(_HEAVY_BLOCKS))
        while text.count("___") < 25 or k == 0:
            text += _HEAVY_BLOCKS[(first + k) % len(_HEAVY_BLOCKS)]
            k += 1
    while len(text) < 1150:
        text += "\n" + " ".join(r.sample(_PAD, 3)) + "\n"
    return text, spans, looks

# --------------------------------------------------------------------------------------------------
# Shared pieces
# --------------------------------------------------------------------------------------------------

_SERVICES = ("MEDICINE", "SURGERY", "ORTHOPAEDICS", "CARDIOLOGY", "NEUROLOGY", "NEUROSURGERY", "TRAUMA SURGERY")
_DX = (
    "acute on chronic systolic heart failure", "sepsis secondary to pyelonephritis", "NSTEMI",
    "COPD exacerbation", "left hip fracture after a mechanical fall", "small bowel obstruction",
    "diabetic foot infection with osteomyelitis", "community-acquired pneumonia",
    "acute ischemic stroke, left MCA territory", "upper GI bleed from duodenal ulcer",
    "L4-L5 disc herniation with radiculopathy", "submassive pulmonary embolism", "acute pancreatitis",
    "cellulitis of the right lower extremity", "DKA", "syncope, likely orthostatic", "C5 fracture after an MVC",
    "rib fractures and pneumothorax after an MVC", "tibial plateau fracture", "lumbar strain after a lifting injury",
)
_RAD: dict[str, tuple[str, str, tuple[str, ...], tuple[str, ...]]] = {
    "MRI LUMBAR SPINE W/O CONTRAST": ("CPT 72148", "Sagittal T1, T2 and STIR; axial T1 and T2 images of the lumbar "
                                      "spine without contrast.", (
        "Alignment is normal. Vertebral body heights are maintained. {eponym} at the L3 superior endplate.",
        "L3-L4: mild disc bulge and facet arthropathy without canal stenosis.",
        "L4-L5: broad-based disc protrusion with a superimposed left paracentral extrusion contacting the "
        "traversing left L5 nerve root. Moderate left lateral recess narrowing.",
        "L5-S1: disc desiccation, small annular fissure. Mild bilateral foraminal narrowing.",
        "Conus terminates normally at L1. Paraspinal soft tissues unremarkable. Modic type 1 endplate changes at "
        "L4-L5.",
    ), ("Left paracentral L4-L5 extrusion contacting the left L5 nerve root.", "Multilevel degenerative change.",
        "No fracture or marrow-replacing lesion.")),
    "CT ABD & PELVIS WITH CONTRAST": ("CPT 74177", "Axial images from the dome of the liver to the pubic symphysis "
                                      "after IV {contrast}. Coronal and sagittal reformats.", (
        "Dilated loops of small bowel up to 3.8 cm with a transition point in the right lower quadrant. No free air.",
        "The liver is normal in size with a 9 mm hypodensity in segment 6, too small to characterize.",
        "Peripancreatic fat stranding and a small amount of fluid in the anterior pararenal space without necrosis.",
        "Kidneys enhance symmetrically. Right perinephric stranding and a striated nephrogram, compatible with "
        "pyelonephritis. No hydronephrosis.",
        "Postoperative change from {eproc}. No abscess. Small volume ascites.",
    ), ("Small bowel obstruction with a right lower quadrant transition point.", "Findings of acute interstitial "
        "pancreatitis.", "Right pyelonephritis without abscess.")),
    "MR HEAD W & W/O CONTRAST": ("CPT 70553", "Multiplanar multisequence MRI of the brain before and after "
                                 "{contrast}.", (
        "Acute infarct in the left insular cortex and frontal operculum on diffusion imaging with corresponding "
        "FLAIR signal. No hemorrhagic transformation.",
        "Scattered periventricular and subcortical white matter T2 hyperintensities, chronic small vessel disease.",
        "No abnormal enhancement. Ventricles and sulci are age-appropriate. Flow voids preserved.",
        "Cerebellar tonsils extend 6 mm below the foramen magnum, consistent with {eponym}.",
    ), ("Acute left MCA territory infarct.", "No enhancing lesion.", "Chronic small vessel ischemic disease.")),
    "CTA CHEST": ("CPT 71275", "Pulmonary arterial phase imaging after IV {contrast}.", (
        "Filling defects in the right lower lobe segmental and subsegmental arteries. RV/LV ratio 1.1.",
        "No aortic dissection. Heart size mildly enlarged. Small pericardial effusion.",
        "Bibasilar atelectasis. Small bilateral pleural effusions. No consolidation.",
        "Mildly displaced fractures of the right 5th through 7th ribs laterally. Small right apical pneumothorax.",
    ), ("Right lower lobe pulmonary emboli with borderline right heart strain.", "No pneumothorax.",
        "Bilateral small effusions.")),
    "PET/CT SKULL BASE TO MID-THIGH": ("CPT 78815", "FDG PET with low-dose CT for attenuation correction. Fasting "
                                       "glucose 104 mg/dL.", (
        "Hypermetabolic right hilar node, SUVmax 8.4, previously 11.2.",
        "Spiculated right upper lobe mass 2.4 cm, SUVmax 12.1.",
        "No FDG-avid osseous lesion. Physiologic activity in the bowel and urinary tract.",
        "Left supraclavicular node 9 mm, SUVmax 3.2, indeterminate ({eponym} not excluded).",
    ), ("Partial metabolic response.", "No new distant disease.", "Indeterminate supraclavicular node.")),
    "MRI RIGHT KNEE W/O CONTRAST": ("CPT 73721", "Multiplanar PD, T1 and fat-suppressed T2 imaging.", (
        "Complex tear of the posterior horn of the medial meniscus extending to the inferior articular surface.",
        "Anterior cruciate ligament intact. Grade 2 chondromalacia of the medial femoral condyle.",
        "Small joint effusion. {eponym} measuring 2.1 cm. Mild prepatellar edema.",
        "Bone contusion of the lateral tibial plateau without fracture line.",
    ), ("Medial meniscal tear.", "Medial compartment chondromalacia.", "Baker-type popliteal cyst.")),
    "CT C-SPINE W/O CONTRAST": ("CPT 72125", "Helical acquisition with sagittal and coronal reformats. DLP 610 "
                                "mGy-cm.", (
        "Nondisplaced fracture through the anterior inferior C5 vertebral body (teardrop morphology excluded).",
        "Prevertebral soft tissues normal. Alignment maintained. No facet perching.",
        "Multilevel spondylosis, worst at C5-C6 with moderate foraminal narrowing.",
    ), ("Nondisplaced C5 anterior inferior endplate fracture.", "No malalignment.", "Spondylosis.")),
    "BILAT LOWER EXT VEINS": ("CPT 93970", "Gray-scale, color and spectral Doppler imaging with compression.", (
        "Occlusive thrombus in the left popliteal and posterior tibial veins.",
        "Right common femoral, femoral and popliteal veins are patent and compressible.",
        "{eponym} in the left popliteal fossa, 3.0 x 1.1 cm, intact.",
    ), ("Acute left popliteal and posterior tibial DVT.", "No right DVT.", "Popliteal cyst.")),
    "MR ARTHROGRAM LEFT SHOULDER": ("CPT 73222", "Fluoroscopic intra-articular injection of dilute gadolinium "
                                    "followed by MRI.", (
        "Full-thickness supraspinatus tear with 1.2 cm retraction. No muscle atrophy.",
        "Anteroinferior labral tear with a {eponym}. Small {eponym} in the posterolateral humeral head.",
        "Biceps tendon intact in the groove. AC joint arthrosis.",
    ), ("Full-thickness supraspinatus tear.", "Anteroinferior labral tear.", "AC joint arthrosis.")),
    "MYOCARDIAL PERFUSION SPECT": ("CPT 78452", "Regadenoson stress with same-day rest imaging.", (
        "Normal perfusion at stress and rest. LVEF 58%. No transient ischemic dilation.",
        "Small fixed inferior defect, likely diaphragmatic attenuation. Wall motion normal.",
        "No ECG changes with stress. Symptoms: flushing.",
    ), ("No reversible ischemia.", "Normal LV function.", "Low-risk study.")),
    "CT HEAD W/O CONTRAST": ("CPT 70450", "Axial non-contrast images with bone algorithm reconstructions.", (
        "No acute intracranial hemorrhage, mass effect or midline shift.",
        "Chronic small vessel ischemic changes. Old left cerebellar lacune.",
        "No calvarial fracture. Paranasal sinuses and mastoids clear.",
    ), ("No acute intracranial abnormality.", "Chronic microangiopathy.", "No fracture.")),
    "MR ENTEROGRAPHY": ("CPT 74183", "Oral neutral agent; multiphase imaging after IV {contrast}.", (
        "Wall thickening and hyperenhancement of 14 cm of the terminal ileum without stricture or fistula.",
        "Comb sign and reactive mesenteric nodes. No abscess.",
        "Perianal region unremarkable. Findings favor active {eponym}.",
    ), ("Active terminal ileitis.", "No stricture, fistula or abscess.", "Findings favor Crohn disease.")),
}
_DX_ICD = dict(zip(_DX, ("I50.23", "A41.51", "I21.4", "J44.1", "S72.001A", "K56.609", "E11.621", "J18.9", "I63.512",
                        "K26.0", "M51.16", "I26.99", "K85.90", "L03.115", "E10.10", "R55", "S12.400A", "S22.41XA",
                        "S82.141A", "S39.012A"), strict=True))
_EXAMS = tuple((k, v[0]) for k, v in _RAD.items())
_EPONYM_BY_EXAM = {
    "MRI LUMBAR SPINE W/O CONTRAST": ("Schmorl node",), "MR HEAD W & W/O CONTRAST": ("Chiari I malformation",),
    "MRI RIGHT KNEE W/O CONTRAST": ("Baker cyst",), "BILAT LOWER EXT VEINS": ("Baker cyst",),
    "MR ARTHROGRAM LEFT SHOULDER": ("Bankart lesion", "Hill-Sachs lesion"), "MR ENTEROGRAPHY": ("Crohn disease",),
    "PET/CT SKULL BASE TO MID-THIGH": ("Hashimoto thyroiditis",), "CT ABD & PELVIS WITH CONTRAST": (
        "Whipple procedure", "Roux-en-Y gastric bypass", "Hartmann procedure"),
}
_COURSE = (
    "The patient was admitted to the floor from the ED and started on {dose}.",
    "Home {drug} was held on admission and resumed at discharge after discussion with the PCP.",
    "Hospital course was complicated by delirium on HD 3, managed without restraints.",
    "Physical therapy followed daily; the <<" + "Morse Fall Scale" + ">> and gait assessment were documented.",
    "Skin checks q-shift; <<Braden score>> " + "13 on admission.",
    "Nephrology was consulted for AKI; creatinine improved with volume resuscitation.",
    "Cardiology recommended uptitration of <<Entresto>>; outpatient echocardiogram in 3 months.",
    "The {eline} was removed on HD 2 and the patient voided without difficulty.",
    "Infectious disease recommended a 6-week course; PICC placed for home infusion.",
    "Nutrition consulted for poor intake; supplements added.",
    "Pain was controlled with a multimodal regimen (oxycodone 5 mg PO q4h PRN, scheduled acetaminophen).",
    "Anticoagulation was bridged with {anticoag} per hematology.",
    "Goals of care discussed with family; remains full code.",
    "History notable for {eponym}; neurology followed for medication adjustment.",
    "Wound care nursing followed; <<Wound VAC>> applied to the surgical site.",
    "Central access obtained by <<Seldinger technique>> under ultrasound guidance.",
    "Heart failure team evaluated for advanced therapies; <<Impella CP>> support was not required.",
    "Patient was medically ready for discharge on HD " + "4" + " but remained pending post-acute placement.",
    "Telemetry was discontinued after 48 hours without events.",
    "Labs at discharge: Hgb 9.8, Cr 1.3, K 4.1, INR 1.1.",
    "The patient and family were educated on signs of worsening and return precautions.",
)


def _course(d: _Doc, lo: int = 4, hi: int = 8) -> None:
    d.T(d.pick("Brief Hospital Course:\n", "Hospital course (summary for payer):\n", "Clinical course:\n")
        + " ".join(d.r.sample(_COURSE, d.r.randint(lo, hi))) + "\n\n")



_ALLERGIES = ("Patient recorded as having No Known Allergies to Drugs", "Penicillins",
              "sulfa (sulfonamide antibiotics)",
              "Codeine / latex", "iodinated contrast (hives)", "lisinopril (angioedema)")
_CC = ("shortness of breath", "abdominal pain", "fall", "chest pain", "fever, flank pain", "leg weakness",
       "back pain after lifting at work", "neck pain after MVC", "confusion")


def _hdr_ds(d: _Doc) -> None:
    svc, sex = d.pick(*_SERVICES), d.sex
    d.T(d.pick(
        "Name:  {PERSON}                  Unit No:   {MRN}\n\nAdmission Date:  {DATE_REAL_YEAR}              "
        "Discharge Date:   ___\n\nDate of Birth:  {DATE_REAL_YEAR}             Sex:   " + sex + "\n\nService: " + svc
        + "\n\n",
        "Name:  ___                  Unit No:   {MRN}\n\nAdmission Date:  ___              Discharge Date:   ___\n\n"
        "Date of Birth:  ___             Sex:   " + sex + "\n\nService: " + svc + "\n\n",
        "Name: {PERSON}    Unit No: ___\nAdmission Date: ___    Discharge Date: ___\nDate of Birth: {DATE_REAL_YEAR}"
        "    Sex: " + sex + "\nService: " + svc + "\n\n",
    ))
    if d.r.random() < 0.7:
        d.T("Allergies:\n" + d.pick(*_ALLERGIES) + "\n\nAttending: " + d.pick("___.", "{PERSON}, MD.", "___, MD.")
            + "\n\nChief Complaint:\n" + d.pick(*_CC) + "\n\n")
    if d.r.random() < 0.65:
        d.T("History of Present Illness:\n" + d.pick("___ is a ___ year old", "Pt is a ___ y/o", "This ___ year old")
            + " " + d.noun + " with " + d.pick("HTN, DM2 and CKD", "COPD on 2 L home O2",
                                                              "HFrEF (EF 25%) and AF on {anticoag}", "{eponym}",
                                                              "no significant PMH") + " who presents with "
            + d.pick(*_CC) + ". " + " ".join(d.r.sample(_HPI, d.r.randint(3, 6))) + "\n\n")


_HPI = (
    "Symptoms began 3 days prior to admission and progressed despite outpatient treatment.",
    "In the ED, vitals were T 38.4 HR 112 BP 98/61 RR 24 SpO2 89% on RA.",
    "Labs notable for WBC 15.8, lactate 2.9, Cr 1.9 and troponin 0.04.",
    "EMS reported a GCS of 14 at the scene and a c-collar was placed.",
    "The patient was seen at urgent care 2 days ago and prescribed oral antibiotics.",
    "Family reports poor oral intake and increasing confusion over the past week.",
    "Outpatient PT for 8 weeks did not relieve the pain; an MRI was requested by the PCP.",
    "Injury occurred at work while lifting; the employer was notified the same day.",
    "Imaging in the ED showed findings requiring admission; see radiology reports.",
    "Given IV fluids and {dose}, then admitted to medicine for further management.",
    "Denies chest pain, recent travel or sick contacts.",
    "Home medications include <<Jardiance>> and <<Ozempic>>.",
    "Home medications include <<Humira>> and <<Prolia>>.",
)
_MEDS = ("Aspirin 81 mg PO DAILY", "Atorvastatin 40 mg PO QPM", "Metoprolol Succinate XL 50 mg PO DAILY",
         "Furosemide 20 mg PO DAILY", "{drug} as directed", "Acetaminophen 650 mg PO Q6H:PRN pain",
         "Senna 8.6 mg PO BID:PRN constipation", "Pantoprazole 40 mg PO Q24H", "Insulin glargine 14 Units Bedtime",
         "Oxycodone (Immediate Release) 5 mg PO Q4H:PRN pain", "Levetiracetam (<<Keppra>>) 500 mg PO BID",
         "Enoxaparin Sodium 40 mg SC DAILY", "Cephalexin 500 mg PO Q6H x 7 days", "Tamsulosin 0.4 mg PO QHS")


def _ds_tail(d: _Doc) -> None:
    d.T(d.pick("Discharge Diagnosis:\n", "Final Diagnoses:\n", "Dx (principal/secondary):\n") + "Primary: "
        + (dx := d.primary()) + " (<<" + _DX_ICD[dx] + ">>)\nSecondary: {eponym}\n\n")
    if d.r.random() < 0.7:
        meds = d.r.sample(_MEDS, d.r.randint(3, 6))
        d.T("Discharge Medications:\n" + "".join(f"{k + 1}. {x}\n" for k, x in enumerate(meds)) + "\n")
    d.T("Discharge Disposition:\n" + d.pick("Home", "Home With Service", "Extended Care", "Rehab facility")
        + "\n\n")
    if d.r.random() < 0.6:
        d.T("Followup Instructions:\n" + d.pick("___\n", "Follow up with ___ in 1 week.\n",
                                                "PCP ___ within 7 days; {dept} will call about the balance.\n"))


def _hdr_rad(d: _Doc, exam: str) -> None:
    d.T(d.pick(
        "EXAMINATION:  " + exam + "\n\n",
        "EXAMINATION:  " + exam + "\nACCESSION: {ACCOUNT:acc}\n\n",
        "EXAM: " + exam + "    ORDER #: {ACCOUNT:order}\n\n",
    ))


def _clinical(d: _Doc, n: int = 3) -> None:
    pool = [
        "Pt admitted via ED with " + d.primary() + ".",
        "Hemodynamics: HR 104, BP 92/58 on arrival; received 2 L LR. Lactate 3.1 -> 1.8.",
        "Started on {dose}; home {drug} held.",
        "PMH: {eponym}, HTN, CKD 3a. {escore} documented on admission.",
        "Required {eline} on HD 2; removed HD 4.",
        "PT/OT: {score}; recommends " + d.pick("SNF", "acute rehab", "home with services", "home with PT") + ".",
        "Telemetry with runs of NSVT; cardiology consulted, <<LifeVest>> fitted before discharge.",
        "WBC 17.2, Cr 2.1 (baseline 1.2), procalcitonin 4.6. Blood cultures 2/2 GNR.",
        "O2 requirement 4 L NC, weaned to RA on HD 3. {escore} reviewed.",
        "Imaging: " + d.pick(*(e[0] for e in _EXAMS)).lower() + " - see report.",
        "Pain controlled on {dose}. Ambulating 150 ft with RW.",
        "Discharge barrier: pending payer decision on post-acute level of care.",
    ]
    for line in d.r.sample(pool, n):
        d.T(line + "\n")


def _sig(d: _Doc, role: str) -> None:
    d.T(d.pick(
        "\n{A}" + role + ": {PERSON}, RN  |  {dept}  |  ext " + str(d.r.randint(2000, 7999)) + "\n",
        "\n{A}-- {PERSON}\n" + role + ", {dept}\nPh {PHONE}  Fax {FAX}\n",
        "\n{A}Electronically signed by: {PERSON} (" + role + ") {sd:time}\n",
        "\n{A}" + role + " ___ / pager {PAGER}\n",
    ))


# --------------------------------------------------------------------------------------------------
# Discharge-type builders
# --------------------------------------------------------------------------------------------------


def _b_prior_auth(d: _Doc) -> None:
    _hdr_ds(d)
    d.T(d.pick("INPATIENT NOTIFICATION / PRIOR AUTHORIZATION REQUEST\n", "UM - Auth Request (Inpatient)\n",
               "PRE-CERTIFICATION REQUEST - ELECTIVE ADMISSION\n"))
    d.T("{A}Payer: {ORGANIZATION:payer}    {payerid}\n")
    d.T(d.pick("Member: {PERSON}    Member ID: {HEALTH_PLAN:member}\n"
               "Group #: {HEALTH_PLAN:group}    Relationship: Self\n",
               "Subscriber name: ___   Subscriber ID: {HEALTH_PLAN:member}\nMember DOB: {DATE_REAL_YEAR}   Grp: ___\n",
               "Insured: {PERSON}\nID# {HEALTH_PLAN}   Group ___\n"))
    d.T("Admit date: {sd}   Admit type: " + d.pick("Emergency", "Urgent", "Elective") + "   Requested LOC: "
        + d.pick("Inpatient", "Observation -> Inpatient", "ICU") + "\n")
    d.T("Attending: Dr. {PERSON}   {npi}   Taxonomy {taxonomy}\nFacility: {ORGANIZATION:hospital}   {tin}\n")
    proc, code = d.r.choice((("ORIF, hip", "CPT 27245"), ("lumbar decompression/fusion", "CPT 22630"),
                             ("dual-chamber pacemaker", "CPT 33208"), ("laparoscopic cholecystectomy", "CPT 47562"),
                             ("total hip arthroplasty", "CPT 27130"), ("inpatient E/M, initial", "CPT 99223")))
    d.T("Primary dx: {icd}   Secondary: {icd}\nPlanned procedure: <<" + code + ">>  (" + proc + ")\n\n{A}")
    d.T("Clinical summary:\n")
    _clinical(d, d.r.randint(3, 5))
    _course(d)
    d.T("\n{A}")
    d.T(d.pick(
        "Request submitted via {portal} on {sd}. Reference # {ACCOUNT:auth} (filed as the account reference).\n",
        "Faxed to payer UM at {FAX} on {sd}; confirmation page scanned.\nCase ref: {ACCOUNT:auth}\n",
        "Called payer intake line; spoke to {PERSON}. Ref {ACCOUNT:auth}. Clinicals to follow via portal.\n"))
    d.T(d.pick(
        "Status: pended for clinical review. Payer UM nurse ___, phone {PHONE}, fax {FAX}.\n",
        "Status: APPROVED " + str(d.r.randint(2, 6)) + " days, next review {sd}. Auth #{ACCOUNT:auth}.\n",
        "Status: approved as OBSERVATION only; hospital to request P2P. Ref {ACCOUNT:auth}\n"))
    d.T("Criteria applied: {criteria} ({year}). {program} secondary on file; {notice} reviewed; "
        "{carc} risk noted by PFS.\n")
    _sig(d, d.pick("UR RN", "Utilization Review Nurse", "Access Coordinator"))


def _b_ur_review(d: _Doc) -> None:
    _hdr_ds(d)
    d.T(d.pick("UTILIZATION REVIEW NOTE\n", "UR Review - Continued Stay\n",
               "Utilization Management: Admission Review\n"))
    d.T("Review type: " + d.pick("Admission", "Continued stay", "Retrospective", "Concurrent") + "   Day "
        + str(d.r.randint(1, 9)) + "   Date: {sd}\n")
    d.T("Payer: {ORGANIZATION:payer} (" + d.pick("commercial", "Medicare Advantage", "managed Medicaid")
        + ")   Member ID: "
        "{HEALTH_PLAN:member}\nAcct: {ACCOUNT:acct}   Auth/ref: {ACCOUNT:auth}\n\n{A}")
    d.T("Criteria: " + d.pick("<<InterQual>> Acute Adult, subset ", "<<MCG>> Inpatient & Surgical Care, guideline ",
                              "<<Milliman Care Guidelines>> ORG: ")
        + d.pick("Heart Failure", "Sepsis", "Pneumonia", "Hip Fracture", "GI Bleeding", "Stroke") + " ({year})\n")
    d.T(d.pick("Severity of illness: MET", "SI: met", "Intensity of service: met", "Criteria NOT met for day ")
        + " - " + d.pick("IV diuresis with documented response", "IV antibiotics q8h, lactate trend",
                         "serial troponins and heparin gtt", "telemetry and q2h neuro checks") + ".\n\n")
    d.T("Clinical:\n")
    _clinical(d, d.r.randint(3, 5))
    _course(d)
    if d.r.random() < 0.6:
        _ds_tail(d)
    d.T("\n{A}Secondary review: " + d.pick("not required", "referred to physician advisor Dr. {PERSON}",
                                           "PA review requested - pager {PAGER}") + "\n")
    d.T(d.pick(
        "Clinicals sent to payer via fax {FAX} at {sd:time}.\n",
        "Clinicals uploaded to payer portal; payer reviewer {PERSON} ({PHONE}).\n",
        "Verbal update to payer CM {PERSON}; callback {PHONE}.\n"))
    d.T("Expected LOS per {drg}: GMLOS " + str(d.r.randint(2, 6)) + "." + str(d.r.randint(0, 9)) + " days. {notice}: "
        + d.pick("N/A.", "delivered and signed.", "given to pt/rep.", "reviewed with family.") + "\n")
    _sig(d, d.pick("UR RN", "Utilization Review", "RN Case Manager"))


def _b_denial(d: _Doc) -> None:
    _hdr_ds(d)
    d.T("Scanned correspondence transcribed to chart by {dept}:\n\n{A}")
    d.T("{ORGANIZATION:payer}\n" + d.pick("{STREET_ADDRESS}\n{LOCATION}, {state} {ZIP}\n", "Appeals Unit\n___\n"))
    d.T("\nDate: {sd}\n\nRE: Notice of Adverse Determination\nMember: {PERSON}\nMember ID: {HEALTH_PLAN:member}\n"
        "Claim/Reference: {ACCOUNT:claim}\nProvider: {ORGANIZATION:hospital}\nDates of service: {sd} - {sd}\n\n")
    d.T("Dear " + d.pick("Member", "Provider", "{PERSON}") + ":\n\n")
    d.T(d.pick(
        "We reviewed the request for inpatient admission. Based on the {criteria} criteria and the records "
        "received, the inpatient level of care is not medically necessary. The services could have been safely "
        "provided in observation status.",
        "Your request for the continued stay beyond day " + str(d.r.randint(2, 5)) + " has been denied. The clinical "
        "information does not show that acute inpatient services were required ({carc}).",
        "The requested service ({cpt}) is denied as not medically necessary. Conservative therapy of at least 6 weeks "
        "was not documented."))
    d.T("\n\nClinical rationale: " + " ".join(d.r.sample((
        "Vital signs were stable within 6 hours of arrival.",
        "Oral medications were tolerated by hospital day 1.",
        "There was no documented need for continuous telemetry or IV titration.",
        "Imaging did not show a complication requiring inpatient intervention.",
        "The {escore} and labs do not meet the severity threshold for acute care.",
        "Observation services up to 48 hours would have been appropriate.",
        "Home health or outpatient follow-up could have met the member's needs."), d.r.randint(2, 4))))
    d.T("\n\nThis decision was made by " + d.pick("Dr. {PERSON}, Medical Director", "a physician reviewer",
                                                   "{PERSON}, MD, board certified in internal medicine")
        + d.pick(" (license {LICENSE:med}).", ".", " - reviewer lic# {LICENSE:med}."))
    d.T("\n\n{A}You may request a peer-to-peer discussion within 14 days by calling {PHONE}. Appeals must be received "
        "within 180 days of this notice. Fax appeals to {FAX}.\nFor help, call the number on the member card or "
        "{hotline}. Information on your rights: {web}.\n")
    d.T("\nYOUR RIGHTS: You or your provider may request the criteria used to make this decision free of charge. "
        "You have the right to an independent external review after the internal appeal process is exhausted. If "
        "your health could be seriously harmed by waiting, ask for an expedited (72-hour) appeal. Language "
        "assistance is available at no cost ({hotline}).\n")
    d.T("\ncc: Attending ___; {dept}\n")
    d.T("\nChart note: denial logged in work queue; "
        + d.pick("P2P scheduled", "appeal drafted", "pt notified by phone") + ". {A}\n")
    _sig(d, d.pick("Denials Specialist", "UR RN", "PFS Rep"))


def _b_appeal(d: _Doc) -> None:
    _hdr_ds(d)
    d.T(d.pick("FIRST-LEVEL APPEAL - MEDICAL NECESSITY\n", "Expedited Appeal (clinical urgency)\n",
               "SECOND LEVEL APPEAL / REQUEST FOR RECONSIDERATION\n"))
    d.T("{A}To: {ORGANIZATION:payer}, Appeals & Grievances\nVia fax: {FAX}   Date: {sd}\n\n")
    d.T("Patient: {PERSON}    DOB: {DATE_REAL_YEAR}\nMember #: {HEALTH_PLAN:member}    Group: {HEALTH_PLAN:group}\n"
        "Claim #: {ACCOUNT:claim}    Denial ref: {ACCOUNT:auth}\nAdmission: {sd} to {sd}\n\n")
    d.T("To the reviewing physician,\n\nI am writing to appeal the denial of inpatient status for the above patient, "
        "a {AGE_OVER_89}-year-old " + d.noun + " admitted with " + d.primary() + ". ")
    d.T(d.pick(
        "Given age, comorbidities ({eponym}, CKD) and {escore}, the expected length of stay crossed two midnights "
        "under the <<Two-Midnight Rule>>.",
        "The patient required IV therapy ({dose}) and telemetry that cannot be provided safely at a lower level.",
        "Outpatient management was attempted at {ORGANIZATION:practice} without improvement."))
    d.T("\n\n{A}Supporting documentation enclosed: H&P, progress notes days 1-" + str(d.r.randint(2, 6))
        + ", MAR, imaging ({cpt}).\n")
    _clinical(d, d.r.randint(2, 4))
    _course(d)
    d.T("\nSincerely,\n\n" + d.pick("{PERSON}, MD", "Dr. {PERSON}", "___, MD") + "\n" + d.pick(
        "Physician Advisor", "Attending Hospitalist", "Chief Medical Officer") + ", {ORGANIZATION:hospital}\n"
        "{npi}   License: {LICENSE:med}\n{A}")
    d.T("\nPrepared by {dept}; copy to HIM. Appeal tracking # {ACCOUNT}.\n")


def _b_p2p(d: _Doc) -> None:
    _hdr_ds(d)
    d.T(d.pick("PEER TO PEER REVIEW NOTE\n", "Peer-to-Peer Discussion\n", "P2P (payer medical director) - note\n"))
    d.T("Date/time: {sd:time}\nPayer: {ORGANIZATION:payer}   Case #: {ACCOUNT:auth}\nMember ID: {HEALTH_PLAN}\n\n{A}")
    d.T("Spoke with " + d.pick("Dr. {PERSON}", "{PERSON}, MD", "payer medical director (name ___)") + ", "
        + d.pick("internal medicine", "family medicine", "orthopedic surgery", "emergency medicine") + ", reached at "
        + d.pick("{PHONE}", "{PHONE} option 3", "___") + ".\n")
    d.T("Discussed " + d.primary() + "; reviewer applied {criteria}. I reviewed "
        + d.pick("lactate trend and pressor need", "the failed trial of outpatient therapy",
                 "the imaging findings and neuro exam", "telemetry events and troponin trend") + ".\n")
    _clinical(d, d.r.randint(2, 4))
    _course(d)
    if d.r.random() < 0.6:
        _ds_tail(d)
    d.T("\n{A}Outcome: " + d.pick("Denial overturned - inpatient approved, ref {ACCOUNT:auth}.",
                                  "Denial upheld; will pursue written appeal.",
                                  "Partial: days 1-2 approved, day 3 denied.",
                                  "Reviewer to re-review with additional notes; fax to {FAX}.") + "\n")
    d.T("Total call time " + str(d.r.randint(6, 28)) + " min. Hold time " + str(d.r.randint(2, 40)) + " min.\n")
    d.T("\n" + d.pick("{PERSON}, MD (attending)", "Dr. {PERSON}", "___, MD") + " - pager {PAGER}\n{A}")


def _b_cm_plan(d: _Doc) -> None:
    _hdr_ds(d)
    d.T(d.pick("CASE MANAGEMENT - DISCHARGE PLANNING\n", "CM Progress Note / Payer Liaison\n",
               "Discharge Planning Assessment\n"))
    d.T("Pt is a {AGE_OVER_89} y/o " + d.sex + " admitted {sd} with " + d.primary() + ".\n")
    d.T("Lives " + d.pick("alone", "with spouse", "with daughter") + " at {STREET_ADDRESS}, {LOCATION} {ZIP}; "
        + d.pick("2 STE, bedroom 2nd floor", "1-level home", "elevator building") + ".\n")
    d.T("Caregiver: " + d.pick("daughter", "son", "niece", "spouse") + " {PERSON} ({young}), cell {PHONE}.\n\n{A}")
    d.T("Insurance: {ORGANIZATION:payer}, ID {HEALTH_PLAN:member}; secondary {program}.\n")
    d.T("Payer liaison: {PERSON} - " + d.pick("phone {PHONE}", "{EMAIL}", "fax {FAX}") + "\n")
    d.T("Post-acute plan: " + d.pick("SNF", "acute rehab", "home health PT/OT/RN", "LTACH") + ". Referrals sent to "
        "{ORGANIZATION:snf} and ___.\nPayer auth for post-acute: " + d.pick("pending", "approved", "denied - appeal")
        + ", ref {ACCOUNT:auth}.\n")
    d.T("DME: {dme} ordered; vendor to deliver to home; CMN on file. {carc} risk noted.\n")
    d.T("\n{A}")
    _clinical(d, 2)
    _course(d)
    if d.r.random() < 0.6:
        _ds_tail(d)
    d.T("Barriers: " + d.pick("no bed offers", "awaiting payer decision", "family undecided",
                              "guardianship paperwork") + ". {score}.\n")
    _sig(d, d.pick("Case Manager", "RN CM", "Social Worker"))


def _b_roi(d: _Doc) -> None:
    _hdr_ds(d)
    d.T(d.pick("HIM - RELEASE OF INFORMATION LOG\n", "Release of Information (ROI) Request\n",
               "Disclosure Log / Accounting of Disclosures\n"))
    d.T("Request received: {sd}   Logged by: ___ (<<Health Information Management>>)\nRequest #: {ACCOUNT:req}\n\n{A}")
    d.T("Requestor: " + d.pick("{ORGANIZATION:law}", "{ORGANIZATION:wc}", "{ORGANIZATION:auto}", "patient (self)",
                               "{ORGANIZATION:payer}") + "\n")
    d.T("Requestor contact: {PERSON}   Ph {PHONE}   Fax {FAX}\n")
    d.T("Identity verification: " + d.pick("driver's license {LICENSE:dl}", "photo ID on file", "DL# {LICENSE:dl} ("
                                           "{state})", "notarized authorization") + "\n")
    d.T("Patient: {PERSON}   DOB {DATE_REAL_YEAR}   MRN {MRN}\n")
    d.T("Authorization: " + d.pick("HIPAA-compliant, signed {DATE_REAL_YEAR}", "signed ___, expires on ___",
                                   "subpoena duces tecum", "court order") + "\n\n")
    d.T("| Item | Pages | Sent | Method |\n|---|---|---|---|\n")
    for item in d.r.sample(["H&P", "Discharge summary", "Imaging reports", "Itemized bill (UB-04)", "ED record",
                            "Operative note", "Labs", "MAR"], 4):
        d.T("| " + item + " | " + str(d.r.randint(1, 40)) + " | {sd} | " + d.pick("fax", "secure e-mail", "CD", "mail")
            + " |\n")
    d.T("\n{A}Delivery: " + d.pick("secure e-mail to {EMAIL}", "fax to {FAX}", "mailed to {STREET_ADDRESS}, {LOCATION}",
                                   "portal link {URL}", "CD by certified mail") + "\n")
    d.T("Fee: $" + str(d.r.randint(6, 95)) + ".00 ({year} rate card). Invoice # ___.\n"
        "Excluded: psychotherapy notes, 42 CFR Part 2 records.\n")
    d.T("Notes: " + " ".join(d.r.sample((
        "Minimum necessary applied; only dates of service on the authorization released.",
        "Requestor asked for billing records only - itemized statement and UB-04 copy provided.",
        "Authorization missing an expiration event; returned for correction, then accepted.",
        "Sensitive records (HIV, SUD, behavioral health) excluded absent specific consent.",
        "Imaging CD burned by Radiology file room; released with a cover letter.",
        "Patient-directed access request; fulfilled within 30 days per HIPAA Right of Access."), d.r.randint(2, 3)))
        + "\nComplaint info given: {web}.\n")
    _sig(d, d.pick("ROI Specialist", "HIM Clerk", "HIM Tech"))


def _b_coding_query(d: _Doc) -> None:
    _hdr_ds(d)
    d.T(d.pick("CLINICAL DOCUMENTATION QUERY\n", "Coding Query - Retrospective\n", "CDI Query (concurrent)\n"))
    d.T("To: Dr. {PERSON}   From: ___, CCDS\nAccount: {ACCOUNT:acct}   Encounter: {ACCOUNT:enc}\n"
        "Date sent: {sd}\n\n{A}")
    d.T(d.pick(
        "Clinical indicators: Na 126, serum osm 262, on {drug}. Please clarify the diagnosis being treated:\n"
        "[ ] hyponatremia  [ ] SIADH  [ ] other ___  [ ] unable to determine\n",
        "Clinical indicators: lactate 4.2, MAP 58, WBC 19.1, {dose}. Please document if:\n"
        "[ ] sepsis with septic shock  [ ] severe sepsis without shock  [ ] SIRS, non-infectious  [ ] other\n",
        "BMI 16.8, albumin 2.1, RD note: intake <50% x 10 days. Please specify degree of malnutrition:\n"
        "[ ] severe  [ ] moderate  [ ] mild  [ ] not clinically significant\n",
        "Echo EF 25%, BNP 2,340, IV <<Lasix>>. Please specify type and acuity of heart failure.\n"))
    d.T("\nImpact: " + d.pick("{drg} -> {drg}", "CC/MCC capture", "SOI/ROM", "HCC") + ". Query compliant with "
        "AHIMA/ACDIS guidance.\n\n{A}")
    d.T("Provider response (" + d.pick("{sd:time}", "{sd}") + "): " + d.pick(
        "Agree - documented in progress note.", "Clinically unable to determine.", "Disagree; see note.",
        "Addended discharge summary.") + "\n")
    d.T("Coder: ___   Final codes: {icd}, {icd}, {icd}\nAbstract: POA Y; discharge disposition 0"
        + str(d.r.randint(1, 6)) + "; {rev}.\n")
    d.T("\nEncoder: <<3M 360 Encompass>> {ver}\n")
    d.T(d.pick("Physician contact: pager {PAGER}\n", "Questions: {EMAIL}\n", "Coder desk {PHONE}\n"))
    _clinical(d, 2)
    _course(d)
    if d.r.random() < 0.6:
        _ds_tail(d)
    _sig(d, d.pick("CDI Specialist", "Coding Specialist", "HIM Coder"))


def _b_fin_counsel(d: _Doc) -> None:
    _hdr_ds(d)
    d.T(d.pick("FINANCIAL COUNSELING NOTE\n", "Financial Assistance / Charity Care Screening\n",
               "Patient Access - Coverage Screening\n"))
    d.T("Met with pt " + d.pick("at bedside", "by phone", "with daughter") + " on {sd}. HAR: {ACCOUNT:acct}\n{A}")
    d.T("Coverage on file: " + d.pick("self-pay", "{ORGANIZATION:payer} - termed", "{program} pending",
                                      "{ORGANIZATION:payer} (ID {HEALTH_PLAN:member})") + "\n")
    income = f"{d.r.randint(0, 6400):,}"
    d.T("Household size " + str(d.r.randint(1, 6)) + "; monthly income <<$" + income + ">>; FPL "
        + str(d.r.randint(80, 390)) + "%.\nEmployer: "
        + d.pick("{ORGANIZATION:employer}", "unemployed", "retired", "___") + "\n")
    d.T("Address verified: {STREET_ADDRESS}, {LOCATION}, {state} {ZIP}\n")
    d.T("SSN: " + d.pick("{SSN}", "declined to provide", "___") + "   DOB {DATE_REAL_YEAR}\n\n{A}")
    d.T("Screened for: {program}, hospital financial assistance (charity care), payment plan.\nOutcome: "
        + d.pick("Presumptive charity 100% approved.", "Medicaid application submitted; ref {ACCOUNT}.",
                 "Sliding scale 60% discount pending documents.", "Payment plan 24 mo, {amt}/mo.") + "\n")
    d.T("Estimate given: <<$" + f"{d.r.randint(150, 4000):,}" + ".00>> (est. charges <<$"
        + f"{d.r.randint(9000, 90000):,}" + ".00>>). Good-faith estimate per No Surprises Act.\n")
    d.T("Documents requested:\n" + "".join("[" + d.pick("x", " ") + "] " + x + "\n" for x in d.r.sample((
        "2 most recent pay stubs", "prior-year tax return", "award letter (SSI/SSDI)", "bank statements x 3 mo",
        "proof of residency", "unemployment determination", "letter of support (no income)",
        "COBRA election notice"), d.r.randint(3, 6))))
    d.T("Discussion: " + " ".join(d.r.sample((
        "Pt anxious about bills; reassured that collections are paused while the application is pending.",
        "Explained the difference between hospital and professional (physician) bills.",
        "Pt lost employer coverage last month; COBRA premium unaffordable.",
        "Daughter will help gather documents; FC to follow up in 1 week.",
        "Pt declined payment plan until the eligibility decision.",
        "Reviewed the plain-language summary of the financial assistance policy."), d.r.randint(2, 4))) + "\n")
    d.T("Pt contact: " + d.pick("{PHONE}", "{EMAIL}", "cell ___") + "; prefers " + d.pick(
        "Spanish", "Portuguese", "English", "Haitian Creole") + " (born in {country}).\n")
    d.T("Info sheet given (marketplace: {web}; {hotline}).\n")
    _sig(d, d.pick("Financial Counselor", "Patient Access Rep", "Eligibility Specialist"))


def _b_eob(d: _Doc) -> None:
    _hdr_ds(d)
    d.T("EOB / REMIT EXCERPT pasted by " + d.pick("<<Patient Financial Services>>", "<<Central Billing Office>>",
                                                  "<<Denials Management>>", "<<Revenue Integrity>>")
        + " for the record\n\n{A}")
    d.T(d.pick("Payer: {ORGANIZATION:payer}    {payerid}\n", "{ORGANIZATION:payer} - Explanation of Benefits\n"))
    d.T("Patient: {PERSON}    Member ID: {HEALTH_PLAN:member}    Group: {HEALTH_PLAN:group}\n"
        "Patient Acct: {ACCOUNT:acct}    Claim #: {ACCOUNT:claim}\nICN: {ACCOUNT:icn}\n\n")
    d.T("Svc Date   Code       Billed      Allowed     Paid     Adj\n")
    for _ in range(d.r.randint(2, 4)):
        billed = d.r.randint(300, 60000) + d.r.randint(0, 99) / 100
        allowed = round(billed * d.r.uniform(0.25, 0.8), 2)
        paid = round(allowed * d.r.choice((0.0, 0.7, 0.8, 1.0)), 2)
        d.T("{sd}  " + d.pick("{rev}", "{cpt}", "{drg}") + "".join(f"  <<${x:,.2f}>>" for x in (billed, allowed, paid))
            + "  {carc}\n")
    d.T("\nPatient responsibility: {amt} (deductible {amt}, coinsurance {amt}).\n\nRemark codes:\n")
    for code, text in d.r.sample((
            ("CO-45", "charge exceeds fee schedule/maximum allowable"), ("CO-50", "non-covered: not deemed a medical "
             "necessity"), ("PR-1", "deductible amount"), ("PR-2", "coinsurance amount"), ("CO-197", "precertification/"
             "authorization absent"), ("N115", "decision based on a local coverage determination"), ("CO-16",
             "claim lacks information needed for adjudication"), ("MA130", "incomplete/invalid claim; resubmit"),
            ("OA-23", "impact of prior payer adjudication")), d.r.randint(2, 4)):
        d.T("  <<" + code + ">>  " + text + "\n")
    d.T("\n{A}")
    d.T("835 excerpt:\nCLP*{ACCOUNT:acct}*1*{amt}*{amt}**12*{ACCOUNT:icn}*11*1~\n"
        "NM1*QC*1*___*___****MI*{HEALTH_PLAN:member}~\nDTM*232*{DATE_REAL_YEAR:edi}~\nDTM*233*{sd:edi}~\n"
        "CAS*CO*" + d.pick("45", "50", "197", "4") + "*{amt}~\n")
    d.T("\nPFS note: " + d.pick("underpayment vs contract - dispute filed.", "secondary billed to {program}.",
                                "denied {carc}; routed to denials.", "patient balance transferred.") + " Claim form "
        "{form}. Billing provider {npi}, {tin}.\n")
    _sig(d, d.pick("PFS Rep", "Cash Posting", "Denials Analyst"))


def _b_workers_comp(d: _Doc) -> None:
    d.dx = d.pick(*_DX[16:])
    _hdr_ds(d)
    d.T(d.pick("WORKERS' COMPENSATION CORRESPONDENCE\n", "WC - First Report / Billing Info\n",
               "Workers Comp Case Note (PFS)\n"))
    d.T("{A}Carrier/TPA: {ORGANIZATION:wc}\nAdjuster: {PERSON}   Ph {PHONE}   Fax {FAX}\nAdjuster e-mail: {EMAIL}\n")
    d.T("WC claim #: {ACCOUNT:wc}    Policy: {HEALTH_PLAN:policy}\nEmployer: {ORGANIZATION:employer}, "
        "{LOCATION}\nDate of injury: {DATE_REAL_YEAR}    Claimant SSN: {SSN}\n\n")
    d.T("Mechanism: " + d.pick("lifting 80 lb box at warehouse", "fall from ladder ~6 ft",
                               "crush injury in press", "slip on wet floor in kitchen", "MVC while on delivery route")
        + ". Injury: " + d.dx + " (<<" + _DX_ICD[d.dx] + ">>).\n")
    _clinical(d, d.r.randint(2, 4))
    _course(d)
    if d.r.random() < 0.6:
        _ds_tail(d)
    d.T("\n{A}Carrier requests: " + d.pick("itemized bill + records", "work status note", "IME scheduling",
                                          "UB-04 and op note") + ". Bill to carrier, not group health.\n")
    d.T("Work status: " + d.pick("off work until f/u", "light duty, no lifting > 10 lb", "TTD") + ". "
        "Treating MD: Dr. {PERSON} (lic {LICENSE:med}).\n")
    d.T("State WC form filed; fee schedule applies ({state}).\n")
    _sig(d, d.pick("PFS - WC Specialist", "Case Manager", "Billing Rep"))


def _b_pip(d: _Doc) -> None:
    d.dx = d.pick(*_DX[16:])
    _hdr_ds(d)
    d.T(d.pick("AUTO INSURANCE / PIP CORRESPONDENCE\n", "MVC - Third-party & PIP billing note\n",
               "Personal Injury Protection claim - PFS note\n"))
    d.T("{A}Auto carrier: {ORGANIZATION:auto}\nPIP claim #: {ACCOUNT:claim}    Policy #: {HEALTH_PLAN:policy}\n"
        "Adjuster: {PERSON}   {PHONE}\n")
    d.T("Date of loss: {DATE_REAL_YEAR}   Location: {LOCATION}, {state}\nInsured vehicle VIN: {VEHICLE_ID:vin}\n"
        "Plate: {VEHICLE_ID:plate}\nPolice report # {ACCOUNT:run}\n\n")
    d.T("Pt was " + d.pick("restrained driver", "front passenger", "pedestrian struck", "motorcyclist") + "; "
        + d.pick("airbags deployed", "extrication required", "ambulatory at scene") + ". EMS run # {ACCOUNT:run}.\n")
    _clinical(d, d.r.randint(2, 3))
    _course(d)
    if d.r.random() < 0.6:
        _ds_tail(d)
    d.T("\n{A}Attorney: {ORGANIZATION:law}, attn {PERSON}\n" + d.pick(
        "Letter of protection received {sd}; lien noted.\n", "Attorney fax {FAX}.\n",
        "Records requested via {URL}\n"))
    d.T("PIP limit " + d.pick("$8,000", "$10,000", "$25,000") + "; exhausted? " + d.pick("no", "yes - bill health ins",
                                                                                          "pending") + ". Health "
        "plan ID {HEALTH_PLAN:member} as secondary.\n")
    d.T("Pt DL (for claim form): {LICENSE:dl}\n")
    _sig(d, d.pick("PFS Rep", "Liability Specialist", "Patient Access"))


# --------------------------------------------------------------------------------------------------
# Radiology-type builders
# --------------------------------------------------------------------------------------------------


_INDICATIONS = {
    "MRI LUMBAR SPINE W/O CONTRAST": ("low back pain radiating to the left leg x 8 weeks despite PT",
                                      "lumbar radiculopathy, failed conservative care", "back pain after a fall"),
    "CT ABD & PELVIS WITH CONTRAST": ("abdominal pain and vomiting, ? SBO", "epigastric pain, lipase 1,400",
                                      "fever and flank pain, ? abscess"),
    "MR HEAD W & W/O CONTRAST": ("acute aphasia and right arm weakness", "new headaches, ? mass",
                                 "transient right-sided numbness"),
    "CTA CHEST": ("tachycardia and hypoxia, r/o PE", "pleuritic chest pain after an MVC", "dyspnea, D-dimer 3,400"),
    "PET/CT SKULL BASE TO MID-THIGH": ("restaging lung cancer after 4 cycles of <<Keytruda>>", "RUL mass, staging"),
    "MRI RIGHT KNEE W/O CONTRAST": ("medial knee pain and locking after a twisting injury at work",
                                    "knee effusion, ? meniscal tear"),
    "CT C-SPINE W/O CONTRAST": ("neck pain after an MVC, high-risk mechanism", "fall down stairs, neck pain"),
    "BILAT LOWER EXT VEINS": ("left calf swelling", "leg swelling after hip surgery"),
    "MR ARTHROGRAM LEFT SHOULDER": ("shoulder instability after a lifting injury", "recurrent dislocation"),
    "MYOCARDIAL PERFUSION SPECT": ("chest pain, pre-operative risk stratification", "exertional dyspnea"),
    "CT HEAD W/O CONTRAST": ("fall on anticoagulation ({anticoag}) with head strike", "confusion, ? bleed"),
    "MR ENTEROGRAPHY": ("diarrhea and weight loss, ? Crohn disease", "known ileitis, assess activity"),
}


def _indication(d: _Doc, exam: str) -> None:
    ind = _INDICATIONS.get(exam, ("pain",))
    if d.r.random() < 0.45:
        d.T("CLINICAL HISTORY (from order):  " + " ".join(d.r.sample((
            "Symptoms for 6 weeks, worse at night.", "Failed PT and NSAIDs.", "On {drug}.",
            "History of {eponym}.", "Prior surgery: {eproc}.", "Requested by ___ for payer documentation.",
            "Pregnancy test negative.", "Creatinine 1.1 on {sd}."), d.r.randint(2, 4))) + "\n\n")
    d.T("INDICATION:  " + d.pick("{AGE_OVER_89} year old", "___ year old", "{AGE_OVER_89} y/o", "___-year-old")
        + " " + d.pick(d.noun, d.noun, "patient") + " with " + d.pick(*ind) + ". " + d.pick(
            "Evaluate for acute process.", "Pre-operative planning.", "Eval for progression.",
            "Please assess.", "Prior authorization on file.") + "\n\n")


def _report_body(d: _Doc, exam: str) -> None:
    key = exam if exam in _RAD else "MRI LUMBAR SPINE W/O CONTRAST"
    _cpt, technique, findings, impressions = _RAD[key]
    eps = _EPONYM_BY_EXAM.get(key)

    def fill(line: str) -> str:
        if eps:
            for _ in range(line.count("{eponym}") + line.count("{eproc}")):
                line = line.replace("{eponym}", "<<" + d.pick(*eps) + ">>", 1).replace(
                    "{eproc}", "<<" + d.pick(*eps) + ">>", 1)
        return line

    d.T("TECHNIQUE:  " + fill(technique) + "\n\n")
    d.T("COMPARISON:  " + d.pick("{sd}.", "None.", "Outside study ___.", "{sd} (outside, imported).",
                                 "Radiographs {sd} and {sd}.") + "\n\n")
    chosen = sorted(d.r.sample(range(len(findings)), d.r.randint(2, len(findings))))
    d.T("FINDINGS:\n\n" + "\n\n".join(fill(findings[k]) for k in chosen) + "\n\n")
    imp = d.r.sample(impressions, d.r.randint(1, len(impressions)))
    d.T("IMPRESSION:\n\n" + "\n".join(f"{n + 1}. {x}" for n, x in enumerate(imp)) + "\n")
    d.T(d.pick("", "\nRECOMMENDATION(S):  " + d.pick("Clinical correlation.", "Follow-up imaging in 3 months.",
                                                      "Surgical consultation as clinically indicated.") + "\n",
               "\nNOTIFICATION:  Findings discussed with the ordering team by ___ at {sd:time}.\n"))


def _rad_extra(d: _Doc) -> None:
    if d.r.random() < 0.5:
        d.T("\nTECHNOLOGIST NOTE:  " + " ".join(d.r.sample((
            "Patient screened; no contraindication.", "Motion degraded sequences repeated.",
            "IV placed 20 g L AC by ___; no extravasation.", "eGFR " + str(d.r.randint(31, 95)) + " within 30 days.",
            "Premedicated for contrast allergy per protocol.", "Prior outside images not available at scan time.",
            "Patient weight " + str(d.r.randint(48, 140)) + " kg."), d.r.randint(2, 4))) + "\n")
    if d.r.random() < 0.5:
        d.T("\nDOSE / CONTRAST LOG:  " + d.pick("CTDIvol " + str(d.r.randint(5, 60)) + " mGy; DLP "
                                                 + str(d.r.randint(150, 1500)) + " mGy-cm.",
                                                 "{contrast} " + str(d.r.randint(10, 120)) + " mL, {lot}, {exp}.",
                                                 "No contrast administered.") + "\n")
    if d.r.random() < 0.5:
        d.T("\nI have personally reviewed the images and agree with the report transcribed above. Preliminary "
            "findings may differ from the final interpretation.\n")


def _b_imaging_auth(d: _Doc) -> None:
    exam, cpt = d.r.choice(_EXAMS)
    d.T(d.pick("ADVANCED IMAGING PRIOR AUTHORIZATION - REQUEST & RESULT\n", "Imaging PA (RBM) record\n",
               "RADIOLOGY PRE-CERT WORKSHEET\n"))
    d.T("Payer: {ORGANIZATION:payer}   Member ID: {HEALTH_PLAN:member}   Grp {HEALTH_PLAN:group}\n")
    d.T("Ordering: Dr. {PERSON}  {npi}   Practice: {ORGANIZATION:practice}\nOrdering office ph {PHONE} / fax "
        "{FAX}\n")
    d.T("Exam requested: " + exam + " (<<" + cpt + ">>)   Dx {icd}\n")
    d.T("Conservative therapy: " + d.pick("PT x 8 wk", "NSAIDs + PT 6 wk", "N/A - red flags", "steroid taper")
        + ". Prior imaging: " + d.pick("XR {sd}", "none", "outside MRI ___") + ".\n")
    d.T("Auth #: {ACCOUNT:auth}   Valid {sd} - {sd}   Site: {ORGANIZATION:imaging}\n{A}")
    d.T("Status: " + d.pick("approved", "approved after P2P", "approved - modified to w/o contrast",
                            "pending clinicals") + ". Verified by scheduler ___ on {sd}.\n\n")
    _hdr_rad(d, exam)
    _indication(d, exam)
    _report_body(d, exam)
    _rad_extra(d)
    d.T("\n{A}" + d.pick("Dictated by: Dr. {PERSON}", "Radiologist: {PERSON}, MD", "Read by ___, MD")
        + "   {sd:time}\n")


def _b_rad_coding_addendum(d: _Doc) -> None:
    exam, cpt = d.r.choice(_EXAMS)
    d.T(d.pick("ADDENDUM (billing/coding clarification)\n\n", "*** ADDENDUM ***  (requested by Radiology Billing)\n\n",
               "Addendum for coding - original report unchanged\n\n"))
    d.T("{A}Accession: {ACCOUNT:acc}    Orig. order: {ACCOUNT:order}\nExam: " + exam + "\n")
    d.T(d.pick(
        "Per coding query from {dept}: laterality is RIGHT. Contrast administered: {contrast} "
        + str(d.r.randint(50, 100)) + " mL, {ndc}, {lot}, {exp}.\n",
        "Charge corrected from <<" + cpt + ">> to {cpt}; modifier -26 (professional component) applies; global billed "
        "by ___.\n",
        "Views obtained: 3. Documentation now supports {cpt}. Medical necessity dx {icd}.\n",
        "Clarification: study performed WITHOUT contrast; ordered with/without. Contrast charge ({ndc}) reversed.\n"))
    d.T("Query ref {ACCOUNT:req} from coder ___ ({EMAIL}).\n\n{A}")
    _hdr_rad(d, exam)
    _indication(d, exam)
    _report_body(d, exam)
    _rad_extra(d)
    d.T("\nAddendum by: " + d.pick("Dr. {PERSON}", "{PERSON}, MD", "___, MD") + " (lic. {LICENSE:med})  {sd:time}\n{A}")


def _b_outside_import(d: _Doc) -> None:
    exam, cpt = d.r.choice(_EXAMS)
    d.T(d.pick("OUTSIDE IMAGING IMPORT LOG\n", "PACS Import / Reconciliation - Outside Study\n",
               "Outside Films - CD Import Record\n"))
    d.T("Source facility: {ORGANIZATION:imaging}" + d.pick(", {LOCATION}", "", " ({LOCATION}, {state})") + "\n")
    d.T("Received: " + d.pick("CD from patient", "cloud share {URL}", "DICOM push", "<<Nuance PowerShare>>")
        + " on {sd}\n")
    d.T("Outside MRN: {MRN}   Outside accession: {ACCOUNT:acc}\nLocal MRN: {MRN}   Local accession: {ACCOUNT:acc}\n")
    d.T("Sending node: {IP_ADDRESS}   AE title ___   Port 104\n")
    d.T("Study: " + exam + "   Series " + str(d.r.randint(3, 14)) + ", images " + str(d.r.randint(80, 2400))
        + "   Viewer {pacs} {ver}\n")
    d.T("Demographics mismatch: " + d.pick("none", "DOB differed ({DATE_REAL_YEAR}) - corrected", "name spelling -> "
                                           "{PERSON}", "middle initial only") + "\n{A}")
    d.T("Imported by: ___ (PACS admin), phone {PHONE}. Over-read requested: " + d.pick("yes", "no") + ".\n"
        "Billing: no technical charge; professional over-read <<" + cpt + ">> -26 if performed.\n\n")
    d.T("OUTSIDE REPORT (transcribed):\n")
    _indication(d, exam)
    _report_body(d, exam)
    _rad_extra(d)
    d.T("\n{A}Outside radiologist: " + d.pick("{PERSON}, MD", "Dr. {PERSON}", "___") + "\n")


def _b_telerad(d: _Doc) -> None:
    exam, cpt = d.r.choice(_EXAMS)
    d.T("=" * 40 + "\n" + d.pick("TELERADIOLOGY REPORT - ", "NIGHTHAWK READ - ", "REMOTE READ - ")
        + d.pick("PRELIMINARY", "FINAL") + "\n")
    d.T("Client: {ORGANIZATION:hospital}   Acct: {ACCOUNT:acct}\nRead by: {ORGANIZATION:imaging}\n"
        "Radiologist: Dr. {PERSON}   Lic " + "{state} {LICENSE:med}\n")
    d.T("Workstation: {IP_ADDRESS}   Software {pacs} {ver}\nBill type: professional (-26), " + "<<" + cpt + ">>"
        + "   ICD {icd}\nAccession: {ACCOUNT:acc}   Received {sd:time}   Signed {sd:time}\n" + "=" * 40 + "\n\n{A}")
    _hdr_rad(d, exam)
    _indication(d, exam)
    _report_body(d, exam)
    _rad_extra(d)
    d.T("\n{A}Critical result called to " + d.pick("Dr. {PERSON}", "ED RN ___", "{PERSON}, PA") + " at "
        + d.pick("{PHONE}", "{sd:time}", "ext ___") + ", read back confirmed.\n")
    d.T("Telerad support line: {PHONE}   Preliminary reads are subject to final over-read.\n")


def _b_auc(d: _Doc) -> None:
    exam, cpt = d.r.choice(_EXAMS)
    d.T(d.pick("APPROPRIATE USE CRITERIA CONSULTATION\n", "Imaging CDS Record (AUC)\n",
               "Decision Support - Advanced Imaging Order\n"))
    d.T("Ordering practitioner: {PERSON}   {npi}\nCDSM: qualified mechanism " + d.pick("(G1004)", "(G1007)", "(G1011)")
        + "   Score: " + d.pick("appropriate 8/9", "may be appropriate 5/9", "rarely appropriate 2/9") + "\n")
    d.T("Modifier: " + d.pick("ME", "MF", "MG", "MH") + "   Session ID ___\nOrder: {ACCOUNT:order}   Exam " + exam
        + " (<<" + cpt + ">>)\n")
    d.T("Payer: {ORGANIZATION:payer}; ID {HEALTH_PLAN}; <<Medicare>> claims require the AUC G-code.\n{A}")
    d.T("Reason: " + d.pick("no red flags, symptoms < 6 weeks", "known malignancy, new pain",
                            "trauma, high-risk mechanism", "anticoagulated with head strike") + ".\n\n")
    _hdr_rad(d, exam)
    _indication(d, exam)
    _report_body(d, exam)
    _rad_extra(d)
    d.T("\n{A}Signed: " + d.pick("Dr. {PERSON}", "{PERSON}, MD", "___") + "   {sd}\n")


def _b_implant_screen(d: _Doc) -> None:
    exam = d.pick("MRI LUMBAR SPINE W/O CONTRAST", "MR HEAD W & W/O CONTRAST", "MRI RIGHT KNEE W/O CONTRAST",
                  "MR ENTEROGRAPHY")
    d.T(d.pick("MRI SAFETY SCREENING - IMPLANTED DEVICE\n", "MR Conditional Device Check & Billing Record\n",
               "Implant verification (MRI)\n"))
    dev, what, rep = d.r.choice((
        ("<<Medtronic Azure>> XT DR MRI SureScan", "pacemaker", "<<Medtronic Azure>> clinic"),
        ("<<Boston Scientific>> Resonate", "ICD", "<<Boston Scientific>>"),
        ("<<Watchman FLX>>", "left atrial appendage occluder", "manufacturer"),
        ("<<Omnipod 5>>", "insulin pump (removed for scan)", "diabetes educator"),
        ("<<Dexcom G7>>", "CGM sensor (removed for scan)", "diabetes educator"),
        ("<<Stryker>> Triathlon", "total knee hardware", "<<Stryker>>"),
        ("<<LifeVest>>", "wearable defibrillator (removed for scan)", "manufacturer")))
    d.T("Device: " + dev + " " + what + "   {ref}\nSerial: {DEVICE_ID}\n")
    d.T(d.pick("UDI: {udi}(21){DEVICE_ID}\n",
               "Lead serial: {DEVICE_ID}   {lot}\n", "Implant card scanned; {lot}, {exp}.\n"))
    d.T("Implanted at {ORGANIZATION:hospital} on {DATE_REAL_YEAR}. Rep on site: ___ (" + rep + "), cell {PHONE}.\n")
    d.T("Mode set to MRI-safe by ___ at {sd:time}; SAR limited 2.0 W/kg; 1.5 T only.\n"
        "Billing: device interrogation <<CPT 93286>>; MRI <<" + _RAD[exam][0] + ">>.\n{A}\n")
    _hdr_rad(d, exam)
    _indication(d, exam)
    _report_body(d, exam)
    _rad_extra(d)
    d.T("\n{A}Device reprogrammed to baseline at {sd:time}. Signed {PERSON}, MD; tech {PERSON}, RT(R)(MR).\n")


def _b_charge_report(d: _Doc) -> None:
    exam, cpt = d.r.choice(_EXAMS)
    _hdr_rad(d, exam)
    _indication(d, exam)
    _report_body(d, exam)
    _rad_extra(d)
    d.T("\n{A}" + d.pick("Dictated by: Dr. {PERSON}", "Radiologist: {PERSON}, MD", "___, MD") + "\n\n")
    d.T("---- CHARGE CAPTURE (system) ----\n")
    d.T("Acc#: {ACCOUNT:acc} | HAR: {ACCOUNT:acct} | MRN: {MRN}\n")
    d.T("CPT: <<" + cpt.split()[-1] + ">> | Mod: " + d.pick("26", "TC", "none", "RT", "LT") + " | Dx: {icd} | {rev}\n")
    d.T("Ordering: {PERSON} ({npi}) | Perf. loc: " + d.pick("MAIN CT2", "ED XR", "MRI 1.5T-B", "US ROOM 3") + "\n")
    d.T("Payer: {ORGANIZATION:payer} | Member {HEALTH_PLAN:member} | Auth {ACCOUNT:auth}\n")
    d.T("Contrast: " + d.pick("{contrast} {ndc}", "none", "{contrast}, {lot}, {exp}") + "\n")
    d.T("Charge posted {sd:time} by ___ | batch " + str(d.r.randint(1000, 9999)) + "\n{A}")


_DS_KINDS = ("prior_auth", "ur_review", "denial_letter", "appeal_letter", "peer_to_peer", "cm_discharge_plan",
             "roi_log", "coding_query", "financial_counsel", "eob_claim", "workers_comp", "pip_auto")
_RAD_KINDS = ("imaging_prior_auth", "rad_coding_addendum", "outside_import", "telerad_read", "imaging_appropriateness",
              "implant_mri_screen", "rad_charge_report")
_KINDS: dict[str, tuple[str, Callable[[_Doc], None]]] = {
    "prior_auth": ("discharge", _b_prior_auth),
    "ur_review": ("discharge", _b_ur_review),
    "denial_letter": ("discharge", _b_denial),
    "appeal_letter": ("discharge", _b_appeal),
    "peer_to_peer": ("discharge", _b_p2p),
    "cm_discharge_plan": ("discharge", _b_cm_plan),
    "roi_log": ("discharge", _b_roi),
    "coding_query": ("discharge", _b_coding_query),
    "financial_counsel": ("discharge", _b_fin_counsel),
    "eob_claim": ("discharge", _b_eob),
    "workers_comp": ("discharge", _b_workers_comp),
    "pip_auto": ("discharge", _b_pip),
    "imaging_prior_auth": ("radiology", _b_imaging_auth),
    "rad_coding_addendum": ("radiology", _b_rad_coding_addendum),
    "outside_import": ("radiology", _b_outside_import),
    "telerad_read": ("radiology", _b_telerad),
    "imaging_appropriateness": ("radiology", _b_auc),
    "implant_mri_screen": ("radiology", _b_implant_screen),
    "rad_charge_report": ("radiology", _b_charge_report),
}
DOCUMENT_KINDS = _DS_KINDS + _RAD_KINDS


def document_kind(seed: int, i: int) -> str:
    return _plan(seed, i)[0]


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    """(note, look-alikes present in it, "heavy" | "normal"), deterministic from (seed, i)."""
    kind, heavy, cats = _plan(seed, i)
    note_type, builder = _KINDS[kind]
    r = random.Random(f"h41:{seed}:{i}")
    d = _Doc(r)
    builder(d)
    text, spans, looks = _render(r, d, cats, heavy)
    return LabelledNote(note_type, text, sorted(spans)), looks, "heavy" if heavy else "normal"


def holdout41_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout41_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout41_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout41_corpus, argv,
        "Held-out corpus 41 (blind): hospital revenue cycle, utilization review and health-information management")
    holdout_measure.report("holdout41", args, notes, hits, res)


if __name__ == "__main__":
    main()
