"""Held-out corpus 90: direct-to-consumer genomics, biobanks and research specimen repositories around an admission.

MIMIC-IV-Note-shaped discharge and radiology notes in which most identifiers are ``___`` and about 58% of
the notes carry 1-4 identifiers that escaped masking (5% are "heavy": many ``___``, no plants).

Document kinds (``DOCUMENT_KINDS``):

- discharge: ``dtc_admission`` (an admission where the patient brings a consumer DNA-test raw-data printout and
  a third-party interpretation), ``confirm_requisition`` (addendum: pasted confirmatory clinical genetic-testing
  requisition with kit, specimen and billing fields), ``biobank_consent`` (inpatient hospital-biobank consent with
  an aliquot and freezer-box table), ``repository_manifest`` (research repository enrolment and specimen shipment
  manifest), ``gc_letter`` (a genetic counsellor's result letter), ``cascade_log`` (cascade testing of
  relatives), ``pgx_consult`` (pharmacogenomic consult after PCI), ``nbs_followup`` (newborn discharge with
  newborn-screening follow-up and a cord-blood bank);
- radiology: ``mri_brain_syndrome`` (MRI brain for a hereditary syndrome), ``breast_mri_highrisk`` (screening
  breast MRI of a carrier), ``echo_report`` (echocardiogram-style report for family cardiomyopathy screening),
  ``abd_surveillance`` (abdominal MRI surveillance), ``thyroid_us_ret`` (neck ultrasound of a RET carrier),
  ``wbmri_tp53`` (whole-body MRI for Li-Fraumeni surveillance).

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
"Acct") and credentials ("MD", "RN") stay outside.

Choices for this theme's numbers and organisations:

- ACCOUNT: a consumer DNA kit's activation code and kit barcode, a consumer account/profile number, clinical
  genetic-testing requisition, accession, order and report numbers, specimen, sample and aliquot ids (biobank
  and repository), newborn-screening filter-card (specimen) numbers, a cord-blood bank's client account,
  prior-authorization and claim numbers, encounter/visit numbers and a telehealth vendor's session id.
- MRN: a hospital MRN or unit number, an outside hospital's MRN and a biobank's or research repository's
  participant (subject) id, read as a repository's person-level record number.
- LICENSE: a genetic counsellor's state licence, physicians' licences, NPIs and DEA numbers, a research nurse's
  licence and a driver's licence shown at cord-blood release. An ABGC board-certification number is masked
  (board certificates have no category).
- HEALTH_PLAN: insurance member/subscriber/policy ids, Medicaid CIN and Medicare MBI; group numbers unlabelled.
- DEVICE_ID: a -80 freezer's or LN2 dewar's asset tag or serial, loop recorder, pacemaker, cochlear implant,
  insulin pump, Holter and tissue-expander serials (the (21) part of a UDI only).
- VEHICLE_ID: a specimen courier's van plate or VIN, a mobile mammography coach's plate, a patient's car plate.
- ORGANIZATION: hospitals, practices and clinics, clinical genetic-testing laboratories (as reference labs),
  hospital biobanks and research repositories, cord-blood banks (as tissue banks), pharmacies (chain stores
  too), schools, employers and county agencies. Consumer genomics products and third-party interpretation
  sites named as products (23andMe, AncestryDNA, Promethease and the like), drug, kit and scanner makers,
  ClinVar, OMIM, NCBI, professional societies and the state newborn-screening programme stay unlabelled.
- Unlabelled look-alikes: gene names, HGVS strings, rsIDs, transcripts, ClinVar and OMIM numbers, genome
  builds, assay and software versions, kit lot/REF/expiry, sequencing run ids, freezer rack/box/position
  coordinates, IRB protocol numbers, CPT and ICD-10 codes, employer group numbers, UN shipping marks, public
  hotlines and toll-free customer lines, public bodies' websites, shifted dates (2100-2200), bare years,
  ages under 90, scores and doses.

Written blind: I read only the brief (bench/holdout_corpus_task.md), lqs_clinical/synth/holdout_measure.py, the
first 45 lines of lqs_clinical/synth/notes.py, pyproject.toml, /work/shared/reference/*.md, and
/work/shared/data/SOURCES.md with the PyHealth synthetic note-shaped samples it names. No detector code, rule
file, other corpus, test or history was read, and the detector was never run.
"""

from __future__ import annotations

import random
import re

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

# --------------------------------------------------------------------------------------------------
# Look-alike pools (never labelled)
# --------------------------------------------------------------------------------------------------

_EPONYMS = [
    "Lynch syndrome", "Li-Fraumeni syndrome", "von Hippel-Lindau disease", "Marfan syndrome", "Huntington disease",
    "Tay-Sachs disease", "Gaucher disease", "Fabry disease", "Ehlers-Danlos syndrome", "Peutz-Jeghers syndrome",
    "Cowden syndrome", "Wilson disease", "Amsterdam II criteria", "Bethesda guidelines", "Tyrer-Cuzick model",
    "Gail model", "Hardy-Weinberg equilibrium", "Sanger sequencing", "Guthrie card", "Brugada pattern",
    "Noonan syndrome", "Turner syndrome", "Fragile X syndrome", "Duchenne muscular dystrophy", "Hashimoto thyroiditis",
    "Wolff-Parkinson-White pattern", "Creutzfeldt-Jakob disease", "Lewy body disease", "Bonferroni correction",
    "Kaplan-Meier estimate",
]
_BRANDS = [
    "23andMe", "AncestryDNA", "MyHeritage DNA", "Promethease", "GEDmatch", "Genetic Genie", "FamilyTreeDNA",
    "Oragene DNA OG-500", "PAXgene Blood DNA tube", "Whatman 903 card", "Illumina NovaSeq 6000", "Infinium GSA-24",
    "Plavix", "Brilinta", "Coumadin", "Tegretol", "Lynparza", "Fabrazyme", "Trikafta", "Camzyos", "Zocor",
    "Celexa", "Gadavist", "Dotarem", "MultiHance", "Eovist", "Definity", "Reveal LINQ", "Nucleus 7", "Omnipod 5",
    "Philips EPIQ CVx", "GE Vivid E95", "MAGNETOM Vida", "Signa Premier", "Xarelto", "Eliquis",
]
EPONYMS_AND_BRANDS = tuple(_EPONYMS + _BRANDS)
_DISEASES = [e for e in _EPONYMS if e.endswith(("syndrome", "disease", "dystrophy"))]

_DTC = ["23andMe", "AncestryDNA", "MyHeritage DNA", "FamilyTreeDNA"]
_INTERP = ["Promethease", "GEDmatch", "Genetic Genie"]
_HGVS = [
    "BRCA2 c.5946delT", "BRCA1 c.68_69delAG", "BRCA1 c.5266dupC", "MLH1 c.350C>T", "MSH2 c.942+3A>T",
    "PALB2 c.3113G>A", "CHEK2 c.1100delC", "TP53 c.743G>A (p.Arg248Gln)", "APC c.3920T>A (p.Ile1307Lys)",
    "MYBPC3 c.1504C>T", "LDLR c.1060+1G>A", "HFE c.845G>A (p.Cys282Tyr)", "GLA c.644A>G", "VHL c.499C>T",
    "RET c.1900T>C (p.Cys634Arg)", "TSC2 c.5024C>T", "NF1 c.3826C>T", "CFTR c.1521_1523delCTT",
    "MTHFR c.665C>T", "F5 c.1601G>A", "ACADM c.985A>G", "SDHB c.268C>T",
]
_RSIDS = ["rs429358", "rs7412", "rs1801133", "rs4244285", "rs12248560", "rs1799853", "rs9923231", "rs6025",
          "rs334", "rs80357906", "rs1800562", "rs4149056", "rs3892097", "rs10455872"]
_NM = ["NM_000059.4", "NM_007294.4", "NM_000249.4", "NM_000546.6", "NM_000256.3", "NM_000551.4",
       "NM_020975.6", "NM_000527.5"]
_CLINVAR = ["VCV000009325", "VCV000017661", "RCV000031137", "VCV000037713", "VCV000052763", "RCV000077554",
            "VCV000012374"]
_OMIM = ["OMIM #604370", "MIM 113705", "OMIM #612555", "OMIM #193300", "MIM 151623", "OMIM #120435",
         "OMIM #171400"]
_BUILDS = ["GRCh38", "GRCh37/hg19", "hg38", "build 37", "T2T-CHM13v2.0"]
_ASSAYS = ["OncoHered 48-gene panel v4.2", "CardioSeq HCM panel v2.1", "PGx-Core 12-gene v3.0",
           "HereditaryPlus 84 v5", "NeoConfirm CF-139 v1.3", "Exome v7 (trio)", "RET hotspot assay v2.0"]
_SOFTWARE = ["VEP v110", "Alissa Interpret 5.3", "bcbio 1.2.9", "GATK 4.4.0.0"]
_SOFTWARE_RAD = ["syngo.via VB60", "Ambra PACS 3.2", "Visage 7.1", "IntelliSpace Portal 12"]
_SITES_RAD = ["www.nccn.org/patients", "www.genome.gov", "medlineplus.gov/genetics", "www.acr.org"]
_CPT = ["CPT 81162", "CPT 81479", "CPT 81225", "CPT 81408", "CPT 81220", "CPT 81292", "CPT 81405"]
_ICD = ["Z15.01", "Z80.3", "Z84.81", "Z13.79", "Z80.0", "E83.110", "I42.1"]
_HOTLINES = ["1-800-422-6237", "1-800-232-4636", "1-800-222-1222", "988 Suicide & Crisis Lifeline", "1-800-662-4357"]
_SITES = ["www.ncbi.nlm.nih.gov/clinvar", "www.omim.org", "www.genome.gov", "www.cdc.gov/genomics",
          "medlineplus.gov/genetics", "clinicaltrials.gov", "www.nccn.org/patients", "www.cpicpgx.org",
          "www.health.ny.gov/newborn"]
_STATES = ["Pennsylvania", "Vermont", "New Jersey", "Ohio", "Massachusetts", "Florida", "New York"]
_COUNTRIES = ["Ireland", "Poland", "Nigeria", "the Philippines", "Canada", "Portugal", "India"]

# --------------------------------------------------------------------------------------------------
# Surrogate PHI pools (fictitious)
# --------------------------------------------------------------------------------------------------

_GIVEN = ["Dolores", "Chidi", "Marisol", "Tomasz", "Aaliyah", "Bernadette", "Kenji", "Ifeoma", "Rosalind",
          "Anselm", "Priya", "Declan", "Yesenia", "Mateus", "Harriet", "Oluwaseun", "Greta", "Ravi", "Leticia",
          "Casimir", "Noor", "Evander", "Siobhan", "Thaddeus", "Mei-Ling", "Augustin", "Farah", "Lorcan",
          "Xiomara", "Bartholomew", "Ingrid", "Desmond", "Anjali", "Florian", "Zainab", "Percival", "Wren",
          "Esperanza", "Obadiah", "Svetlana", "Cormac", "Hyun-woo", "Maribel", "Lucius", "Temperance",
          "Kwabena", "Ottilie", "Rafferty", "Genevieve", "Ezekiel"]
_FAMILY = ["Kwiatkowski", "Okafor", "Vanderhoek", "Szymanski", "Abernathy", "Nakagawa", "Delacroix", "Oyelaran",
           "Brannigan", "Castellanos", "Thorvaldsen", "Iwu", "Pellegrino", "McCaffrey", "Rautenberg", "Adeyemi",
           "Lindqvist", "Fitzsimmons", "Quintero", "Haverkamp", "Ostrowski", "Achterberg", "Balogun",
           "Ferreira-Lutz", "O'Sullivan", "Zeller", "Wojcik", "Hadley", "Strand", "Tremblay", "Grabowski",
           "Esposito", "Sandoval", "Kowalczyk", "Demir", "Halvorsen", "Underhill", "Yamamoto", "Petrakis",
           "Kaminski", "Dunleavy", "Oduya", "Bergstrom", "Cardenas", "Whitcomb", "Nowicki", "Laframboise",
           "Marchetti", "Gallagher", "Sorensen", "Mbatha", "Ashdown", "Villanueva", "Kirkpatrick"]
_TOWNS = ["Oneonta", "Cortland", "Plattsburgh", "Massena", "Gloversville", "Lowville", "Hornell", "Olean",
          "Elmira", "Ithaca", "Batavia", "Canandaigua", "Watkins Glen", "Saranac Lake", "Port Jervis", "Kingston",
          "Poughkeepsie", "Binghamton", "Schenectady", "Utica", "Johnstown", "Cobleskill", "Norwich", "Malone",
          "Ogdensburg", "Penn Yan", "Owego", "Walton", "Herkimer", "Little Falls", "Peekskill", "Patchogue",
          "Riverhead", "Hempstead", "Yonkers", "Scranton", "Wilkes-Barre", "Bennington", "Rutland", "Pittsfield",
          "Tralee", "Krakow", "Enugu", "Astoria", "Flatbush", "Sherburne", "Delhi", "Cooperstown"]
_STREETS = ["Maple", "Cayuga", "Ridgeview", "Old Post", "Schuyler", "Glenwood", "Tamarack", "Main", "Genesee",
            "Oneida", "Vestal", "Hawthorne", "Chestnut Hill", "Mill Pond", "Quarry", "Susquehanna", "Orchard",
            "Brookside", "Willow Bend", "Academy", "Lake Shore", "Cemetery Hill"]
_SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Ln", "Blvd", "Terrace", "Ct", "Way", "Pl"]
_ORG_GROUPS = {
    "hosp": ["Mohawk Valley Medical Center", "St. Brendan's Hospital", "Chenango Memorial Hospital",
             "Upper Susquehanna Regional Hospital", "Lakeland General Hospital", "Oswegatchie Valley Health",
             "Hudson Crest Children's Hospital", "Tioga Falls Community Hospital",
             "Genesee Highlands Medical Center", "Susquehanna Valley Imaging"],
    "lab": ["Lakeshore Molecular Diagnostics", "Granite Ridge Genomics Laboratory", "Northstar Hereditary Testing Lab",
            "Cayuga Clinical Genomics", "Brightwater Pharmacogenomics Laboratory", "Meridian Molecular Pathology"],
    "biobank": ["Catskill Regional Biobank", "Mohawk Valley Biorepository", "Finger Lakes Population Biobank",
                "Northern Tier Research Specimen Repository"],
    "cord": ["Evergreen Cord Blood Bank", "Lifespring Cord Cell Trust", "Cradle Stem Cell Bank"],
    "clinic": ["Finger Lakes Cancer Genetics Clinic", "Adirondack Pediatric Associates", "Seneca Family Practice",
               "Bramblewood Internal Medicine", "Tri-County Maternal-Fetal Medicine", "Cobleskill Family Health Center",
               "Riverbend Cardiology Group"],
    "pharm": ["CVS Pharmacy #4471", "Walgreens #07732", "Wegmans Pharmacy #62", "Haggerty's Apothecary",
              "Tops Pharmacy #318"],
    "school": ["Sherburne-Earlville Middle School", "Tompkins Cortland Community College", "Walton Central School"],
    "employer": ["Bellwether Dairy Cooperative", "Schuyler Precision Castings", "Allegany Paperboard Mill",
                 "Tompkins County Health Department", "Otsego County Department of Social Services"],
}
_ORGS = [o for group in _ORG_GROUPS.values() for o in group]
_RELS = ["sister", "brother", "daughter", "son", "maternal aunt", "paternal uncle", "first cousin", "mother",
         "father", "half-sister", "niece", "nephew", "maternal cousin", "paternal aunt"]
_AREA = ["315", "518", "607", "716", "585", "845", "914", "631", "570", "802", "413", "347", "929", "201", "724"]
_TOLLFREE = ["800", "888", "877", "866", "855", "844", "833"]
_EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "proton.me",
              "verizon.net", "mvmc.org", "stbrendans.org"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_VIN = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_MBI_L = "ACDEFGHJKMNPQRTUVWXY"

# category wheel (weights) and the Weyl sequence that walks it
_WHEEL = (["PERSON"] * 4 + ["DATE_REAL_YEAR"] * 3 + ["ACCOUNT"] * 4 + ["ORGANIZATION"] * 3 + ["LOCATION"] * 2
          + ["MRN"] * 2 + ["PHONE"] * 2 + ["LICENSE"] * 2 + ["DEVICE_ID"] * 2 + ["HEALTH_PLAN"]
          + ["FAX", "PAGER", "EMAIL", "URL", "IP_ADDRESS", "SSN", "ZIP", "STREET_ADDRESS", "AGE_OVER_89",
             "VEHICLE_ID"])
_PHI = 0.6180339887498949
_SPANS_PER_NOTE = (1, 2, 1, 3, 2, 4, 1, 2, 3, 2)


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _a(r: random.Random, n: int, alphabet: str = _ALNUM) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


class _Ctx:
    """Per-note state: the random source, the note's look-alikes and a few patient facts."""

    def __init__(self, rng: random.Random, kind: str, note_type: str) -> None:
        self.rng = rng
        self.kind = kind
        self.note_type = note_type
        self.looks: list[str] = []
        self.sex = rng.choice(["F", "M"])
        self.noun = "woman" if self.sex == "F" else "man"
        self.she = "she" if self.sex == "F" else "he"
        self.her = "her" if self.sex == "F" else "his"

    def look(self, s: str) -> str:
        if s not in self.looks:
            self.looks.append(s)
        return s

    def pick(self, pool: list[str]) -> str:
        return self.look(self.rng.choice(pool))

    def sd(self) -> str:
        """A shifted (2100-2199) date: never labelled."""
        r = self.rng
        y, m, d = r.randint(2100, 2199), r.randint(1, 12), r.randint(1, 28)
        f = r.randrange(5)
        if f == 0:
            s = f"{m:02d}/{d:02d}/{y}"
        elif f == 1:
            s = f"{y}-{m:02d}-{d:02d}"
        elif f == 2:
            s = f"{_MONTHS[m - 1][:3]} {d}, {y}"
        elif f == 3:
            s = f"{d:02d}-{_MONTHS[m - 1][:3].upper()}-{y}"
        else:
            s = f"{m}/{d}/{y}"
        return self.look(s)

    def tollfree(self) -> str:
        r = self.rng
        a, b, c = r.choice(_TOLLFREE), str(r.randint(200, 999)), _d(r, 4)
        s = r.choice([f"1-{a}-{b}-{c}", f"({a}) {b}-{c}", f"{a}.{b}.{c}", f"1 {a} {b} {c}"])
        return self.look(s)

    def lot(self) -> str:
        r = self.rng
        return self.look(r.choice([f"Lot {_d(r, 4)}{_a(r, 1, _LETTERS)}{_d(r, 2)}", f"LOT: {_a(r, 3)}-{_d(r, 4)}",
                                   f"lot# {_d(r, 6)}", f"Lot {_a(r, 2, _LETTERS)}{_d(r, 5)}"]))

    def group(self) -> str:
        r = self.rng
        return self.look(r.choice([f"Group {_d(r, 7)}", f"Grp# {_d(r, 5)}-{_d(r, 3)}", f"group no. {_d(r, 6)}"]))

    def freezer(self) -> str:
        r = self.rng
        return self.look(r.choice([
            f"Freezer F{r.randint(1, 24)} / Rack {r.randint(1, 12)} / Box {r.randint(1, 99):02d} / "
            f"Pos {r.choice('ABCDEFGHI')}{r.randint(1, 9)}",
            f"FRZ-{r.randint(1, 30):02d} R{r.randint(1, 9)} B{r.randint(10, 81)} "
            f"{r.choice('ABCDEFGH')}{r.randint(1, 12)}",
            f"Tower {r.randint(1, 6)}, Shelf {r.randint(1, 5)}, Box {r.randint(100, 640)}, well "
            f"{r.choice('ABCDEFGH')}{r.randint(1, 12):02d}",
        ]))

    def run_id(self) -> str:
        r = self.rng
        return self.look(f"Run {_d(r, 6)}_A0{_d(r, 4)}_0{_d(r, 3)}_{_a(r, 10, _LETTERS)}")

    def irb(self) -> str:
        r = self.rng
        return self.look(r.choice([f"IRB protocol {r.randint(2008, 2024)}-{_d(r, 4)}", f"IRB# {_d(r, 5)}",
                                   f"Protocol BB-{_d(r, 3)}"]))


# --------------------------------------------------------------------------------------------------
# Surrogate value generators
# --------------------------------------------------------------------------------------------------

def _v_person(r: random.Random) -> str:
    g, f = r.choice(_GIVEN), r.choice(_FAMILY)
    k = r.randrange(7)
    if k == 0:
        return f"{f}, {g}"
    if k == 1:
        return f"{g[0]}. {f}"
    if k == 2:
        return f"{g} {r.choice(_LETTERS)}. {f}"
    if k == 3:
        return f"{f.upper()}, {g.upper()}"
    if k == 4:
        return f"{g} {f}-{r.choice([x for x in _FAMILY if chr(39) not in x and '-' not in x and x != f])}"
    return f"{g} {f}"


def _v_phone(r: random.Random, area: str | None = None) -> str:
    a, b, c = area or r.choice(_AREA), str(r.randint(201, 989)), _d(r, 4)
    k = r.randrange(6)
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"{a}{b}{c}",
            f"1-{a}-{b}-{c}"][k]


def _v_pager(r: random.Random) -> str:
    k = r.randrange(5)
    if k == 0:
        return f"{r.randint(2, 9)}-{_d(r, 4)}"
    if k == 1:
        return _d(r, 5)
    if k == 2:
        return f"{r.randint(201, 989)}-{_d(r, 4)}"
    if k == 3:
        return f"({r.choice(_AREA)}) {r.randint(201, 989)}-{_d(r, 4)}"
    return _d(r, 4)


def _v_email(r: random.Random) -> str:
    g, f = r.choice(_GIVEN).lower().replace("-", ""), r.choice(_FAMILY).lower().replace("'", "").replace("-", "")
    k = r.randrange(5)
    user = [f"{g}.{f}", f"{g[0]}{f}{r.randint(1, 99)}", f"{f}.family", f"{g}_{f[:4]}{r.randint(60, 99)}",
            f"{f}{g[0]}"][k]
    return f"{user}@{r.choice(_EMAIL_DOM)}"


def _v_url(r: random.Random) -> str:
    f = r.choice(_FAMILY).lower().replace("'", "").replace("-", "")
    k = r.randrange(6)
    if k == 0:
        return f"https://drive.google.com/file/d/1{_a(r, 24, _ALNUM + 'abcdefghijk')}/view"
    if k == 1:
        return f"www.gofundme.com/f/help-the-{f}-family"
    if k == 2:
        return f"https://www.ancestry.com/family-tree/tree/{_d(r, 9)}/person/{_d(r, 11)}"
    if k == 3:
        return f"https://results.lakeshoremdx.com/r/{_a(r, 10)}"
    if k == 4:
        return f"https://www.dropbox.com/s/{_a(r, 12).lower()}/genome_{f}_raw.zip?dl=0"
    return f"sites.google.com/view/{f}-family-health"


def _v_ip(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 1:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 2:
        first = r.choice([24, 68, 73, 98, 108, 174, 207])
        return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"2601:{r.randint(16, 4095):x}:{r.randint(256, 65535):x}:{r.randint(16, 4095):x}::{r.randint(1, 255):x}"


def _v_ssn(r: random.Random) -> str:
    a = r.choice([r.randint(1, 665), r.randint(667, 899)])
    b, c = r.randint(1, 99), r.randint(1, 9999)
    sep = r.choice(["-", "-", " ", ""])
    return f"{a:03d}{sep}{b:02d}{sep}{c:04d}"


def _v_mrn(r: random.Random) -> str:
    k = r.randrange(7)
    return [_d(r, 8), f"{_d(r, 3)}-{_d(r, 2)}-{_d(r, 3)}", f"BB{_d(r, 7)}", f"RPX-{_d(r, 6)}", f"E{_d(r, 7)}",
            f"{_a(r, 2, _LETTERS)}{_d(r, 6)}", f"00{_d(r, 7)}"][k]


def _v_account(r: random.Random) -> str:
    k = r.randrange(10)
    return [f"GX{r.randint(10, 29)}-{_d(r, 6)}", f"{_a(r, 4)}-{_d(r, 4)}-{_a(r, 4)}", f"KT-{_d(r, 9)}",
            f"SP-{_d(r, 7)}-A{r.randint(1, 9)}", f"{_d(r, 5)}-{r.randint(1, 24):02d}", f"CB{_d(r, 3)}-{_d(r, 5)}",
            f"PA{_d(r, 8)}", _d(r, 10), f"{r.randint(10, 29)}-{_d(r, 7)}", f"ACC{_d(r, 7)}"][k]


def _v_plan(r: random.Random) -> str:
    k = r.randrange(6)
    if k == 0:
        return f"{_a(r, 3, _LETTERS)}{_d(r, 9)}"
    if k == 1:
        return f"{_d(r, 4)} {_d(r, 4)} {_d(r, 2)}"
    if k == 2:
        return f"W{_d(r, 9)}"
    if k == 3:
        return f"{_a(r, 2, _LETTERS)}{_d(r, 5)}{r.choice(_LETTERS)}"
    if k == 4:
        m = _MBI_L
        return (f"{r.randint(1, 9)}{r.choice(m)}{r.choice(m + '0123456789')}{r.randint(0, 9)}-{r.choice(m)}"
                f"{r.choice(m + '0123456789')}{r.randint(0, 9)}-{r.choice(m)}{r.choice(m)}{_d(r, 2)}")
    return f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}-{r.randint(0, 9)}{r.randint(0, 9)}"


def _v_license(r: random.Random) -> str:
    k = r.randrange(7)
    return [f"{r.choice('12')}{_d(r, 9)}", _d(r, 6), f"{_a(r, 2, _LETTERS)}{_d(r, 7)}", f"{_d(r, 6)}-1",
            f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", f"GC{_d(r, 5)}", f"0{_d(r, 5)}"][k]


def _v_device(r: random.Random) -> str:
    k = r.randrange(7)
    return [f"RLA{_d(r, 6)}S", f"{_d(r, 4)}-{_d(r, 5)}", f"NG{_d(r, 7)}H", f"BME-{_d(r, 6)}",
            f"{_a(r, 2, _LETTERS)}{_d(r, 8)}", f"H3{_d(r, 5)}", f"{_d(r, 7)}"][k]


def _v_vehicle(r: random.Random) -> str:
    k = r.randrange(5)
    if k == 0:
        return f"{_a(r, 3, _LETTERS)}-{_d(r, 4)}"
    if k == 1:
        return f"{_a(r, 3, _LETTERS)} {_d(r, 4)}"
    if k == 2:
        return f"{r.randint(1, 9)}{_a(r, 3, _LETTERS)}{_d(r, 3)}"
    if k == 3:
        return f"{r.choice('123459')}{_a(r, 2, _LETTERS)}{_a(r, 5, _VIN)}{_d(r, 1)}{_a(r, 2, _VIN)}{_d(r, 6)}"
    return f"{_a(r, 2, _LETTERS)}{_d(r, 5)}"


def _v_date(r: random.Random) -> str:
    y = r.choice([r.randint(1931, 1999), r.randint(2000, 2029), r.randint(2005, 2026)])
    m, d = r.randint(1, 12), r.randint(1, 28)
    k = r.randrange(8)
    return [f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{_MONTHS[m - 1]} {d}, {y}",
            f"{d} {_MONTHS[m - 1][:3]} {y}", f"{_MONTHS[m - 1][:3]}. {d} {y}",
            f"{d:02d}-{_MONTHS[m - 1][:3].upper()}-{y}", f"{m}/{d}/{y}", f"{m}.{d}.{y}"][k]


def _v_street(r: random.Random) -> str:
    k = r.randrange(5)
    num = str(r.randint(2, 9890))
    if k == 0:
        return f"{num} {r.choice(_STREETS)} {r.choice(_SUFFIX)}"
    if k == 1:
        return f"{num} {r.choice(['N.', 'S.', 'E.', 'W.'])} {r.choice(_STREETS)} {r.choice(_SUFFIX)}"
    if k == 2:
        return f"{num} {r.choice(_STREETS)} {r.choice(_SUFFIX)}, Apt {r.randint(1, 40)}{r.choice('ABCD')}"
    if k == 3:
        return f"{num} State Route {r.choice([7, 8, 12, 28, 30, 80, 206])}"
    return f"{num} {r.choice(_STREETS)} {r.choice(_SUFFIX)} #{r.randint(1, 12)}"


def _v_zip(r: random.Random) -> str:
    z = f"{r.choice(['1', '1', '1', '0', '0'])}{_d(r, 4)}"
    return z if r.random() < 0.75 else f"{z}-{_d(r, 4)}"


_VALUES = {
    "PERSON": _v_person, "PHONE": _v_phone, "FAX": _v_phone, "PAGER": _v_pager, "EMAIL": _v_email, "URL": _v_url,
    "IP_ADDRESS": _v_ip, "SSN": _v_ssn, "MRN": _v_mrn, "ACCOUNT": _v_account, "HEALTH_PLAN": _v_plan,
    "LICENSE": _v_license, "ZIP": _v_zip, "STREET_ADDRESS": _v_street, "DATE_REAL_YEAR": _v_date,
    "AGE_OVER_89": lambda r: str(r.randint(90, 104)), "DEVICE_ID": _v_device, "VEHICLE_ID": _v_vehicle,
    "LOCATION": lambda r: r.choice(_TOWNS), "ORGANIZATION": lambda r: r.choice(_ORGS),
}

# --------------------------------------------------------------------------------------------------
# Planting templates: {V} is the value; other tokens are filled with masks or look-alikes
# --------------------------------------------------------------------------------------------------

_T: dict[str, list[str]] = {
    "PERSON": [
        "Genetic counselor: {V}, MS, CGC", "Discussed with Dr. {V} (clinical genetics) by phone.",
        "Electronically signed by: {V}, MD on {SD}", "cc: {V} (PCP) | {M} (oncology)",
        "Cascade: proband's {REL} {V} declined testing at this time.",
        "Pt's {REL}, {V}, brought the {DTC} printout and the {INTERP} report to the bedside.",
        "Attending:\n{V}", "Consent obtained by {V} RN, biobank research coordinator; witness {M}.",
        "HCP / emergency contact: {V} ({REL})", "PEDIGREE NOTE - II-4 = {V}, carrier by report only ({HGVS}).",
        "Dictated by: {V}\nTranscribed: {M}", "I saw and examined the pt with Dr {V} and agree with the plan.",
        "per pt, result also shared with cousin {V}, who lives out of state.",
        "| Relative | {V} | {REL} | not yet tested |", "Findings discussed with {V}, NP, by telephone on {SD}.",
        "RADIOLOGIST:  {V}", "Prelim read by resident {V}; final by {M}.",
        "Sample drawn by phlebotomist {V} at 07:40 ({TUBE}).", "Letter addressed to: Mr./Ms. {V}",
        "Kit registered under the name {V} on the consumer account (not the patient).",
        "Sonographer: {V}, RDCS", "Family letter given to {V} ({REL}) to share with the siblings",
    ],
    "LOCATION": [
        "Lives in {V} with {HER} partner; works nights.", "{REL} lives in {V} and will test through a local lab.",
        "Relatives: maternal aunt ({V}), cousin ({M}).", "Blood drawn at the {V} satellite draw station.",
        "Moved from {V} two years ago; prior care at {M}.", "Town: {V}", "Cascade letters mailed to {V} and {M}.",
        "Family originally from {V}, {COUNTRY}.", "{REL} - resides {V}, {STATE}; phone {M}.",
        "Prior exam performed in {V} (outside), report only.", "Home: {V}\n(ZIP {M})",
        "| Maternal side | {V} | 3 relatives eligible |", "Pt drove in from {V} this am for the study visit.",
        "the {REL} who lives near {V} already had testing",
    ],
    "ZIP": [
        "Mailing: {M}, NY {V}", "ZIP: {V}", "zip code {V} (per registration)",
            "Postal code on the consumer account: {V}",
        "Catchment (ZIP {V}) is outside the biobank recruitment area.", "| Addr | {M} | {M} | {V} |",
        "Ship kit to: {M}\n{M}, NY  {V}", "Residence zip {V}; travel time 2 h to clinic.",
    ],
    "STREET_ADDRESS": [
        "Address: {V}, {M}, NY {M}", "Kit mailed to {V} (pt's {REL}).", "Ship-to:\n  {V}\n  {M}",
        "lives at {V} with {HER} mother", "Cord blood collection kit delivered to {V} on {SD}.",
        "Home address on file: {V}", "| Street | {V} |", "Return-to address on the saliva mailer: {V}",
    ],
    "DATE_REAL_YEAR": [
        "{DTC} report generated {V:recent} (per printout footer).", "DOB: {V:old}",
            "Consent signed {V:recent}; version {M}.",
        "Specimen collected: {V:recent} 08:40", "Father died {V:any} of colon cancer at 58.",
        "Raw data downloaded from the consumer site on {V:recent}.", "| Collected | {V:recent} | {TUBE} |",
        "Date of report: {V:recent}", "Newborn screen drawn {V:recent} at 26 h of life.",
            "Cord blood banked {V:recent}.",
        "COMPARISON: Outside study dated {V:recent}.", "Exam date {V:recent}   Accession {M}",
        "{REL} DOB {V:old} - eligible for cascade testing.", "maternal grandmother d. {V:any} (ovarian ca)",
        "Biobank enrollment: {V:recent}", "Pt was born on\n{V:old}",
    ],
    "AGE_OVER_89": [
        "Maternal grandmother ({V} y/o) had breast ca at 71.", "Age: {V}",
            "{V}-year-old great-aunt with ovarian cancer.",
        "paternal grandfather alive at {V}, no cancers", "Proband's grandmother is now {V} and lives independently.",
        "| Grandmother (maternal) | {V} | unaffected |", "great-grandfather, aged {V}, has the same {GENE} variant",
        "INDICATION: {V} year old with {EPONYM} in family, surveillance.", "pt's grandmother, {V}yo, tested negative",
        "Oldest relative tested: great-aunt (age {V})",
    ],
    "PHONE": [
        "Relative contact: {REL} {M} - cell {V}", "Call back number {V} (pt's {REL})", "Tel: {V}",
        "Genetics clinic phone {V}, fax {M}", "ph# {V}", "Contact the biobank coordinator at {V} to withdraw.",
        "Results called to {V} at 15:05; left message.", "Critical result phoned to referring office {V}.",
        "| {REL} | {M} | {V} | letter sent |", "Mobile: {V}\nHome: {M}", "Cord blood bank client line {V}",
    ],
    "FAX": [
        "Fax: {V}", "fax results to {V}", "F {V}", "Please fax signed consent to {V} (Attn: {M}).",
        "Tel {M} / Fax {V}", "Fax#{V}", "Report faxed to outside PCP at {V} on {SD}.",
            "Our clinic's toll-free fax: {V:tf}",
    ],
    "PAGER": [
        "pager {V}", "Pgr: {V}", "on-call genetics fellow, beeper {V}", "page {V} with questions",
        "p.{V} (radiology resident)", "Reader pager #{V}", "biobank coordinator pgr {V}",
    ],
    "EMAIL": [
        "Email: {V}", "pt requested results be sent to {V}", "relative's email {V} (for the family letter)",
        "contact: <{V}>", "Consumer account login: {V}", "e-mail {V}", "GC email {V}",
    ],
    "URL": [
        "Pt shared a link to the raw data: {V:file}", "Fundraiser for testing costs: {V:fund}",
        "Family tree page: {V:tree}", "Results portal (patient-specific link): {V:portal}",
        "Link pasted in portal message:\n{V:any}", "Raw file location per pt - {V:file}",
        "family health page {V:site}",
    ],
    "IP_ADDRESS": [
        "Portal audit: raw data file downloaded from IP {V} at 22:14.", "Telehealth GC session connected from {V}.",
        "Upload origin {V}", "Remote client IP: {V}", "Images pushed from outside PACS node {V}.",
        "| Source IP | {V} | TLS 1.2 |", "Consent e-signed from {V}",
    ],
    "SSN": [
        "SSN: {V}", "Social Security #{V}", "SS# {V} (on requisition, should have been redacted)", "| SSN | {V} |",
        "soc sec no. {V}", "Cord blood enrollment form lists SSN {V}.",
    ],
    "MRN": [
        "MRN: {V:hosp}", "Unit No:   {V:hosp}", "Biobank participant ID {V:bb}", "Repository subject ID: {V:bb}",
        "Outside MRN {V:hosp}", "Med Rec #{V:hosp}", "Hospital No. {V:hosp}", "(MR# {V:hosp})", "Patient ID: {V:any}",
        "| PID | {V:bb} | consented |",
    ],
    "ACCOUNT": [
        "Accession: {V:acc}", "Requisition # {V:req}", "Lab order {V:req}", "Kit barcode {V:kit}",
        "Activation code {V:act} ({DTC} kit)", "Specimen ID {V:spec}", "Aliquot {V:spec} -> {FREEZER}",
        "Cord blood bank account {V:cord}", "Prior auth # {V:pa}", "Claim {V:enc}", "NBS filter card no. {V:nbs}",
        "Encounter # {V:enc}", "Accession No.: {V:acc}", "Acession {V:acc} (sic)",
        "| Sample | {V:spec} | {TUBE} | {FREEZER} |", "Telehealth session id {V:sess}", "Order#{V:req} ({CPT})",
        "consumer account no. {V:act}",
    ],
    "HEALTH_PLAN": [
        "Member ID: {V} ({GROUP})", "Subscriber # {V}", "Insurance ID {V}, prior auth pending", "Medicaid CIN {V:cin}",
        "Medicare MBI {V:mbi}", "Policy no. {V}", "| Plan ID | {V} | {GROUP} |", "ins member# {V}",
    ],
    "LICENSE": [
        "NPI {V:npi}", "GC licence (NY) {V:state}", "NYS lic # {V:state}", "DEA {V:dea}",
            "Ordering provider NPI: {V:npi}",
        "Driver's license {V:dl} verified at cord blood release", "RN lic. {V:state}",
        "ABGC cert {M} / state licence {V:state}", "| Ordering NPI | {V:npi} |", "License No.:{V:state}",
    ],
    "DEVICE_ID": [
        "Freezer asset tag {V:tag} (-80 C, room {M})", "Loop recorder ({LINQ}) SN {V}",
        "UDI (01)00{GTIN}(17){EXPUDI}(10){LOTUDI}(21){V}", "Holter recorder serial {V}",
        "Cochlear implant ({NUCLEUS} processor) serial: {V} - MR conditional at 1.5T only", "{OMNIPOD} PDM S/N {V}",
        "LN2 dewar serial {V}", "Pacemaker (MR-conditional) serial {V}; exam performed under device protocol.",
        "Tissue expander SN {V} (magnetic port)", "Asset # {V:tag}",
    ],
    "VEHICLE_ID": [
        "Courier van plate {V:plate} picked up the shipment at 16:10.", "Mobile mammography coach, plate {V:plate}",
        "Pt's car (plate {V:plate}) in the visitor garage.", "Specimen courier vehicle VIN {V:vin}", "Tag: {V:plate}",
        "License plate {V:plate} noted on the valet ticket.", "| Courier | van {V:plate} | dry ice 5 kg |",
    ],
    "ORGANIZATION": [
        "Confirmatory testing sent to {V:lab}.", "Referred by {V:clinic}.",
            "Biobank: {V:biobank} (consented, see scanned form)",
        "Cord blood stored at {V:cord} since birth.", "Outside records from {V:hosp} reviewed.",
        "Prescriptions sent to {V:pharm}.", "Works at {V:employer} (night shift).",
            "PGx panel performed at {V:lab}; report scanned.",
        "Daughter attends {V:school}.", "COMPARISON: Outside study from {V:hosp}.",
            "{V:hosp} - Department of Radiology",
        "| Performing lab | {V:lab} | {ASSAY} |", "Samples shipped to {V:biobank} on dry ice.",
            "f/u at {V:clinic} in 6 wk",
        "PCP: {M}, {V:clinic}", "Filled at {V:pharm} on {SD}",
    ],
}


def _v_keyed(r: random.Random, cat: str, key: str) -> str:
    """A value whose format suits its cue (``{V:key}`` in a template)."""
    if cat == "DATE_REAL_YEAR":
        y = {"old": r.randint(1928, 1999), "recent": r.randint(2004, 2029), "any": r.randint(1950, 2029)}[key]
        m, d = r.randint(1, 12), r.randint(1, 28)
        return [f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{_MONTHS[m - 1]} {d}, {y}",
                f"{d} {_MONTHS[m - 1][:3]} {y}", f"{_MONTHS[m - 1][:3]}. {d} {y}",
                f"{d:02d}-{_MONTHS[m - 1][:3].upper()}-{y}", f"{m}/{d}/{y}", f"{m}.{d}.{y}"][r.randrange(8)]
    if cat == "ORGANIZATION":
        return r.choice(_ORG_GROUPS[key])
    if cat == "FAX":
        return _v_phone(r, r.choice(_TOLLFREE))
    options = {
        ("ACCOUNT", "acc"): lambda: r.choice([f"GX{r.randint(10, 29)}-{_d(r, 6)}", f"ACC{_d(r, 7)}",
                                              f"M{_d(r, 2)}-{_d(r, 6)}", f"{_a(r, 2, _LETTERS)}{_d(r, 8)}"]),
        ("ACCOUNT", "req"): lambda: r.choice([f"RQ{_d(r, 7)}", f"{_d(r, 5)}-{_d(r, 2)}", f"{_d(r, 9)}",
                                              f"LMD-{_d(r, 6)}"]),
        ("ACCOUNT", "kit"): lambda: r.choice([f"KT-{_d(r, 9)}", _d(r, 12), f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}"]),
        ("ACCOUNT", "act"): lambda: r.choice([f"{_a(r, 4)}-{_d(r, 4)}-{_a(r, 4)}",
            f"{_a(r, 3)}{_d(r, 3)}{_a(r, 3)}{_d(r, 2)}",
                                              f"{_d(r, 3)}-{_a(r, 3)}-{_d(r, 4)}"]),
        ("ACCOUNT", "spec"): lambda: r.choice([f"SP-{_d(r, 7)}-A{r.randint(1, 9)}",
            f"{_d(r, 5)}-{r.randint(1, 24):02d}",
                                               f"S{_d(r, 2)}-{_d(r, 5)}", f"BBK{_d(r, 6)}.{r.randint(1, 9)}"]),
        ("ACCOUNT", "cord"): lambda: r.choice([f"CB{_d(r, 3)}-{_d(r, 5)}", f"{_a(r, 2, _LETTERS)}{_d(r, 6)}",
                                               f"{_d(r, 4)}-{_d(r, 4)}"]),
        ("ACCOUNT", "pa"): lambda: r.choice([f"PA{_d(r, 8)}", f"{_d(r, 2)}{r.choice(_LETTERS)}{_d(r, 6)}",
            f"A{_d(r, 9)}"]),
        ("ACCOUNT", "enc"): lambda: r.choice([_d(r, 10), f"{_d(r, 3)}-{_d(r, 4)}-{_d(r, 3)}", f"V{_d(r, 8)}"]),
        ("ACCOUNT", "nbs"): lambda: r.choice([f"{r.randint(10, 29)}-{_d(r, 7)}", f"NB{_d(r, 8)}", _d(r, 9)]),
        ("ACCOUNT", "sess"): lambda: r.choice([f"VS-{_d(r, 8)}", f"{_a(r, 6)}{_d(r, 4)}",
            f"{_d(r, 3)} {_d(r, 3)} {_d(r, 4)}"]),
        ("MRN", "hosp"): lambda: r.choice([_d(r, 8), f"{_d(r, 3)}-{_d(r, 2)}-{_d(r, 3)}", f"00{_d(r, 7)}",
                                           f"E{_d(r, 7)}"]),
        ("MRN", "bb"): lambda: r.choice([f"BB{_d(r, 7)}", f"RPX-{_d(r, 6)}", f"{_a(r, 2, _LETTERS)}{_d(r, 6)}",
                                         f"P{_d(r, 3)}-{_d(r, 4)}"]),
        ("MRN", "any"): lambda: _v_mrn(r),
        ("HEALTH_PLAN", "cin"): lambda: f"{_a(r, 2, _LETTERS)}{_d(r, 5)}{r.choice(_LETTERS)}",
        ("HEALTH_PLAN", "mbi"): lambda: (f"{r.randint(1, 9)}{r.choice(_MBI_L)}{r.choice(_MBI_L + '0123456789')}"
                                         f"{r.randint(0, 9)}-{r.choice(_MBI_L)}{r.choice(_MBI_L + '0123456789')}"
                                         f"{r.randint(0, 9)}-{r.choice(_MBI_L)}{r.choice(_MBI_L)}{_d(r, 2)}"),
        ("LICENSE", "npi"): lambda: f"{r.choice('12')}{_d(r, 9)}",
        ("LICENSE", "dea"): lambda: f"{_a(r, 2, _LETTERS)}{_d(r, 7)}",
        ("LICENSE", "state"): lambda: r.choice([_d(r, 6), f"0{_d(r, 5)}", f"{_d(r, 6)}-1", f"{_d(r, 3)}-{_d(r, 3)}"]),
        ("LICENSE", "dl"): lambda: r.choice([f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", _d(r, 9),
            f"{r.choice(_LETTERS)}{_d(r, 8)}"]),
        ("DEVICE_ID", "tag"): lambda: r.choice([f"BME-{_d(r, 6)}", f"AT{_d(r, 7)}", f"{_d(r, 2)}-{_d(r, 5)}"]),
        ("VEHICLE_ID", "plate"): lambda: r.choice([f"{_a(r, 3, _LETTERS)}-{_d(r, 4)}",
            f"{_a(r, 3, _LETTERS)} {_d(r, 4)}",
                                                   f"{r.randint(1, 9)}{_a(r, 3, _LETTERS)}{_d(r, 3)}",
                                                   f"{_a(r, 2, _LETTERS)}{_d(r, 5)}"]),
        ("VEHICLE_ID", "vin"): lambda: (f"{r.choice('123459')}{_a(r, 2, _LETTERS)}{_a(r, 5, _VIN)}{_d(r, 1)}"
                                        f"{_a(r, 2, _VIN)}{_d(r, 6)}"),
    }
    if (cat, key) in options:
        return options[(cat, key)]()
    if cat == "URL":
        f = r.choice(_FAMILY).lower().replace("'", "").replace("-", "")
        g = r.choice(_GIVEN).lower().replace("-", "")
        return {
            "file": lambda: r.choice([f"https://drive.google.com/file/d/1{_a(r, 24, _ALNUM + 'abcdefghijk')}/view",
                                      f"https://www.dropbox.com/s/{_a(r, 12).lower()}/genome_{f}_raw.zip?dl=0",
                                      f"https://1drv.ms/u/s!{_a(r, 14, _ALNUM + 'abcdefgh')}"]),
            "fund": lambda: r.choice([f"www.gofundme.com/f/help-the-{f}-family",
                f"https://gofund.me/{_a(r, 8).lower()}",
                                      f"www.givesendgo.com/{g}-{f}-testing"]),
            "tree": lambda: r.choice([f"https://www.ancestry.com/family-tree/tree/{_d(r, 9)}/person/{_d(r, 11)}",
                                      f"www.myheritage.com/site-{_d(r, 9)}/{f}",
                                          f"https://www.wikitree.com/wiki/{f.capitalize()}-{_d(r, 4)}"]),
            "portal": lambda: r.choice([f"https://results.lakeshoremdx.com/r/{_a(r, 10)}",
                                        f"https://portal.granitegenomics.org/report?id={_d(r, 8)}"]),
            "site": lambda: r.choice([f"sites.google.com/view/{f}-family-health", f"{g}{f}.wordpress.com",
                                      f"https://www.caringbridge.org/visit/{g}{f}"]),
            "any": lambda: _v_url(r),
        }[key]()
    raise KeyError((cat, key))


def _fill(c: _Ctx, tpl: str) -> str:
    r = c.rng

    def rep(m: re.Match) -> str:
        t = m.group(1)
        if t == "M":
            return "___"
        if t == "SD":
            return c.sd()
        if t == "REL":
            return r.choice(_RELS)
        if t == "HER":
            return c.her
        if t == "DTC":
            return c.pick(_DTC)
        if t == "INTERP":
            return c.pick(_INTERP)
        if t == "HGVS":
            return c.pick(_HGVS)
        if t == "GENE":
            return c.pick(_HGVS).split()[0]
        if t == "COUNTRY":
            return c.pick(_COUNTRIES)
        if t == "STATE":
            return c.pick(_STATES)
        if t == "EPONYM":
            return c.pick(_DISEASES)
        if t == "TUBE":
            return c.pick(["PAXgene Blood DNA tube", "Oragene DNA OG-500", "Whatman 903 card"])
        if t == "FREEZER":
            return c.freezer()
        if t == "CPT":
            return c.pick(_CPT)
        if t == "GROUP":
            return c.group()
        if t == "ASSAY":
            return c.pick(_ASSAYS)
        if t == "NUCLEUS":
            return c.pick(["Nucleus 7"])
        if t == "OMNIPOD":
            return c.pick(["Omnipod 5"])
        if t == "LINQ":
            return c.pick(["Reveal LINQ"])
        if t == "GTIN":
            return c.look(_d(r, 12))
        if t == "EXPUDI":
            return c.look(f"{r.randint(26, 29)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}")
        if t == "LOTUDI":
            return c.look(f"{_a(r, 2, _LETTERS)}{_d(r, 4)}")
        raise KeyError(t)

    return re.sub(r"\{([A-Z]+)\}", lambda m: "{V}" if m.group(1) == "V" else rep(m), tpl)


def _plant(c: _Ctx, cat: str) -> list[tuple[str, str | None]]:
    r = c.rng
    tpl = _fill(c, r.choice(_T[cat]))
    m = re.search(r"\{V(?::(\w+))?\}", tpl)
    value = _v_keyed(r, cat, m.group(1)) if m.group(1) else _VALUES[cat](r)
    return [(tpl[:m.start()], None), (value, cat), (tpl[m.end():], None)]


# --------------------------------------------------------------------------------------------------
# Document builders: each returns (core paragraphs, optional paragraphs)
# --------------------------------------------------------------------------------------------------

def _dis_header(c: _Ctx, service: str) -> str:
    allergy = c.rng.choice(["Penicillins", "No Known Allergies / Adverse Drug Reactions", "sulfa (rash)",
                            "iodinated contrast (hives)", "latex"])
    return (f"Name:  ___                  Unit No:   ___\n\nAdmission Date:  ___              Discharge Date:   ___\n\n"
            f"Date of Birth:  ___             Sex:   {c.sex}\n\nService: {service}\n\nAllergies:\n{allergy}\n\n"
            f"Attending: ___.")


def _labs(c: _Ctx) -> str:
    r = c.rng
    return (f"Pertinent Results:\n___ 06:10AM BLOOD WBC-{r.uniform(4, 11):.1f} RBC-{r.uniform(3.6, 5.4):.2f} "
            f"Hgb-{r.uniform(10, 15):.1f} Hct-{r.uniform(31, 45):.1f} Plt-{r.randint(150, 390)}\n"
            f"___ 06:10AM BLOOD Glucose-{r.randint(80, 140)} UreaN-{r.randint(8, 30)} Creat-{r.uniform(0.6, 1.5):.1f} "
            f"Na-{r.randint(134, 144)} K-{r.uniform(3.5, 5.0):.1f} Cl-{r.randint(98, 108)} HCO3-{r.randint(21, 29)}")


def _dis_tail(c: _Ctx) -> list[str]:
    r = c.rng
    return [
        f"Discharge Disposition:\n{r.choice(['Home', 'Home With Service', 'Extended Care'])}\n\nDischarge Condition:\n"
        "Mental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\n"
        "Activity Status: Ambulatory - Independent.",
        f"Discharge Instructions:\nDear ___,\nYou were admitted to ___ for {r.choice(['evaluation', 'monitoring'])}. "
        f"Questions about genetic test coverage can go to the lab's customer line {c.tollfree()}. Public information "
        f"is at {c.pick(_SITES_RAD)}; cancer information line {c.pick(_HOTLINES)}. For emergencies call 911.\n"
        "Followup Instructions:\n___",
    ]


def _extras_dis(c: _Ctx) -> list[str]:
    r = c.rng
    return [
        f"Physical Exam:\nVS: T {r.uniform(97.2, 99.4):.1f} HR {r.randint(58, 104)} BP {r.randint(100, 150)}/"
        f"{r.randint(60, 92)} RR {r.randint(12, 20)} O2 {r.randint(94, 100)}% RA\nGEN: NAD, pleasant. HEENT: MMM. "
        "CV: RRR, no m/r/g. LUNGS: CTAB. ABD: soft, NT/ND. EXT: no edema. NEURO: nonfocal.",
        f"Social History:\n___\nFamily History:\nSee genetics note. {c.pick(_DISEASES)} was raised by the family but "
        f"never confirmed. Grandfather with colon cancer in his 60s; an uncle died at {r.randint(40, 79)}.",
        f"Genetic testing notes:\nVariant nomenclature per HGVS against {c.pick(_NM)} ({c.pick(_BUILDS)}). "
        f"Annotation pipeline {c.pick(_SOFTWARE)}. Related entries: {c.pick(_CLINVAR)}, {c.pick(_OMIM)}. "
        f"Not to be confused with {c.pick(_RSIDS)} on the consumer array.",
        f"Medications on Admission:\n1. {c.pick(['Xarelto', 'Eliquis', 'Coumadin'])} as directed\n"
        f"2. {c.pick(['Zocor', 'Celexa', 'Tegretol'])} {r.choice([10, 20, 40])} mg daily\n"
        "3. Vitamin D3 1000 units daily",
        f"Home medications per pt list: {c.pick(['Lynparza', 'Trikafta', 'Xarelto', 'Camzyos'])}, "
        f"{c.pick(['Eliquis', 'Celexa', 'Omnipod 5', 'Zocor'])}; reconciled with pharmacy fill history.",
        f"Billing:\n{c.pick(_CPT)}; ICD-10 {c.pick(_ICD)}, {c.pick(_ICD)}. Payer {c.group()}; member id ___.",
    ]


def _b_dtc_admission(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.rng
    complaint, service, rs, gene = r.choice([
        ("left calf DVT and small PE", "MEDICINE", "rs6025", "F5 (Factor V Leiden)"),
        ("syncope at work", "CARDIOLOGY", "rs7412", "APOE"),
        ("elevated ferritin and transaminases", "MEDICINE", "rs1800562", "HFE"),
        ("chest pain, MI ruled out", "CARDIOLOGY", "rs10455872", "LPA"),
        ("new atrial fibrillation", "CARDIOLOGY", "rs429358", "APOE e4"),
    ])
    dtc, interp = c.pick(_DTC), c.pick(_INTERP)
    c.look(rs)
    core = [
        _dis_header(c, service),
        f"Chief Complaint:\n{complaint}\n\nMajor Surgical or Invasive Procedure:\nnone",
        f"History of Present Illness:\n___ year old {c.noun} admitted with {complaint}. On arrival {c.she} showed the "
        f"team a printout of {c.her} {dtc} raw data ({c.pick(_BUILDS)}, ~{r.randint(600, 710)},{_d(r, 3)} markers) "
        f"and a {interp} report flagging {rs} in {gene} as 'bad repute'. {c.she.capitalize()} uploaded the raw "
        f"file in {r.randint(2012, 2024)} and has told ___ and ___ about it. Consumer arrays genotype common SNPs "
        "only; rare pathogenic calls on them are false positives in a large share of cases.",
        f"Past Medical History:\n- {r.choice(['HTN', 'hypothyroidism', 'migraine', 'obesity'])}\n- "
        f"{r.choice(['GERD', 'anxiety', 'prediabetes', 'OSA on CPAP'])}\n"
        f"- s/p {r.choice(['appendectomy', 'C-section', 'ACL repair'])}",
        _labs(c),
        f"Genetics consult (inpatient):\nThe {interp} output is an automated literature match, not a clinical "
        f"interpretation. Confirmatory testing ordered: {c.pick(_ASSAYS)}, {c.pick(_CPT)}. ClinVar "
        f"{c.pick(_CLINVAR)} lists the {rs} allele; see also {c.pick(_OMIM)}. Transcript {c.pick(_NM)}. Sample: "
        f"{c.pick(['PAXgene Blood DNA tube', 'Oragene DNA OG-500'])}, {c.lot()}, kit EXP "
        f"{r.randint(2025, 2029)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}.",
        f"Brief Hospital Course:\nTreated for {complaint} per protocol. Started "
        f"{c.pick(['Xarelto', 'Eliquis', 'Coumadin'])}; {c.she} asked whether the consumer result changes the "
        f"plan - explained that management rests on clinical findings and the confirmatory result. Seen by "
        f"genetics on {c.sd()}; GC visit booked for ___.",
    ]
    return core + _dis_tail(c), _extras_dis(c)


def _b_confirm_requisition(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.rng
    var = c.pick(_HGVS)
    core = [
        _dis_header(c, r.choice(["MEDICINE", "SURGERY", "OBSTETRICS/GYNECOLOGY", "ONCOLOGY"])),
        "ADDENDUM - confirmatory genetic testing requisition (pasted from the outreach portal)",
        f"PATIENT INFORMATION\nName: ___   DOB: ___   Sex at birth: {c.sex}\nAddress: ___\nPhone: ___\n"
        "Ethnicity (for residual-risk calc): ___",
        f"TEST REQUESTED\n[x] Familial variant (single-site) analysis: {var}\n[ ] {c.pick(_ASSAYS)}\n"
        f"Reason: variant first reported on a direct-to-consumer test ({c.pick(_DTC)}); proband confirmation "
        f"required before cascade testing. Reference {c.pick(_NM)}, {c.pick(_BUILDS)}.\n{c.pick(_CPT)} | ICD-10 "
        f"{c.pick(_ICD)}",
        f"SPECIMEN\nType: {r.choice(['whole blood, EDTA 2 x 4 mL', 'saliva', 'buccal swab x2'])}\nCollection "
        f"device: {c.pick(['PAXgene Blood DNA tube', 'Oragene DNA OG-500'])}  {c.lot()}  EXP "
        f"{r.randint(2025, 2029)}-{r.randint(1, 12):02d}\nCollected: {c.sd()} ___   Collected by: ___",
        f"BILLING\nBill to: [x] insurance  [ ] patient  [ ] institution\nPlan: ___   Member ID: ___   "
        f"{c.group()}\nPrior authorization: ___ (submitted {c.sd()})\nABN signed: {r.choice(['yes', 'n/a'])}",
        f"ORDERING CLINICIAN\n___, ___   NPI: ___\nGenetic counselor: ___\nReport copy to: ___\nLab client "
        f"services (public line): {c.tollfree()}",
        "ATTESTATION\nI attest that informed consent for genetic testing was obtained and that the patient was told "
        "of GINA protections and their limits (life, disability and long-term-care insurance).",
    ]
    extras = [
        f"Lab comments:\nPrevious consumer genotype for {c.pick(_RSIDS)} is not accepted as a clinical result. "
        f"{c.pick(['Sanger sequencing', 'Hardy-Weinberg equilibrium'])} reference noted. {c.pick(_CLINVAR)}.",
        f"Shipping: UN3373 Biological Substance, Category B; ambient. Run in batch {c.run_id()}.",
    ] + _extras_dis(c)[:3]
    return core, extras


def _b_biobank_consent(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.rng
    rows = "\n".join(
        f"| ___ | {r.choice(['plasma', 'buffy coat', 'serum', 'DNA', 'PBMC'])} | {r.choice([0.5, 1.0, 1.8])} mL | "
        f"{c.freezer()} |" for _ in range(r.randint(3, 5)))
    core = [
        _dis_header(c, r.choice(["MEDICINE", "CARDIOLOGY", "NEUROLOGY", "SURGERY"])),
        f"Brief Hospital Course:\n___ year old {c.noun} admitted for "
        + r.choice(['CHF exacerbation', 'pneumonia', 'cellulitis', 'TIA work-up', 'elective colectomy']) + ". "
        "Uncomplicated course; details per primary team note.",
        f"BIOBANK CONSENT NOTE\nThe hospital biobank study ({c.irb()}) was explained in "
        f"{r.choice(['English', 'Spanish'])}. "
        f"Consent form version {r.randint(3, 9)}.{r.randint(0, 4)}; teach-back done. The participant agreed to: "
        "storage of leftover clinical samples, one research blood draw, linkage to the EHR, recontact for future "
        "studies, and return of actionable results (ACMG secondary-findings list). Declined: commercial use.",
        "SAMPLES (research draw, 2 x 10 mL EDTA + 1 SST)\n| Sample | Fraction | Vol | Storage |\n"
        f"|---|---|---|---|\n{rows}",
        f"Processing: spun 1500 g x 10 min within 2 h; {c.pick(['PAXgene Blood DNA tube', 'Whatman 903 card'])} "
        f"{c.lot()} (EXP {r.randint(2025, 2029)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}). Genotyping "
        f"planned on {c.pick(['Infinium GSA-24', 'Illumina NovaSeq 6000'])}, imputation to {c.pick(_BUILDS)}.",
        f"Withdrawal: participant may withdraw at any time by calling the public research line {c.tollfree()}. "
        "Participant ID and sample labels: ___. Coordinator: ___.",
    ]
    extras = _extras_dis(c)[:3] + [
        "Research team note: No research results are placed in the chart unless confirmed in a CLIA-certified lab.",
    ]
    return core + _dis_tail(c)[:1], extras


def _b_repository_manifest(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.rng
    lines = "\n".join(
        f"{k + 1:>2}  ___          {r.choice(['Serum', 'EDTA plasma', 'DNA', 'Urine', 'RNA (PAXgene)'])}"
        f"{'':6}{r.choice(['0.5', '1.0', '2.0'])} mL   {c.freezer()}" for k in range(r.randint(3, 5)))
    core = [
        _dis_header(c, r.choice(["MEDICINE", "NEUROLOGY", "ONCOLOGY"])),
        f"RESEARCH REPOSITORY - ENROLLMENT & SHIPMENT ADDENDUM\nStudy: multi-site {c.pick(_DISEASES)} natural history "
        f"repository, {c.irb()}. Enrolled during this admission after consent (v{r.randint(2, 8)}.{r.randint(0, 3)}).",
        f"Participant: ___      Site code: ___      Visit: baseline\nPhenotype data entered in REDCap; pedigree "
        f"uploaded (no names). Consumer genotype ({c.pick(_DTC)}) NOT transferred - the repository accepts "
        f"clinical data only.",
        f"MANIFEST\n #  Specimen ID  Type              Vol      Location\n{lines}",
        f"Shipment: UN3373 Category B, UN1845 dry ice {r.randint(3, 8)} kg; courier ___; tracking ___; "
        f"shipped {c.sd()}. Temperature logger attached. Sequencing at the central lab: {c.run_id()}.",
        f"Analysis plan: association tests with {c.pick(['Bonferroni correction'])}; penetrance by "
        f"{c.pick(['Kaplan-Meier estimate'])}. Return of results: only variants confirmed by "
        f"{c.pick(['Sanger sequencing'])} and classified P/LP ({c.pick(_CLINVAR)}) are returned, through the "
        "site PI. Study questions: "
        f"{c.tollfree()} (public coordinating-center line) or {c.pick(_SITES)}.",
    ]
    extras = _extras_dis(c) + [_labs(c)]
    return core + _dis_tail(c), extras


def _b_gc_letter(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.rng
    var = c.pick(_HGVS)
    gene = var.split()[0]
    core = [
        _dis_header(c, r.choice(["ONCOLOGY", "OBSTETRICS/GYNECOLOGY", "MEDICINE", "CARDIOLOGY"])),
        "Genetic Counseling - Result Letter (copied into the discharge record at patient request)",
        f"Dear ___,\n\nIt was a pleasure to speak with you during your admission on {c.sd()}. You came to us with "
        f"a {c.pick(_DTC)} report and a {c.pick(_INTERP)} printout. As we discussed, consumer tests look at a "
        "limited set of positions and can both miss and over-call variants.",
        f"Your clinical result: a pathogenic variant, {var}, was confirmed ({c.pick(_ASSAYS)}; reference "
        f"{c.pick(_NM)}, {c.pick(_BUILDS)}). This variant is listed in ClinVar ({c.pick(_CLINVAR)}). "
        f"Genes like {gene} are associated with conditions such as {c.pick(_DISEASES)} ({c.pick(_OMIM)}).",
        "What this means for you: we recommend the surveillance plan we reviewed, including "
        + r.choice(['annual breast MRI alternating with mammography', 'colonoscopy every 1-2 years',
                    'annual echocardiogram', 'annual whole-body MRI']) + ". "
        "We also discussed GINA, which protects health insurance and employment but not life insurance.",
        f"What this means for your family: first-degree relatives have a 50% chance of carrying the same variant. "
        f"We enclose a family letter you may share. Relatives can find a counselor through {c.pick(_SITES)}.",
        "With best wishes,\n\n___, MS, CGC\nLicensed Genetic Counselor\n___ Cancer Genetics Program\ncc: ___",
    ]
    extras = [
        f"Pedigree summary: 3 generations; paternal grandmother with breast cancer at {r.randint(38, 72)}, father "
        f"with prostate cancer at {r.randint(55, 78)}. Ashkenazi ancestry: ___. Risk model: "
        f"{c.pick(['Tyrer-Cuzick model', 'Gail model'])} "
        f"lifetime risk {r.uniform(14, 38):.1f}%. Colorectal history reviewed against the "
        f"{c.pick(['Amsterdam II criteria', 'Bethesda guidelines'])}.",
    ] + _extras_dis(c)[:3]
    return core, extras


def _b_cascade_log(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.rng
    var = c.pick(_HGVS)
    rels = r.sample(_RELS, 4)
    table = "\n".join(
        f"| {rel} | ___ | {r.randint(18, 84)} | "
        f"{r.choice(['letter sent', 'declined', 'kit mailed', 'tested +', 'tested -'])} | ___ |"
        for rel in rels)
    core = [
        _dis_header(c, r.choice(["MEDICINE", "ONCOLOGY", "CARDIOLOGY"])),
        f"CASCADE TESTING LOG (genetics, updated during admission)\nProband: ___   Familial variant: {var} "
        f"(confirmed; {c.pick(_CLINVAR)}). Original finding on {c.pick(_DTC)} raw data, re-analysed with "
        f"{c.pick(_INTERP)} by the family.",
        f"| Relative | Name | Age | Status | Contact |\n|---|---|---|---|---|\n{table}",
        f"Notes: family letters sent {c.sd()} and re-sent {c.sd()}. Relatives out of state were pointed to "
        f"{c.pick(_SITES)} and to telehealth genetic counseling. Two relatives in {c.pick(_STATES)} and one in "
        f"{c.pick(_COUNTRIES)} have not replied. Single-site testing cost quoted at ${r.choice([99, 150, 250])}; "
        f"customer line {c.tollfree()}.",
        f"Counseling points: autosomal dominant; {c.pick(_DISEASES)} phenotype varies; children under 18 are not "
        "tested for adult-onset conditions unless it changes care. Family variant testing requires the proband's "
        f"report. Lab order code {c.pick(_CPT)}.",
    ]
    extras = [
        f"Relatives' ages above are as of {c.sd()}. Oldest living relative is the maternal grandmother "
        f"({r.randint(80, 89)}).", _labs(c)] + _extras_dis(c)
    return core + _dis_tail(c), extras


def _b_pgx_consult(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.rng
    rows = [("CYP2C19", "*2/*2", "Poor metabolizer", "rs4244285"),
            ("CYP2C9", "*1/*3", "Intermediate metabolizer", "rs1799853"),
            ("VKORC1", "-1639G>A A/G", "Increased sensitivity", "rs9923231"),
            ("SLCO1B1", "521T>C T/C", "Decreased function", "rs4149056"),
            ("CYP2D6", "*1/*4", "Intermediate metabolizer", "rs3892097")]
    r.shuffle(rows)
    table = "\n".join(f"{g:<9}{d:<16}{p:<28}{c.look(s)}" for g, d, p, s in rows[: r.randint(3, 5)])
    core = [
        _dis_header(c, "CARDIOLOGY"),
        f"Brief Hospital Course:\n___ year old {c.noun} admitted with NSTEMI; DES to the mid LAD on {c.sd()}. Loaded "
        f"with {c.pick(['Plavix', 'Brilinta'])}. {c.she.capitalize()} mentioned a {c.pick(_DTC)} report saying "
        "'reduced response to clopidogrel'; inpatient pharmacogenomic testing was sent to confirm.",
        f"PHARMACOGENOMICS CONSULT\nAssay: {c.pick(_ASSAYS)}; genotyping on "
        f"{c.pick(['Infinium GSA-24', 'Illumina NovaSeq 6000'])}; "
        f"star-allele calls per PharmVar, {c.pick(_BUILDS)}.\n\n"
        f"Gene     Diplotype       Phenotype                   Key SNP\n{table}",
        f"Recommendations (CPIC, {c.pick(['www.cpicpgx.org', 'clinicaltrials.gov'])}):\n"
        "1. CYP2C19 poor metabolizer: avoid "
        f"clopidogrel; switched to {c.pick(['Brilinta'])} per cardiology.\n2. If warfarin "
        f"is ever needed ({c.pick(['Coumadin'])}), use a genotype-guided dose.\n3. Statin: prefer rosuvastatin or "
        f"low-dose {c.pick(['Zocor'])} avoided given SLCO1B1.\n4. Results added to the EHR PGx tab; they are "
        "lifelong and should be shared with every prescriber.",
        f"Patient education: reviewed that the consumer test used an array and did not test all alleles. "
        f"Medication questions: call the pharmacy; poison help {c.pick(['1-800-222-1222'])}.",
    ]
    extras = [_labs(c), f"Discharge Medications:\n1. Aspirin 81 mg daily\n2. {c.pick(['Brilinta'])} 90 mg BID\n3. "
              f"Atorvastatin 80 mg daily\n4. Metoprolol succinate {r.choice([25, 50])} mg daily"] + _extras_dis(c)[:2]
    return core + _dis_tail(c), extras


def _b_nbs_followup(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.rng
    screen, analyte, gene = r.choice([
        ("cystic fibrosis", "IRT 92 ng/mL, 2 CFTR variants on panel", "CFTR c.1521_1523delCTT"),
        ("MCAD deficiency", "C8 1.9 umol/L, C8/C10 5.1", "ACADM c.985A>G"),
        ("SCID", "TRECs undetectable", "IL2RG"),
        ("sickle cell disease", "FS pattern on HPLC", "rs334"),
    ])
    c.look(gene)
    core = [
        ("Name:  ___                  Unit No:   ___\n\nAdmission Date:  ___              Discharge Date:   ___\n\n"
         f"Date of Birth:  ___             Sex:   {c.sex}\n\nService: NEWBORN MEDICINE\n\nAttending: ___."),
        f"History:\nTerm infant, BW {r.randint(2600, 4100)} g, born by {r.choice(['SVD', 'repeat C-section'])} "
        f"to a G{r.randint(1, 4)}P{r.randint(1, 3)} mother, age {r.randint(19, 42)}. Prenatal labs unremarkable. "
        "Parents report the father's consumer DNA test showed he is a carrier; mother not tested.",
        f"Newborn screening:\nInitial {c.pick(['Guthrie card', 'Whatman 903 card'])} specimen collected at "
        f"{r.randint(24, 36)} h on {c.sd()}: out of range for {screen} ({analyte}). State newborn screening program "
        f"notified the PCP; information at {c.pick(['www.health.ny.gov/newborn', 'medlineplus.gov/genetics'])}. "
        "Repeat specimen and confirmatory testing sent.",
        f"Confirmatory:\n{c.pick(['NeoConfirm CF-139 v1.3', 'Exome v7 (trio)'])} - {gene} result pending;"
        f" {c.pick(_OMIM)}. Sweat chloride or enzyme "
        f"studies as indicated. Genetics to see family at ___.",
        f"Cord blood:\nParents elected private cord-blood storage. Collection kit {c.lot()} (EXP "
        f"{r.randint(2025, 2029)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}) used at delivery; courier pickup "
        f"at ___. Bank's public enrollment line {c.tollfree()}. Account and release forms: ___.",
        f"Hospital Course:\nFeeding well, {r.choice(['breast', 'bottle', 'combination'])} feeds; bilirubin "
        f"{r.uniform(6, 13):.1f} at {r.randint(30, 60)} h, below phototherapy line. Hearing screen passed. "
        "Hep B vaccine given. CCHD screen passed. "
        f"{c.pick(['Noonan syndrome', 'Turner syndrome', 'Fragile X syndrome'])} "
        "not suspected on exam.",
    ]
    extras = [
        f"Discharge exam: weight {r.randint(2500, 4000)} g ({r.randint(2, 9)}% below BW). Fontanelle soft, red "
        "reflex x2, hips stable, no murmur.",
        "Follow-up: PCP in 1-2 days; metabolic/genetics clinic ___; NBS program will call ___.",
        f"If CF is confirmed, CFTR modulators ({c.pick(['Trikafta'])}) are not used in newborns; "
        "pulmonology will discuss at the CF center.",
        f"Parent education: safe sleep, car seat, fever > 100.4 F. {c.pick(_DISEASES)} was asked about; reassured.",
    ]
    return core, extras


def _rad_header(c: _Ctx, exam: str, indication: str) -> str:
    r = c.rng
    age = "___" if r.random() < 0.6 else str(r.randint(18, 79))
    return (f"EXAMINATION:  {exam}\n\nINDICATION:  {age} year old {c.noun} with {indication}\n\n"
            f"COMPARISON:  {r.choice(['___.', 'None.', 'Prior exam from ___.'])}")


def _rad_tail(c: _Ctx) -> list[str]:
    r = c.rng
    return [
        "NOTIFICATION:  " + r.choice(['The findings were discussed with ___ by ___ on the telephone on ___ at ___.',
                                      'Routine; no critical findings.',
                                      'Preliminary report called to the ordering team at ___.']),
    ]


def _extras_rad(c: _Ctx) -> list[str]:
    r = c.rng
    return [
        f"TECHNICAL NOTE:  Images reviewed on {c.pick(_SOFTWARE_RAD)}. Contrast lot and expiry scanned to the MAR: "
        f"{c.lot()}, exp {r.randint(2025, 2029)}-{r.randint(1, 12):02d}. eGFR {r.randint(60, 118)} prior to contrast.",
        f"CLINICAL GENETICS CONTEXT:  Germline result on file ({c.pick(_HGVS)}; {c.pick(_CLINVAR)}). Surveillance "
        f"per {c.pick(['NCCN guidance', 'the Toronto protocol', 'ACR appropriateness criteria'])}; see "
        f"{c.pick(_SITES_RAD)}.",
        f"RECOMMENDATION(S):  Continue surveillance at 12 months. Consider {c.pick(_DISEASES)} differential only if "
        f"new findings. Ordering provider: ___.",
        f"PATIENT HISTORY (from intake form):  Consumer DNA test ({c.pick(_DTC)}) reported a variant; confirmed "
        f"clinically on ___. Family history of {c.pick(_DISEASES)} in a relative aged {r.randint(30, 85)}.",
    ]


def _b_mri_brain(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.rng
    syndrome, gene = r.choice([("von Hippel-Lindau disease", "VHL c.499C>T"), ("NF1", "NF1 c.3826C>T"),
                               ("tuberous sclerosis", "TSC2 c.5024C>T"), ("CADASIL", "NOTCH3 c.397C>T")])
    c.look(gene)
    if syndrome in _EPONYMS:
        c.look(syndrome)
    contrast = c.pick(["Gadavist", "Dotarem", "MultiHance"])
    core = [
        _rad_header(c, "MRI BRAIN AND CERVICAL SPINE WITH AND WITHOUT CONTRAST",
                    f"{syndrome} ({gene}), surveillance; variant first seen on consumer raw data."),
        f"TECHNIQUE:  Multiplanar multisequence MR of the brain at 3T ({c.pick(['MAGNETOM Vida', 'Signa Premier'])}) "
        f"before and after {r.choice([6, 7, 7.5, 8])} mL {contrast}. 3D FLAIR, SWI, DWI, post-contrast 3D T1.",
        "FINDINGS:\nBrain: "
        + r.choice(['A 4 mm enhancing nodule in the left cerebellar hemisphere, unchanged',
                    'Multiple cortical/subcortical tubers, stable',
                    'Confluent white matter T2 hyperintensities involving the anterior temporal poles',
                    'Focal areas of signal abnormality in the basal ganglia, typical of this syndrome']) + ". "
        "No acute infarct on DWI. No hemorrhage on SWI. Ventricles and sulci normal for age. No midline shift.\n"
        "Cervical spine: no intramedullary enhancing lesion. Cord signal normal.\nVascular flow voids preserved. "
        "Orbits and paranasal sinuses unremarkable.",
        f"IMPRESSION:\n1. {r.choice(['Stable', 'No new', 'Unchanged'])} findings related to {syndrome}.\n2. No new "
        "enhancing lesion to suggest hemangioblastoma or tumor.\n3. Continue surveillance in 12-24 months.",
    ]
    return core + _rad_tail(c), _extras_rad(c)


def _b_breast_mri(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.rng
    var = c.pick(["BRCA2 c.5946delT", "BRCA1 c.68_69delAG", "BRCA1 c.5266dupC", "PALB2 c.3113G>A",
                  "CHEK2 c.1100delC", "TP53 c.743G>A (p.Arg248Gln)"])
    core = [
        "EXAMINATION:  BILATERAL BREAST MRI WITH AND WITHOUT CONTRAST (HIGH-RISK SCREENING)\n\n"
        f"INDICATION:  ___ year old woman, {var} carrier (originally reported by {c.pick(_DTC)}, clinically "
        f"confirmed). {c.pick(['Tyrer-Cuzick model', 'Gail model'])} lifetime risk {r.uniform(20, 45):.1f}%. "
        f"Last menstrual period ___.\n\nCOMPARISON:  ___ and mammogram ___.",
        f"TECHNIQUE:  1.5T, dedicated 16-channel breast coil; axial T2, DWI, dynamic T1 fat-sat before and after "
        f"{r.choice([6, 7, 8])} mL {c.pick(['Gadavist', 'MultiHance', 'Dotarem'])}; subtraction and MIP images.",
        f"FINDINGS:\nAmount of fibroglandular tissue: {r.choice(['scattered', 'heterogeneous', 'extreme'])}.\n"
        f"Background parenchymal enhancement: {r.choice(['minimal', 'mild', 'moderate'])}, symmetric.\n"
        "Right breast: " + r.choice(['No suspicious mass or non-mass enhancement.',
                                     'A 5 mm oval circumscribed enhancing focus at 10:00, 4 cm FN, '
                                     'persistent kinetics, stable.']) + "\n"
        f"Left breast: {r.choice(['No suspicious enhancement.', 'Scattered foci, benign-appearing.'])}\n"
        "Axillae: no adenopathy. Incidental: small hepatic cyst.",
        f"IMPRESSION:\nBI-RADS {r.choice(['1: Negative', '2: Benign', '3: Probably benign - 6-month follow-up'])}.\n"
        "Continue annual MRI alternating with mammography every 6 months.",
        f"HISTORY:  {r.choice(['No prior breast surgery.', 'Prior benign biopsy.'])} Current medications include "
        f"{c.pick(['Lynparza', 'Xarelto', 'Celexa'])} per intake form.",
    ]
    return core + _rad_tail(c), _extras_rad(c)


def _b_echo(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.rng
    var = c.pick(["MYBPC3 c.1504C>T", "GLA c.644A>G", "LDLR c.1060+1G>A"])
    ef = r.randint(50, 72)
    core = [
        _rad_header(c, "TRANSTHORACIC ECHOCARDIOGRAM (COMPLETE, 2D/M-MODE/DOPPLER)",
                    f"family screening; {var} in a first-degree relative "
                    f"({c.pick(['Fabry disease', 'Brugada pattern', 'Wolff-Parkinson-White pattern'])} "
                    "also in differential)."),
        f"TECHNIQUE:  {c.pick(['Philips EPIQ CVx', 'GE Vivid E95'])}; image quality "
        f"{r.choice(['good', 'fair', 'technically difficult'])}. "
        f"{r.choice(['No contrast.', c.pick(['Definity']) + ' used for LV opacification.'])} "
        f"HR {r.randint(55, 95)} bpm, BP "
        f"{r.randint(105, 145)}/{r.randint(60, 90)}.",
        f"MEASUREMENTS:\n  LVEF (biplane)        {ef}%\n  IVSd                  {r.uniform(0.8, 2.1):.1f} cm\n"
        f"  LVPWd                 {r.uniform(0.7, 1.3):.1f} cm\n  LVIDd                 {r.uniform(3.8, 5.6):.1f} cm\n"
        f"  LA volume index       {r.randint(22, 48)} mL/m2\n"
        f"  LVOT peak gradient    {r.randint(4, 70)} mmHg (Valsalva)\n"
        f"  E/e' average          {r.uniform(6, 16):.1f}\n  TAPSE                 {r.uniform(1.7, 2.6):.1f} cm",
        "FINDINGS:\nLeft ventricle: "
        + r.choice(['asymmetric septal hypertrophy without SAM', 'normal wall thickness',
                    'mild concentric hypertrophy']) + "; "
        "normal regional wall motion.\nRight ventricle: normal size and function.\nValves: trace MR, trace TR; "
        "aortic valve trileaflet.\nPericardium: no effusion. IVC normal with > 50% collapse.",
        f"IMPRESSION:\n1. LVEF {ef}%.\n2. "
        + r.choice(['Findings meet criteria for HCM phenotype; cardiology genetics follow-up.',
                    'No phenotype at this time; repeat screening in 1-3 years.',
                    'Borderline septal thickness; correlate with CMR.']),
    ]
    extras = _extras_rad(c) + [f"Medications: {c.pick(['Camzyos', 'Fabrazyme', 'Zocor'])} as listed by patient."]
    return core + _rad_tail(c), extras


def _b_abd(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.rng
    ind, body = r.choice([
        ("von Hippel-Lindau disease, renal and pancreatic surveillance",
         "Kidneys: two cystic lesions with enhancing septa in the right kidney, largest 1.4 cm, unchanged. "
         "Pancreas: multiple simple cysts; no solid lesion. Adrenals: no pheochromocytoma."),
        ("hereditary hemochromatosis (HFE c.845G>A homozygous), iron quantification",
         f"Liver: R2* {r.randint(60, 420)} s-1, estimated LIC {r.uniform(1.5, 9):.1f} mg/g. No focal lesion. "
         "Spleen normal. Pancreas normal signal."),
        ("Lynch syndrome (MLH1 c.350C>T), staging of incidental renal pelvis thickening",
         "Renal collecting systems: 6 mm urothelial thickening in the left renal pelvis; no hydronephrosis. "
         "Bowel: no mass on limited evaluation."),
    ])
    for term in ("von Hippel-Lindau disease", "Lynch syndrome", "HFE c.845G>A", "MLH1 c.350C>T"):
        if term in ind:
            c.look(term)
    core = [
        _rad_header(c, "MRI ABDOMEN WITH AND WITHOUT CONTRAST", ind),
        f"TECHNIQUE:  1.5T; axial/coronal T2, in/opposed phase, DWI, dynamic 3D T1 before and after "
        f"{c.pick(['Eovist', 'Gadavist', 'Dotarem'])}; multi-echo GRE for R2*.",
        f"FINDINGS:\n{body}\nLiver: normal morphology. Gallbladder: no stones. Bile ducts: not dilated.\n"
        "Lymph nodes: none enlarged. Vessels: patent. Bones: no suspicious marrow lesion.",
        "IMPRESSION:\n1. "
        + r.choice(['Stable findings.', 'No new lesion.', 'Findings as above; compare with next surveillance study.'])
        + "\n"
        "2. No suspicious solid enhancing lesion.",
    ]
    return core + _rad_tail(c), _extras_rad(c)


def _b_thyroid(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.rng
    core = [
        _rad_header(c, "ULTRASOUND THYROID AND NECK",
                    "RET c.1900T>C (p.Cys634Arg) carrier (MEN2A); prophylactic thyroidectomy deferred, surveillance."),
        f"TECHNIQUE:  Grayscale and color Doppler, linear 18 MHz probe. Calcitonin {r.uniform(2, 40):.1f} pg/mL, "
        f"CEA {r.uniform(0.5, 6):.1f} ng/mL on ___. Variant first flagged by {c.pick(_INTERP)} on {c.pick(_DTC)} "
        f"raw data; clinical {c.pick(['RET hotspot assay v2.0'])} confirmed.",
        f"FINDINGS:\nRight lobe {r.uniform(3.5, 5.2):.1f} x {r.uniform(1.2, 2.0):.1f} x {r.uniform(1.0, 1.8):.1f} cm. "
        f"Left lobe {r.uniform(3.5, 5.2):.1f} x {r.uniform(1.2, 2.0):.1f} x {r.uniform(1.0, 1.8):.1f} cm. "
        f"Isthmus {r.uniform(0.2, 0.5):.1f} cm.\nNodule 1: right mid, {r.randint(4, 14)} mm, solid hypoechoic, "
        f"punctate echogenic foci - ACR TI-RADS TR{r.randint(3, 5)}.\n"
        "No abnormal cervical lymph nodes in levels II-VI. "
        f"Parathyroids not visualized. Background {c.pick(['Hashimoto thyroiditis'])} pattern absent.",
        "IMPRESSION:\n1. "
        + r.choice(['TR4 nodule meets FNA threshold', 'Subcentimeter nodule, follow-up', 'No suspicious nodule'])
        + ".\n"
        "2. No suspicious lymphadenopathy. Correlate with calcitonin trend.",
    ]
    return core + _rad_tail(c), _extras_rad(c)


def _b_wbmri(c: _Ctx) -> tuple[list[str], list[str]]:
    r = c.rng
    c.look("TP53 c.743G>A (p.Arg248Gln)")
    c.look("Li-Fraumeni syndrome")
    core = [
        _rad_header(c, "WHOLE-BODY MRI WITHOUT CONTRAST (CANCER SURVEILLANCE)",
                    "Li-Fraumeni syndrome, TP53 c.743G>A (p.Arg248Gln); annual surveillance (Toronto protocol)."),
        f"TECHNIQUE:  3T {c.pick(['MAGNETOM Vida', 'Signa Premier'])}; coronal STIR and T1 whole body, axial DWI "
        "(b 50/800) from vertex to feet; dedicated brain sequences. No contrast.",
        f"FINDINGS:\nBrain: no mass. Neck: {r.choice(['no adenopathy', 'small reactive nodes'])}.\nChest: "
        "no lung mass within MR limits; no mediastinal adenopathy.\nAbdomen/pelvis: adrenals normal; kidneys with "
        "simple cysts. No mass.\nMusculoskeletal: "
        + r.choice(['no marrow replacing lesion', 'a 9 mm T1-bright lesion in L2, typical hemangioma',
                    'stable bone island in the left ilium']) + ". "
        "Soft tissues: no mass.",
        "IMPRESSION:\n1. No MR evidence of malignancy.\n2. "
        + r.choice(['Incidental hemangioma', 'Simple renal cysts', 'No incidental findings']) + ".\n"
        "3. Next whole-body MRI in 12 months; brain MRI annually.",
    ]
    return core + _rad_tail(c), _extras_rad(c)


_KINDS = {
    "dtc_admission": ("discharge", _b_dtc_admission),
    "confirm_requisition": ("discharge", _b_confirm_requisition),
    "biobank_consent": ("discharge", _b_biobank_consent),
    "repository_manifest": ("discharge", _b_repository_manifest),
    "gc_letter": ("discharge", _b_gc_letter),
    "cascade_log": ("discharge", _b_cascade_log),
    "pgx_consult": ("discharge", _b_pgx_consult),
    "nbs_followup": ("discharge", _b_nbs_followup),
    "mri_brain_syndrome": ("radiology", _b_mri_brain),
    "breast_mri_highrisk": ("radiology", _b_breast_mri),
    "echo_report": ("radiology", _b_echo),
    "abd_surveillance": ("radiology", _b_abd),
    "thyroid_us_ret": ("radiology", _b_thyroid),
    "wbmri_tp53": ("radiology", _b_wbmri),
}
DOCUMENT_KINDS = tuple(_KINDS)
# 20 slots: 11 discharge, 9 radiology (45%)
_SLOTS = ("dtc_admission", "mri_brain_syndrome", "confirm_requisition", "breast_mri_highrisk", "biobank_consent",
          "echo_report", "repository_manifest", "abd_surveillance", "gc_letter", "thyroid_us_ret", "cascade_log",
          "wbmri_tp53", "pgx_consult", "mri_brain_syndrome", "nbs_followup", "breast_mri_highrisk", "dtc_admission",
          "echo_report", "gc_letter", "biobank_consent")

_HEAVY_BLOCK = [
    "CONTACTS\nPatient: ___   Phone: ___   Alt: ___\nHCP: ___ (___)   Phone: ___\nPCP: ___   Fax: ___",
    "SPECIMEN CHAIN OF CUSTODY\nCollected ___ by ___ | Received ___ by ___ | Accession ___ | Aliquots ___ / ___ / ___",
    "CONSUMER TEST\nVendor account: ___   Kit: ___   Report date: ___   Shared with: ___",
    "INSURANCE\nPlan: ___   Member: ___   Prior auth: ___   Claim: ___",
    "FAMILY\n___ (___) - ___, ___   |   ___ (___) - ___, ___   |   ___ (___) - ___",
]


def document_kind(seed: int, i: int) -> str:
    return _SLOTS[(i * 7 + seed * 3) % 20]


def _plan(seed: int, i: int) -> tuple[bool, list[str]]:
    """(heavy, planted categories): exactly 5 heavy and 58 planted notes in every 100 consecutive indices."""
    p = ((i % 100) * 37 + 11 * seed) % 100
    if p < 5:
        return True, []
    if p >= 63:
        return False, []
    n = _SPANS_PER_NOTE[(i * 13 + seed * 5) % 10]
    cats = []
    for j in range(n):
        x = ((i * 4 + j) * _PHI + seed * 0.4142135623730951) % 1.0
        cats.append(_WHEEL[int(x * len(_WHEEL))])
    return False, cats


def _join(paras: list[list[tuple[str, str | None]]]) -> tuple[str, list[tuple[int, int, str]]]:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for k, para in enumerate(paras):
        if k:
            out.append("\n\n")
            pos += 2
        for t, cat in para:
            if cat:
                spans.append((pos, pos + len(t), cat))
            out.append(t)
            pos += len(t)
    return "".join(out), spans


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    rng = random.Random(f"holdout90:{seed}:{i}")
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    heavy, cats = _plan(seed, i)
    c = _Ctx(rng, kind, note_type)
    core, extras = builder(c)
    paras: list[list[tuple[str, str | None]]] = [[(p, None)] for p in core]
    if heavy:
        for block in rng.sample(_HEAVY_BLOCK, 3):
            paras.insert(rng.randint(1, len(paras)), [(block, None)])
    for cat in cats:
        paras.insert(rng.randint(0, len(paras)), _plant(c, cat))
    target = rng.randint(1500, 3600)
    for extra in extras:
        if len(_join(paras)[0]) >= target:
            break
        if len(_join(paras)[0]) + len(extra) + 2 > 4400:
            continue
        paras.insert(len(paras) - 1, [(extra, None)])
    if heavy:
        while _join(paras)[0].count("___") < 25:
            paras.append([("Addendum: ___ ___ ___ ___ ___", None)])
    text, spans = _join(paras)
    # keep only the look-alikes that made it into the text
    looks = [s for s in c.looks if s in text]
    return LabelledNote(note_type=note_type, text=text, spans=spans), looks, ("heavy" if heavy else "normal")


def holdout90_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout90_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout90_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout90_corpus, argv, "Held-out corpus 90 (DTC genomics, biobanks, specimen repositories; written blind)")
    holdout_measure.report("holdout90", args, notes, hits, res)


if __name__ == "__main__":
    main()
