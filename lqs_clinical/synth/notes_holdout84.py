"""Held-out corpus 84: prosthetics, orthotics and limb-loss rehabilitation around an admission.

MIMIC-IV-Note-shaped discharge and radiology notes in which most identifiers are masked as ``___``,
unmasked dates are shifted into 2100-2200 (never labelled), about 58% of the notes carry 1-4
identifiers that escaped masking (labelled spans) and exactly 5% are heavily masked (no plants).

Document kinds (note type in brackets):

- ``amputation_discharge`` [discharge]: amputation discharge summary (BKA/AKA/partial foot).
- ``prosthetist_eval`` [discharge]: prosthetist evaluation note (K-level, outcome measures, plan).
- ``orthotist_afo_order`` [discharge]: orthotist evaluation and custom AFO/KAFO/brace order.
- ``socket_fitting`` [discharge]: check-socket / diagnostic socket fitting note.
- ``mpk_delivery`` [discharge]: microprocessor knee delivery record and warranty registration.
- ``powered_ankle_delivery`` [discharge]: powered ankle set-up note with a component log table.
- ``insurer_auth_appeal`` [discharge]: pasted prior-authorization request and appeal letter.
- ``gait_lab_report`` [discharge]: instrumented gait-lab report.
- ``peer_support_note`` [discharge]: amputee peer-visitor / support-group note.
- ``osseointegration_referral`` [discharge]: referral letter for osseointegration evaluation.
- ``irf_discharge_with_op_letter`` [discharge]: inpatient rehab discharge with a pasted O&P letter.
- ``residual_limb_xr`` [radiology]: residual limb radiographs.
- ``cta_runoff`` [radiology]: CTA with lower-extremity runoff before amputation.
- ``mri_residual_limb`` [radiology]: MRI of the residual limb (neuroma, bursa, collection).
- ``osseo_planning_ct`` [radiology]: CT of the femur/tibia for osseointegration planning.
- ``standing_alignment_xr`` [radiology]: long-leg standing radiograph with the prosthesis on.
- ``residual_limb_us`` [radiology]: venous duplex / soft-tissue ultrasound of the residual limb.
- ``foot_xr_partial_foot`` [radiology]: foot radiographs (Charcot, partial foot, orthosis).
- ``hip_pelvis_xr`` [radiology]: pelvis/hip radiographs in a prosthesis user.
- ``neuroma_injection`` [radiology]: ultrasound-guided neuroma injection / cryoablation.

Labelling conventions (the project's label policy, copied):

PERSON is one span per name (given and family together, titles outside); LOCATION is a place below
state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries
are never labelled, and "New York" alone is the state); ORGANIZATION is a named hospital, practice,
pharmacy (a chain's store too), agency, school or employer, never a generic department, and never a
drug maker, biotech or trial sponsor named as such (a jail, prison or court is one; a payer or insurer
named as such is not). DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year is not
labelled; a device, drug or lot expiry date is not labelled; a death date is). AGE_OVER_89 labels the
digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial) or a hospital
asset tag; lot, GTIN, REF, model and expiry are not identifiers. A toll-free phone number (800, 888,
877, 866, 855, 844, 833) is a public line: never labelled; a device maker's or vendor's toll-free fax
neither, a practice's toll-free fax is FAX. ACCOUNT covers account, encounter, incident/run,
accession, order, requisition, claim and specimen numbers, and a vendor's call or session id for the
patient's encounter; HEALTH_PLAN member, subscriber and policy ids (an employer's group number is not
the member's id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and driver's licences and a
clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN", "plate",
"Acct") and credentials ("MD", "RN") stay outside.

In this setting: prior-authorization, reconsideration/appeal, claim, order, work-order, RMA (repair
return), warranty-claim, gait-lab session, encounter and accession numbers are ACCOUNT; knee, ankle,
controller, charger and vacuum-pump serials, the (21) serial of a UDI and hospital asset tags are
DEVICE_ID; member, subscriber and policy ids, Medicare MBIs and Medicaid CINs are HEALTH_PLAN (group
numbers stay unlabelled); NPIs, medical, physical-therapy and prosthetist licences, DEA and driver's
licence numbers are LICENSE (ABC/BOC certification numbers are written masked); a hospital's MRN and an
O&P practice's patient chart number are MRN; O&P practices, hospitals, rehab hospitals, university
gait labs, named peer-support groups, pharmacies and employers are ORGANIZATION; towns and counties are
LOCATION; a patient's car plate or VIN (adaptive-driving evaluation, transport van) is VEHICLE_ID.
Device makers (Ottobock, Ossur, Blatchford, ...), payers (Medicare, Fidelis Care, ...), public
bodies' websites and toll-free support lines, HCPCS/ICD/CPT codes, REF/lot/GTIN numbers, firmware
versions, expiry dates, bare years, shifted dates, ages under 90 and outcome scores are returned as
look-alikes and never labelled.

Written blind: this module was written from the corpus brief alone, after reading only
``lqs_clinical/synth/holdout_measure.py``, the first 45 lines of ``lqs_clinical/synth/notes.py``,
``/work/shared/reference/*.md``, the masked note-shaped samples under ``/work/shared/data/`` (and its
``SOURCES.md``) and ``pyproject.toml``. No detector code, rule file, other corpus, test or history was
read, and the detector was never run while writing it.
"""

# ruff: noqa: E501
from __future__ import annotations

import random
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

Piece = str | tuple[str, str]

# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Dolores", "Marcus", "Anneliese", "Terrence", "Priya", "Walt", "Consuelo", "Gregor", "Shanice", "Ignatius",
    "Roberta", "Dmitri", "Lucinda", "Odell", "Maribel", "Hollis", "Yvette", "Casimir", "Bernadette", "Emeka",
    "Rosalind", "Thaddeus", "Kiona", "Leopold", "Fenella", "Arturo", "Josefina", "Cornelius", "Imani", "Radek",
    "Genevieve", "Lamar", "Henrike", "Osvaldo", "Tamsin", "Wendell", "Margit", "Desmond", "Ngozi", "Abelard",
)
_LAST = (
    "Vukovich", "Hargreave", "Okonkwo", "Delacroix-Pratt", "Brennan", "Szczepanski", "Marchetti", "Lindqvist",
    "Achebe", "Fairweather", "O'Rourke", "Castellanos", "Whitcombe", "Nakashima", "Petrakis", "Dunleavy",
    "Haverford", "Quintero", "Abernathy", "Kowalczyk", "Mbeki", "Thibodeaux", "Gallagher", "Rasmussen",
    "Ellingwood", "Pazzaglia", "Van Wyck", "Tremblay", "Osei", "Lachance", "McAllister", "Feldkamp",
    "Yarborough", "Ostrowski", "Bellamy", "Carrasco", "Halvorsen", "Dabrowski", "Sutcliffe", "Mendenhall",
)
_TOWNS = (
    "Cobleskill", "Gloversville", "Saranac Lake", "Herkimer", "Canajoharie", "Ballston Spa", "Hoosick Falls",
    "Oneonta", "Norwich", "Walton", "Margaretville", "Catskill", "Coxsackie", "Granville", "Whitehall",
    "Ticonderoga", "Potsdam", "Canton", "Massena", "Malone", "Lake Placid", "Tupper Lake", "Little Falls",
    "Ilion", "Johnstown", "Middleburgh", "Sidney", "Bainbridge", "Owego", "Waverly", "Horseheads",
    "Watkins Glen", "Penn Yan", "Otsego County", "Fulton County", "Essex County", "Chenango County",
    "Tioga County", "Schoharie County", "Stamford",
)
_STREETS = (
    "Maple Ridge", "Division", "Cemetery Hill", "Quaker", "Van Rensselaer", "Bleecker", "Mohawk", "Old State",
    "Sacandaga", "Church", "Prospect", "Academy", "Orchard", "Kinderhook", "Susquehanna", "Tamarack",
    "Hemlock Hollow", "Factory", "Canal", "Birch Hill", "Stone Arabia", "Schuyler",
)
_SUFFIX = ("St", "Street", "Rd", "Road", "Ave", "Avenue", "Ln", "Dr", "Tpke", "Blvd", "Ct")
_PRACTICES = (
    "Mohawk Valley Limb & Brace", "Adirondack Orthotic Studio", "Catskill Prosthetic Associates",
    "Lakeshore O&P Group", "Susquehanna Limb Works", "Hudson Bend Prosthetics",
    "Northway Orthotics & Prosthetics", "Tamarack Brace Company", "Kinderhook Limb Lab",
    "Finger Lakes Mobility Orthotics", "Schuyler Prosthetic Care", "Birch Hill O&P",
)
_HOSPITALS = (
    "St. Adalbert's Medical Center", "Glenmere Memorial Hospital", "Otsego Valley Hospital",
    "Bassridge Regional Medical Center", "Mercy Halloran Hospital", "Carrow Falls Community Hospital",
    "Bellweather Rehabilitation Hospital", "Pinecrest Acute Rehabilitation Center",
    "Mohawk Valley VA Medical Center", "Halvard University Hospital",
)
_OTHER_ORGS = (
    "Halvard University Motion Analysis Lab", "Corning Ridge Gait Laboratory", "Second Stride Amputee Support Group",
    "Limb Loss Circle of the North Country", "Tri-Valley Paving Co.", "Ridgeback Freight Lines",
    "Cold Brook Lumber", "Burnt Hills Excavating", "Cobleskill Family Pharmacy", "Sacandaga Home Care Agency",
    "Canal Street Senior Center", "Quaker Road Adaptive Driving School",
)
_AREA = ("518", "585", "607", "315", "716", "914", "845", "631", "347", "973", "201", "412", "814", "802", "413")
_TOLLFREE = ("800", "888", "877", "866", "855", "844", "833")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MON3 = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_MAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "aol.com", "verizon.net", "twcny.rr.com")
_PRACTICE_DOMAINS = ("mohawklimbbrace.com", "catskillprosthetic.net", "tamarackbrace.com", "susqlimbworks.org",
                     "hudsonbendpo.com", "northwayop.com", "kinderhooklimb.com", "birchhillop.net")

# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

_KNEES = ("C-Leg 4", "Genium X3", "Rheo Knee XC", "Power Knee", "Kenevo", "Plie 3", "Orion3", "Allux 2",
          "Quattro knee", "Linx limb system")
_FEET = ("Empower ankle", "Pro-Flex XC", "Triton foot", "Taleo foot", "ProprioFoot", "Elan foot", "Meridium",
         "Vari-Flex", "Renegade AT", "Soleus foot", "Echelon VT")
_LINERS = ("Alpha SmartTemp liner", "Iceross Seal-In X5", "Harmony vacuum pump", "LimbLogic", "Unity vacuum",
           "Silcare Breathe liner", "DermoSil liner", "Pelite insert", "Tec Profile liner")
_ORTHOSES = ("WalkAide", "L300 Go", "ToeOFF 2.0", "BlueRocker", "Ypsilon AFO", "Aircast boot", "Boston Brace",
             "Cheneau brace", "DAFO", "Unna boot", "Juzo shrinker")
_MAKERS = ("Ottobock", "Ossur", "Blatchford", "Fillauer", "College Park", "Proteor", "Freedom Innovations",
           "Allard USA", "Becker Orthopedic", "Willow Wood")
_EPONYMS = ("Syme", "Chopart", "Lisfranc", "Pirogoff", "Gritti-Stokes", "Ertl", "Van Nes", "Trendelenburg gait",
            "Thomas test", "Ober test", "Ely test", "Tinel sign", "Semmes-Weinstein monofilament", "Charcot",
            "Buerger disease", "Raynaud", "Wagner grade 4", "Rutherford category 5", "Fontaine stage IV",
            "Berg Balance Scale", "Timed Up and Go", "AMPnoPRO", "Houghton Scale", "Morse Fall Scale",
            "Braden", "Jackson-Pratt drain", "Hemovac", "Xeroform", "Kerlix", "Coban", "Doppler",
            "Hounsfield units", "Kellgren-Lawrence grade 2", "Gustilo IIIB")
_DRUGS = ("gabapentin", "Lyrica", "Eliquis", "Lovenox", "Keflex", "vancomycin", "oxycodone", "Tylenol", "Lantus",
          "Plavix", "atorvastatin", "Cymbalta", "Miralax", "Senna", "piperacillin-tazobactam")
_SOFTWARE = ("Cockpit app 3.2.1", "Ossur Logic 2.4", "Vicon Nexus 2.12", "Plug-in Gait", "Zeno Walkway",
             "PKMAS 5.09", "GAITRite", "firmware 5.3.0", "C-Soft 2.0")
_PAYERS = ("Medicare", "Medicaid", "Fidelis Care", "Excellus BlueCross BlueShield", "MVP Health Care",
           "UnitedHealthcare", "Aetna", "Empire BlueCross", "Noridian")
_HCPCS = ("L5856", "L5973", "L5987", "L5301", "L1970", "L1960", "L5673", "L5679", "K0553", "L8417", "L5321")
_ICD = ("Z89.511", "Z89.611", "T87.43", "E11.52", "I70.262", "Z89.421", "T87.81")
_CPT = ("CPT 97761", "CPT 97763", "CPT 27590", "CPT 27880")
_PUBLIC_SITES = ("www.cms.gov", "www.medicare.gov", "www.fda.gov/medwatch", "www.cdc.gov/diabetes", "www.va.gov")
_DEPTS = ("Physical Medicine and Rehabilitation", "Vascular Surgery", "Orthopaedic Surgery", "Case Management",
          "Prosthetic Clinic", "Wound Care Center", "Interventional Radiology")
_STATES = ("New York", "Vermont", "Massachusetts", "Pennsylvania", "New Jersey", "Connecticut")
_COUNTRIES = ("Iceland", "Germany", "Sweden", "the Netherlands")

EPONYMS_AND_BRANDS = (_KNEES + _FEET + _LINERS + _ORTHOSES + _MAKERS + _EPONYMS + _DRUGS + _SOFTWARE + _PAYERS
                      + _HCPCS + _ICD + _CPT + _PUBLIC_SITES + _DEPTS + _STATES + _COUNTRIES)


class _Ctx:
    """Per-note random source plus the look-alikes written into the note."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.la: list[str] = []

    def pick(self, seq):
        return self.r.choice(seq)

    def L(self, s: str) -> str:  # noqa: N802 - short on purpose, used everywhere
        if s not in self.la:
            self.la.append(s)
        return s

    def lk(self, *banks: tuple[str, ...]) -> str:
        return self.L(self.r.choice(self.r.choice(banks)))

    # ---- unlabelled look-alike values
    def sdate(self) -> str:
        r = self.r
        y, m, d = r.randint(2110, 2190), r.randint(1, 12), r.randint(1, 28)
        f = r.randrange(4)
        s = (f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y}", f"{_MON3[m - 1]} {d}, {y}", f"{d:02d}-{_MON3[m - 1]}-{y}")[f]
        return self.L(s)

    def young_age(self) -> int:
        return self.r.randint(19, 88)

    def tollfree(self) -> str:
        r = self.r
        s = r.choice(("1-{}-{}-{}", "({}) {}-{}", "{}.{}.{}", "1 ({}) {}-{}"))
        return self.L(s.format(r.choice(_TOLLFREE), r.randint(200, 989), f"{r.randint(0, 9999):04d}"))

    def lot(self) -> str:
        r = self.r
        return self.L(r.choice(("LOT ", "Lot# ", "lot ")) + f"{r.randint(18, 26)}{r.choice('ABCDEFGH')}{r.randint(1000, 9999)}")

    def ref(self) -> str:
        r = self.r
        s = r.choice((f"REF {r.randint(1, 4)}C{r.randint(10, 99)}-{r.randint(1, 9)}",
                      f"Ref. {r.randint(1, 9)}E{r.randint(10, 99)}",
                      f"model {r.choice(('RKN', 'PFX', 'TRX', 'EMP'))}-{r.randint(100, 990)}",
                      f"cat. no. {r.choice(('FTS', 'ALX', 'SLX'))}{r.randint(1000, 9999)}"))
        return self.L(s)

    def expiry(self) -> str:
        r = self.r
        y, m, d = r.randint(2025, 2030), r.randint(1, 12), r.randint(1, 28)
        s = r.choice((f"EXP {y}-{m:02d}", f"Exp. {y}-{m:02d}-{d:02d}", f"use by {m:02d}/{y}",
                      f"exp {m:02d}/{d:02d}/{y}"))
        return self.L(s)

    def bare_year(self) -> str:
        r = self.r
        return self.L(r.choice(("since ", "in ", "back in ", "circa ")) + str(r.randint(1995, 2022)))

    def group_no(self) -> str:
        r = self.r
        return self.L(r.choice(("Group # ", "Grp ", "group no. ")) + f"{r.randint(10000, 999999)}")

    def ndc(self) -> str:
        r = self.r
        return self.L(f"NDC {r.randint(10000, 99999)}-{r.randint(100, 999)}-{r.randint(10, 99)}")

    def score(self) -> str:
        r = self.r
        return self.L(r.choice((f"AMPnoPRO {r.randint(20, 44)}/47", f"Berg {r.randint(25, 55)}/56",
                                f"TUG {r.randint(8, 30)}.{r.randint(0, 9)} s", f"PLUS-M T-score {r.randint(35, 60)}.{r.randint(0, 9)}",
                                f"6MWT {r.randint(120, 480)} m", f"MFCL K{r.randint(1, 4)}")))

    # ---- labelled values
    def name(self) -> str:
        r = self.r
        f, last = r.choice(_FIRST), r.choice(_LAST)
        k = r.randrange(6)
        if k == 0:
            return f"{last}, {f}"
        if k == 1:
            return f"{f} {r.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
        if k == 2:
            return f"{f[0]}. {last}"
        return f"{f} {last}"

    def phone(self, area: str | None = None) -> str:
        r = self.r
        a, b, c = area or r.choice(_AREA), r.randint(201, 989), f"{r.randint(0, 9999):04d}"
        return r.choice((f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"{a}/{b}-{c}",
                         f"1-{a}-{b}-{c}", f"({a}){b}-{c}"))

    def date_real(self, lo: int = 1931, hi: int = 2026) -> str:
        r = self.r
        y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
        return r.choice((f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{_MONTHS[m - 1]} {d}, {y}", f"{d} {_MONTHS[m - 1]} {y}",
                         f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{_MON3[m - 1]}-{y}", f"{_MON3[m - 1]}. {d}, {y}",
                         f"{m}-{d}-{y}"))

    def serial(self) -> str:
        r = self.r
        d = "".join(r.choice("0123456789") for _ in range(r.randint(6, 9)))
        pre = r.choice(("", "", "K", "PK", "RX", "E", "CL4", "GX", "TB", "MPK"))
        s = pre + d
        if r.random() < 0.3:
            s = f"{s[:4]}-{s[4:]}"
        return s

    def account(self, k: int | None = None) -> str:
        r = self.r
        n = r.randint(10 ** 5, 10 ** 9)
        opts = (f"PA{n}", f"{n}", f"A{r.randint(10, 99)}-{r.randint(100000, 999999)}",
                         f"WO-{r.randint(10000, 99999)}", f"RMA{r.randint(100000, 999999)}",
                         f"CLM-{r.randint(10 ** 8, 10 ** 10)}", f"{r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(10, 99)}",
                         f"R{r.randint(2, 9)}{r.randint(1000000, 9999999)}", f"GL{r.randint(1000, 99999)}")
        return opts[k] if k is not None else r.choice(opts)

    def health_plan(self, k: int | None = None) -> str:
        r = self.r
        lt = "ABCDEFGHJKLMNPQRTUVWXY"
        k = r.randrange(2, 6) if k is None else k
        if k == 0:  # Medicare MBI-like
            s = (f"{r.randint(1, 9)}{r.choice(lt)}{r.choice(lt + '0123456789')}{r.randint(0, 9)}"
                 f"{r.choice(lt)}{r.choice(lt + '0123456789')}{r.randint(0, 9)}{r.choice(lt)}{r.choice(lt)}"
                 f"{r.randint(0, 9)}{r.randint(0, 9)}")
            return s if r.random() < 0.5 else f"{s[:4]}-{s[4:7]}-{s[7:]}"
        if k == 1:  # Medicaid CIN-like
            return f"{r.choice(lt)}{r.choice(lt)}{r.randint(10000, 99999)}{r.choice(lt)}"
        if k == 2:
            return f"{r.choice(('XJH', 'YLN', 'ZGW', 'MVQ'))}{r.randint(10 ** 8, 10 ** 9)}"
        if k == 3:
            return f"W{r.randint(10 ** 8, 10 ** 9 - 1)}"
        if k == 4:
            return f"{r.randint(10 ** 8, 10 ** 9 - 1)}-0{r.randint(1, 4)}"
        return f"{r.choice(lt)}{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"

    def license(self) -> tuple[str, str]:
        r = self.r
        k = r.randrange(6)
        if k == 0:
            return "NPI ", f"{r.choice('12')}{r.randint(10 ** 8, 10 ** 9 - 1)}"
        if k == 1:
            return r.choice(("NYS lic. #", "NY license ", "Lic # ")), f"{r.randint(180000, 329999)}"
        if k == 2:
            return "DEA ", f"{r.choice('ABFM')}{r.choice('BDHKMRSTW')}{r.randint(1000000, 9999999)}"
        if k == 3:
            return r.choice(("DL# ", "driver's lic ", "NYS DL ")), f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}"
        if k == 4:
            return r.choice(("PT lic ", "PT license no. ")), f"0{r.randint(10000, 49999)}"
        return r.choice(("prosthetist-orthotist lic. ", "O&P license ")), f"PO{r.randint(1000, 9999)}"

    def street(self) -> str:
        r = self.r
        k = r.randrange(8)
        if k == 0:
            return f"PO Box {r.randint(10, 2999)}"
        base = f"{r.randint(2, 9899)} {r.choice(_STREETS)} {r.choice(_SUFFIX)}"
        if k == 1:
            base += f", Apt {r.randint(1, 40)}{r.choice('ABCD')}"
        elif k == 2:
            base = f"{r.randint(2, 999)} State Route {r.randint(5, 380)}"
        elif k == 3:
            base += f" Lot {r.randint(1, 90)}"
        return base

    def zipc(self) -> str:
        r = self.r
        z = f"1{r.randint(2000, 4999)}"
        return z if r.random() < 0.75 else f"{z}-{r.randint(1000, 9999)}"

    def vehicle(self) -> str:
        r = self.r
        if r.random() < 0.45:
            return "".join(r.choice(_VIN_CHARS) for _ in range(17))
        lt = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return r.choice((f"{''.join(r.choice(lt) for _ in range(3))}-{r.randint(1000, 9999)}",
                         f"{''.join(r.choice(lt) for _ in range(3))} {r.randint(1000, 9999)}",
                         f"{''.join(r.choice(lt) for _ in range(2))}{r.randint(10000, 99999)}"))

    def email(self) -> str:
        r = self.r
        f, last = r.choice(_FIRST).lower(), r.choice(_LAST).lower().replace("'", "").replace(" ", "")
        k = r.randrange(4)
        if k == 0:
            return f"{f}.{last}@{r.choice(_PRACTICE_DOMAINS)}"
        if k == 1:
            return f"{f[0]}{last}{r.randint(1, 99)}@{r.choice(_MAIL_DOMAINS)}"
        if k == 2:
            return f"{r.choice(('intake', 'billing', 'fittings', 'auth'))}.{last[:5]}@{r.choice(_PRACTICE_DOMAINS)}"
        return f"{last}_{f}@{r.choice(_MAIL_DOMAINS)}"

    def url(self, k: int | None = None) -> str:
        r = self.r
        f = r.choice(_FIRST).lower()
        k = r.randrange(5) if k is None else k
        if k == 0:
            return f"https://portal.{r.choice(_PRACTICE_DOMAINS)}/pt/{r.randint(10000, 99999)}"
        if k == 1:
            return f"www.gofundme.com/f/help-{f}-walk-again-{r.randint(10, 99)}"
        if k == 2:
            tok = "".join(r.choice("abcdefghkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7))
            return f"https://share.{r.choice(_PRACTICE_DOMAINS)}/c/{tok}"
        if k == 3:
            return f"http://{r.choice(_PRACTICE_DOMAINS)}/fitting-photos/{f}{r.randint(100, 999)}"
        return f"www.caringbridge.org/visit/{f}{r.choice(_LAST).lower().replace(chr(39), '').replace(' ', '')}"

    def ip(self) -> str:
        r = self.r
        return r.choice((f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                         f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}",
                         f"{r.choice((64, 71, 98, 104, 146, 165, 207))}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"))

    def ssn(self) -> str:
        r = self.r
        a, b, c = r.randint(101, 665), r.randint(10, 99), r.randint(1000, 9999)
        return r.choice((f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"))

    def mrn(self) -> str:
        r = self.r
        return r.choice((f"{r.randint(10 ** 6, 10 ** 8)}", f"{r.randint(1000, 9999)}-{r.randint(100, 999)}",
                         f"MV{r.randint(100000, 9999999)}", f"00{r.randint(100000, 999999)}"))

    def pager(self) -> str:
        r = self.r
        return r.choice((f"{r.randint(2, 8)}-{r.randint(1000, 9999)}", f"{r.randint(30000, 79999)}",
                         f"{r.choice(_AREA)}-{r.randint(201, 989)}-{r.randint(1000, 9999)}",
                         f"{r.randint(100, 999)}-{r.randint(1000, 9999)}"))


def V(value: str, cat: str) -> tuple[str, str]:  # noqa: N802 - a span piece
    return (value, cat)


M = "___"

# --------------------------------------------------------------------------------------------------
# Plants: one labelled value per snippet, many shapes per category
# --------------------------------------------------------------------------------------------------


def _p_phone(c: _Ctx) -> list[Piece]:
    v = V(c.phone(), "PHONE")
    k = c.r.randrange(10)
    if k == 0:
        return ["Patient cell: ", v]
    if k == 1:
        return [f"Daughter (HCP) {M} can be reached at ", v, " after 5 pm; she drives him to fittings."]
    if k == 2:
        return ["| Contact | Relation | Phone |\n|---|---|---|\n", f"| {M} | wife | ", v, " |"]
    if k == 3:
        return [f"{M}, CPO\n{M} Prosthetics & Orthotics\nTel ", v, f"   Fax {M}\n(clinical support line {c.tollfree()} is the maker's, not ours)"]
    if k == 4:
        return ["Prosthetist phoned from the fitting room (", v, ") re: socket volume loss, asks to bump shrinker to size 3."]
    if k == 5:
        return ["Home phone ............ ", v]
    if k == 6:
        return ["Phnoe # ", v, " (ok to lv msg)"]
    if k == 7:
        return ["Please call our front desk at\n", v, " to reschedule the check-socket appointment."]
    if k == 8:
        return ["Emergency contact: son, ", M, "  tel: ", v]
    return [f"CALLBACK NUMBER  {M}  ALT ", v, "  (landline, no voicemail)"]


def _p_fax(c: _Ctx) -> list[Piece]:
    r = c.r
    if r.random() < 0.15:
        v = V(f"1-{r.choice(_TOLLFREE)}-{r.randint(201, 989)}-{r.randint(1000, 9999)}", "FAX")
        return [f"{M} O&P office fax (toll free): ", v,
                f" -- not the manufacturer's order fax {c.tollfree()}."]
    v = V(c.phone(), "FAX")
    k = r.randrange(8)
    if k == 0:
        return ["Faxed signed SWO and CMN to ", v, " attn: billing."]
    if k == 1:
        return [f"P: {M}    F: ", v]
    if k == 2:
        return ["Fax #:", v]
    if k == 3:
        return ["Sent via e-fax to the O&P office at ", v, f" on {c.sdate()}; confirmation page scanned."]
    if k == 4:
        return ["| Ordering physician | fax |\n| ", M, " | ", v, " |"]
    if k == 5:
        return ["fx ", v, " (please include face sheet)"]
    if k == 6:
        return ["Please return the completed detailed written order by telefax to\n", v, "."]
    return ["PT clinic fax: ", v, "   Phone: ", M]


def _p_pager(c: _Ctx) -> list[Piece]:
    v = V(c.pager(), "PAGER")
    k = c.r.randrange(6)
    if k == 0:
        return ["Questions: page the PM&R resident, pager ", v, "."]
    if k == 1:
        return [f"{M}, MD (Vascular) pgr ", v]
    if k == 2:
        return ["Amputee service on call -- beeper ", v]
    if k == 3:
        return ["Contact: ortho tech via pager #", v, " for shrinker/limb protector."]
    if k == 4:
        return ["Reading radiologist: ", M, " | Pager: ", v]
    return ["If drain output >100 mL page ", v, " (surgical PA)."]


def _p_email(c: _Ctx) -> list[Piece]:
    v = V(c.email(), "EMAIL")
    k = c.r.randrange(6)
    if k == 0:
        return ["email: ", v]
    if k == 1:
        return ["Pt prefers correspondence by e-mail (", v, ") rather than portal."]
    if k == 2:
        return [f"-----Original Message-----\nFrom: {M} <", v, f">\nSent: {c.sdate()}\nSubject: liner sizing"]
    if k == 3:
        return ["cc: ", v]
    if k == 4:
        return ["Send gait videos to\n", v, " (wife's address)."]
    return ["Contact email ......... ", v]


def _p_url(c: _Ctx) -> list[Piece]:
    k = c.r.randrange(5)
    v = V(c.url({0: 0, 1: c.pick((1, 4)), 2: c.pick((2, 3))}.get(k)), "URL")
    if k == 0:
        return ["Patient portal link given: ", v]
    if k == 1:
        return ["Family started a fundraiser for the out-of-pocket costs (", v, ")."]
    if k == 2:
        return ["Check-socket photos uploaded to ", v, f" -- see also general info at {c.L(c.pick(_PUBLIC_SITES))}."]
    if k == 3:
        return ["Pasted link: ", v]
    return ["Ref: updates posted at\n", v]


def _p_ip(c: _Ctx) -> list[Piece]:
    v = V(c.ip(), "IP_ADDRESS")
    k = c.r.randrange(5)
    if k == 0:
        return ["Gait lab capture PC ", v, f" ({c.L(c.pick(_SOFTWARE))})"]
    if k == 1:
        return ["Telehealth fitting session, client IP ", v, ", video stable."]
    if k == 2:
        return ["[sync log] knee app paired; host=", v, " status=OK"]
    if k == 3:
        return ["Images pushed from workstation @ ", v, " to PACS."]
    return ["Remote programming via vendor tool -- source address: ", v]


def _p_ssn(c: _Ctx) -> list[Piece]:
    v = V(c.ssn(), "SSN")
    k = c.r.randrange(5)
    if k == 0:
        return ["SSN: ", v]
    if k == 1:
        return ["Social Security # ", v, " (from face sheet for claim form)"]
    if k == 2:
        return ["| Subscriber | SSN |\n| ", M, " | ", v, " |"]
    if k == 3:
        return ["SS#", v]
    return ["Insured's ID/ssn on old HCFA form: ", v]


def _p_mrn(c: _Ctx) -> list[Piece]:
    v = V(c.mrn(), "MRN")
    k = c.r.randrange(6)
    if k == 0:
        return [f"Name:  {M}                  Unit No:   ", v]
    if k == 1:
        return ["MRN ", v]
    if k == 2:
        return ["Med Rec#", v, f"   DOB {M}"]
    if k == 3:
        return ["Hosp # ", v, " (please reference on all faxes)"]
    if k == 4:
        return ["O&P practice chart no.: ", v]
    return ["RE: ", M, " -- MR number ", v]


def _p_account(c: _Ctx) -> list[Piece]:
    k = c.r.randrange(11)
    style = {0: c.pick((0, 1, 2)), 1: c.pick((5, 6)), 3: 4, 4: c.pick((7, 1)), 5: 3, 8: 8}.get(k)
    v = V(c.account(style), "ACCOUNT")
    if k == 0:
        return ["Prior authorization #", v, f" approved for {c.L(c.pick(_HCPCS))}."]
    if k == 1:
        return ["Claim no. ", v, f" denied (CO-50, not medically necessary) by {c.L(c.pick(_PAYERS))}."]
    if k == 2:
        return ["Order # ", v]
    if k == 3:
        return ["Knee returned to manufacturer under RMA ", v, f"; loaner issued ({c.L(c.pick(_KNEES))})."]
    if k == 4:
        return ["Reconsideration case ID: ", v]
    if k == 5:
        return ["Fabrication work order ", v, " -- laminate definitive socket, carbon/fiberglass."]
    if k == 6:
        return ["Accession: ", v]
    if k == 7:
        return ["Encounter/FIN ", v]
    if k == 8:
        return ["Gait lab session ", v, f" ({c.L(c.pick(_SOFTWARE))})"]
    if k == 9:
        return ["Warranty claim # ", v, " opened for hydraulic unit leak."]
    return ["Referral/authorization number:\n", v]


def _p_health_plan(c: _Ctx) -> list[Piece]:
    k = c.r.randrange(7)
    v = V(c.health_plan(0 if k == 2 else 1 if k == 3 else None), "HEALTH_PLAN")
    if k == 0:
        return ["Member ID: ", v, f"   {c.group_no()}"]
    if k == 1:
        return ["Subscriber # ", v, f" ({c.L(c.pick(_PAYERS))})"]
    if k == 2:
        return ["MBI ", v]
    if k == 3:
        return ["Medicaid CIN ", v, " -- secondary"]
    if k == 4:
        return ["Policy no.: ", v]
    if k == 5:
        return ["| Payer | ID | Group |\n| ", c.L(c.pick(_PAYERS)), " | ", v, f" | {c.group_no()} |"]
    return ["ins id ", v]


def _p_license(c: _Ctx) -> list[Piece]:
    cue, val = c.license()
    v = V(val, "LICENSE")
    k = c.r.randrange(4)
    if k == 0:
        return [f"{M}, MD   ", cue, v]
    if k == 1:
        return [f"Ordering provider: {M}   {cue}", v]
    if k == 2:
        return [f"Electronically signed by {M}, CPO ({cue.strip()} ", v, f"; ABC cert # {M})"]
    return [f"Verified ID at delivery -- {cue}", v]


def _p_zip(c: _Ctx) -> list[Piece]:
    v = V(c.zipc(), "ZIP")
    k = c.r.randrange(5)
    if k == 0:
        return [f"{M}, NY ", v]
    if k == 1:
        return ["Zip: ", v]
    if k == 2:
        return [f"Ship to: {M}\n{M}, New York ", v]
    if k == 3:
        return ["Patient lives in ZIP code ", v, ", outside the DME supplier's service area."]
    return [f"Address on file  {M}  {M} NY  ", v]


def _p_street(c: _Ctx) -> list[Piece]:
    v = V(c.street(), "STREET_ADDRESS")
    k = c.r.randrange(5)
    if k == 0:
        return ["Address: ", v, f", {M}, NY {M}"]
    if k == 1:
        return ["Deliver to:\n", v, f"\n{M}, NY"]
    if k == 2:
        return ["Home eval: ramp being built at ", v, "; 3 steps to enter, no rail."]
    if k == 3:
        return ["pt adress: ", v]
    return ["| Address | ", v, " |"]


def _p_date(c: _Ctx) -> list[Piece]:
    k = c.r.randrange(9)
    if k == 0:
        return ["DOB: ", V(c.date_real(1926, 1995), "DATE_REAL_YEAR")]
    if k == 1:
        return ["Date of amputation: ", V(c.date_real(2005, 2026), "DATE_REAL_YEAR")]
    if k == 2:
        return ["Prior contralateral TMA on ", V(c.date_real(2000, 2026), "DATE_REAL_YEAR"), " at an outside hospital."]
    if k == 3:
        return ["Her husband passed away ", V(c.date_real(1990, 2026), "DATE_REAL_YEAR"), ", she now lives alone."]
    if k == 4:
        return ["Signed electronically ", V(c.date_real(2010, 2026), "DATE_REAL_YEAR"), f" 14:{c.r.randint(10, 59)}"]
    if k == 5:
        return ["Date of Service: ", V(c.date_real(2010, 2026), "DATE_REAL_YEAR")]
    if k == 6:
        return ["| Delivered | ", V(c.date_real(2010, 2026), "DATE_REAL_YEAR"), " |"]
    if k == 7:
        return ["Initial prosthesis was delivered\n", V(c.date_real(2000, 2026), "DATE_REAL_YEAR"),
                " and has been outgrown."]
    return ["Date of death: ", V(c.date_real(2000, 2026), "DATE_REAL_YEAR"), " (per family, peer mentor)"]


def _p_age(c: _Ctx) -> list[Piece]:
    v = V(str(c.r.randint(90, 104)), "AGE_OVER_89")
    k = c.r.randrange(6)
    if k == 0:
        return ["Pt is a ", v, "-year-old woman, s/p L transfemoral amputation."]
    if k == 1:
        return ["Age: ", v]
    if k == 2:
        return ["HISTORY: ", v, " yo M with residual limb pain."]
    if k == 3:
        return ["Peer visitor spoke with the patient (", v, " y/o) and his daughter."]
    if k == 4:
        return ["aged ", v, ", lives with son; K1 household ambulator goal."]
    return ["INDICATION: ", v, " year old with nonhealing incision."]


def _p_device(c: _Ctx) -> list[Piece]:
    r = c.r
    k = r.randrange(8)
    if k == 0:
        gtin = c.L(f"(01)0{r.randint(10 ** 12, 10 ** 13 - 1)}")
        lot = c.L(f"(10){r.randint(18, 26)}{r.choice('ABCDE')}{r.randint(1000, 9999)}")
        return ["UDI: ", gtin, f"(17){r.randint(26, 30)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}", lot, "(21)",
                V(c.serial(), "DEVICE_ID")]
    v = V(c.serial(), "DEVICE_ID")
    if k == 1:
        return [f"{c.L(c.pick(_KNEES))} serial: ", v, f"  {c.ref()}"]
    if k == 2:
        return [f"{c.L(c.pick(_FEET))}  SN ", v, f"  ({c.lot()})"]
    if k == 3:
        return ["| Component | Maker | S/N |\n| knee | ", c.L(c.pick(_MAKERS)), " | ", v, " |"]
    if k == 4:
        return ["Battery charger ser. no. ", v]
    if k == 5:
        av = V(f"{r.choice(('BME', 'AT', 'CE'))}-{r.randint(10000, 999999)}", "DEVICE_ID")
        return ["Loaner wheelchair asset tag ", av, " returned to rehab."]
    if k == 6:
        return [f"Vacuum pump ({c.L(c.pick(_LINERS[2:5]))}) serial\n", v]
    return ["Controller S/N:", v, f"   {c.L(c.pick(_SOFTWARE))}"]


def _p_vehicle(c: _Ctx) -> list[Piece]:
    val = c.vehicle()
    v = V(val, "VEHICLE_ID")
    is_vin = len(val) == 17
    k = c.r.randrange(4)
    if is_vin:
        if k < 2:
            return ["Left-foot accelerator installed; vehicle VIN ", v, " on the vendor quote."]
        return ["Vehicle (for adaptive driving eval): VIN: ", v]
    if k == 0:
        return ["Drives himself with hand controls; plate ", v, "."]
    if k == 1:
        return ["Transport: wheelchair van plate ", v, f", driver {M}."]
    if k == 2:
        return ["NY reg ", v, " (handicap placard renewal form attached)"]
    return ["Adaptive driving eval -- vehicle plate:\n", v]


def _p_person(c: _Ctx) -> list[Piece]:
    v = V(c.name(), "PERSON")
    k = c.r.randrange(9)
    if k == 0:
        return ["Prosthetist: ", v, ", CPO"]
    if k == 1:
        return ["Discussed with Dr. ", v, " (vascular) who agrees with the level."]
    if k == 2:
        return ["Spouse, ", v, ", present for donning/doffing teaching."]
    if k == 3:
        return ["Peer visitor ", v, f" (bilateral TTA {c.bare_year()}) met with pt."]
    if k == 4:
        return ["Signed: ", v, ", CO, LPO"]
    if k == 5:
        return ["Attending: ", v, ", MD"]
    if k == 6:
        return ["Contact: ", v, " (son)  ", M]
    if k == 7:
        return ["cc: ", v, ", PT, DPT"]
    return ["Fitting performed with ", v, " from the practice; next visit in 2 weeks."]


def _p_location(c: _Ctx) -> list[Piece]:
    v = V(c.pick(_TOWNS), "LOCATION")
    k = c.r.randrange(6)
    if k == 0:
        return ["Lives alone in ", v, ", second-floor walk-up."]
    if k == 1:
        return ["From ", v, ", NY; drove 90 min to clinic."]
    if k == 2:
        return ["Town: ", v]
    if k == 3:
        return ["Pt will move in with daughter in ", v, " after rehab."]
    if k == 4:
        return ["Home PT agency covers ", v, f" but not {M}."]
    return ["Satellite fitting clinic -- ", v]


def _p_org(c: _Ctx) -> list[Piece]:
    k = c.r.randrange(8)
    pool = {0: _PRACTICES, 1: _PRACTICES + _OTHER_ORGS[:2], 2: _HOSPITALS, 3: _OTHER_ORGS[4:8],
            4: _PRACTICES + _HOSPITALS, 5: _HOSPITALS + _PRACTICES, 6: _OTHER_ORGS[2:4] + _OTHER_ORGS[10:11],
            7: _OTHER_ORGS[8:10] + _OTHER_ORGS[11:] + _PRACTICES}[k]
    v = V(c.pick(pool), "ORGANIZATION")
    if k == 0:
        return ["Prosthetist: ", M, " at ", v]
    if k == 1:
        return ["Referred to ", v, " for prosthetic evaluation."]
    if k == 2:
        return ["Transferred from ", v, " after BKA."]
    if k == 3:
        return ["Employer: ", v, " (return-to-work letter requested)"]
    if k == 4:
        return ["=== ", v, " ===\n", f"{M}  |  {M}"]
    if k == 5:
        return ["Outside records received from ", v, "."]
    if k == 6:
        return ["Attends monthly meetings of the ", v, "."]
    return ["Care coordinated with\n", v, " (fax on file)."]


_PLANTERS: dict[str, Callable[[_Ctx], list[Piece]]] = {
    "PHONE": _p_phone, "FAX": _p_fax, "PAGER": _p_pager, "EMAIL": _p_email, "URL": _p_url,
    "IP_ADDRESS": _p_ip, "SSN": _p_ssn, "MRN": _p_mrn, "ACCOUNT": _p_account, "HEALTH_PLAN": _p_health_plan,
    "LICENSE": _p_license, "ZIP": _p_zip, "STREET_ADDRESS": _p_street, "DATE_REAL_YEAR": _p_date,
    "AGE_OVER_89": _p_age, "DEVICE_ID": _p_device, "VEHICLE_ID": _p_vehicle, "PERSON": _p_person,
    "LOCATION": _p_location, "ORGANIZATION": _p_org,
}
_WEIGHTS = {
    "PERSON": 12, "DATE_REAL_YEAR": 9, "ORGANIZATION": 9, "PHONE": 6, "FAX": 5, "ACCOUNT": 8, "DEVICE_ID": 8,
    "HEALTH_PLAN": 6, "MRN": 5, "LICENSE": 5, "LOCATION": 5, "STREET_ADDRESS": 4, "ZIP": 4, "EMAIL": 4, "URL": 3,
    "AGE_OVER_89": 3, "PAGER": 3, "SSN": 2, "IP_ADDRESS": 2, "VEHICLE_ID": 3,
}
_TABLE: tuple[str, ...] = tuple(random.Random("holdout84-table").sample(
    [cat for cat, w in _WEIGHTS.items() for _ in range(w)], sum(_WEIGHTS.values())))
_PHI = 0.6180339887498949


def _category(seed: int, i: int, j: int) -> str:
    u = (seed * 0.7548776662466927 + (i * 4 + j) * _PHI) % 1.0
    return _TABLE[int(u * len(_TABLE))]


# --------------------------------------------------------------------------------------------------
# Document kinds (each returns sections: lists of pieces)
# --------------------------------------------------------------------------------------------------

def _side(c: _Ctx) -> str:
    return c.pick(("right", "left"))


def _hdr_discharge(c: _Ctx, service: str, sex: str = "M") -> list[Piece]:
    return [f"Name:  {M}                  Unit No:   {M}\n\nAdmission Date:  {M}              Discharge Date:   {M}\n\n"
            f"Date of Birth:  {M}             Sex:   {sex}\n\nService: {service}\n\n"
            f"Allergies:\n{c.pick(('Patient recorded as having No Known Allergies to Drugs', 'Penicillins', 'adhesive tape', 'latex'))}\n\n"
            f"Attending: {M}."]


def _k_amputation(c: _Ctx) -> list[list[Piece]]:
    s = _side(c)
    lvl = c.pick(("below-knee", "above-knee", "transmetatarsal", "through-knee"))
    age = c.young_age()
    return [
        _hdr_discharge(c, "VASCULAR"),
        [f"Chief Complaint:\n{s} foot gangrene / nonhealing ulcer\n\nMajor Surgical or Invasive Procedure:\n"
         f"{s.capitalize()} {lvl} amputation ({c.L(c.pick(('Burgess long posterior flap', 'Ertl osteomyoplasty', 'guillotine then formalization')))}) on {c.sdate()}"],
        [f"History of Present Illness:\nThis is a {age}-year-old man with DM2 (A1c 9.1), PAD ({c.L(c.pick(_EPONYMS[15:19]))}), "
         f"ESRD on HD who presented with a {c.L(c.pick(('Wagner grade 4', 'Charcot')))} {s} foot and wet gangrene of the 4th/5th toes. "
         f"ABI non-compressible; toe pressures 18 mmHg. Angiography by {M} showed tibial disease not amenable to bypass. "
         f"After discussion with pt and family ({M}) decision was made for primary {lvl} amputation."],
        [f"Brief Hospital Course:\nPOD0 {c.L(c.pick(('Jackson-Pratt drain', 'Hemovac')))} with 40 mL serosanguinous output, "
         f"removed POD2. Residual limb dressed with {c.L(c.pick(('Xeroform', 'Kerlix')))} and a rigid removable dressing. "
         f"Phantom limb pain treated with {c.L(c.pick(_DRUGS[:2]))} 300 mg TID; DVT prophylaxis {c.L('Lovenox')} 40 mg daily. "
         f"PT/OT: transfers with sliding board, wheelchair level. Prosthetic consult placed with {M}; "
         f"shrinker ({c.L('Juzo shrinker')}) to start once incision dry. Knee extension board to prevent flexion contracture."],
        [f"Discharge Medications:\n1. {c.L(c.pick(_DRUGS))} \n2. {c.L('atorvastatin')} 40 mg PO daily\n"
         f"3. {c.L(c.pick(('Eliquis', 'Plavix')))} \n4. {c.L('Senna')} 8.6 mg PO BID\n({c.ndc()})"],
        [f"Discharge Disposition:\nExtended Care\n\nFacility:\n{M}\n\nDischarge Diagnosis:\n{c.L(c.pick(_ICD))} acquired absence; "
         f"PAD; DM2\n\nDischarge Instructions:\nNo weight bearing on the {s} residual limb. Keep the knee straight. "
         f"Follow up in {c.L(c.pick(_DEPTS[:3]))} clinic in 2 weeks for staple removal.\n\nFollowup Instructions:\n{M}"],
    ]


def _k_prosthetist_eval(c: _Ctx) -> list[list[Piece]]:
    s = _side(c)
    return [
        [f"PROSTHETIC EVALUATION -- {c.L(c.pick(_DEPTS[4:5] + _DEPTS[:1]))}\nPatient: {M}    DOB: {M}    Visit: {c.sdate()}"],
        [f"S: {c.young_age()} y/o s/p {s} transtibial amputation {c.bare_year()} for trauma "
         f"({c.L(c.pick(('Gustilo IIIB', 'Mangled Extremity Severity Score 8')))}). Currently in a "
         f"{c.L(c.pick(_LINERS))} with pin lock; reports pistoning and distal-end pain after 2 hours of walking. "
         f"Works as a lineman; wants to return to uneven terrain."],
        [f"O: Residual limb: cylindrical, well healed, mild distal redundant tissue. Circumference at 4 cm below MPT "
         f"reduced 1.5 cm vs last visit. {c.L('Tinel sign')} positive over the common peroneal nerve stump. "
         f"Knee ROM 0-130. Hip flexion contracture ruled out with the {c.L('Thomas test')}. "
         f"Outcome measures: {c.score()}, {c.score()}, {c.score()}."],
        [f"A: Functional level {c.L('MFCL K3')} (community ambulator with variable cadence). Current socket no longer fits."],
        [f"P: 1) New test socket with elevated vacuum ({c.L(c.pick(('Harmony vacuum pump', 'Unity vacuum', 'LimbLogic')))}) "
         f"2) Foot: {c.L(c.pick(_FEET))} ({c.L(c.pick(_HCPCS))}, {c.L(c.pick(_HCPCS))}) 3) Submit to {c.L(c.pick(_PAYERS))} for prior auth. "
         f"Physician order from {M} on file.\n{M}, CPO  |  ABC # {M}"],
    ]


def _k_orthotist_afo(c: _Ctx) -> list[list[Piece]]:
    s = _side(c)
    return [
        [f"ORTHOTIC EVALUATION AND ORDER\nPt: {M}   MRN: {M}   Referring: {M}\nDx: {c.L(c.pick(('foot drop after peroneal nerve injury', 'CVA with spastic hemiparesis', 'Charcot', 'post-polio')))}"],
        [f"History: {c.young_age()}-year-old with {s} foot drop; {c.L(c.pick(('WalkAide', 'L300 Go')))} trial failed because of skin "
         f"irritation under the cuff. Currently using an off-the-shelf {c.L(c.pick(('ToeOFF 2.0', 'BlueRocker', 'Ypsilon AFO')))}; "
         f"reports toe catch on stairs and two falls {c.bare_year()}."],
        [f"Exam: MMT dorsiflexion 1/5, plantarflexion 4/5, eversion 2/5. Modified Ashworth 1+ at the ankle. "
         f"Sensation absent to {c.L('Semmes-Weinstein monofilament')} at 4 of 10 sites. Leg length equal. "
         f"Gait: {c.L(c.pick(('Trendelenburg gait', 'steppage gait')))}, circumduction on the {s}."],
        ["Casting: negative impression taken in subtalar neutral, 90 deg ankle; plaster bandage x3.\n\n"
         f"| Item | Code | Qty |\n|---|---|---|\n| custom-fabricated solid AFO | {c.L('L1960')} | 1 |\n"
         f"| replacement interface | {c.L('L1970')} | 1 |\n| stockinette | -- | 6 |"],
        [f"Plan: deliver in 3 weeks; wearing schedule 1 h on/1 h off, skin checks with {c.L('Braden')} teaching. "
         f"Sole supplier contact at {c.L(c.pick(_MAKERS))} for the carbon insert ({c.ref()}).\n{M}, CO"],
    ]


def _k_socket_fitting(c: _Ctx) -> list[list[Piece]]:
    s = _side(c)
    lvl = c.pick(("TF", "TT"))
    return [
        [f"CHECK SOCKET FITTING NOTE\n{M} | {s.upper()} {lvl} | visit #{c.r.randint(2, 6)} | {c.sdate()}"],
        [f"Subjective: donned {c.L(c.pick(_LINERS))} without difficulty. Wearing 3-ply + 1-ply socks in AM, adds a 5-ply by "
         f"afternoon. Pain 2/10 at rest, 5/10 after {c.L('Timed Up and Go')} trials."],
        [f"Fit: clear thermoplastic diagnostic socket. Redness over the {c.pick(('fibular head', 'ischial tuberosity', 'distal tibia', 'adductor roll'))} "
         f"persisting >20 min after doffing -- relieved 3 mm with heat gun. Distal contact confirmed with clay. "
         f"Total contact achieved; suspension {c.pick(('suction with expulsion valve', 'pin lock', 'elevated vacuum'))}."],
        [f"Alignment (bench -> static -> dynamic): 5 deg flexion, 3 mm medial offset of foot. Pylon height adjusted 6 mm. "
         f"Trial foot {c.L(c.pick(_FEET))} ({c.ref()}). Components from {c.L(c.pick(_MAKERS))}."],
        ["Dynamic: ambulated 4 x 40 ft in parallel bars then with rolling walker; mild lateral trunk lean, "
         f"vaulting on sound side reduced after shortening. Gait videos captured on tablet.\n\n"
         f"Plan: definitive laminate with {c.L(c.pick(('carbon fiber', 'fiberglass/carbon hybrid')))}; "
         f"recheck in 10 days.\n{M}, CPO, LPO"],
    ]


def _k_mpk_delivery(c: _Ctx) -> list[list[Piece]]:
    knee = c.L(c.pick(_KNEES[:8]))
    return [
        [f"MICROPROCESSOR KNEE DELIVERY RECORD\nPatient: {M}        Practice: {M}\nDelivery date: {c.sdate()}"],
        [f"Component: {knee}   {c.ref()}   {c.lot()}\nMaker: {c.L(c.pick(_MAKERS[:4]))} ({c.L(c.pick(_COUNTRIES))})\n"
         f"Software: {c.L(c.pick(_SOFTWARE[:1] + _SOFTWARE[7:]))}    Battery: Li-ion, 2 day runtime\n"
         f"Codes billed: {c.L('L5856')}, {c.L('L5828')}, {c.L('L5845')}"],
        [f"Programming: stance flexion resistance set for {c.young_age()} kg body weight; swing extension damping increased; "
         "stumble recovery verified on ramp. Patient walked with variable cadence 0.6-1.3 m/s, descended stairs step-over-step "
         "with rail. Sit-to-stand symmetrical."],
        [f"Education: charging (nightly), water resistance rating IP66 only, mode switching (bicycle/standing modes), "
         f"what to do when the knee beeps (safety mode). Written manual provided. Maker clinical support "
         f"{c.tollfree()} (24 h).\nWarranty: 36 months parts/labor from delivery; 24-month service due {c.sdate()}."],
        [f"Patient signed the delivery receipt and proof of delivery. {c.expiry()} on the liner box. "
         f"Follow-up {c.L('Prosthetic Clinic')} 2 weeks.\n{M}, CP"],
    ]


def _k_powered_ankle(c: _Ctx) -> list[list[Piece]]:
    return [
        [f"POWERED ANKLE SET-UP NOTE\n{M}  |  Dx {c.L(c.pick(_ICD))}  |  {c.sdate()}"],
        [f"Device: {c.L(c.pick(('Empower ankle', 'Meridium', 'ProprioFoot')))} fitted to existing {c.pick(('TT', 'TF'))} socket. "
         f"Tuned with {c.L(c.pick(_SOFTWARE[:2]))} on clinic tablet. Net positive work at push-off set 80%; "
         "toe-off power raised 2 steps after patient reported 'flat' feel on incline."],
        [f"Component log:\n{'Item':<18}{'Model / REF':<22}{'Lot':<14}\n"
         f"{'ankle':<18}{c.ref():<22}{c.lot():<14}\n{'battery':<18}{c.ref():<22}{'--':<14}\n"
         f"{'pyramid adapter':<18}{c.ref():<22}{c.lot():<14}"],
        [f"Walking trials: {c.score()}; self-selected speed 1.21 m/s up from 1.02 m/s on passive foot. "
         "Reports less low back pain. Cadence stable on 8-degree ramp."],
        [f"Education: charge battery daily, spare battery in car; avoid submersion. Support: {c.tollfree()}. "
         f"Insurance: {c.L(c.pick(_PAYERS))} approved {c.L('L5973')}.\n{M}, CPO"],
    ]


def _k_auth_appeal(c: _Ctx) -> list[list[Piece]]:
    payer = c.L(c.pick(_PAYERS))
    return [
        [f"[Scanned document -- pasted into chart]\nTO: {payer} Utilization Management / Appeals\nRE: {M}    Member ID: {M}\n"
         f"Request: second-level appeal, denial of {c.L(c.pick(_KNEES[:6]))} ({c.L('L5856')})"],
        [f"To whom it may concern,\nI am writing on behalf of my patient, a {c.young_age()} year old with a {_side(c)} transfemoral "
         f"amputation {c.bare_year()}, to appeal your denial dated {c.sdate()}. The patient is a {c.L('MFCL K3')} ambulator who "
         f"has fallen 6 times in the past year on a mechanical knee. Objective testing: {c.score()}, {c.score()}."],
        ["A microprocessor knee reduces falls and allows variable cadence on ramps and stairs, as documented in the "
         f"coverage criteria published at {c.L(c.pick(_PUBLIC_SITES[:2]))}. Without it, the patient will remain "
         "limited to household distances and at high risk of hip fracture."],
        [f"Enclosed: physician notes from {M}, prosthetist evaluation, fall log, {c.L(c.pick(_CPT))} therapy notes, "
         f"detailed written order. Please direct questions to our office; our general number is on file, "
         f"the payer's provider line is {c.tollfree()}."],
        [f"Sincerely,\n{M}, MD\n{c.L('Physical Medicine and Rehabilitation')}\n{M}  {M}"],
    ]


def _k_gait_lab(c: _Ctx) -> list[list[Piece]]:
    return [
        [f"INSTRUMENTED GAIT ANALYSIS REPORT\nSubject: {M}   Lab: {M}   Date of test: {c.sdate()}\n"
         f"Referral question: asymmetry with {c.L(c.pick(_FEET[:5]))} vs {c.L(c.pick(_FEET[5:]))}"],
        [f"Methods: 12-camera motion capture ({c.L('Vicon Nexus 2.12')}, {c.L('Plug-in Gait')} marker set), "
         f"4 embedded force plates, {c.L(c.pick(('Zeno Walkway', 'GAITRite')))} for spatiotemporal data "
         f"({c.L('PKMAS 5.09')}). Trials at self-selected and fast speed, level and 5-degree ramp."],
        ["Results (prosthetic / intact):\n"
         f"  Step length (cm)        {c.r.randint(55, 70)}  /  {c.r.randint(55, 70)}\n"
         f"  Stance time (% GC)      {c.r.randint(55, 62)}  /  {c.r.randint(60, 68)}\n"
         f"  Peak knee flexion (deg) {c.r.randint(5, 15)}  /  {c.r.randint(15, 22)}\n"
         f"  Ankle power (W/kg)      {c.r.randint(1, 3)}.{c.r.randint(0, 9)}  /  {c.r.randint(2, 4)}.{c.r.randint(0, 9)}"],
        [f"Interpretation: {c.L('Trendelenburg gait')} pattern on the prosthetic side, reduced loading response. "
         f"Vertical GRF asymmetry 14% consistent with offloading. Hip abductor weakness suspected "
         f"({c.L('Ober test')} negative). Outcome scores: {c.score()}."],
        [f"Recommendations: hip abductor strengthening; trial of a {c.L(c.pick(('Pro-Flex XC', 'Echelon VT', 'Triton foot')))}; "
         f"repeat analysis in 6 months.\nReport prepared by {M}, PhD; reviewed by {M}, MD"],
    ]


def _k_peer_support(c: _Ctx) -> list[list[Piece]]:
    return [
        [f"PEER SUPPORT / PEER VISITOR NOTE\nPatient: {M}    Unit: 7 West    Visit requested by {c.L('Case Management')}"],
        [f"Certified peer visitor ({M}), a {c.young_age()}-year-old with a bilateral transtibial amputation "
         f"{c.bare_year()}, visited the patient on post-op day 4 at the patient's request. The peer visitor wore "
         f"shorts so the patient could see the {c.L(c.pick(_FEET))} and {c.L(c.pick(_LINERS))}."],
        ["Topics: phantom sensation vs phantom pain, what a shrinker does, how long before a first socket, driving again, "
         "going back to work, intimacy, and how to answer questions from grandchildren. Patient tearful at times; "
         "stated 'I thought my life was over'."],
        [f"Resources given: national limb loss resource line {c.tollfree()}, support group schedule (2nd Tuesday), "
         f"crisis line {c.L('988 Suicide & Crisis Lifeline')}. Social work aware. No safety concerns voiced."],
        [f"Follow-up: peer visitor will call after discharge. {M}, LCSW, for the peer program"],
    ]


def _k_osseo_referral(c: _Ctx) -> list[list[Piece]]:
    return [
        [f"REFERRAL FOR OSSEOINTEGRATION EVALUATION\nFrom: {M}, MD ({c.L('Orthopaedic Surgery')})\nTo: {M}\nRe: {M}"],
        [f"Dear colleague,\nThank you for seeing this {c.young_age()} year old with a {_side(c)} transfemoral amputation "
         f"{c.bare_year()} after a motorcycle crash. Despite five sockets in three years, the patient cannot tolerate socket "
         f"wear: recurrent folliculitis, a draining sinus at the adductor roll, and volume swings of 8% on dialysis days."],
        [f"Current components: {c.L(c.pick(_KNEES))}, {c.L(c.pick(_FEET))}, {c.L(c.pick(_LINERS))}. "
         f"Residual femur length 21 cm from the greater trochanter; CT done ({c.sdate()}) shows adequate cortical "
         f"thickness. No active infection; ESR/CRP normal. {c.L('Charcot')} changes in the contralateral foot are quiescent."],
        [f"He understands the two-stage procedure, infection risk, and that the implant is used under a humanitarian "
         f"device exemption listed at {c.L('www.fda.gov/medwatch')}. Insurance: {c.L(c.pick(_PAYERS))}; we expect "
         "a single-case agreement will be needed."],
        [f"Enclosed: CT, clinic notes, prosthetist letter from {M}.\nRegards,\n{M}, MD"],
    ]


def _k_irf_discharge(c: _Ctx) -> list[list[Piece]]:
    return [
        _hdr_discharge(c, "REHABILITATION", c.pick(("M", "F"))),
        [f"Chief Complaint:\ndebility after {_side(c)} AKA\n\nHistory of Present Illness:\n{c.young_age()}-year-old "
         f"admitted to acute rehab after {c.pick(('AKA', 'BKA', 'knee disarticulation'))} for infected "
         f"{c.L(c.pick(('Charcot', 'Buerger disease', 'Raynaud')))}-related ulcers. Preprosthetic training."],
        [f"Rehab Course:\nPT: wheelchair mobility modified independent; transfers supervision; hopping in parallel bars. "
         f"{c.score()}. OT: LB dressing with reacher. Residual limb shaping with {c.L('Juzo shrinker')}; "
         f"limb volume stable x 10 days. Preparatory prosthesis cast on day 12 by outside practice."],
        [f"---- pasted letter from O&P practice ----\nRe: {M}\nThe patient was seen for preparatory prosthesis "
         f"casting. Plan: {c.L(c.pick(_LINERS))}, {c.L(c.pick(_KNEES))} trial, {c.L(c.pick(_FEET))}. "
         f"Codes {c.L(c.pick(_HCPCS))}/{c.L(c.pick(_HCPCS))}. Please fax signed order. -- {M}, CPO\n---- end ----"],
        [f"Discharge Medications: {c.L(c.pick(_DRUGS))}, {c.L(c.pick(_DRUGS))}\nDischarge Disposition: Home with "
         f"Service\nFacility: {M}\nFollowup Instructions: {c.L(c.pick(_DEPTS[:1] + _DEPTS[4:5]))} in 3 weeks; {M}"],
    ]


def _rad_hdr(c: _Ctx, exam: str) -> list[Piece]:
    return [f"EXAMINATION:  {exam}\n\nINDICATION:  {M} year old {c.pick(('man', 'woman'))} with "]


def _k_residual_xr(c: _Ctx) -> list[list[Piece]]:
    s = _side(c)
    return [
        _rad_hdr(c, f"{s.upper()} TIBIA/FIBULA (RESIDUAL LIMB) 2 VIEWS") + [
            f"{s} transtibial amputation, distal end pain in socket. Evaluate for bone spur. // {M}"],
        [f"COMPARISON:  {c.sdate()}\n\nTECHNIQUE:  AP and lateral radiographs of the {s} residual limb."],
        ["FINDINGS:\n\nStatus post transtibial amputation at the junction of the proximal and middle thirds. The tibial "
         "cut end is beveled anteriorly. There is a small bony overgrowth at the distal fibula measuring 6 mm. "
         f"{c.L('Ertl') if c.r.random() < 0.5 else 'No'} bone bridge is seen between the distal tibia and fibula. No periosteal reaction, "
         "lucency or cortical destruction to suggest osteomyelitis. Soft tissues of the residual limb are "
         "moderately thick without soft tissue gas. Surgical clips in the popliteal region."],
        ["The knee joint is preserved with mild medial compartment narrowing "
         f"({c.L('Kellgren-Lawrence grade 2')}). Osteopenia."],
        ["IMPRESSION:\n\n1. Small distal fibular bony overgrowth, may account for focal pain within the socket.\n"
         "2. No radiographic evidence of osteomyelitis."],
    ]


def _k_cta_runoff(c: _Ctx) -> list[list[Piece]]:
    s = _side(c)
    return [
        _rad_hdr(c, "CTA ABDOMEN/PELVIS WITH BILATERAL LOWER EXTREMITY RUNOFF") + [
            f"{c.L(c.pick(('Rutherford category 5', 'Fontaine stage IV')))} ischemia {s} foot, planning amputation level."],
        ["TECHNIQUE:  Helical CT from the diaphragm to the toes after 120 mL Omnipaque 350. MIP and 3D reformations on "
         f"an independent workstation. DLP: {c.r.randint(900, 2400)} mGy-cm."],
        ["FINDINGS:\n\nAorta and iliacs: moderate calcified plaque, no aneurysm. Common femoral arteries patent.\n"
         f"{s.upper()}: SFA occluded from origin to adductor canal with reconstitution of the above-knee popliteal via "
         "profunda collaterals. Below-knee popliteal patent. Anterior tibial occluded at origin; peroneal is the "
         "dominant runoff to the level of the ankle. Posterior tibial occluded. No named pedal arch opacified.\n"
         "Contralateral: diffuse tibial disease, 2-vessel runoff."],
        ["Soft tissues: gas in the plantar soft tissues of the forefoot extending to the midfoot, concerning for "
         f"necrotizing infection. Osseous erosion of the 5th metatarsal head. Attenuation of fluid {c.r.randint(5, 30)} "
         f"{c.L('Hounsfield units')}."],
        ["IMPRESSION:\n\n1. Multilevel occlusive disease; single-vessel peroneal runoff on the right.\n2. Forefoot soft tissue gas and "
         "5th metatarsal erosion, concerning for osteomyelitis; findings discussed with the vascular surgery team."],
    ]


def _k_mri_residual(c: _Ctx) -> list[list[Piece]]:
    s = _side(c)
    return [
        _rad_hdr(c, f"MRI {s.upper()} THIGH (RESIDUAL LIMB) WITH AND WITHOUT CONTRAST") + [
            f"transfemoral amputation, focal pain and {c.L('Tinel sign')} in socket; r/o neuroma."],
        ["TECHNIQUE:  Multiplanar T1, STIR and post-gadolinium fat-saturated T1 images of the residual limb. "
         f"{c.r.randint(5, 9)} mL gadobutrol IV."],
        ["FINDINGS:\n\nAt the distal sciatic nerve stump there is a fusiform bulbous enlargement measuring "
         f"{c.r.randint(10, 25)} x {c.r.randint(8, 18)} mm with intermediate T1 and heterogeneous T2 signal, "
         "typical of a terminal neuroma, located 2 cm from the distal femur and within the socket brim loading zone. "
         "Small adventitial bursa at the distal femur with mild enhancement. Myodesis intact. No abscess."],
        ["Mild fatty atrophy of the adductor and hamstring musculature. Femoral marrow signal normal. "
         "No heterotopic ossification."],
        ["IMPRESSION:\n\n1. Sciatic stump neuroma, likely symptomatic given location.\n2. Small distal adventitial bursitis."],
    ]


def _k_osseo_ct(c: _Ctx) -> list[list[Piece]]:
    s = _side(c)
    return [
        _rad_hdr(c, f"CT {s.upper()} FEMUR WITHOUT CONTRAST (OSSEOINTEGRATION PROTOCOL)") + [
            "transfemoral amputee, socket intolerance, preoperative planning for osseointegrated implant."],
        ["TECHNIQUE:  Axial 0.625 mm images from the hip to the distal residual femur with sagittal and coronal "
         f"reformats. Calibration phantom in the field. Planning software {c.L('firmware 5.3.0')} not applicable."],
        ["FINDINGS:\n\nResidual femur length from tip of greater trochanter: "
         f"{c.r.randint(18, 30)}.{c.r.randint(0, 9)} cm. Medullary canal diameter at 5, 10 and 15 cm above the cut end: "
         f"{c.r.randint(11, 16)}, {c.r.randint(12, 17)}, {c.r.randint(13, 18)} mm. Cortical thickness "
         f"{c.r.randint(4, 7)} mm anteriorly. Anterior bowing 6 degrees. Distal cut end smooth, no sequestrum."],
        ["Hip joint: no significant degenerative change. Mild heterotopic bone at the distal lateral femur. "
         "Soft tissue envelope 4.5 cm at the distal end."],
        ["IMPRESSION:\n\nAdequate residual femoral length and canal dimensions for press-fit implant planning. "
         "Measurements forwarded to the referring surgeon."],
    ]


def _k_standing_xr(c: _Ctx) -> list[list[Piece]]:
    return [
        _rad_hdr(c, "BILATERAL LONG LEG STANDING AP WITH PROSTHESIS") + [
            f"new definitive socket with {c.L(c.pick(_KNEES))}, leg length discrepancy and alignment check."],
        [f"COMPARISON:  {c.sdate()}"],
        ["FINDINGS:\n\nStanding radiograph with the prosthesis donned. The prosthetic side is approximately "
         f"{c.r.randint(4, 18)} mm shorter as measured at the iliac crests. The socket brim is at the level of the "
         "ischial tuberosity with good containment. The residual femur is in 8 degrees of adduction within the socket. "
         "Metallic pylon, knee unit and foot adapter components are intact without fracture or loosening of the pyramid."],
        ["The contralateral knee shows medial compartment narrowing. No acute fracture."],
        ["IMPRESSION:\n\n1. Mild leg length discrepancy on the prosthetic side.\n2. Satisfactory femoral adduction "
         "within the socket."],
    ]


def _k_residual_us(c: _Ctx) -> list[list[Piece]]:
    s = _side(c)
    return [
        _rad_hdr(c, f"{s.upper()} LOWER EXTREMITY VENOUS DUPLEX AND SOFT TISSUE ULTRASOUND") + [
            f"residual limb swelling after {c.pick(('BKA', 'AKA'))}, prolonged drain output. Evaluate for DVT and collection."],
        ["TECHNIQUE:  Grayscale, color and spectral Doppler of the common femoral, femoral and popliteal veins; "
         f"targeted grayscale of the distal residual limb. {c.L('Doppler')} waveforms recorded."],
        ["FINDINGS:\n\nNormal compressibility, flow and augmentation of the common femoral, femoral and popliteal veins. "
         "Respiratory phasicity preserved. The contralateral common femoral vein is patent."],
        ["At the distal residual limb deep to the incision there is an anechoic collection measuring "
         f"{c.r.randint(2, 7)}.{c.r.randint(0, 9)} x {c.r.randint(1, 4)}.{c.r.randint(0, 9)} cm without internal vascularity, "
         "compatible with seroma. No hyperemia."],
        ["IMPRESSION:\n\n1. No DVT.\n2. Distal residual limb seroma. Findings conveyed to the surgical team by phone."],
    ]


def _k_foot_xr(c: _Ctx) -> list[list[Piece]]:
    s = _side(c)
    return [
        _rad_hdr(c, f"{s.upper()} FOOT 3 VIEWS") + [
            f"prior {c.L(c.pick(('Chopart', 'Lisfranc', 'Syme')))} level partial foot amputation; fitting for custom orthosis, eval alignment."],
        [f"COMPARISON:  {c.sdate()}"],
        [f"FINDINGS:\n\nPostsurgical changes of {c.pick(('transmetatarsal', 'Lisfranc', 'Chopart'))} amputation. "
         "Mild equinus of the hindfoot. Fragmentation and sclerosis of the navicular and cuneiforms with dorsal "
         f"subluxation, consistent with {c.L('Charcot')} neuroarthropathy, chronic appearing. No soft tissue gas. "
         "Vascular calcifications."],
        ["Calcaneal pitch 12 degrees. Ankle mortise congruent."],
        ["IMPRESSION:\n\n1. Chronic midfoot neuroarthropathy without acute fracture.\n2. Equinus of the residual hindfoot; "
         "clinical correlation for orthotic design."],
    ]


def _k_hip_xr(c: _Ctx) -> list[list[Piece]]:
    s = _side(c)
    return [
        _rad_hdr(c, "PELVIS AP AND BILATERAL HIPS") + [
            f"long-term prosthesis user ({c.pick(('TF', 'TT'))}), {s} groin pain, intact-limb overuse."],
        ["TECHNIQUE:  AP pelvis and frog-leg lateral views of both hips."],
        ["FINDINGS:\n\nModerate joint space narrowing of the intact-side hip with superolateral osteophytes and "
         "subchondral sclerosis. Prosthetic-side hip with mild narrowing. Residual femur demonstrates disuse "
         "osteopenia. SI joints unremarkable. Lower lumbar facet arthropathy."],
        [f"No fracture. Calcified vessels in the pelvis. {c.L('Kellgren-Lawrence grade 2')} changes at the contralateral knee, partially imaged."],
        ["IMPRESSION:\n\nOsteoarthritis of the intact-side hip, greater than the amputated side; consistent with "
         "asymmetric loading."],
    ]


def _k_neuroma_injection(c: _Ctx) -> list[list[Piece]]:
    return [
        [f"PROCEDURE:  ULTRASOUND-GUIDED {c.pick(('NEUROMA INJECTION', 'CRYOABLATION OF NEUROMA'))}, RESIDUAL LIMB\n\n"
         f"INDICATION:  {M} year old with residual limb pain limiting prosthetic wear, MRI-proven neuroma. Referred "
         f"by {c.L('Physical Medicine and Rehabilitation')}."],
        [f"CONSENT:  Risks including infection, bleeding, transient numbness and pain flare were discussed with the "
         f"patient and written consent was obtained. Time-out performed. Operators: {M} (attending), {M} (fellow)."],
        ["TECHNIQUE:  The residual limb was prepped and draped. A high-frequency linear transducer identified the "
         "bulbous nerve ending. 1% lidocaine for local. Under continuous guidance a 22G needle was advanced to the "
         f"neuroma; injected 2 mL 0.5% bupivacaine with 40 mg triamcinolone ({c.ndc()}, {c.lot()}, {c.expiry()})."],
        ["Post-procedure the patient reported pain 1/10 from 7/10. No immediate complication. Patient left in stable "
         f"condition. Prosthetist {c.L('Ottobock') if c.r.random() < 0.5 else 'clinic'} liner recheck advised in 1 week."],
        ["IMPRESSION:\n\nTechnically successful ultrasound-guided perineural injection of a residual limb neuroma."],
    ]


_KINDS: dict[str, tuple[str, Callable[[_Ctx], list[list[Piece]]]]] = {
    "amputation_discharge": ("discharge", _k_amputation),
    "prosthetist_eval": ("discharge", _k_prosthetist_eval),
    "orthotist_afo_order": ("discharge", _k_orthotist_afo),
    "socket_fitting": ("discharge", _k_socket_fitting),
    "mpk_delivery": ("discharge", _k_mpk_delivery),
    "powered_ankle_delivery": ("discharge", _k_powered_ankle),
    "insurer_auth_appeal": ("discharge", _k_auth_appeal),
    "gait_lab_report": ("discharge", _k_gait_lab),
    "peer_support_note": ("discharge", _k_peer_support),
    "osseointegration_referral": ("discharge", _k_osseo_referral),
    "irf_discharge_with_op_letter": ("discharge", _k_irf_discharge),
    "residual_limb_xr": ("radiology", _k_residual_xr),
    "cta_runoff": ("radiology", _k_cta_runoff),
    "mri_residual_limb": ("radiology", _k_mri_residual),
    "osseo_planning_ct": ("radiology", _k_osseo_ct),
    "standing_alignment_xr": ("radiology", _k_standing_xr),
    "residual_limb_us": ("radiology", _k_residual_us),
    "foot_xr_partial_foot": ("radiology", _k_foot_xr),
    "hip_pelvis_xr": ("radiology", _k_hip_xr),
    "neuroma_injection": ("radiology", _k_neuroma_injection),
}
DOCUMENT_KINDS: tuple[str, ...] = tuple(_KINDS)

# filler paragraphs used to reach a per-note target length (no identifiers)
_FILLER_DS = (
    "Skin: residual limb incision well approximated, no drainage, no erythema. Sensation intact to light touch.",
    "Patient and caregiver verbalized understanding of donning and doffing, skin checks with a long-handled mirror "
    "and sock-ply management.",
    "Falls risk reviewed; night-time bathroom trips without the prosthesis discussed, commode at bedside.",
    "Pain: phantom sensation daily, phantom pain 3/10 in the evenings, improved with mirror therapy and "
    "desensitization (tapping, towel rubbing).",
    "Contralateral foot: intact skin, dystrophic nails, callus at the 1st MTP; diabetic shoe with custom insert "
    "recommended. Podiatry follow-up requested.",
    "Psychosocial: adjustment to limb loss discussed; mood fair, sleeping 5-6 h. Declined formal counseling for now "
    "but agreed to a peer visit.",
    "Home: two steps to enter, tub/shower combination with a transfer bench; grab bars to be installed. Wheelchair "
    "will fit through the bathroom door with the door removed.",
    "Socks/liners: wash liner nightly with mild soap, turn inside out to dry; do not use lotion under the liner. "
    "Replace socks when thinned or holed.",
    "Vitals stable throughout. Glucose 140-220 on basal-bolus insulin; endocrine adjusted regimen before discharge.",
    "Goals: household ambulation with the prosthesis and a rolling walker within 3 months; community ambulation "
    "with a cane by 6 months if volume stabilizes.",
    "Cardiac: RRR, no murmur. Lungs clear. Abdomen soft. Right upper extremity AV fistula with thrill.",
    "Transfers: stand-pivot with moderate assist at admission, now contact guard. Bed mobility independent with rail.",
)
_FILLER_RR = (
    "ADDENDUM: images reviewed again at the request of the prosthetist; no change to the impression.",
    "Note: motion artifact limits evaluation of the most distal images; the remaining images are diagnostic.",
    "Dose reduction technique used (automated exposure control, iterative reconstruction).",
    "The study was compared with the most recent outside images uploaded to PACS; interval change is as described.",
    "No radiopaque foreign body. The visualized soft tissues are otherwise unremarkable.",
    "Recommendation: clinical correlation with the socket fit and the patient's point of maximal tenderness.",
    "Limited assessment of the soft tissues on radiographs; MRI is more sensitive if infection remains a concern.",
    "Degenerative changes of the visualized lower lumbar spine with disc space narrowing at L4-5 and L5-S1.",
)


def _heavy_block(c: _Ctx) -> list[Piece]:
    k = c.r.randrange(3)
    if k == 0:
        rows = "\n".join(f"| {M} | {M} | {M} | {M} |" for _ in range(5))
        return [f"CONTACTS / CARE TEAM\n| Name | Role | Phone | Fax |\n|---|---|---|---|\n{rows}\n"
                f"Prosthetist: {M}   Orthotist: {M}   PCP: {M}   Payer: {M}   Member ID: {M}   Auth #: {M}"]
    if k == 1:
        lines = "\n".join(f"{lab:<22}{M}" for lab in (
            "Patient name", "MRN", "DOB", "Address", "City/State/ZIP", "Home phone", "Cell", "Emergency contact",
            "Relationship", "Contact phone", "Insurance", "Member ID", "Group", "Referring MD", "NPI", "Practice",
            "Practice phone", "Practice fax", "Knee serial", "Foot serial", "Order #", "Auth #", "Claim #",
            "Delivery date", "Prosthetist", "Email"))
        return [f"PATIENT DEMOGRAPHICS (O&P intake)\n{lines}"]
    return [f"Pt {M} ({M} y/o) seen with wife {M} and son {M}. Lives at {M} in {M}, {M}. Followed by {M} at {M}; "
            f"previous prosthetist {M} ({M}). Knee SN {M}, ankle SN {M}, charger SN {M}. Prior auth {M}, claim {M}, "
            f"reconsideration {M}. Member {M}, MBI {M}. Call {M} or fax {M}; email {M}. Vehicle plate {M}. "
            f"Employer {M}. DOB {M}. Amputation {M}. Gait lab {M}, session {M}. PCP {M}, NPI {M}."]


# --------------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------------

_ROLES_PER_100 = ["heavy"] * 5 + ["plant"] * 58 + ["clean"] * 37


def _role(seed: int, i: int) -> str:
    perm = random.Random(f"84:{seed}:roles:{i // 100}").sample(_ROLES_PER_100, 100)
    return perm[i % 100]


def document_kind(seed: int, i: int) -> str:
    perm = random.Random(f"84:{seed}:kinds:{i // 20}").sample(range(len(DOCUMENT_KINDS)), len(DOCUMENT_KINDS))
    return DOCUMENT_KINDS[perm[i % len(DOCUMENT_KINDS)]]


def _assemble(sections: list[list[Piece]]) -> tuple[str, list[tuple[int, int, str]]]:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for si, sec in enumerate(sections):
        if si:
            out.append("\n\n")
            pos += 2
        for p in sec:
            if isinstance(p, tuple):
                val, cat = p
                spans.append((pos, pos + len(val), cat))
                out.append(val)
                pos += len(val)
            else:
                out.append(p)
                pos += len(p)
    return "".join(out), spans


def _overlaps_lookalike(text: str, spans: list[tuple[int, int, str]], la: list[str]) -> bool:
    for s in la:
        start = text.find(s)
        if start < 0:
            return True
        while start >= 0:
            if any(start < e and start + len(s) > b for b, e, _ in spans):
                return True
            start = text.find(s, start + 1)
    return False


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    role = _role(seed, i)
    for attempt in range(50):
        c = _Ctx(random.Random(f"84:{seed}:{i}:{attempt}"))
        sections = builder(c)
        if role == "heavy":
            sections.insert(c.r.randint(1, len(sections)), _heavy_block(c))
        elif role == "plant":
            n = c.r.choice((1, 1, 1, 1, 2, 2, 2, 3, 3, 4))
            for j in range(n):
                snippet = _PLANTERS[_category(seed, i, j)](c)
                where = c.r.random()
                if where < 0.15:
                    sections.insert(0, snippet)
                elif where < 0.35:
                    sections.append(snippet)
                else:
                    sections.insert(c.r.randint(1, len(sections)), snippet)
        bank = list(_FILLER_RR if note_type == "radiology" else _FILLER_DS)
        c.r.shuffle(bank)
        if note_type == "radiology":
            target = c.r.randint(1150, 1900)
            while len(_assemble(sections)[0]) < target and bank:
                sections.insert(len(sections) - 1, [bank.pop()])
        else:
            target = c.r.randint(1200, 2800)
            while len(_assemble(sections)[0]) < target and bank:
                sections.insert(c.r.randint(1, len(sections) - 1), [bank.pop()])
        text, spans = _assemble(sections)
        if not 1100 <= len(text) <= 4500:
            continue
        if role == "heavy" and text.count(M) < 25:
            continue
        if _overlaps_lookalike(text, spans, c.la):
            continue
        return LabelledNote(note_type, text, spans), list(c.la), ("heavy" if role == "heavy" else "normal")
    raise RuntimeError(f"could not build note {seed}:{i}")


def holdout84_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout84_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout84_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout84_corpus, argv, "Held-out corpus 84 (blind): prosthetics, orthotics and limb-loss rehabilitation")
    holdout_measure.report("holdout84", args, notes, hits, res)


if __name__ == "__main__":
    main()
