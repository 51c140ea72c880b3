"""Held-out corpus 94: the tele-ICU, central telemetry monitoring and medical device integration around an admission.

Document kinds (note type in brackets):

- ``teleicu_rounding`` [discharge] -- tele-ICU (eICU) virtual rounding note from the hub intensivist;
- ``teleicu_intervention`` [discharge] -- tele-ICU intervention note (camera-in after an alarm or trend alert);
- ``biomed_work_order`` [discharge] -- clinical/biomedical engineering work order for a sequestered device;
- ``downtime_log`` [discharge] -- downtime procedure log (monitoring network or EHR outage, paper back-up);
- ``gateway_export`` [discharge] -- device gateway / middleware event export pasted into an event review
  (hostnames, IP and MAC addresses);
- ``pump_interface`` [discharge] -- infusion-pump interoperability review with HL7 auto-programming messages;
- ``discharge_summary`` [discharge] -- discharge summary of an admission with telemetry events and an ambulatory
  monitor or loop recorder arranged;
- ``alarm_safety_review`` [discharge] -- alarm-management safety event review;
- ``central_alarm_log`` [radiology] -- central monitoring station alarm log with the monitor tech's summary;
- ``holter_report`` [radiology] -- Holter monitor report from a monitoring service;
- ``mcot_report`` [radiology] -- mobile cardiac outpatient telemetry (MCOT) end-of-service report;
- ``ilr_transmission`` [radiology] -- implantable loop recorder remote transmission review;
- ``tele_strip_review`` [radiology] -- telemetry rhythm-strip interpretation;
- ``monitor_hl7_feed`` [radiology] -- bedside monitor ORU^R01 interface trace review.

Labelling conventions (label policy, as given to every held-out corpus):

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

- every IP address, private or public, IPv4 or IPv6, is IP_ADDRESS (a port after the colon stays outside);
- MAC addresses (colon, dash or dotted notation), monitor, pump, telemetry-pack, Holter-recorder, MCOT-sensor and
  loop-recorder serials, the (21) serial of a UDI and hospital asset tags are DEVICE_ID;
- biomedical work orders, safety-event and incident numbers, help-desk and downtime tickets, the monitoring
  service's enrollment and accession numbers, tele-ICU consult numbers, pump order (ORC) numbers, PV1-19 visit
  numbers and claims are ACCOUNT; the hospital MRN, a downtime temporary MRN, PID-3 and the monitoring service's
  own patient id are MRN;
- monitoring services (IDTFs), tele-ICU hubs, spoke hospitals, cardiology practices, biomed contractors, EMS and
  air-medical services, nursing homes and employers are ORGANIZATION; device makers, middleware and tele-ICU
  products, payers and public bodies (FDA, CMS, AAMI) stay unlabelled;
- a transport unit's plate, VIN or aircraft tail number is VEHICLE_ID; an HL7 name ``FAMILY^GIVEN`` is one PERSON;
- device hostnames, bed labels, VLANs and ports, HL7 message control ids, alarm sequence ids, MDC codes, software
  and firmware versions (some dotted like an address), CPT/ICD codes, group numbers and shifted (2100-2200) dates
  are unlabelled look-alikes; monitor-tech (CCT) and biomed (CBET) certificate numbers are written masked
  (``___``), having no category here.

Written blind: the author read only this corpus's brief, ``lqs_clinical/synth/holdout_measure.py``, the first 45
lines of ``lqs_clinical/synth/notes.py``, ``pyproject.toml``, the two reference files under
``/work/shared/reference/`` and the synthetic note-shaped samples (with ``SOURCES.md``) under ``/work/shared/data/``;
no detector code, rule file, other corpus, test or benchmark was opened, and the detector was never run.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

# --------------------------------------------------------------------------------------------------
# Plant schedule: heavy notes, planted notes and categories (Weyl sequences)
# --------------------------------------------------------------------------------------------------

_CAT_WEIGHTS = (
    ("PHONE", 5), ("FAX", 4), ("PAGER", 4), ("EMAIL", 5), ("URL", 5), ("IP_ADDRESS", 8), ("SSN", 3), ("MRN", 6),
    ("ACCOUNT", 8), ("HEALTH_PLAN", 4), ("LICENSE", 5), ("ZIP", 4), ("STREET_ADDRESS", 4), ("DATE_REAL_YEAR", 6),
    ("AGE_OVER_89", 4), ("DEVICE_ID", 9), ("VEHICLE_ID", 3), ("PERSON", 8), ("LOCATION", 5), ("ORGANIZATION", 7),
)
_W_TOTAL = float(sum(w for _, w in _CAT_WEIGHTS))
_ALPHA = 0.6180339887498949
_BETA = 0.3819660112501051
_GAMMA = 0.7548776662466927
_DELTA = 0.5698402909980532


def _is_heavy(i: int) -> bool:
    return i % 20 == 11


def _is_planted(seed: int, i: int) -> bool:
    if _is_heavy(i):
        return False
    return (i * _GAMMA + seed * _DELTA) % 1.0 < 0.6105


def _category_at(seed: int, j: int) -> str:
    u = (j * _ALPHA + seed * _BETA) % 1.0
    acc = 0.0
    for cat, w in _CAT_WEIGHTS:
        acc += w / _W_TOTAL
        if u < acc:
            return cat
    return _CAT_WEIGHTS[-1][0]


def _plant_categories(seed: int, i: int) -> list[str]:
    if not _is_planted(seed, i):
        return []
    k = random.Random(f"holdout94-count:{seed}:{i}").choices((1, 2, 3, 4), weights=(40, 30, 20, 10))[0]
    return [_category_at(seed, 4 * i + m) for m in range(k)]


# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

_MONITORS = ["IntelliVue MX800", "IntelliVue MX450", "IntelliVue MX40", "CARESCAPE B650", "CARESCAPE B850",
             "Life Scope G9", "BeneVision N17", "Xprezzon"]
_PUMPS = ["Alaris 8015", "Sigma Spectrum IQ", "Plum 360", "SpaceStation", "Medfusion 4000"]
_ILRS = ["LINQ II", "Reveal LINQ", "Jot Dx", "Confirm Rx", "LUX-Dx", "BioMonitor III"]
_AMBULATORY = ["Zio XT", "Zio AT", "ePatch", "BodyGuardian MINI", "Bardy CAM", "CardioNet MCOT"]
_MIDDLEWARE = ["Capsule Neuron", "Bernoulli One", "Connexall", "Philips IBE", "Epic Bridges", "CareAware iBus",
               "Vocera Engage", "Spok Care Connect", "Ascom Unite"]
_TELEICU = ["eCareManager", "Philips eICU", "Caregility", "InTouch Vita"]
_MAKERS = ["Philips", "GE HealthCare", "Medtronic", "Abbott", "Boston Scientific", "Baxter", "Becton Dickinson",
           "ICU Medical", "Mindray", "Nihon Kohden", "iRhythm", "Biotronik", "Masimo", "Spacelabs", "Draeger",
           "B. Braun"]
_DRUGS = ["Levophed", "Precedex", "Cardizem", "Nexterone", "Vasostrict", "Diprivan", "Cleviprex", "Eliquis",
          "Lopressor", "Lasix", "Giapreza", "Zosyn", "Keppra", "Corlanor", "Multaq"]
_EPONYMS = ["Holter", "Wenckebach", "Mobitz", "Brugada", "Wolff-Parkinson-White", "Bazett", "Fridericia",
            "Swan-Ganz", "Foley", "Trendelenburg", "Cheyne-Stokes", "Osborn", "Takotsubo", "Stokes-Adams",
            "Ashman", "Korotkoff", "Seldinger", "Bezold-Jarisch", "Glasgow", "Richmond"]
EPONYMS_AND_BRANDS: tuple[str, ...] = tuple(
    _MONITORS + _PUMPS + _ILRS + _AMBULATORY + _MIDDLEWARE + _TELEICU + _MAKERS + _DRUGS + _EPONYMS)

_ILR_MAKER = {"LINQ II": "Medtronic", "Reveal LINQ": "Medtronic", "Jot Dx": "Abbott", "Confirm Rx": "Abbott",
              "LUX-Dx": "Boston Scientific", "BioMonitor III": "Biotronik"}
_MAKER_OF = {"Alaris 8015": "Becton Dickinson", "Sigma Spectrum IQ": "Baxter", "Plum 360": "ICU Medical",
             "Medfusion 4000": "ICU Medical", "SpaceStation": "B. Braun", "IntelliVue MX800": "Philips",
             "IntelliVue MX40": "Philips", "CARESCAPE B650": "GE HealthCare", "Life Scope G9": "Nihon Kohden",
             "BeneVision N17": "Mindray", "Xprezzon": "Spacelabs"}
_STATES = ["Pennsylvania", "Ohio", "New York", "West Virginia", "Maryland", "Canada"]
_DEPTS = ["Clinical Engineering", "Biomedical Engineering", "Telemetry Monitoring Unit", "Network Operations",
          "Health Information Management", "Nursing Informatics", "Pharmacy Informatics", "Medical ICU"]
_PAYERS = ["Medicare Part B", "Medicaid", "Highmark", "UnitedHealthcare", "Humana Gold Plus", "Aetna"]
_PUBSITES = ["www.fda.gov/medwatch", "https://www.accessdata.fda.gov/scripts/cdrh/cfdocs/cfmaude/search.cfm",
             "www.cms.gov", "www.aami.org", "https://www.heart.org", "www.hrsonline.org"]
_TOLLFREE = ("800", "888", "877", "866", "855", "844", "833")
_MDC = ["147842^MDC_ECG_HEART_RATE^MDC", "150456^MDC_PULS_OXIM_SAT_O2^MDC", "150037^MDC_PRESS_BLD_ART_ABP_SYS^MDC",
        "151562^MDC_RESP_RATE^MDC", "150344^MDC_TEMP^MDC", "148066^MDC_ECG_V_P_C_RATE^MDC"]
_UNITS = ["MICU", "CVICU", "SICU", "NSICU", "4W", "5E", "SDU", "TELE3", "CCU"]
_CPT = ["93224", "93226", "93228", "93229", "93241", "93247", "93298", "0650T", "99499"]
_ICD = ["I48.91", "I47.29", "I49.5", "R00.2", "R55", "I63.9", "I44.2", "R94.31"]


class _Rng(random.Random):
    """A seeded generator carrying the note's shifted (2100-2200) year."""

    year = 2150


def _year(r: random.Random) -> int:
    return getattr(r, "year", 2150) + r.choice((0, 0, 0, 1))


def _sdate(r: random.Random) -> str:
    y, m, dd = _year(r), r.randint(1, 12), r.randint(1, 28)
    mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]
    return "«" + r.choice([f"{y}-{m:02d}-{dd:02d}", f"{m:02d}/{dd:02d}/{y}", f"{dd}-{mon}-{y}",
                           f"{mon} {dd}, {y}"]) + "»"


def _stime(r: random.Random) -> str:
    y, m, dd = _year(r), r.randint(1, 12), r.randint(1, 28)
    return f"«{y}-{m:02d}-{dd:02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}»"


def _hl7ts(r: random.Random) -> str:
    return (f"«{_year(r)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
            f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}»")


def _tollfree(r: random.Random) -> str:
    tf, ex, ln = r.choice(_TOLLFREE), r.randint(212, 987), r.randint(0, 9999)
    return "«" + r.choice([f"1-{tf}-{ex}-{ln:04d}", f"({tf}) {ex}-{ln:04d}", f"{tf}.{ex}.{ln:04d}",
                           f"{tf}-{ex}-{ln:04d}"]) + "»"


def _host(r: random.Random) -> str:
    base = r.choice(["tele-gw", "cns", "pcs-mw", "idc-int", "ecm-app", "bmdi", "pump-srv", "alarm-fwd", "ics-rcv"])
    return f"«{base}{r.randint(1, 19):02d}{r.choice(['', '', '.clin.local', '.dev.local', '-prd'])}»"


def _bed(r: random.Random) -> str:
    return f"«{r.choice(_UNITS)}-{r.randint(1, 28):02d}»"


def _ver(r: random.Random) -> str:
    return "«" + r.choice([f"Rev L.{r.randint(1, 3):02d}.{r.randint(10, 60)}",
                           f"v{r.randint(2, 9)}.{r.randint(0, 14)}.{r.randint(0, 9)}",
                           f"firmware {r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 9)}.{r.randint(1, 250)}",
                           f"SW {r.choice('ABCDEF')}.{r.randint(1, 9):02d}.{r.randint(10, 99)}",
                           f"build {r.randint(3, 9)}.{r.randint(0, 9)}.{r.randint(100, 999)}"]) + "»"


def _lot(r: random.Random) -> str:
    return f"«{r.choice('LKWPT')}{r.randint(10000, 99999)}{r.choice('ABCDXZ')}»"


def _ref(r: random.Random) -> str:
    return "«REF " + r.choice(["LNQ22", "DM3500", "2120-0500", "M3176A", "865352", "35700BAX", "8015",
                               "2000-43", "CMC1-44", "10013498"]) + "»"


def _gtin(r: random.Random) -> str:
    return f"(01)00{r.randint(10 ** 11, 10 ** 12 - 1)}"


def _udi(r: random.Random) -> str:
    yy = r.randint(26, 31)
    return (f"«{_gtin(r)}(17){yy}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
            f"(10){r.choice('ABCDEFGH')}{r.randint(1000, 9999)}»")


def _expiry(r: random.Random) -> str:
    y, m, dd = r.randint(2025, 2030), r.randint(1, 12), r.randint(1, 28)
    mon = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()[m - 1]
    return "«" + r.choice([f"Exp {y}-{m:02d}-{dd:02d}", f"EXP {m:02d}/{y}", f"Use by {dd} {mon} {y}",
                           f"expiry {m:02d}/{dd:02d}/{y}", f"Exp. {y}-{m:02d}"]) + "»"


def _ndc(r: random.Random) -> str:
    lab = r.choice(["0409", "0143", "63323", "55150", "0338"])
    return f"«NDC {lab}-{r.randint(1000, 9999)}-{r.randint(1, 99):02d}»"


def _score(r: random.Random) -> str:
    return "«" + r.choice([f"RASS {r.choice(['-2', '-1', '0', '+1'])}", f"GCS {r.randint(7, 15)}",
                           f"APACHE IVa {r.randint(30, 110)}", f"SOFA {r.randint(1, 14)}",
                           f"CHA2DS2-VASc {r.randint(1, 7)}", f"QTc {r.randint(410, 520)} ms",
                           "CAM-ICU negative", f"NIHSS {r.randint(0, 18)}", f"MEWS {r.randint(1, 7)}"]) + "»"


def _age(r: random.Random) -> str:
    n = r.randint(19, 88)
    return "«" + r.choice([f"{n}-year-old", f"{n} y/o", f"{n} yo", f"{n} year old"]) + "»"


def _eponym(r: random.Random) -> str:
    return r.choice([
        "2:1 block alternating with «Mobitz» I («Wenckebach») periodicity",
        f"QTc «{r.randint(430, 510)} ms» by «Bazett» (by «Fridericia» «{r.randint(410, 490)} ms»)",
        "no «Brugada» pattern in V1-V2", "no pre-excitation to suggest «Wolff-Parkinson-White»",
        "aberrantly conducted beats consistent with «Ashman» phenomenon",
        "«Osborn» waves during targeted temperature management", "«Cheyne-Stokes» pattern on impedance respirations",
        "prior «Takotsubo» cardiomyopathy, EF recovered", "episode concerning for «Stokes-Adams» attack",
        "vagal («Bezold-Jarisch») bradycardia during the blood draw", "«Swan-Ganz» catheter removed yesterday",
        "«Foley» in place, draining clear urine", "placed in «Trendelenburg» for line change",
        "manual cuff by «Korotkoff» sounds matched the arterial line", "R IJ line placed by «Seldinger» technique",
        "«Glasgow» Coma Scale 14 (E4V4M6)", "«Richmond» Agitation-Sedation Scale -1"])


def _drugline(r: random.Random) -> str:
    return r.choice([
        f"norepinephrine («Levophed») 0.{r.randint(2, 18):02d} mcg/kg/min",
        f"dexmedetomidine («Precedex») 0.{r.randint(2, 9)} mcg/kg/h",
        f"diltiazem («Cardizem») {r.randint(5, 15)} mg/h", "amiodarone («Nexterone») 0.5 mg/min",
        "vasopressin («Vasostrict») 0.03 units/min", f"propofol («Diprivan») {r.randint(10, 40)} mcg/kg/min",
        f"clevidipine («Cleviprex») {r.randint(1, 8)} mg/h", f"furosemide («Lasix») {r.randint(5, 20)} mg/h",
        "angiotensin II («Giapreza») 20 ng/kg/min", f"heparin {r.randint(10, 18)} units/kg/h per nomogram"])


_GEN: dict[str, Callable[[random.Random], str]] = {
    "bed": _bed, "host": _host, "ver": _ver, "lot": _lot, "ref": _ref, "udi": _udi, "expiry": _expiry, "ndc": _ndc,
    "score": _score, "age": _age, "eponym": _eponym, "drugline": _drugline, "sdate": _sdate, "stime": _stime,
    "hl7ts": _hl7ts, "tollfree": _tollfree,
    "monmodel": lambda r: f"«{r.choice(_MONITORS)}»", "pump": lambda r: f"«{r.choice(_PUMPS)}»",
    "ilr": lambda r: f"«{r.choice(_ILRS)}»", "amb": lambda r: f"«{r.choice(_AMBULATORY)}»",
    "mw": lambda r: f"«{r.choice(_MIDDLEWARE)}»", "tele": lambda r: f"«{r.choice(_TELEICU)}»",
    "maker": lambda r: f"«{r.choice(_MAKERS)}»", "drug": lambda r: f"«{r.choice(_DRUGS)}»",
    "state": lambda r: f"«{r.choice(_STATES)}»", "dept": lambda r: f"«{r.choice(_DEPTS)}»",
    "payer": lambda r: f"«{r.choice(_PAYERS)}»", "pubsite": lambda r: f"«{r.choice(_PUBSITES)}»",
    "mdc": lambda r: f"«{r.choice(_MDC)}»", "cpt": lambda r: f"CPT «{r.choice(_CPT)}»",
    "icd": lambda r: f"«{r.choice(_ICD)}»",
    "hl7ctl": lambda r: f"«{r.choice(['MSG', 'CTL', 'Q', 'PCD'])}{r.randint(100000, 99999999)}»",
    "alarmid": lambda r: f"«ALM{r.randint(100000, 999999)}»",
    "grp": lambda r: f"«{r.choice('GKPT')}{r.randint(1000, 99999):05d}-{r.randint(10, 99)}»",
    "ssid": lambda r: "«" + r.choice(["CLIN-DEV-5G", "BIOMED-IOT", "PCD-WLAN", "MDN-VLAN"]) + "»",
    # fillers (plain, not look-alikes)
    "~time": lambda r: r.choice([f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}",
                                 f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"]),
    "~hr": lambda r: str(r.randint(52, 148)), "~map": lambda r: str(r.randint(55, 96)),
    "~bp": lambda r: f"{r.randint(88, 168)}/{r.randint(44, 96)}", "~rr": lambda r: str(r.randint(10, 32)),
    "~spo2": lambda r: str(r.randint(86, 100)), "~n": lambda r: str(r.randint(2, 40)),
    "~o2": lambda r: r.choice(["room air", "2 L NC", "4 L NC", "HFNC 40 L/50%", "BiPAP 12/6", "vent FiO2 40%"]),
    "~port": lambda r: r.choice(["2575", "3000", "24105", "7001", "443", "6661"]),
    "~vlan": lambda r: str(r.randint(100, 899)), "~ext": lambda r: str(r.randint(2000, 7999)),
    "~k": lambda r: f"{r.randint(30, 52) / 10:.1f}",
}

# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious)
# --------------------------------------------------------------------------------------------------

_GIVEN = ["Marlene", "Dwayne", "Rosalind", "Teodoro", "Agnieszka", "Curtis", "Yolanda", "Rafael", "Bernadette",
          "Kwame", "Ingrid", "Lamont", "Priya", "Odessa", "Gareth", "Wilhelmina", "Desmond", "Hollis", "Marisol",
          "Thaddeus", "Minerva", "Reginald", "Ximena", "Cornelius", "Fatima", "Lorraine", "Ezekiel", "Shirley",
          "Dmitri", "Henrietta", "Alton", "Noreen", "Jasper", "Luz", "Orville", "Tamsin", "Vernon", "Mae",
          "Ignatius", "Colette", "Booker", "Ruthanne", "Stanislaw", "Imogen", "Delbert", "Consuelo", "Wendell",
          "Pearl", "Augustin", "Nadia", "Harlan", "June", "Ellis", "Faye", "Sterling", "Dolores", "Clement",
          "Zofia", "Emmett", "Velma"]
_FAMILY = ["Kowalczyk", "Brannigan", "Oyelaran", "Dembowski", "Haverford", "Lindqvist", "McCrory", "Szymanski",
           "Petrakis", "Vanderpool", "Okafor", "Greenleaf", "Castellano", "Whitcombe", "Dziedzic", "Abernathy",
           "Rutkowski", "Fairbanks", "Nwachukwu", "Pellegrino", "Hollingsworth", "Tran", "Baptiste", "Yoder",
           "Stoltzfus", "Hershberger", "Marchetti", "Quinlan", "Delacroix", "Wojcik", "Ferraro", "Bielski",
           "Gallagher", "Sorensen", "Achterberg", "Fenstermacher", "Krajewski", "Lombardo", "Pruitt", "Iwasaki",
           "Nakagawa", "Esterhazy", "Ravenscroft", "Buchanan", "Mulvaney", "Ostrowski", "Carrow", "Blevins",
           "Truax", "Zimmerly", "Haskins", "Shoemaker", "Weatherby", "Ybarra", "Plaskett", "Guerrero",
           "Kaczmarek", "Lautenschlager", "Dunleavy", "Oduya", "Strickland", "Winter", "Brooks", "Fields"]
_TOWNS = ["Kittanning", "Brookville", "Punxsutawney", "Ridgway", "Emporium", "Coudersport", "Wellsboro",
          "Tionesta", "Marienville", "Lock Haven", "Port Allegany", "Smethport", "Kane", "Curwensville",
          "Osceola Mills", "Renovo", "Galeton", "Knox", "Shippenville", "Sigel", "Cooksburg", "Mount Jewett",
          "Bradford", "Warren", "Tidioute", "Sheffield", "Russell", "Youngsville", "Franklin", "Oil City",
          "Titusville", "Meadville", "Cambridge Springs", "Saegertown", "Corry", "Union City", "Salamanca",
          "Olean", "Jamestown", "Ellicottville", "Wellsville", "Elk County", "Jefferson County", "Potter County",
          "McKean County", "Forest County", "Cattaraugus County", "Clearfield County", "Lawrenceville",
          "Polish Hill"]
_ORGS = {
    "hosp": ["Tionesta Valley Hospital", "Ridgeline Regional Medical Center", "Sandy Hollow Community Hospital",
             "Kinzua Memorial Hospital", "Harmon-Price Medical Center", "Bellwood Critical Access Hospital",
             "St. Casimir Hospital", "Northfork Medical Center", "Allegheny Crest Medical Center",
             "Our Lady of the Lakes Hospital", "Clarion Valley Community Hospital", "Sinnemahoning Valley Hospital",
             "Mercy Ridge Hospital", "Elk Run Memorial Hospital", "St. Brendan's Hospital",
             "Allegheny Crest Virtual Care Center", "Ridgeline eICU Hub"],
    "idtf": ["Keystone Rhythm Monitoring Services", "Great Lakes Ambulatory ECG Center",
             "Pinnacle Cardiac Telemetry Services, LLC", "HeartTrace Monitoring Center",
             "Summit Arrhythmia Monitoring Services", "Laurel Highlands Cardiac Monitoring"],
    "biomed": ["Crestline Biomedical Services", "TriState Medical Equipment Repair",
               "Ironbridge Technical Services, Inc.", "Quantum Biomed Solutions LLC"],
    "practice": ["Allegheny Heart Associates", "Northern Tier Cardiology", "Kane Family Practice",
                 "Seneca Trail Internal Medicine", "Wellsboro Heart & Rhythm", "Brookville Medical Group"],
    "ems": ["Elk County Ambulance Association", "Forest Area EMS", "Keystone Critical Care Transport",
            "LifeQuest Air Medical", "Clarion Hose Company Ambulance"],
    "snf": ["Maple Crest Nursing and Rehabilitation", "Pine Knoll Manor", "St. Clare Senior Care Center",
            "Hickory Ridge Skilled Nursing"],
    "employer": ["Seneca Glass Works", "Allegheny Hardwoods Inc.", "Kinzua Tool & Die", "Northern Tier Propane",
                 "Coudersport Family Pharmacy", "Hometown Drug of Ridgway"],
}
_STREETS = ["Old Mill Road", "Carrow Street", "Hemlock Lane", "Boot Jack Road", "Route 948", "Spring Creek Road",
            "Montmorenci Road", "Maple Avenue", "Chestnut Street", "Bucktail Trail", "Kersey Road",
            "Fox Hollow Road", "S. Michael Street", "Center Street", "Laurel Run Road", "Watson Hill Road",
            "W. Main Street", "Depot Street", "Summit Ave", "Quarry Rd"]
_AREAS = ["412", "724", "814", "570", "315", "607", "716", "585", "304", "330", "216", "614", "937", "419", "440",
          "234", "878", "484", "610", "717"]
_EMAIL_DOMAINS = ["tionestavalleyhosp.org", "ridgelinermc.org", "kinzuamem.org", "alleghenycrest.org",
                  "keystonerhythm.com", "hearttrace-mc.com", "crestlinebiomed.com", "nthtiercardio.net",
                  "stcasimir.org", "elkrunmemorial.org"]
_FREEMAIL = ["gmail.com", "yahoo.com", "outlook.com", "windstream.net", "zoominternet.net", "atlanticbb.net"]
_ROLES = ["teleicu.hub", "biomed.dispatch", "cms.alarms", "tele-techs", "device.clinic", "eicu-rn",
          "ce.workorders", "downtime.cmd"]
_URL_HOSTS = ["portal.keystonerhythm.com", "reports.hearttrace-mc.com", "ecm.alleghenycrest.org",
              "teleicu.ridgelinermc.org", "cmms.crestlinebiomed.com", "share.summitarrhythmia.net",
              "view.laurelcardiac.com", "fd.kinzuamem.org"]
_CONS = "BCDFGHJKLMNPRSTVWXZ"
_ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _letters(r: random.Random, n: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(pool) for _ in range(n))


def _v_phone(r: random.Random) -> str:
    a, ex, ln = r.choice(_AREAS), r.randint(212, 987), r.randint(0, 9999)
    return r.choice([f"({a}) {ex}-{ln:04d}", f"{a}-{ex}-{ln:04d}", f"{a}.{ex}.{ln:04d}", f"+1 {a} {ex} {ln:04d}",
                     f"1-{a}-{ex}-{ln:04d}", f"({a}){ex}-{ln:04d}", f"{a} {ex} {ln:04d}", f"{a}/{ex}-{ln:04d}"])


def _v_pager(r: random.Random) -> str:
    k = r.random()
    if k < 0.35:
        return _v_phone(r)
    if k < 0.65:
        return f"{r.randint(2, 8)}-{r.randint(1000, 9999)}"
    if k < 0.85:
        return str(r.randint(20000, 89999))
    return f"{r.randint(212, 987)}-{r.randint(1000, 9999)}"


def _v_email(r: random.Random) -> str:
    g, f = r.choice(_GIVEN).lower(), r.choice(_FAMILY).lower()
    dom = r.choice(_EMAIL_DOMAINS)
    return r.choice([f"{g}.{f}@{dom}", f"{g[0]}{f}@{dom}", f"{f}.{g[0]}@{dom}",
                     f"{g}{f[:3]}{r.randint(1, 99)}@{r.choice(_FREEMAIL)}", f"{r.choice(_ROLES)}@{dom}",
                     f"{g}_{f}@{dom}", f"{f}{g[0]}{r.randint(1, 9)}@{r.choice(_FREEMAIL)}"])


def _v_url(r: random.Random) -> str:
    h = r.choice(_URL_HOSTS)
    p = r.choice([f"/pt/{_digits(r, 6)}/report?ep={r.randint(1, 40)}", f"/s/{_letters(r, 7, _ALNUM)}",
                  f"/episodes/{_digits(r, 7)}", f"/wo/{_digits(r, 7)}/detail", f"/session/{r.randrange(16 ** 8):08x}",
                  f"/r/{_letters(r, 6, _ALNUM)}/strips.pdf", f"/enroll?ref={_letters(r, 8, _ALNUM)}"])
    return r.choice([f"https://{h}{p}", f"http://{h}{p}", f"https://{h}{p}", f"www.{h.split('.', 1)[1]}{p}"])


def _v_ip(r: random.Random) -> str:
    k = r.random()
    o = lambda: r.randint(0, 255)  # noqa: E731
    if k < 0.42:
        return f"10.{o()}.{o()}.{r.randint(1, 254)}"
    if k < 0.62:
        return f"172.{r.randint(16, 31)}.{o()}.{r.randint(1, 254)}"
    if k < 0.80:
        return f"192.168.{o()}.{r.randint(1, 254)}"
    if k < 0.92:
        return f"{r.choice([23, 38, 64, 66, 71, 96, 104, 131, 144, 151, 198, 205])}.{o()}.{o()}.{r.randint(1, 254)}"
    return r.choice([f"fd{r.randrange(256):02x}:{r.randrange(16 ** 4):x}:{r.randrange(16 ** 4):x}"
                     f"::{r.randrange(1, 4096):x}",
                     f"2600:1f18:{r.randrange(16 ** 4):x}:{r.randrange(16 ** 4):x}::{r.randrange(1, 4096):x}"])


def _v_ssn(r: random.Random) -> str:
    a = r.choice([r.randint(1, 665), r.randint(667, 899)])
    g, s = r.randint(1, 99), r.randint(1, 9999)
    return r.choice([f"{a:03d}-{g:02d}-{s:04d}"] * 4 + [f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}"])


def _v_mrn(r: random.Random) -> str:
    return r.choice([_digits(r, 9), str(r.randint(1000000, 9999999)), f"M{_digits(r, 7)}", f"H-{_digits(r, 6)}",
                     f"{_digits(r, 2)}-{_digits(r, 2)}-{_digits(r, 3)}", f"KR{_digits(r, 6)}", f"E{_digits(r, 7)}",
                     f"00{_digits(r, 7)}"])


def _v_account(r: random.Random, sub: str | None) -> str:
    forms = {
        "wo": [f"WO-{_digits(r, 7)}", f"WO{_digits(r, 8)}", f"CE-{_digits(r, 6)}", _digits(r, 7)],
        "inc": [f"PSE-{_digits(r, 5)}", f"RL{_digits(r, 7)}", f"IR-{_digits(r, 6)}", f"SE{_digits(r, 6)}"],
        "enc": [_digits(r, 10), f"E{_digits(r, 9)}", f"V{_digits(r, 8)}", f"{_digits(r, 4)}-{_digits(r, 6)}"],
        "acc": [f"HX-{_digits(r, 6)}", f"AMB{_digits(r, 7)}", f"M{_digits(r, 2)}-{_digits(r, 5)}"],
        "tkt": [f"INC{_digits(r, 7)}", f"RITM{_digits(r, 7)}", f"REQ-{_digits(r, 6)}", f"HD-{_digits(r, 6)}"],
        "enr": [f"ENR-{_digits(r, 7)}", f"{_letters(r, 2)}{_digits(r, 6)}", f"{_digits(r, 3)}-{_digits(r, 5)}-A"],
        "claim": [f"CLM{_digits(r, 9)}", _digits(r, 12), f"{_digits(r, 2)}{_letters(r, 1)}{_digits(r, 8)}"],
        "order": [f"ORD{_digits(r, 7)}", _digits(r, 9), f"{_digits(r, 8)}-1"],
        "consult": [f"TC-{_digits(r, 6)}", f"EI{_digits(r, 7)}"],
    }
    if sub is None or sub not in forms:
        sub = r.choice(list(forms))
    return r.choice(forms[sub])


def _v_plan(r: random.Random) -> str:
    d, L = lambda: r.choice("0123456789"), lambda: r.choice("ACDEFGHJKMNPQRTUVWXY")  # noqa: E731
    mbi = f"{r.randint(1, 9)}{L()}{r.choice([L(), d()])}{d()}{L()}{r.choice([L(), d()])}{d()}{L()}{L()}{d()}{d()}"
    return r.choice([f"{_letters(r, 3)}{_digits(r, 9)}", mbi, f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}",
                     f"{_letters(r, 2)}{_digits(r, 5)}{_letters(r, 1)}", f"W{_digits(r, 9)}", _digits(r, 11),
                     f"{_letters(r, 3)}-{_digits(r, 8)}"])


def _v_license(r: random.Random, sub: str | None) -> str:
    sub = sub or r.choice(["npi", "npi", "state", "dea", "rn"])
    if sub == "npi":
        return f"{r.choice('12')}{_digits(r, 9)}"
    if sub == "dea":
        return f"{r.choice('ABFGM')}{_letters(r, 1)}{_digits(r, 7)}"
    if sub == "rn":
        return r.choice([f"0{_digits(r, 6)}", f"R{_digits(r, 7)}", _digits(r, 7)])
    if sub == "dl":
        return r.choice([_digits(r, 8), f"{_letters(r, 2)}{_digits(r, 6)}",
                         f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}"])
    if sub == "ems":
        return r.choice([f"{_digits(r, 6)}", f"P{_digits(r, 6)}", f"E-{_digits(r, 5)}"])
    return r.choice([f"{r.choice(['MT', 'OS', 'C', 'G'])}{_digits(r, 6)}", f"{r.choice(['MT', 'OS'])}-{_digits(r, 6)}",
                     _digits(r, 6)])


def _v_zip(r: random.Random) -> str:
    z = r.choice([r.randint(15001, 16950), r.randint(14701, 14895), r.randint(16001, 16999), r.randint(44001, 44999)])
    return f"{z:05d}" if r.random() < 0.75 else f"{z:05d}-{r.randint(1, 9999):04d}"


def _v_street(r: random.Random) -> str:
    if r.random() < 0.1:
        return f"RR {r.randint(1, 6)} Box {r.randint(10, 999)}"
    line = f"{r.randint(2, 9899)} {r.choice(_STREETS)}"
    k = r.random()
    if k < 0.15:
        line += f", Apt {r.randint(1, 9)}{r.choice('ABCD')}"
    elif k < 0.25:
        line += f" Lot {r.randint(1, 60)}"
    return line


def _v_date(r: random.Random, sub: str | None) -> str:
    if sub in ("dob", "hl7"):
        y = r.randint(1924, 1968)
    elif sub == "death":
        y = r.randint(2016, 2025)
    else:
        y = r.choice([r.randint(1924, 1968), r.randint(2012, 2025)]) if sub is None else r.randint(2012, 2025)
    m, dd = r.randint(1, 12), r.randint(1, 28)
    if sub == "hl7":
        return f"{y}{m:02d}{dd:02d}"
    mon = _MONTHS[m - 1]
    return r.choice([f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{mon} {dd}, {y}",
                     f"{mon[:3]} {dd} {y}", f"{dd}-{mon[:3]}-{y}", f"{dd} {mon[:3].upper()} {y}",
                     f"{dd:02d}.{m:02d}.{y}"])


def _v_device(r: random.Random, sub: str | None) -> str:
    sub = sub or r.choice(["mac", "mac", "serial", "pump", "asset", "ilr", "holter", "tele"])
    if sub == "mac":
        octs = [r.randrange(256) for _ in range(6)]
        k = r.random()
        if k < 0.45:
            return ":".join(f"{o:02X}" for o in octs)
        if k < 0.7:
            return "-".join(f"{o:02X}" for o in octs)
        if k < 0.85:
            return ":".join(f"{o:02x}" for o in octs)
        h = "".join(f"{o:02x}" for o in octs)
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    if sub == "serial":
        return f"{r.choice(['DE', 'US', 'SG', 'CN', 'JP'])}{_digits(r, 8)}"
    if sub == "pump":
        return r.choice([_digits(r, 8), _digits(r, 7), f"{_digits(r, 4)}-{_digits(r, 5)}"])
    if sub == "asset":
        return r.choice([f"BME-{_digits(r, 6)}", f"CE{_digits(r, 5)}", _digits(r, 7), f"A{_digits(r, 6)}"])
    if sub == "ilr":
        return r.choice([f"RLB{_digits(r, 6)}G", f"{_digits(r, 7)}", f"{_letters(r, 3)}{_digits(r, 6)}"])
    if sub == "holter":
        return r.choice([f"H{_digits(r, 7)}", f"{_digits(r, 3)}-{_digits(r, 5)}", f"DR{_digits(r, 6)}"])
    if sub == "udi":
        return f"{_letters(r, 2)}{_digits(r, 7)}"
    return r.choice([f"TX-{_digits(r, 5)}", f"{_digits(r, 2)}{_letters(r, 1)}{_digits(r, 5)}"])


def _v_vehicle(r: random.Random, sub: str | None) -> str:
    sub = sub or r.choice(["plate", "plate", "tail", "vin"])
    if sub == "tail":
        return r.choice([f"N{r.randint(1, 999)}{_letters(r, 2)}", f"N{r.randint(10000, 99999)}"])
    if sub == "vin":
        v = _letters(r, 17, _ALNUM)
        return v[:9] + _digits(r, 1) + v[10:11] + _digits(r, 6)
    return r.choice([f"{_letters(r, 3, _CONS)}-{_digits(r, 4)}", f"{_letters(r, 3, _CONS)} {_digits(r, 4)}",
                     f"{r.randint(1, 9)}{_letters(r, 3, _CONS)}{_digits(r, 3)}", f"AMB-{_digits(r, 4)}"])


def _v_person(r: random.Random, sub: str | None) -> str:
    g, f = r.choice(_GIVEN), r.choice(_FAMILY)
    if sub == "hl7":
        return r.choice([f"{f.upper()}^{g.upper()}", f"{f}^{g}", f"{f.upper()}^{g.upper()}^{_letters(r, 1)}"])
    return r.choice([f"{g} {f}", f"{g} {f}", f"{g} {_letters(r, 1)}. {f}", f"{f}, {g}", f"{g[0]}. {f}",
                     f"{f.upper()}, {g.upper()}"])


def _value(cat: str, sub: str | None, r: random.Random) -> str:
    if cat in ("PHONE", "FAX"):
        return _v_phone(r)
    if cat == "PAGER":
        return _v_pager(r)
    if cat == "EMAIL":
        return _v_email(r)
    if cat == "URL":
        return _v_url(r)
    if cat == "IP_ADDRESS":
        return _v_ip(r)
    if cat == "SSN":
        return _v_ssn(r)
    if cat == "MRN":
        return _v_mrn(r)
    if cat == "ACCOUNT":
        return _v_account(r, sub)
    if cat == "HEALTH_PLAN":
        return _v_plan(r)
    if cat == "LICENSE":
        return _v_license(r, sub)
    if cat == "ZIP":
        return _v_zip(r)
    if cat == "STREET_ADDRESS":
        return _v_street(r)
    if cat == "DATE_REAL_YEAR":
        return _v_date(r, sub)
    if cat == "AGE_OVER_89":
        return str(r.choice([90, 90, 91, 91, 92, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104]))
    if cat == "DEVICE_ID":
        return _v_device(r, sub)
    if cat == "VEHICLE_ID":
        return _v_vehicle(r, sub)
    if cat == "PERSON":
        return _v_person(r, sub)
    if cat == "LOCATION":
        return r.choice(_TOWNS)
    if cat == "ORGANIZATION":
        return r.choice(_ORGS[sub] if sub in _ORGS else _ORGS[r.choice(list(_ORGS))])
    raise ValueError(cat)


# --------------------------------------------------------------------------------------------------
# Plant contexts: {V} is the value (or ___ when masked), {_} a masked field, {name} a generator
# --------------------------------------------------------------------------------------------------

_Tpl = str | tuple[str, str]

_SNIPS: dict[str, list[_Tpl]] = {
    "PHONE": [
        "Family contact (daughter) reached at {V} after the camera check-in; agrees with plan.\n",
        "Callback: {V}\n", "| Spoke charge RN direct line | {V} |\n",
        "Spoke ED called the tele-ICU hub at {~time} from {V} about a transfer bed.\n",
        "CONTACT PH#{V}  (home)\n", "pt's wife asks that updates go to her cell {V} rather than the house line\n",
        "Monitoring center phoned the ordering office ({V}) per urgent-notification criteria.\n",
        "tel. {V} / ext {~ext}\n", "Neighbour (key holder) - {V}\n",
        "Patient's home phone for patch-return reminders: {V}.\n", "Phone  {V}   (mobile, texts ok)\n",
        "Son requests a call before any transfer:\n{V}\n",
        "Vendor tech support {tollfree} could not help; local field engineer's cell is {V}.\n",
    ],
    "FAX": [
        "Final report faxed to {V} (ordering cardiology office) at {~time}.\n", "Fax: {V}\n",
        "| Report destination | FAX {V} |\n", "Please fax the signed urgent-findings acknowledgement back to {V}.\n",
        "Fx# {V} - confirmation sheet attached\n",
        "Reports route by e-fax to the PCP office ({V}); the vendor's toll-free fax {tollfree} takes enrollment "
        "forms only.\n",
        "FAX TO:  {V}   ATTN: device clinic\n",
        "Weekly summary auto-faxed (dest {V}); 2 of 3 pages sent, resend queued.\n",
        "office fax\n{V}\n",
    ],
    "PAGER": [
        "Biomed on call paged ({V}) for pump sequestration.\n", "Pager: {V}\n", "pgr {V}\n",
        "Intensivist covering spoke sites can be paged at {V} overnight.\n",
        "| Tele tech escalation | page {V} |\n", "Beeper #{V} (house supervisor)\n",
        "Secondary alarm notification routed to pager {V} after 60 s unacknowledged.\n",
        "Paged cardiology fellow on {V} at {~time}; callback within 4 min.\n",
        "Escalation tier 2 -> charge RN pgr: {V}\n",
    ],
    "EMAIL": [
        "Send the equipment-loan agreement to {V}.\n", "Email: {V}\n", "Report copy e-mailed to {V} (secure).\n",
        "From: {V}\nSubject: alarm history request\n", "| Notify | {V} |\n",
        "daughter prefers updates by e-mail, {V}\n", "cc: {V}; {dept} distribution list\n",
        "Vendor field engineer ({V}) will ship a replacement telemetry pack.\n",
        "Questions about this export: {V}\n",
    ],
    "URL": [
        "Full-disclosure strips: {V}\n", "Report link (expires in 30 days): {V}\n", "Episode viewer -> {V}\n",
        "Camera session recording saved at {V} per retention policy.\n", "| PDF | {V} |\n",
        "Patient enrolled online via {V}; confirmation attached.\n", "Work order detail: {V}\n",
        "See MedWatch guidance at {pubsite}; the local report is at {V}.\n",
        "Transmission detail page\n{V}\n",
    ],
    "IP_ADDRESS": [
        "Gateway {host} ({V}) lost heartbeat at {~time}; re-registered after 90 s.\n", "IP: {V}\n",
        "| {bed} | {monmodel} | {V} | connected |\n",
        "src={V} dst={host} port={~port} proto=MLLP status=ACK\n",
        "Pump docked on {ssid}, assigned {V} by DHCP.\n",
        "Room camera (PTZ) at {bed} reachable at {V}; audio loop-back tested.\n",
        "Remote desktop session from {V} ended at {~time}.\n",
        "Monitor {V} on VLAN {~vlan} dropped off the central station for 7 min.\n",
        "Telemetry receiver {host} / {V} rebooted by {dept}.\n", "last check-in from {V}\n",
        "static addr {V}:{~port} (listener)\n",
    ],
    "SSN": [
        "SSN: {V}\n", "Enrollment form lists SS# {V} (required by the vendor's billing).\n", "| SSN | {V} |\n",
        "Social Security no. {V} verified against the downtime face sheet.\n", "pt ssn {V}\n",
        "Soc Sec {V} - copied from ED registration during downtime\n",
    ],
    "MRN": [
        "MRN: {V}\n", "Unit No.: {V}\n", "Downtime MRN {V} assigned; merge to the permanent record after recovery.\n",
        "| Patient ID | {V} |\n", "PID|1||{V}^^^HUB^MR\n", "Monitoring service patient ID {V} (device clinic chart)\n",
        "tele-ICU census: {bed} / {V} / ICU day {~n}\n", "Med rec #{V}\n", "hospital record no.\n{V}\n",
    ],
    "ACCOUNT": [
        ("Work order {V} opened for pump sequestration.\n", "wo"), ("Acct: {V}\n", "enc"),
        ("Encounter no. {V}\n", "enc"), ("| Incident # | {V} |\n", "inc"),
        ("Safety event report {V} filed (alarm not escalated).\n", "inc"),
        ("Help desk ticket {V}: central station frozen on {bed}.\n", "tkt"), ("Holter accession {V}\n", "acc"),
        ("Vendor enrollment ID {V} / order ___\n", "enr"), ("Visit #: {V}\n", "enc"), ("PV1-19 {V}\n", "enc"),
        ("Claim no. {V} submitted ({cpt}).\n", "claim"), ("Tele-ICU consult number {V} logged.\n", "consult"),
        ("Downtime ticket {V} (closed after back-entry)\n", "tkt"),
    ],
    "HEALTH_PLAN": [
        "Member ID: {V}\n", "Insurance: {payer}  Policy # {V}  Group {grp}\n", "MBI {V}\n",
        "| Subscriber ID | {V} |\n", "Medicaid CIN {V} (the vendor's billing needs it for MCOT).\n",
        "ins ID {V}, prior auth not required for the 14-day monitor\n",
        "Secondary coverage: {payer}, member no. {V}.\n", "Plan: {payer} / ID# {V} / grp {grp}\n",
    ],
    "LICENSE": [
        ("NPI {V}\n", "npi"), ("Interpreting physician NPI: {V}\n", "npi"), ("Lic# {V}\n", "state"),
        ("| Ordering provider NPI | {V} |\n", "npi"), ("DEA {V}\n", "dea"),
        ("signed ___, MD (state license {V})\n", "state"),
        ("Driver's license {V} copied as ID during downtime registration.\n", "dl"),
        ("Tele-intensivist credentialed at the spoke site (license no. {V}).\n", "state"),
        ("RN lic {V}\n", "rn"), ("Transport paramedic cert. {V}\n", "ems"), ("npi: {V}\n", "npi"),
    ],
    "ZIP": [
        "___, PA {V}\n", "ZIP: {V}\n", "Ship patch to home ZIP {V}; courier confirms delivery in 2 days.\n",
        "| Zip | {V} |\n", "Patient lives in zip code {V}, outside the vendor's same-day courier area.\n",
        "City/State/Zip: ___, {state} {V}\n", "Postal code {V} (cellular coverage map: 1 bar)\n",
    ],
    "STREET_ADDRESS": [
        "Address: {V}\n", "Ship-to: {V}, ___\n", "Return mailer addressed to {V}.\n", "| Street | {V} |\n",
        "Lives at {V} with spouse; no landline, cellular hub only.\n", "Home address (for patch mailing) {V}\n",
        "EMS picked up at {V} per the run sheet.\n",
    ],
    "DATE_REAL_YEAR": [
        ("DOB: {V}\n", "dob"), ("Date of birth {V}\n", "dob"), ("Loop recorder implanted {V} for cryptogenic stroke.\n",
                                                                  "event"),
        ("| DOB | {V} |\n", "dob"), ("Prior admission {V} for rapid AF (records from the spoke site).\n", "event"),
        ("PID|1||___^^^HUB^MR||___^___||{V}|F\n", "hl7"), ("Holter previously done {V} - no pauses.\n", "event"),
        ("Date of death: {V}\n", "death"), ("Enrolled on {V}; 30-day monitoring period.\n", "event"),
        ("born {V}\n", "dob"),
    ],
    "AGE_OVER_89": [
        "{V} y/o F admitted from ___ with new AF and a fall.\n", "Age: {V}\n",
        "{V}-year-old man, DNR/DNI, on telemetry for syncope.\n", "| Age | {V} |\n",
        "pt is {V} yo; family present at bedside via video.\n", "Age/Sex: {V}/M\n",
        "Patient aged {V}, lives alone, hearing impaired.\n", "(F, {V})\n",
    ],
    "DEVICE_ID": [
        ("Pump SN {V} sequestered with tubing set intact.\n", "pump"), ("MAC {V}\n", "mac"),
        ("| {bed} | {monmodel} | {V} |\n", "serial"), ("Asset tag {V} tagged out of service.\n", "asset"),
        ("Recorder serial no. {V} returned in the prepaid mailer.\n", "holter"), ("UDI {udi}(21){V}\n", "udi"),
        ("hw addr {V} not in the MDM allow-list\n", "mac"), ("Loop recorder S/N: {V}\n", "ilr"),
        ("Telemetry pack (serial {V}) reassigned to {bed}.\n", "tele"),
        ("Device: {maker}  Serial: {V}  Lot: {lot}\n", "serial"), ("mac={V} assoc OK\n", "mac"),
    ],
    "VEHICLE_ID": [
        ("Critical care transport unit (plate {V}) arrived at {~time}.\n", "plate"),
        ("Tail # {V} (rotor-wing) from the spoke site; ETA 38 min.\n", "tail"),
        ("Courier van plate {V} logged at the loading dock with returned recorders.\n", "plate"),
        ("| Transport | plate {V} |\n", "plate"),
        ("Mobile ICU VIN {V} - monitor mount inspected by biomed.\n", "vin"),
        ("Ambulance {V} crew handed off with their own monitor still attached.\n", "plate"),
    ],
    "PERSON": [
        "Dr. {V} (tele-intensivist) reviewed on camera.\n", "Patient: {V}\n", "| Biomed tech | {V} |\n",
        "Discussed with daughter {V} by video.\n", "Tech on duty: {V}, CCT #___\n",
        "Electronically signed by {V}, MD on {sdate}\n", "Spoke RN {V} confirmed lead placement.\n",
        "Field service engineer {V} ({maker}) on site.\n", ("PID|1||___^^^HUB^MR||{V}\n", "hl7"),
        "Monitor watcher: {V}\n", "reviewed w/ {V} NP\n", "HCP/proxy: {V} (son)\n",
    ],
    "LOCATION": [
        "Patient lives in {V}, about 40 minutes from the spoke hospital.\n", "City: {V}\n",
        "Transferred from the clinic in {V}.\n", "| Town | {V} |\n",
        "Home is in {V} with poor cellular coverage; landline transmitter issued.\n",
        "Resides: {V}, {state}\n", "Family driving from {V}; ETA this evening.\n",
    ],
    "ORGANIZATION": [
        ("Transferred from {V} (spoke site).\n", "hosp"), ("Facility: {V}\n", "hosp"),
        ("Monitoring service: {V}\n", "idtf"), ("| Ordering site | {V} |\n", "practice"),
        ("Biomed contractor {V} to perform the incoming inspection.\n", "biomed"),
        ("Patient follows with {V} device clinic.\n", "practice"),
        ("Arrived by {V} critical care transport.\n", "ems"),
        ("Discharged to {V} (SNF) with the MCOT patch in place.\n", "snf"), ("Employer: {V}\n", "employer"),
        ("Reading center: {V}\n", "idtf"), ("Tele-ICU hub: {V}\n", "hosp"),
    ],
}

_KSNIPS: dict[str, dict[str, list[_Tpl]]] = {
    "gateway_export": {
        "IP_ADDRESS": ["{~time} | {host} | DHCP_LEASE     | client {V} lease 3600s\n",
                       "{~time} | {host} | CONNECT        | peer={V}:{~port} MLLP up\n",
                       "{~time} | {host} | HEARTBEAT_LOST | device@{V} 3 missed\n"],
        "DEVICE_ID": [("{~time} | {host} | ASSOC          | mac={V} bed={bed}\n", "mac"),
                      ("{~time} | {host} | DEV_INFO       | sn={V} model={monmodel}\n", "serial")],
        "MRN": ["{~time} | {host} | ADT_A01        | PID-3={V} bed={bed}\n"],
        "ACCOUNT": [("{~time} | {host} | ADT_A02        | PV1-19={V} -> {bed}\n", "enc")],
        "URL": ["{~time} | {host} | FWD            | alert posted to {V}\n"],
        "PERSON": ["{~time} | {host} | VALIDATE       | vitals validated by {V}\n"],
    },
    "monitor_hl7_feed": {
        "MRN": ["PID|1||{V}^^^HUB^MR||___^___\n"],
        "PERSON": [("PID|1||___^^^HUB^MR||{V}||___\n", "hl7")],
        "ACCOUNT": [("PV1|1|I|{bed}|||||||||||||||||{V}\n", "enc")],
        "DEVICE_ID": [("OBX|9|ST|68063^MDC_ATTR_SYS_ID^MDC||{V}||||||R\n", "mac"),
                      ("OBX|10|ST|67880^MDC_ID_PROD_SPEC_SERIAL^MDC||{V}||||||R\n", "serial")],
        "IP_ADDRESS": ["MLLP listener {V}:{~port} (inbound from {host})\n"],
        "DATE_REAL_YEAR": [("PID|1||___^^^HUB^MR||___^___||{V}|M\n", "hl7")],
    },
    "pump_interface": {
        "ACCOUNT": [("ORC|RE|{V}^EHR|||||||{hl7ts}\n", "order"), ("placer order {V}\n", "order")],
        "DEVICE_ID": [("PRT|1|UC||{V}^PUMP_SN\n", "pump"), ("Channel B module SN {V}\n", "pump")],
        "IP_ADDRESS": ["Pump reached the server from {V} via {ssid}.\n"],
        "MRN": ["PID|1||{V}^^^HUB^MR\n"],
    },
    "biomed_work_order": {
        "DEVICE_ID": [("Serial: {V}\n", "pump"), ("Asset: {V}\n", "asset"),
                      ("Battery pack SN {V} replaced.\n", "pump")],
        "ACCOUNT": [("Linked safety event: {V}\n", "inc"), ("Related WO: {V}\n", "wo")],
        "ORGANIZATION": [("Sent to depot repair via {V}.\n", "biomed")],
        "PERSON": ["Technician: {V}\n"],
    },
    "holter_report": {
        "DEVICE_ID": [("Recorder SN {V}\n", "holter")], "ACCOUNT": [("Accession: {V}\n", "acc")],
        "ORGANIZATION": [("Scanned by {V}.\n", "idtf")],
    },
    "mcot_report": {
        "DEVICE_ID": [("Sensor SN {V}; gateway phone IMEI ___\n", "tele")], "ACCOUNT": [("Enrollment #{V}\n", "enr")],
    },
    "ilr_transmission": {
        "DEVICE_ID": [("Serial Number: {V}\n", "ilr")],
        "DATE_REAL_YEAR": [("Implant date {V}\n", "event")],
    },
    "central_alarm_log": {
        "DEVICE_ID": [("{~time}  INOP    LEADS OFF          pack {V} battery replaced\n", "tele")],
        "PERSON": ["{~time}  ACK     (tech {V})\n"],
    },
    "downtime_log": {
        "MRN": ["Temporary MRN (downtime stock) {V}\n"],
        "ACCOUNT": [("Downtime account {V} (pre-printed label sheet)\n", "enc")],
    },
}


# --------------------------------------------------------------------------------------------------
# Document assembly
# --------------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"(\{[^{}]+\}|«[^«»]+»)")


class _Doc:
    def __init__(self, r: random.Random, kind: str, plants: list[str], heavy: bool) -> None:
        self.r = r
        self.kind = kind
        self.queue = list(plants)
        self.heavy = heavy
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str]] = []
        self.looks: list[str] = []

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)

    def pick(self, options: list[str]) -> str:
        return self.r.choice(options)

    def val(self, value: str, cat: str) -> None:
        start = self.n
        self.add(value)
        self.spans.append((start, self.n, cat))

    def t(self, s: str, value: str | None = None, cat: str | None = None) -> None:
        for piece in _TOKEN.split(s):
            if not piece:
                continue
            if piece.startswith("«"):
                self.looks.append(piece[1:-1])
                self.add(piece[1:-1])
            elif piece.startswith("{"):
                name = piece[1:-1]
                if name == "V":
                    if value is None or cat is None:
                        self.add("___")
                    else:
                        self.val(value, cat)
                elif name == "_":
                    self.add("___")
                elif name.startswith("F:"):
                    bits = name.split(":")
                    fcat, sub = bits[1], (bits[2] if len(bits) > 2 else None)
                    if fcat in self.queue and self.r.random() < 0.5:
                        self.queue.remove(fcat)
                        self.val(_value(fcat, sub, self.r), fcat)
                    else:
                        self.add("___")
                else:
                    self.t(_GEN[name](self.r))
            else:
                self.add(piece)

    def _template(self, cat: str) -> tuple[str, str | None]:
        own = _KSNIPS.get(self.kind, {}).get(cat, [])
        pool = own if own and self.r.random() < 0.6 else _SNIPS[cat]
        tpl = self.r.choice(pool)
        return (tpl, None) if isinstance(tpl, str) else tpl

    def plant(self, cat: str) -> None:
        tpl, sub = self._template(cat)
        self.t(tpl, _value(cat, sub, self.r), cat)

    def masked(self) -> None:
        tpl, _ = self._template(self.r.choice(list(_SNIPS)))
        self.t(tpl)

    def slot(self) -> None:
        if self.heavy:
            self.masked()
            self.masked()
            return
        if self.queue and self.r.random() < 0.55:
            self.plant(self.queue.pop(0))
            if self.queue and self.r.random() < 0.3:
                self.plant(self.queue.pop(0))
        elif self.r.random() < 0.4:
            self.masked()

    def flush(self) -> None:
        while self.queue:
            self.plant(self.queue.pop(0))

    def text(self) -> str:
        return "".join(self.parts)


def _hdr(d: _Doc, service: str) -> None:
    d.t("Name:  {F:PERSON}                 Unit No:   {F:MRN}\n\n"
        "Admission Date:  ___              Discharge Date:   ___\n\n"
        "Date of Birth:  {F:DATE_REAL_YEAR:dob}             Sex:   " + d.pick(["F", "M"]) + "\n\n"
        "Service: " + service + "\n\n")


_REASONS = [
    "septic shock from pneumonia on pressors at a critical access spoke without an overnight intensivist",
    "post-op day 1 after open colectomy with labile pressures",
    "acute hypoxic respiratory failure on high-flow nasal cannula, watching for intubation",
    "DKA on an insulin infusion with an hourly glucose protocol",
    "new atrial fibrillation with RVR on a diltiazem infusion",
    "upper GI bleed s/p 3 units PRBC on octreotide and pantoprazole infusions",
    "acute ischemic stroke after thrombolysis, q15 min neuro checks per protocol",
    "CHF exacerbation on BiPAP and a furosemide infusion",
    "symptomatic bradycardia with pauses, transcutaneous pads on, awaiting pacing decision",
]
_EVENTS = [
    "- {~time} SpO2 alarm x6 (probe off on camera); changed to an ear sensor.\n"
    "- {~time} MAP 58, norepinephrine titrated up per protocol.\n",
    "- Run of NSVT (9 beats) at {~time}; K {~k}, repleted.\n- No further alarms after the lead set was replaced.\n",
    "- Camera-in for agitation at {~time}; {score}, redirected by bedside RN.\n"
    "- Pump occlusion alarm x3 on the heparin channel.\n",
    "- Uneventful. {~n} technical alarms (leads off), 2 actionable.\n",
    "- AF with rates to 150s at {~time}, {eponym}.\n- Diltiazem bolus given by spoke RN after video assessment.\n",
]
_CAMERA = [
    "lying in bed in no distress on {~o2}, speaking full sentences; radial arterial line dressing dry.",
    "intubated and sedated, synchronous with the ventilator; ETT at 23 cm at the lip on camera zoom.",
    "awake, follows commands, moves all four extremities; mild right facial droop unchanged.",
    "sitting up in the chair with PT; telemetry leads intact; {eponym}.",
    "restless, pulling at the nasal cannula; bed alarm on, sitter requested.",
]
_PLAN = [
    "Shock: MAP goal > 65, wean {drugline} as tolerated; repeat lactate at noon.",
    "AF with RVR: rate control with diltiazem («Cardizem»); switch to PO metoprolol («Lopressor») when HR < 110.",
    "Sedation: {drugline}, RASS goal 0 to -1, daily SAT/SBT.",
    "Resp: {~o2}, SpO2 goal 92-96%, low threshold to intubate; spoke RT aware.",
    "Alarms: SpO2 low limit 88% per order; HR high limit 130 for AF; ST alarms off (paced rhythm).",
    "Renal: UOP 0.4 mL/kg/h on {drugline}; BMP this afternoon.",
    "Lines: {eponym}; day 3, no erythema.",
    "Prophylaxis: SQ heparin, PPI; glucose 140-180 on the insulin infusion.",
    "Dispo: remain at the spoke ICU with tele-ICU coverage; hub transfer criteria not met today.",
    "Rhythm: {eponym}; telemetry continued, electrolytes K > 4, Mg > 2.",
    "ID: piperacillin-tazobactam («Zosyn») day 3; blood cultures no growth at 48 h.",
    "Neuro: levetiracetam («Keppra») 500 mg BID for seizure prophylaxis; {score}.",
]
_COMM = [
    "Plan discussed with the spoke bedside RN and the day hospitalist over two-way video.",
    "Family updated via the bedside tablet; they agree with current goals of care.",
    "Hand-off to the hub day team at 0700; eRN to re-check lactate and call the spoke with results.",
    "Bedside RN verbalised understanding of the escalation plan and camera-in triggers.",
]


def _b_rounding(d: _Doc) -> None:
    _hdr(d, d.pick(["MEDICINE", "MICU (tele-ICU co-management)", "SURGERY", "NEUROLOGY"]))
    d.t("Attending: {F:PERSON}.\n\n")
    d.t(d.pick(["TELE-ICU VIRTUAL ROUNDING NOTE\n", "eICU Rounds - Intensivist Progress Note (virtual)\n",
                "Tele-Critical Care Daily Rounds\n"]))
    d.t("Spoke site: {F:ORGANIZATION:hosp}   Bed: {bed}   Platform: {tele}\n"
        "Camera session: {stime} to {~time}; audio/video adequate.\n\n")
    d.t("Reason for tele-ICU involvement: " + d.pick(_REASONS) + ".\n\n")
    d.t("Overnight events (eRN log and {mw} alarm feed):\n" + d.pick(_EVENTS))
    d.slot()
    d.t("\nCamera exam: " + d.pick(_CAMERA) + "\n")
    d.t("Vitals (last 4 h, {monmodel}): HR {~hr}, BP {~bp}, MAP {~map}, RR {~rr}, SpO2 {~spo2}% on {~o2}.\n")
    d.t("Infusions: {drugline}; {drugline}\nScores: {score}; {score}\n")
    d.slot()
    items = d.r.sample(_PLAN, 4)
    d.t("\nAssessment and plan:\n" + "".join(f"{n + 1}. {p}\n" for n, p in enumerate(items)))
    d.slot()
    d.t("\nCommunication: " + d.pick(_COMM) + "\n")
    d.flush()
    d.t("\n___, MD - tele-critical care, {sdate} {~time}\n")


_TRIGGERS = [
    "central station HR > 150 sustained 2 min", "SpO2 < 85% for 60 s (smart alarm)",
    "MAP < 60 trend alert from {tele}", "eRN acuity screen met rapid-response criteria",
    "bedside RN pressed the camera call button", "asystole alarm (verified artefact vs true)",
]


def _b_intervention(d: _Doc) -> None:
    d.t("Name:  {F:PERSON}          Unit No:   {F:MRN}\nLocation: {bed} @ {F:ORGANIZATION:hosp}\n\n")
    d.t(d.pick(["TELE-ICU INTERVENTION NOTE\n", "eICU EVENT / INTERVENTION\n", "Virtual ICU - Camera-In Note\n"]))
    d.t("Intervention level: " + d.pick(["1 (discussion only)", "2 (orders entered)", "3 (emergent, RRT called)"])
        + "\nTriggered by: " + d.pick(_TRIGGERS) + "\n\n")
    d.t("Camera in at {~time}. " + d.pick(_CAMERA) + "\n")
    d.t("Monitor ({monmodel}) at camera-in: HR {~hr}, BP {~bp}, SpO2 {~spo2}%, RR {~rr}. "
        + d.pick(["Rhythm: {eponym}.", "Rhythm sinus tach; no ectopy.", "Rhythm AF 140s."]) + "\n")
    d.slot()
    d.t("\nActions:\n- " + d.pick(["12-lead requested and reviewed remotely", "lead set replaced, artefact cleared",
                                    "fluid bolus 500 mL LR ordered", "diltiazem 10 mg IV ordered",
                                    "BiPAP initiated by spoke RT"])
        + "\n- " + d.pick(["{drugline} titrated", "ABG ordered", "K and Mg repletion ordered",
                           "alarm limits reviewed with bedside RN"])
        + "\n- Time from alarm to camera-in: {~n} min; bedside RN ___ at the bedside throughout.\n")
    d.slot()
    d.t("\nOutcome: " + d.pick(["resolved, patient stable on camera at re-check", "improved, continue to watch",
                                "transfer to the hub requested, accepted by ___",
                                "goals-of-care discussion planned with family in the morning"]) + ".\n")
    d.t("{score}; {score}.\n")
    d.flush()
    d.t("\n-- ___, " + d.pick(["MD", "DO", "NP", "RN (eRN)"]) + ", {stime}\n")


def _b_workorder(d: _Doc) -> None:
    d.t(d.pick(["CLINICAL ENGINEERING", "Biomedical Engineering", "HTM / Biomed"]) + " - WORK ORDER ("
        + d.pick(["CORRECTIVE", "INCIDENT-RELATED, PATIENT INVOLVED", "SEQUESTER"]) + ")\n")
    d.t("WO #: {F:ACCOUNT:wo}     Priority: " + d.pick(["1 - urgent", "2 - high", "3 - routine"])
        + "     Opened: {sdate} {~time}\n")
    d.t("Requester: ___ (charge RN, {bed})   Contact: pgr {F:PAGER} / ext {~ext}\n")
    model = d.pick(list(_MAKER_OF))
    eq = d.pick(["«" + model + "»", "«" + model + "» " + d.pick(["module", "docking station", "battery pack"])])
    d.t("Equipment: " + eq + "   Mfr: «" + _MAKER_OF[model] + "»   {ref}\n")
    d.t("Asset tag: {F:DEVICE_ID:asset}   Serial: {F:DEVICE_ID:pump}   Software: {ver}\n")
    d.t("Location: {bed}, {dept}\n\n")
    d.t("Problem reported: " + d.pick([
        "pump alarmed 'air in line' repeatedly during {drugline}; RN suspects under-infusion.",
        "monitor rebooted spontaneously twice during the night shift; vitals gap on the flowsheet.",
        "telemetry pack shows 'no signal' at central despite new battery.",
        "auto-programmed rate did not match the order; nurse caught it at the double check.",
        "SpO2 module reads 10 points low compared with the ABG."]) + "\n")
    d.t("Patient involvement: " + d.pick(["yes - device sequestered per policy, risk management notified.",
                                          "no patient harm identified; device removed from service.",
                                          "near miss; safety event filed by the unit."]) + "\n")
    d.slot()
    d.t("\nActions:\n 1. Device sequestered with administration set and bag; chain-of-custody tag applied.\n"
        " 2. Event/alarm log downloaded ({~n} entries) and attached.\n"
        " 3. Electrical safety: leakage " + d.pick(["42", "18", "67", "23"]) + " uA (pass); ground 0.1 ohm.\n"
        " 4. " + d.pick(["Flow-rate accuracy 125 mL/h x 30 min: -2.1% (spec +/-5%).",
                         "SpO2 simulator check at 97/90/80%: within 2 points.",
                         "ECG simulator 60/120/180 bpm: displayed correctly.",
                         "Occlusion pressure test: pass at 8 psi."]) + "\n")
    d.slot()
    d.t("\nFindings: " + d.pick(["no device fault reproduced; likely set loading issue. Returned to service.",
                                 "door latch worn; replaced per {ref}, {lot}, {expiry}.",
                                 "battery capacity 41% of rated; battery replaced ({lot}).",
                                 "wireless card failed association on {ssid}; card replaced, {ver} re-applied."])
        + "\n")
    d.t("Reportability: reviewed against {pubsite}; vendor complaint filed by phone {tollfree}.\n")
    d.flush()
    d.t("\nTechnician: ___, CBET #___   Closed: {sdate}\n")


def _b_downtime(d: _Doc) -> None:
    d.t(d.pick(["DOWNTIME PROCEDURE LOG - UNPLANNED central monitoring network outage\n",
                "DOWNTIME LOG - PLANNED EHR upgrade (read-only BCA mode)\n",
                "DOWNTIME / BUSINESS CONTINUITY RECORD - device integration middleware failure\n"]))
    d.t("Unit: {dept} / {bed}   Incident commander: ___   Start: {stime}   End: {stime}\n")
    d.t("Downtime ticket: {F:ACCOUNT:tkt}\n")
    d.t("Systems affected: {mw}, central station ({monmodel} surveillance), EHR flowsheets, pump interoperability\n\n")
    d.t("Timeline:\n{~time}  Central station lost all beds on VLAN {~vlan}; tele techs to bedside watch.\n"
        "{~time}  Paper flowsheets and downtime MAR distributed; alarm volume at bedside maximised.\n"
        "{~time}  {host} restarted by {dept}; partial recovery (6 of 14 beds).\n")
    d.slot()
    d.t("{~time}  All beds re-admitted to central; alarm limits verified bed by bed.\n\n")
    d.t("Patient-level actions (this patient):\n- Manual vitals q15 min on paper; HR {~hr}, BP {~bp}.\n"
        "- Downtime registration: temporary MRN {F:MRN} / account ___.\n"
        "- Pumps programmed manually with independent double check ({drugline}).\n")
    d.slot()
    d.t("\nRecovery:\n- Back-entry of paper vitals by ___ RN; {~n} rows validated.\n"
        "- Downtime labels reconciled; duplicate record merge requested from {dept}.\n"
        "- Alarm history gap documented; full-disclosure data unavailable for the outage window.\n")
    d.flush()
    d.t("\nSigned: ___, RN (unit downtime lead)   {sdate}\n")


_GW_EVENTS = ["ASSOC          | bed {bed} bound to device ___", "ALARM_FWD      | HR HIGH -> {mw}",
              "ORU_SENT       | 14 OBX, {hl7ctl}", "ACK            | AA {hl7ctl}",
              "NACK           | AE segment PV1 missing",
              "VALIDATE_PEND  | 6 rows awaiting RN", "DISASSOC       | device ___ unbound",
              "TIME_SYNC      | drift 2.4 s corrected", "ALARM_FWD      | SpO2 LOW -> pager group"]


def _b_gateway(d: _Doc) -> None:
    d.t("DEVICE INTEGRATION EVENT EXPORT (attached to clinical event review)\n")
    d.t("Source: {mw} gateway {ver}   Node: {host}   Window: {stime} - {stime}\n")
    d.t("Filter: patient ___   Requested by: ___ ({dept})\n\n")
    d.t("TIME  | HOST              | EVENT          | DETAIL\n" + "-" * 64 + "\n")
    for _ in range(3):
        d.t("{~time} | {host} | " + d.pick(_GW_EVENTS) + "\n")
    d.slot()
    for _ in range(3):
        d.t("{~time} | {host} | " + d.pick(_GW_EVENTS) + "\n")
    d.slot()
    d.t("{~time} | {host} | " + d.pick(_GW_EVENTS) + "\n")
    d.t("\nAnalyst summary: " + d.pick([
        "the monitor lost association for 11 min after a wireless roam; alarms during that window reached only the "
        "bedside, not the central station or secondary notification.",
        "ADT transfer arrived before the device was re-bound, so 6 vitals rows posted to the previous bed.",
        "gateway clock drift caused out-of-order OBX timestamps; corrected by NTP.",
        "no gateway fault; the alarm was silenced at the bedside within 8 s."]) + "\n")
    d.t("Firmware on the monitor: {ver}; gateway listener port {~port}; devices on VLAN {~vlan} ({ssid}).\n")
    d.flush()
    d.t("\nExport generated {stime} by ___ (IS clinical applications).\n")


def _b_pump(d: _Doc) -> None:
    d.t("INFUSION PUMP INTEROPERABILITY - EVENT REVIEW\n")
    d.t("Name:  {F:PERSON}     Unit No:  {F:MRN}     Location: {bed}\n\n")
    d.t("Medication: {drugline}; drug library '" + d.pick(["ADULT ICU", "CVICU", "STEPDOWN"]) + "' {ver}\n")
    d.t("Pump: {pump} (server {host})   Channel: " + d.pick(["A", "B", "C", "D"]) + "   {ndc}\n\n")
    d.t("Order -> pump trace (IHE PCD-03, timestamps shifted):\n"
        "MSH|^~\\&|EHR|HUB|{host}|PUMP|{hl7ts}||RGV^O15^RGV_O15|{hl7ctl}|P|2.6\n"
        "PID|1||{F:MRN}^^^HUB^MR||{F:PERSON:hl7}\n"
        "ORC|RE|{F:ACCOUNT:order}^EHR\n"
        "RXG|1|1||«" + d.pick(_DRUGS[:7]) + "»^^LOCAL|5|mg/h\nACK|AA|{hl7ctl}\n")
    d.slot()
    d.t("\nPump status (PCD-01):\n time  | event           | rate     | VTBI\n")
    for _ in range(3):
        d.t(" {~time} | " + d.pick(["PROGRAMMED      ", "STARTED         ", "RATE_CHANGE     ", "ALARM_OCCL_DOWN ",
                                    "PAUSED          ", "BOLUS           "])
            + f"| {d.r.randint(1, 250)} mL/h | {d.r.randint(20, 500)} mL\n")
    d.slot()
    d.t("\nFindings: " + d.pick([
        "auto-programmed rate matched the order; the RN accepted without edits.",
        "rate edited manually after auto-programming; soft limit override documented.",
        "pump reported a downstream occlusion while the EHR showed the infusion running; 22 min documentation gap.",
        "association failed twice (barcode on the channel label unreadable); manual programming used."]) + "\n")
    d.t("Recommendation: reinforce the barcode scan of the channel label; library update scheduled ({ver}).\n")
    d.flush()
    d.t("\nReviewed by ___, PharmD and ___, RN (nursing informatics)\n")


_DC_SCENARIOS = [
    ("syncope", "an unwitnessed syncopal episode at home", "sinus rhythm with a 4.2 s pause at 0310 while asleep",
     "Sinus pauses with syncope", "ILR"),
    ("palpitations", "recurrent palpitations and lightheadedness", "paroxysmal AF, longest 3 h, rates to 140s",
     "Paroxysmal atrial fibrillation", "MCOT"),
    ("transient aphasia", "a transient episode of word-finding difficulty", "no arrhythmia over 72 h",
     "Cryptogenic TIA", "ILR"),
    ("fall with head strike", "a fall with head strike after standing up", "NSVT x2 (longest 11 beats)",
     "Orthostatic syncope; NSVT", "MCOT"),
    ("near-syncope", "near-syncope while driving", "Mobitz I at night and 2.9 s pauses", "Vasovagal presyncope",
     "none"),
]


def _b_dcsum(d: _Doc) -> None:
    cc, hpi, tele, dx, plan = d.r.choice(_DC_SCENARIOS)
    ilr, amb = d.pick(_ILRS), d.pick(_AMBULATORY)
    _hdr(d, d.pick(["MEDICINE", "CARDIOLOGY", "NEUROLOGY"]))
    d.t("Allergies:\n" + d.pick(["No Known Allergies / Adverse Drug Reactions", "penicillin", "iodinated contrast"])
        + "\n\nAttending: {F:PERSON}.\n\n")
    d.t("Chief Complaint:\n" + cc + "\n\nMajor Surgical or Invasive Procedure:\n"
        + (f"Implantable loop recorder placement («{ilr}»)" if plan == "ILR" else "none") + "\n\n")
    d.t("History of Present Illness:\n___ year old with " + d.pick(["HTN, DM2", "CKD 3, HFpEF", "prior stroke"])
        + " admitted after " + hpi + ". Initially monitored at the spoke site under tele-ICU coverage ({tele}) "
        "and transferred to the hub telemetry unit " + d.pick(["by ground critical care transport.",
                                                              "by rotor-wing.", "the next morning."]) + "\n")
    d.slot()
    d.t("\nPast Medical History:\n1. Hypertension\n2. {eponym}\n3. Hyperlipidemia\n\n")
    d.t("Social History:\n___\n\nPhysical Exam:\nTemp: 98.1 HR: {~hr} BP: {~bp} Resp: {~rr} O2Sat: {~spo2}\n\n")
    d.t("Pertinent Results:\nK-{~k} Mg-1.9 TSH-2.1 Trop-T <0.01\nTTE: EF 55-60%, no structural disease.\n\n")
    d.t("Brief Hospital Course:\nContinuous telemetry ({monmodel}) showed " + tele + ". Orthostatics negative. ")
    d.t({"ILR": f"An implantable loop recorder («{ilr}») was placed before discharge; first remote transmission "
                "confirmed on the home monitor.",
         "MCOT": f"30-day mobile cardiac telemetry («{amb}») was applied before discharge and enrolled with the "
                 "monitoring service.",
         "none": "No ambulatory monitor was needed per EP."}[plan] + "\n")
    d.slot()
    d.t("\nDischarge Medications:\n1. Apixaban («Eliquis») 5 mg twice daily\n2. Metoprolol («Lopressor») 25 mg "
        "twice daily\n3. Atorvastatin 40 mg nightly\n\n")
    d.t("Discharge Disposition:\n" + d.pick(["Home", "Home With Service", "Extended Care"]) + "\n\n")
    d.t("Discharge Diagnosis:\n" + dx + "\n\n")
    d.t("Discharge Condition:\nMental Status: Clear and coherent.\nActivity Status: Ambulatory - Independent.\n\n")
    d.t("Discharge Instructions:\n" + {
        "ILR": "Keep the incision dry for 5 days. Keep the bedside monitor plugged in near where you sleep; device "
               "support {tollfree}.",
        "MCOT": "Wear the monitor at all times except to shower. If the patch falls off, call the monitoring "
                "service at {tollfree}.",
        "none": "Do not drive for 6 months per state guidance. Return for fainting or chest pain."}[plan] + "\n")
    d.slot()
    d.flush()
    d.t("\nFollowup Instructions:\n___\n")


def _b_alarmreview(d: _Doc) -> None:
    d.t("ALARM SAFETY EVENT REVIEW (peer review privileged)\n")
    d.t("Event #: {F:ACCOUNT:inc}   Unit: {dept}   Bed: {bed}   Event date: {sdate}\n")
    d.t("Event type: " + d.pick(["delayed response to an actionable alarm",
                                 "alarm not annunciated at the central station",
                                 "secondary notification failure (pager/phone)",
                                 "alarm limits changed without an order"]) + "\n\n")
    d.t("Summary: ___ year old on telemetry for " + d.pick(["AF", "syncope", "post-op monitoring", "GI bleed"])
        + ". " + d.pick(["A 38-second run of VT was not acknowledged at the central station.",
                         "SpO2 fell to 78% for 4 min; the secondary alert did not reach the assigned RN.",
                         "A leads-off INOP masked a bradycardia alarm for 12 min.",
                         "HR low limit had been set to 30 bpm by an unknown user."]) + "\n")
    d.t("Data sources: central full disclosure, {mw} alarm history, {tele} camera log, pager server log.\n\n")
    d.t("Timeline (shifted):\n{~time}  alarm onset ({alarmid})\n{~time}  forwarded to {mw}\n")
    d.slot()
    d.t("{~time}  acknowledged by bedside RN\n\n")
    d.t("Contributing factors: " + d.pick([
        "alarm fatigue ({~n} alarms/bed/day, 85% non-actionable); phone roaming dead zone in the east hallway.",
        "staffing at the central station (1 tech : 48 beds); INOP escalation not configured.",
        "device assigned to the wrong bed after transfer; ADT/association mismatch."]) + "\n")
    d.slot()
    d.t("Actions: revise the alarm default profile per AAMI guidance ({pubsite}); education for the unit; "
        "{dept} to audit association daily.\n")
    d.t("Harm score: " + d.pick(["A - no harm", "C - reached patient, no harm", "E - temporary harm"]) + "\n")
    d.flush()
    d.t("\nCommittee chair: ___   Reviewed {sdate}\n")


_ALARM_ROWS = ["RED     ASYSTOLE           verified artefact (leads)", "YELLOW  PVCs > 10/min      noted",
               "RED     VTACH              verified, RN to bedside", "INOP    LEADS OFF          tech called unit",
               "YELLOW  SpO2 LOW 86        probe repositioned", "RED     BRADY 38           verified, paged RN",
               "INOP    BATTERY LOW        pack changed", "YELLOW  PAUSE 2.8 s        saved strip",
               "YELLOW  AFIB               new onset, RN notified"]


def _b_central(d: _Doc) -> None:
    d.t("EXAMINATION:  Central monitoring station alarm log and tech summary, " + d.pick(["12", "24", "8"])
        + " h\n\n")
    d.t("INDICATION:  ___ year old with " + d.pick(_REASONS) + ". Telemetry order: "
        + d.pick(["arrhythmia", "syncope", "QT monitoring on dofetilide", "post-ablation"]) + ".\n\n")
    d.t("MONITORING:  {monmodel} -> central {host}; transmitter {F:DEVICE_ID:tele}; profile {dept}.\n\n")
    d.t("ALARM LOG:\nTIME   SEV     ALARM              ACTION\n")
    for _ in range(4):
        d.t("{~time}  " + d.pick(_ALARM_ROWS) + "\n")
    d.slot()
    for _ in range(2):
        d.t("{~time}  " + d.pick(_ALARM_ROWS) + "\n")
    d.t("\nTECH SUMMARY:  {~n} alarms, " + d.pick(["3", "5", "1"]) + " actionable. {eponym}. "
        "Escalations per policy: call unit, then page RN, then charge RN.\n")
    d.slot()
    d.flush()
    d.t("\nIMPRESSION:  " + d.pick(["No sustained arrhythmia. Predominantly technical alarms.",
                                    "New AF at the end of the shift; team aware.",
                                    "Sinus bradycardia with a 2.8 s pause during sleep; asymptomatic."])
        + "\n\nMonitor tech: ___, CCT #___\n")


def _b_holter(d: _Doc) -> None:
    lo, hi = d.r.randint(38, 62), d.r.randint(112, 168)
    d.t("EXAMINATION:  «Holter» monitor, " + d.pick(["24", "48"]) + " hour (" + d.pick(["3-channel", "12-lead"])
        + ")\n\n")
    d.t("INDICATION:  ___ year old " + d.pick(["woman", "man"]) + " with " + d.pick(["palpitations", "presyncope",
                                                                                      "AF rate control check"])
        + ".\n\n")
    d.t("Patient ID (monitoring service): {F:MRN}   Recorder: {amb} SN {F:DEVICE_ID:holter}\n"
        "Hookup: {sdate} {~time}   Duration: 47 h 52 min   Analyzable: 98%\n"
        "Monitoring service: {F:ORGANIZATION:idtf}   Accession: {F:ACCOUNT:acc}\n\n")
    d.t("FINDINGS:\nRhythm: sinus with periods of " + d.pick(["sinus tachycardia", "AF", "first degree AV block"])
        + f".\nHeart rate: min {lo}, max {hi}, mean {d.r.randint(lo + 12, 96)} bpm.\nVentricular ectopy: "
        + "{~n} PVCs/h, "
        + d.pick(["no runs", "one triplet", "2 runs NSVT (max 6 beats)"])
        + ".\nSupraventricular ectopy: frequent PACs, short SVT runs.\nPauses: " + d.pick(["none > 2.0 s",
                                                                                         "one 2.6 s pause"])
        + ".\nQT: {eponym}.\n")
    d.slot()
    d.t("Diary: " + d.pick(["palpitations at 1420 correlate with sinus tachycardia.", "no diary entries.",
                            "dizziness at 0810 without arrhythmia."]) + "\n")
    d.slot()
    d.t("\nIMPRESSION:\n1. " + d.pick(["Benign ectopy.", "Paroxysmal AF, 6% burden.", "No significant pauses."])
        + "\n2. Symptoms do not correlate with arrhythmia.\n")
    d.flush()
    d.t("\nInterpreting physician: ___ (NPI ___)   {cpt}\n")


def _b_mcot(d: _Doc) -> None:
    d.t("EXAMINATION:  MOBILE CARDIAC OUTPATIENT TELEMETRY (MCOT) - END OF SERVICE REPORT\n\n")
    d.t("INDICATION:  ___ year old with " + d.pick(["cryptogenic stroke", "recurrent syncope", "palpitations"])
        + "; {icd}.\n\n")
    d.t("Service period: {sdate} to {sdate} (" + d.pick(["29", "14", "30"]) + " days)   Device: {amb}\n"
        "Sensor SN: {F:DEVICE_ID:tele}   Enrollment: {F:ACCOUNT:enr}\n"
        "Ordering: ___ at {F:ORGANIZATION:practice}   Codes: {cpt}, {cpt}\n\n")
    d.t("EPISODE SUMMARY:\n| # | Date (shifted) | Type | Duration | Max HR | Symptom |\n")
    for n in range(1, 4):
        d.t(f"| {n} | " + "{sdate} | " + d.pick(["AF", "SVT", "Pause", "Brady", "NSVT", "Sinus tach"])
            + f" | {d.r.randint(3, 400)} s | " + "{~hr} | " + d.pick(["none", "palpitations", "dizzy"]) + " |\n")
    d.slot()
    d.t("\nUrgent notifications: " + d.pick(["none", "1 (pause 4.1 s) phoned to the on-call physician",
                                             "2 (AF > 150 bpm) faxed and phoned"]) + ".\n")
    d.slot()
    d.t("Wear time: {~n} of 30 days with > 20 h/day. Transmission via cellular gateway.\n")
    d.t("\nIMPRESSION:\n" + d.pick(["AF burden 3%, longest 2 h 14 min.", "No AF detected.",
                                   "Symptomatic sinus pauses up to 4.1 s; EP referral advised."]) + "\n")
    d.flush()
    d.t("\nReport prepared by ___, CCT; reviewed by ___, MD.\n")


def _b_ilr(d: _Doc) -> None:
    d.t("EXAMINATION:  IMPLANTABLE LOOP RECORDER - REMOTE TRANSMISSION REVIEW\n\n")
    d.t("INDICATION:  ___ year old, " + d.pick(["cryptogenic stroke", "unexplained syncope", "AF surveillance after "
                                                 "ablation"]) + ".\n\n")
    ilr = d.pick(_ILRS)
    d.t(f"DEVICE:  «{_ILR_MAKER[ilr]}» «{ilr}»   " + "{ref}   Serial: {F:DEVICE_ID:ilr}   Implanted: "
        "{F:DATE_REAL_YEAR:event}\n")
    d.t("Transmission: " + d.pick(["scheduled", "patient-activated", "alert (AF burden)"])
        + ", received {stime} via " + d.pick(["bedside monitor", "smartphone app"]) + ".\n")
    d.t("Battery: OK. R-wave amplitude 0.{~n} mV. Sensing: appropriate.\n")
    d.t("Programmed detection: AF " + d.pick(["on (balanced sensitivity)", "on (less sensitive)"])
        + ", pause 3 s, brady 30 bpm, tachy 176 bpm; {ver}.\n\n")
    d.t("EPISODES SINCE LAST REVIEW:\n- AF: " + d.pick(["0", "2", "7"]) + " episodes, burden "
        + d.pick(["0%", "<1%", "4%"]) + "\n- Pause: " + d.pick(["none", "1 (3.4 s, 0244)"]) + "\n- Brady: none\n"
        "- Tachy: " + d.pick(["none", "1 (SVT 190 bpm, 22 s)"]) + "\n- Symptom: " + d.pick(["none", "1"]) + "\n")
    d.slot()
    d.t("EGM review: " + d.pick(["AF episodes confirmed, irregular RR without P waves.",
                                 "pause episode is undersensing during a low-amplitude beat, not a true pause.",
                                 "symptom episode shows sinus rhythm 84 bpm."]) + " {eponym}.\n")
    d.slot()
    d.t("\nIMPRESSION:  " + d.pick(["Normal device function. No actionable arrhythmia.",
                                    "New AF; anticoagulation discussion with neurology.",
                                    "Oversensing; reprogramming at the next in-clinic visit."]) + "\n")
    d.flush()
    d.t("\nDevice clinic RN: ___   Physician: ___\n")


def _b_strip(d: _Doc) -> None:
    d.t("EXAMINATION:  TELEMETRY RHYTHM STRIP REVIEW (24 H)\n\n")
    d.t("INDICATION:  ___ year old on telemetry for " + d.pick(["QT monitoring", "new AF", "syncope", "bradycardia"])
        + ". {score}.\n\n")
    d.t("STRIPS REVIEWED:  q4h routine strips x6, event strips x" + d.pick(["3", "5", "2"]) + " from {monmodel}.\n")
    d.t("MEASUREMENTS:  PR 0.18 s, QRS 0.10 s, QT 0.42 s, {eponym}.\n")
    d.t("Current medications affecting rhythm: {drugline}; " + d.pick(["sotalol 80 mg BID", "dofetilide 500 mcg BID",
                                                                       "metoprolol («Lopressor») 25 mg BID",
                                                                       "dronedarone («Multaq») 400 mg BID",
                                                                       "ivabradine («Corlanor») 5 mg BID"])
        + ". Lytes: K {~k}, Mg 2.0.\n\n")
    d.t("EVENTS:\n")
    for _ in range(3):
        d.t("{~time}  " + d.pick(["sinus rhythm {~hr}", "AF {~hr}, irregularly irregular", "PVC couplet",
                                  "sinus brady 48, asymptomatic", "paced rhythm, 100% capture",
                                  "artefact mimicking VT (toothbrushing)"]) + "\n")
    d.slot()
    d.t("\nFINDINGS:  " + d.pick(["No QT prolongation beyond 500 ms.", "Rate controlled AF after diltiazem.",
                                  "Intermittent Mobitz I at night, asymptomatic."]) + "\n")
    d.slot()
    d.flush()
    d.t("\nIMPRESSION:  " + d.pick(["Stable rhythm; continue telemetry 24 h.", "Telemetry may be discontinued.",
                                    "Recommend 12-lead ECG in the morning."]) + "\n")


def _b_hl7feed(d: _Doc) -> None:
    d.t("EXAMINATION:  Bedside monitor interface trace review (ORU^R01)\n\n")
    d.t("INDICATION:  ___ with intermittent gaps in flowsheet vitals from {bed}; {dept} request.\n\n")
    d.t("SOURCE:  {monmodel} -> {mw} -> EHR flowsheet (HL7 v2.6, IHE PCD-01)\n\n")
    d.t("TRACE (excerpt, timestamps shifted):\n"
        "MSH|^~\\&|{host}|ICU|EHR|HUB|{hl7ts}||ORU^R01^ORU_R01|{hl7ctl}|P|2.6\n")
    d.slot()
    d.t("OBR|1|{hl7ctl}||182777000^monitoring of patient^SCT|||{hl7ts}\n")
    for n in range(1, 4):
        d.t(f"OBX|{n}|NM|" + "{mdc}||" + f"{d.r.randint(40, 140)}|" + d.pick(["/min", "%", "mm[Hg]"])
            + "|||||R|||{hl7ts}\n")
    d.slot()
    d.t("\nFINDINGS:  " + d.pick([
        "OBX-14 timestamps lag the device clock by 2-3 min; gateway NTP misconfigured.",
        "messages stop for 17 min after a network roam; no NACKs; device re-associated automatically.",
        "PV1-3 still shows the prior bed after transfer; vitals filed to the wrong encounter and were moved.",
        "duplicate ORU messages with the same control id; EHR de-duplicated them."]) + "\n")
    d.t("Listener port {~port}; monitor software {ver}.\n")
    d.flush()
    d.t("\nIMPRESSION:  " + d.pick(["Interface timing issue, not a monitor fault.", "Association error after ADT "
                                    "transfer.", "No data loss at the device; gap in middleware only."]) + "\n")


_PAD = [
    "Alarm management reminder: default limits per unit profile; individualise only with an order. "
    "Technical alarms (leads off, probe off) should be fixed at the source rather than silenced.\n",
    "Device integration note: vitals from {monmodel} post to the flowsheet every 5 min after RN validation; "
    "unvalidated rows expire after 4 h. Pump data flow through {mw}.\n",
    "Tele-ICU coverage: hub intensivist and eRN cover {~n} spoke beds overnight; camera-in requires a verbal "
    "announcement to the room.\n",
    "Biomed note: all sequestered devices stay in the locked cage until risk management releases them; "
    "do not clear the event log.\n",
    "Comment: ambulatory monitor skin prep with abrasion and alcohol; replace the adhesive every 7 days. "
    "Patient instructed not to swim with the sensor.\n",
    "Reminder: {score}; {eponym}. Electrolyte goals K > 4.0 and Mg > 2.0 for patients on QT-prolonging drugs.\n",
    "Network note: medical devices live on a segregated VLAN ({ssid}); remote access only through the vendor "
    "portal with a ticket.\n",
    "Downtime kit contents: paper flowsheets, downtime MAR, pre-printed labels, portable monitors with local "
    "alarm only, and the phone tree.\n",
    "Telemetry lead care: change electrodes daily and with each bath; clip rather than shave chest hair; "
    "V1 at the 4th intercostal space right sternal border. Most false asystole alarms trace to a dried gel pad.\n",
    "Secondary alarm notification: crisis alarms (asystole, VF, VT, apnea, SpO2 < 80%) go to the assigned RN's "
    "phone at once, then the charge RN at 30 s and the unit overhead at 60 s. Advisory alarms are not forwarded.\n",
    "Camera etiquette: the room chime sounds before the camera turns; privacy mode is honoured during care and "
    "bathing. The eRN documents every camera-in with its reason.\n",
    "Medication note: {drugline}. Double check of concentration and rate at every bag change; the smart pump "
    "library hard limit cannot be overridden at the bedside.\n",
    "Interface note: the EHR accepts vitals only from devices associated to the patient's current bed; after a "
    "transfer the RN must re-associate the monitor or pump before validating rows.\n",
    "Ambulatory monitoring instructions: keep the phone gateway within 10 metres and charged; press the symptom "
    "button and record the activity in the diary. Do not wear the sensor through an MRI.\n",
    "Quality metrics this month: median alarm-to-acknowledge time 22 s at the central station; {~n}% of "
    "crisis alarms escalated to tier 2; no missed crisis alarms on audit.\n",
    "Loop recorder remote follow-up: scheduled transmissions every 30 days, alert transmissions for AF > 1 h, "
    "pause > 3 s or brady < 30 bpm. Patient-activated recordings store 7.5 min before the button press.\n",
]

_HEAVY = [
    "REGISTRATION / CONTACT SHEET (copied from downtime packet)\n"
    "Patient: ___   MRN: ___   Acct: ___   DOB: ___\n"
    "Address: ___, ___, ___ ___\n"
    "Home ph: ___   Cell: ___   Email: ___\n"
    "Emergency contact: ___ (___)  ph ___\n"
    "PCP: ___, ___   Fax: ___\n"
    "Insurance: ___   Member ID: ___   Group: ___\n"
    "Device clinic: ___   Monitoring service: ___   Enrollment: ___\n"
    "Recorder SN: ___   Asset: ___   Gateway IP: ___\n"
    "Transport: ___ (plate ___)   Arrived: ___\n\n",
    "FACE SHEET (masked)\n"
    "Name ___ | Unit No ___ | Visit ___ | Age ___ | DOB ___\n"
    "Street ___ | Town ___ | Zip ___ | Phone ___ | Alt phone ___\n"
    "Next of kin ___ | Relationship ___ | Phone ___ | E-mail ___\n"
    "Payer ___ | Subscriber ___ | Policy ___\n"
    "Referring ___ | NPI ___ | Fax ___ | Pager ___\n"
    "Tele-ICU hub ___ | Spoke ___ | Camera IP ___ | Monitor SN ___\n\n",
]


_KINDS: dict[str, tuple[str, Callable[[_Doc], None]]] = {
    "teleicu_rounding": ("discharge", _b_rounding),
    "teleicu_intervention": ("discharge", _b_intervention),
    "biomed_work_order": ("discharge", _b_workorder),
    "downtime_log": ("discharge", _b_downtime),
    "gateway_export": ("discharge", _b_gateway),
    "pump_interface": ("discharge", _b_pump),
    "discharge_summary": ("discharge", _b_dcsum),
    "alarm_safety_review": ("discharge", _b_alarmreview),
    "central_alarm_log": ("radiology", _b_central),
    "holter_report": ("radiology", _b_holter),
    "mcot_report": ("radiology", _b_mcot),
    "ilr_transmission": ("radiology", _b_ilr),
    "tele_strip_review": ("radiology", _b_strip),
    "monitor_hl7_feed": ("radiology", _b_hl7feed),
}
DOCUMENT_KINDS: tuple[str, ...] = tuple(_KINDS)
_KIND_WEIGHTS = tuple(1.1 if _KINDS[k][0] == "radiology" else 1.0 for k in DOCUMENT_KINDS)


def document_kind(seed: int, i: int) -> str:
    """The document kind of note ``i`` of ``seed``."""
    return random.Random(f"holdout94-kind:{seed}:{i}").choices(DOCUMENT_KINDS, weights=_KIND_WEIGHTS)[0]


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    heavy = _is_heavy(i)
    r = _Rng(f"holdout94:{seed}:{i}")
    r.year = r.randint(2110, 2190)
    d = _Doc(r, kind, _plant_categories(seed, i), heavy)
    if heavy:
        d.t(r.choice(_HEAVY))
    builder(d)
    d.flush()
    pads = r.sample(_PAD, len(_PAD))
    target = r.randint(1200, 2500)
    while d.n < target and pads:
        d.t("\n" + pads.pop())
    return LabelledNote(note_type, d.text(), list(d.spans)), d.looks, ("heavy" if heavy else "normal")


def holdout94_note(seed: int, i: int) -> LabelledNote:
    """Note ``i`` of corpus 94 for ``seed``."""
    return _build(seed, i)[0]


def holdout94_corpus(seed: int, n: int) -> list[LabelledNote]:
    """The first ``n`` notes of corpus 94 for ``seed`` (prefix-stable)."""
    return [holdout94_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout94_corpus, argv, "Held-out corpus 94: tele-ICU, central monitoring and device integration")
    holdout_measure.report("holdout94", args, notes, hits, res)


if __name__ == "__main__":
    main()
