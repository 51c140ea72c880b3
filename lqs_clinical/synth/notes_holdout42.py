"""Held-out corpus 42: international and multilingual patients in a US hospital

MIMIC-IV-Note-shaped discharge and radiology notes about patients who do not live in the United
States or do not speak English: interpreter-mediated histories and consents, International Patient
Office (medical-tourism) coordination, foreign travel-insurer guarantees of payment, repatriation and
air-ambulance paperwork, consulate / visa / humanitarian-parole letters, translated foreign hospital
records, family meetings with relatives abroad, and radiology reads of imaging brought on disc from
abroad, comparisons with foreign studies and teleradiology second opinions for overseas referrers.
Names come from many languages written in Latin letters with diacritics (Vietnamese, Polish,
Turkish, Portuguese/Brazilian, Czech, Icelandic, Yoruba, Spanish) or transliterated (Arabic,
Chinese, Russian, Korean), in several orders (family name first, ``FAMILY, Given``, DICOM
``FAMILY^GIVEN``, initials).

Document kinds (``DOCUMENT_KINDS``):

- discharge: ``interpreter_discharge`` (discharge summary with an interpreter-mediated history),
  ``interpreter_consent`` (interpreter-mediated informed-consent note), ``ipo_coordination``
  (International Patient Office / medical-tourism coordination), ``insurer_gop`` (travel-insurer
  guarantee of payment and case-management correspondence), ``repatriation`` (medical evacuation,
  fitness-to-fly / MEDIF form, air ambulance), ``consulate_visa`` (social work: consulate and
  embassy letters, visa-extension / medical-parole support letter), ``outside_records`` (translated
  summary of foreign hospital records and medication reconciliation), ``family_abroad`` (family
  meeting with relatives abroad, death and repatriation of remains);
- radiology: ``disc_import`` (consultation read of a study brought on disc from abroad),
  ``foreign_comparison`` (current exam compared with a foreign prior), ``telerad_second_opinion``
  (second opinion for an overseas referrer), ``fitness_to_fly_imaging`` (pre-flight chest film or
  venous duplex), ``foreign_device_imaging`` (hardware or device implanted abroad),
  ``translation_addendum`` (addendum after a foreign report was translated).

About 45% of notes are radiology. 5% of notes are heavy (many ``___``, no plants); about 58% carry
1-4 identifiers that escaped masking. Which notes are heavy or planted, how many identifiers they
carry and their categories come from Weyl sequences over the note index, so the per-category totals
do not depend on the templates.

Label policy: PERSON is one span per name (given and family together, titles outside); LOCATION is
a place below state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states
and countries are never labelled); ORGANIZATION is a named hospital, practice, agency, school or
employer, never a generic department. DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a
bare year is not labelled; a device, drug or lot expiry date is not labelled; a death date is).
AGE_OVER_89 labels the digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the
(21) serial); lot, GTIN, REF, model and expiry are not identifiers. ACCOUNT covers account,
encounter, incident/run, accession, order, requisition, claim and specimen numbers; HEALTH_PLAN
member, subscriber, policy and group ids; LICENSE medical, nursing, EMS, DEA and driver's licences.
Spans hold the value only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN", "plate", "Acct") and
credentials ("MD", "RN") stay outside.

Conventions specific to this corpus:

- Names in any order or script convention are one PERSON span: "Nguyễn Thị Thảo", "ÖZTÜRK,
  Şükrü", "NGUYEN^THI THAO" (DICOM PatientName), "Kuznetsova Yelena Viktorovna", "Ł. Wróbel".
  Foreign titles stay outside ("lek. med.", "prof. dr hab. n. med.", "MUDr.", "Uzm. Dr.", "BS.",
  "Dra."), as do credentials.
- Foreign towns and cities are LOCATION, like US towns. A foreign postcode is not a ZIP (only US
  ZIP codes are ZIP): it is labelled LOCATION, as its own span, separate from the town ("00-950",
  "602 00", "90020-001", "34710", "600"). Countries (and US states) are never labelled; they are
  look-alikes, as are language names ("Vietnamese", "Yoruba").
- Foreign hospitals, clinics, travel insurers and assistance companies, air-ambulance operators,
  interpreter agencies, funeral homes, schools and employers are ORGANIZATION. Consulates and
  embassies named only by their country ("Consulate General of the Republic of Poland"), airlines,
  device and drug makers, and public bodies (USCIS, CDC, the State Department) are look-alikes.
- A foreign record number (prontuario, "Nr księgi głównej", "Protokol No", "Mã BN", DICOM
  PatientID) is MRN; an assistance-company case reference, a GOP claim number and an air-ambulance
  mission number are ACCOUNT; a travel-insurance policy or card number is HEALTH_PLAN; a foreign
  medical registration (CRM, PWZ, GMC, CCHN) or a foreign driver's licence is LICENSE; an aircraft
  registration, a foreign plate and a VIN are VEHICLE_ID.
- Interpreter ID numbers are always masked (``ID# ___``); the hospital's own staff e-mail addresses are EMAIL
  like any other.
- Passport, visa and foreign national-identity numbers (PESEL, CPF, kennitala, TC Kimlik) fit no
  category (LICENSE is for licences only), so they are never written out: they always appear as
  ``___``. Visa and I-94 validity dates are written only as shifted dates (2100-2200).
- DICOM dates (``19560412``) and ages (``092Y``) count like any other date or age; a device or drug
  expiry ("EXP 2027-08-31", GS1 (17)) is never labelled. Commercial flight numbers, ICD-10 and CPT
  codes, NDCs, lot/REF/GTIN numbers, software versions and public hotlines are look-alikes.

Written blind: I read only this task's brief, ``lqs_clinical/synth/holdout_measure.py``, the first
45 lines of ``lqs_clinical/synth/notes.py``, ``pyproject.toml``, ``/work/shared/reference/*.md``
and the synthetic note-shaped samples under ``/work/shared/data/`` (with ``SOURCES.md``). I did not
read the detector, its rule files, any other corpus or test, and never ran the detector on this
corpus.
"""

from __future__ import annotations

import math
import random
import sys
import unicodedata
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

MIN_LEN, MAX_LEN = 1100, 4500
HEAVY_EVERY = 20  # exactly one heavy note in every 20 consecutive indices
_PLANT_THRESHOLD = 0.611  # share of non-heavy notes that carry plants (about 58% of all notes)
_RADIOLOGY_SHARE = 0.45


def _frac(x: float) -> float:
    return x - math.floor(x)


_A_RAD = math.sqrt(2.0) - 1.0
_A_PLANT = (math.sqrt(5.0) - 1.0) / 2.0
_A_COUNT = math.sqrt(3.0) - 1.0
_A_CAT = math.sqrt(7.0) - 2.0
_A_KIND = math.sqrt(11.0) - 3.0


# --------------------------------------------------------------------------------------------------
# Assembly: plain text, look-alikes and labelled spans
# --------------------------------------------------------------------------------------------------

class L(str):
    """A look-alike: inserted as plain text and reported, never labelled."""


Item = str | tuple[str, str]


class _Doc:
    def __init__(self, r: random.Random, cats: list[str], heavy: bool) -> None:
        self.r = r
        self.pending = list(cats)
        self.heavy = heavy
        self.parts: list[tuple[str, str | None]] = []
        self.looks: list[str] = []
        self.breaks: list[int] = []
        self.origin = "vi"
        self.ctx: dict = {}
        self.kind = ""

    def w(self, *items: Item) -> None:
        for it in items:
            if isinstance(it, tuple):
                self.parts.append((it[0], it[1]))
            else:
                if isinstance(it, L):
                    self.looks.append(str(it))
                self.parts.append((str(it), None))

    def want(self, cat: str, p: float = 0.5) -> bool:
        if cat in self.pending and self.r.random() < p:
            self.pending.remove(cat)
            return True
        return False

    def o(self, cat: str, fn: Callable[[], str], p: float = 0.5, mask: str = "___") -> Item:
        """A slot: the planted value if this category is still pending (with probability p), else the mask."""
        if self.want(cat, p):
            return (fn(), cat)
        return mask

    def brk(self) -> None:
        self.breaks.append(len(self.parts))

    def text(self) -> str:
        return "".join(t for t, _ in self.parts)


def _fmt_items(items: list[Item]) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    for it in items:
        if isinstance(it, tuple):
            out.append((it[0], it[1]))
        else:
            out.append((str(it), None))
    return out


def _looks_of(items: list[Item]) -> list[str]:
    return [str(it) for it in items if isinstance(it, L)]


def _ascii(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    s = s.replace("þ", "th").replace("Þ", "Th").replace("ð", "d").replace("Ð", "D").replace("æ", "ae")
    s = s.replace("ß", "ss").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _pick(r: random.Random, seq):
    return seq[r.randrange(len(seq))]


# --------------------------------------------------------------------------------------------------
# Countries of origin (one per note keeps a note coherent)
# --------------------------------------------------------------------------------------------------

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")
_MONTHS = {
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"),
    "cz": ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
           "listopadu", "prosince"),
    "tr": ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
           "Kasım", "Aralık"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "is": ("janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október",
           "nóvember", "desember"),
}
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _d2(n: int) -> str:
    return f"{n:02d}"


def _date_forms(code: str, y: int, m: int, d: int) -> list[str]:
    en = [f"{_d2(m)}/{_d2(d)}/{y}", f"{m}/{d}/{y}", f"{_MONTHS_EN[m - 1]} {d}, {y}", f"{d} {_MONTHS_EN[m - 1]} {y}",
          f"{y}-{_d2(m)}-{_d2(d)}", f"{_d2(d)}-{_MONTHS_EN[m - 1][:3]}-{y}", f"{_MONTHS_EN[m - 1][:3]} {d} {y}"]
    loc: dict[str, list[str]] = {
        "vi": [f"{_d2(d)}/{_d2(m)}/{y}", f"{d} tháng {m} năm {y}", f"{_d2(d)}-{_d2(m)}-{y}"],
        "pl": [f"{_d2(d)}.{_d2(m)}.{y}", f"{d} {_MONTHS['pl'][m - 1]} {y}", f"{d}/{_ROMAN[m - 1]}/{y}"],
        "tr": [f"{_d2(d)}.{_d2(m)}.{y}", f"{d} {_MONTHS['tr'][m - 1]} {y}", f"{_d2(d)}/{_d2(m)}/{y}"],
        "br": [f"{_d2(d)}/{_d2(m)}/{y}", f"{d} de {_MONTHS['pt'][m - 1]} de {y}"],
        "pt": [f"{_d2(d)}-{_d2(m)}-{y}", f"{d} de {_MONTHS['pt'][m - 1]} de {y}", f"{_d2(d)}/{_d2(m)}/{y}"],
        "cz": [f"{d}. {m}. {y}", f"{d}.{m}.{y}", f"{d}. {_MONTHS['cz'][m - 1]} {y}"],
        "is": [f"{d}.{m}.{y}", f"{d}. {_MONTHS['is'][m - 1]} {y}"],
        "ng": [f"{_d2(d)}/{_d2(m)}/{y}", f"{d}{_ord(d)} {_MONTHS_EN[m - 1]} {y}", f"{_d2(d)}-{_d2(m)}-{y}"],
        "ar": [f"{_d2(d)}/{_d2(m)}/{y}", f"{y}/{_d2(m)}/{_d2(d)}"],
        "zh": [f"{y}-{_d2(m)}-{_d2(d)}", f"{y}.{_d2(m)}.{_d2(d)}", f"{y}/{m}/{d}"],
        "ru": [f"{_d2(d)}.{_d2(m)}.{y}"],
        "es": [f"{_d2(d)}/{_d2(m)}/{y}", f"{d} de {_MONTHS['es'][m - 1]} de {y}"],
        "ko": [f"{y}.{_d2(m)}.{_d2(d)}", f"{y}-{_d2(m)}-{_d2(d)}"],
    }
    return en + loc.get(code, []) * 2


def _ord(d: int) -> str:
    if 10 <= d % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _rdate(r: random.Random, code: str, lo: int = 1931, hi: int = 2029) -> str:
    """A real-year date (labelled when planted)."""
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    if r.random() < 0.08:
        return f"{y}{_d2(m)}{_d2(d)}"  # DICOM DA
    return _pick(r, _date_forms(code, y, m, d))


def _sdate(r: random.Random) -> L:
    """A shifted date (2100-2200): never labelled."""
    y, m, d = r.randint(2105, 2195), r.randint(1, 12), r.randint(1, 28)
    return L(_pick(r, [f"{y}-{_d2(m)}-{_d2(d)}", f"{_d2(m)}/{_d2(d)}/{y}", f"{_d2(d)}.{_d2(m)}.{y}",
                       f"{m}/{d}/{y}"]))


# Names: (given pool, family pool, order) per origin; Vietnamese, Chinese and Korean write family first.
_NAMES: dict[str, dict] = {
    "vi": dict(fam=("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Huỳnh", "Phan", "Vũ"),
               mid=("Thị", "Văn", "Minh", "Ngọc", "Đức", "Quốc", "Thanh", "Hữu", "Thùy"),
               giv=("Thảo", "Hùng", "Châu", "Bảo", "Lan", "Tùng", "Ánh", "Long", "Hương", "Dũng", "Phương",
                    "Khoa", "Trang", "Nhung", "Quyên"), order="fmg"),
    "zh": dict(fam=("Wang", "Li", "Zhang", "Liu", "Chen", "Huang", "Zhou", "Xu", "Guo", "Ma"),
               mid=("",), giv=("Xiaoming", "Jing", "Wei", "Yuting", "Haoran", "Meiling", "Zhiqiang", "Shufen",
                               "Jiahui", "Zihan"), order="fg"),
    "ko": dict(fam=("Park", "Kim", "Lee", "Choi", "Jung", "Kang", "Yoon"), mid=("",),
               giv=("Ji-hoon", "Soo-yeon", "Min-jun", "Hye-jin", "Dong-hyun", "Seo-yeon", "Eun-ji"), order="fg"),
    "tr": dict(fam=("Öztürk", "Yılmaz", "Çelik", "Şahin", "Doğan", "Aydın", "Güneş", "Kılıç", "Koç", "Kaya",
                    "Türkoğlu", "Aksoy"), mid=("",),
               giv=("Şükrü", "Gülşen", "Çağlar", "Ayşe", "Mehmet", "Özlem", "İbrahim", "Büşra", "Tuğba", "Oğuz",
                    "Nurşen", "Hüseyin"), order="gf"),
    "br": dict(fam=("Gonçalves", "Araújo", "Magalhães", "Simões", "Assunção", "Brandão", "Falcão", "Conceição",
                    "Lopes da Silva", "Peçanha"), mid=("",),
               giv=("João Pedro", "Conceição", "Sebastião", "Luísa", "Antônio", "Márcia", "Cláudia", "Thiago",
                    "Vitória", "Raimundo"), order="gf"),
    "pt": dict(fam=("Gonçalves", "Magalhães", "Simões", "Brandão", "Mendonça", "Rebelo", "Fontes"), mid=("",),
               giv=("Gonçalo", "Inês", "Joaquim", "Leonor", "Tomé", "Beatriz", "Sebastião"), order="gf"),
    "ng": dict(fam=("Adéyẹmí", "Àjàyí", "Babátúndé", "Akínwùmí", "Ọláńrewájú", "Ìdòwú", "Ògúnbánjọ", "Okonkwo",
                    "Adébísí"), mid=("",),
               giv=("Olúwaṣeun", "Adébáyọ", "Fúnmiláyọ", "Ìbùkún", "Tóbilọba", "Adéwálé", "Yétúndé", "Àdùkẹ",
                    "Chiamaka"), order="gf"),
    "ar": dict(fam=("Al-Harbi", "Al-Qahtani", "El Amrani", "Al-Mansouri", "Haddad", "Ben Youssef", "Al-Shamsi",
                    "Abdelaziz", "Al-Otaibi"), mid=("",),
               giv=("Mohammed", "Abdulrahman", "Fatima Zahra", "Noura", "Khalid", "Yousef", "Mariam", "Hamad",
                    "Rania", "Saad"), order="gf"),
    "es": dict(fam=("Etxeberria", "Muñoz", "Ibáñez", "Núñez", "Peña", "Gutiérrez Ortega", "Arrieta"), mid=("",),
               giv=("María José", "Íñigo", "Begoña", "Jesús", "Ainhoa", "Ramón", "Nerea"), order="gf"),
}

_US_GIVEN = ("Megan", "Kevin", "Priya", "Carlos", "Rachel", "Darnell", "Siobhan", "Tomás", "Aisha", "Brendan",
             "Yuki", "Ofelia", "Graham", "Lucía", "Nadia", "Desmond")
_US_FAMILY = ("O'Connor", "Thibodeau", "Ramaswamy", "Delgado", "Feldman", "Okafor", "McAllister", "Ferreira",
              "Castellano", "Lindqvist", "Abernathy", "Kowalski", "Fitzgerald-Ruiz", "Nakamura", "DeLuca")


_GENDERED = {
    "pl": dict(m=("Łukasz", "Wojciech", "Paweł", "Grzegorz", "Jędrzej", "Zdzisław", "Przemysław"),
               f=("Małgorzata", "Agnieszka", "Katarzyna", "Żaneta", "Bożena", "Jadwiga", "Grażyna"),
               fam=(("Wróbel", "Wróbel"), ("Wiśniewski", "Wiśniewska"), ("Kowalczyk", "Kowalczyk"),
                    ("Zieliński", "Zielińska"), ("Dąbrowski", "Dąbrowska"), ("Szymański", "Szymańska"),
                    ("Woźniak", "Woźniak"), ("Jabłoński", "Jabłońska"), ("Ślusarczyk", "Ślusarczyk"),
                    ("Łukaszewicz", "Łukaszewicz"))),
    "cz": dict(m=("Jiří", "Přemysl", "Tomáš", "Luboš", "Bořivoj", "Vojtěch"),
               f=("Zdeňka", "Kateřina", "Radka", "Věra", "Markéta", "Božena"),
               fam=(("Dvořák", "Dvořáková"), ("Novotný", "Novotná"), ("Černý", "Černá"), ("Procházka", "Procházková"),
                    ("Kučera", "Kučerová"), ("Růžička", "Růžičková"), ("Šťastný", "Šťastná"), ("Vávra", "Vávrová"))),
    "ru": dict(m=("Dmitriy", "Aleksandr", "Sergey", "Nikolay", "Yevgeniy"),
               f=("Yelena", "Tatyana", "Natalya", "Svetlana", "Lyudmila"),
               fam=(("Kuznetsov", "Kuznetsova"), ("Volkov", "Volkova"), ("Sokolov", "Sokolova"), ("Morozov",
                   "Morozova"),
                    ("Lebedev", "Lebedeva"), ("Popov", "Popova"), ("Zaytsev", "Zaytseva"), ("Belov", "Belova")),
               pat=(("Sergeyevich", "Sergeyevna"), ("Ivanovich", "Ivanovna"), ("Petrovich", "Petrovna"),
                    ("Viktorovich", "Viktorovna"), ("Andreyevich", "Andreyevna"))),
    "is": dict(m=("Sigurður", "Ásgeir", "Bjarni", "Eyjólfur", "Þröstur", "Gunnar"),
               f=("Guðrún", "Þórunn", "Halldóra", "Ragnheiður", "Sæunn", "Ingibjörg"),
               fam=(("Sigurðar", ""), ("Jóns", ""), ("Þórs", ""), ("Gunnars", ""), ("Ólafs", ""), ("Magnús", ""),
                    ("Eiríks", ""), ("Hjálmars", ""))),
}


def _name_parts(r: random.Random, code: str) -> tuple[str, str, str]:
    """(given, family, natural full name)."""
    if code in _GENDERED:
        g = _GENDERED[code]
        female = r.random() < 0.5
        giv = _pick(r, g["f"] if female else g["m"])
        fm = _pick(r, g["fam"])
        if code == "is":
            fam = fm[0] + ("dóttir" if female else "son")
        else:
            fam = fm[1] if female else fm[0]
        if code == "ru":
            pat = _pick(r, g["pat"])[1 if female else 0]
            return giv, fam, (f"{fam} {giv} {pat}" if r.random() < 0.5 else f"{giv} {pat} {fam}")
        return giv, fam, f"{giv} {fam}"
    t = _NAMES[code]
    fam, giv, mid = _pick(r, t["fam"]), _pick(r, t["giv"]), _pick(r, t["mid"])
    if t["order"] == "fmg":
        return f"{mid} {giv}", fam, f"{fam} {mid} {giv}"
    if t["order"] == "fg":
        return giv, fam, f"{fam} {giv}"
    if t["order"] == "fgm":
        return giv, fam, (f"{fam} {giv} {mid}" if r.random() < 0.5 else f"{giv} {mid} {fam}")
    if code == "ar" and r.random() < 0.3:
        return giv, fam, f"{giv} bin {_pick(r, t['giv'][:4])} {fam}"
    return giv, fam, f"{giv} {fam}"


def _person(r: random.Random, code: str) -> str:
    giv, fam, full = _name_parts(r, code)
    k = r.random()
    if k < 0.5:
        return full
    if k < 0.62:
        return f"{fam.upper()}, {giv}"
    if k < 0.72:
        return f"{fam.upper()} {giv}"
    if k < 0.8:
        return f"{fam}, {giv}"
    if k < 0.88:
        return f"{_ascii(full).upper()}"
    if k < 0.94:
        return f"{giv[0]}. {fam}"
    return f"{giv} {fam}"


def _dicom_name(r: random.Random, code: str) -> str:
    giv, fam, _ = _name_parts(r, code)
    return f"{_ascii(fam).upper()}^{_ascii(giv).upper()}"


def _staff(r: random.Random) -> str:
    g, f = _pick(r, _US_GIVEN), _pick(r, _US_FAMILY)
    k = r.random()
    if k < 0.7:
        return f"{g} {f}"
    if k < 0.85:
        return f"{g[0]}. {f}"
    return f"{f}, {g}"


_TITLES = {
    "vi": ("BS.", "ThS.BS.", "TS.BS.", "Dr."), "zh": ("Dr.", "Prof."), "ko": ("Dr.",),
    "pl": ("lek. med.", "dr n. med.", "prof. dr hab. n. med.", "lek."), "tr": ("Dr.", "Uzm. Dr.", "Prof. Dr.",
        "Op. Dr."),
    "br": ("Dr.", "Dra."), "pt": ("Dr.", "Dra.", "Prof. Dr."), "cz": ("MUDr.", "doc. MUDr."), "is": ("Dr.",),
    "ng": ("Dr.", "Prof."), "ar": ("Dr.",), "ru": ("Dr.",), "es": ("Dr.", "Dra."),
}

_US_TOWNS = ("Brookline", "Quincy", "Chelsea", "Dorchester", "Revere", "Malden", "Framingham", "Lowell",
             "Worcester", "Fall River", "New Bedford", "Somerville", "Allston", "Jamaica Plain", "Everett",
             "Lynn", "Brockton", "Waltham", "East Boston", "Randolph")
_US_ZIPS = ("02134", "02446", "02169", "02150", "02124", "02151", "02148", "01702", "01851", "01604", "02720",
            "02740", "02143", "02130", "02149", "01902", "02301", "02453", "02128", "02368", "11372", "33131",
            "60640", "77036", "95111", "02135", "02445", "02171", "02125", "02121", "02155", "01701", "01852",
            "01610", "02721", "02745", "02144", "02119", "01905", "02302", "02451", "02129", "10032", "11355",
            "33012", "07104", "19120", "98118", "55407", "30340")
_US_STREETS = ("Commonwealth Ave", "Centre St", "Hancock Street", "Broadway", "Bennington St", "Adams Street",
               "Dorchester Ave", "Washington St", "Pleasant Street", "Summer St", "Highland Ave", "Chestnut Hill Rd",
               "Elm Street", "Maple Ave")

_ORIGINS: dict[str, dict] = {
    "vi": dict(countries=("Viet Nam", "Vietnam"), lang="Vietnamese",
               towns=("Đà Nẵng", "Huế", "Hải Phòng", "Cần Thơ", "Biên Hòa", "Nha Trang", "Quy Nhơn", "Vũng Tàu"),
               hospitals=("Bệnh viện Đa khoa Tâm Phúc", "Bệnh viện Hữu nghị Việt Xuân",
                          "Phòng khám Quốc tế An Khang", "Bệnh viện Phục hồi chức năng Sông Hàn"),
               insurers=("Bảo hiểm Sao Mai", "Công ty Bảo hiểm Phú Long"),
               employers=("Công ty TNHH Minh Phát", "Trường THPT Lê Quý Đôn", "Công ty Cổ phần Thủy sản Hòa Bình"),
               brands=("Hapacol", "Efferalgan", "Panadol Extra"), mails=("gmail.com", "yahoo.com.vn", "fpt.vn"),
               plate=lambda r: f"{r.randint(11, 99)}A-{r.randint(100, 999)}.{_d2(r.randint(0, 99))}",
               mrn_cue=("Mã BN:", "Số hồ sơ:", "Mã y tế"), lic_cue=("CCHN số",)),
    "pl": dict(countries=("Poland", "Polska"), lang="Polish",
               towns=("Kraków", "Gdańsk", "Łódź", "Wrocław", "Białystok", "Rzeszów", "Bielsko-Biała", "Zielona Góra"),
               hospitals=("Szpital Wojewódzki im. św. Łukasza", "Centrum Medyczne Zdrowa Przystań",
                          "Szpital Specjalistyczny Pod Dębami", "Niepubliczny ZOZ Przychodnia Słoneczna"),
               insurers=("Towarzystwo Ubezpieczeń Wiślanka S.A.", "Bezpieczna Podróż TU"),
               employers=("Zakład Energetyczny Odra Sp. z o.o.", "Liceum Ogólnokształcące nr 4 im. Marii Konopnickiej",
                          "Przedsiębiorstwo Budowlane Żuraw"),
               brands=("Pyralgina", "Apap", "Ketonal", "Polopiryna"), mails=("wp.pl", "o2.pl", "interia.pl"),
               plate=lambda r: f"{_pick(r, ('KR', 'GD', 'WX', 'DW', 'EL'))} "
                                f"{r.randint(1000, 9999)}{_pick(r, 'ACFHKM')}",
               mrn_cue=("Nr księgi głównej:", "Nr historii choroby", "ID pacjenta"), lic_cue=("nr PWZ", "PWZ")),
    "tr": dict(countries=("Türkiye", "Turkey"), lang="Turkish",
               towns=("Çanakkale", "Eskişehir", "Kadıköy", "Gaziantep", "Muğla", "Şanlıurfa", "İzmir", "Üsküdar"),
               hospitals=("Özel Yaşam Hastanesi", "Anadolu Şifa Tıp Merkezi", "Özel Boğaziçi Kalp Hastanesi",
                          "Ege Kıyı Devlet Hastanesi"),
               insurers=("Güven Sağlık Sigorta A.Ş.", "Yolcu Asistans Hizmetleri A.Ş."),
               employers=("Akdeniz Lojistik A.Ş.", "Kadıköy Anadolu Lisesi", "Mavi Tekstil Sanayi Ltd. Şti."),
               brands=("Arveles", "Parol", "Majezik", "Novalgin"), mails=("hotmail.com.tr", "gmail.com",
                   "yandex.com.tr"),
               plate=lambda r: f"{r.randint(1, 81):02d} {_pick(r, ('ABC', 'KT', 'DR', 'ZP', 'GH'))} "
                               f"{r.randint(100, 9999)}",
               mrn_cue=("Protokol No:", "Hasta No", "Dosya No:"), lic_cue=("Diploma Tescil No", "Diploma No")),
    "br": dict(countries=("Brazil", "Brasil"), lang="Portuguese",
               towns=("Porto Alegre", "São José dos Campos", "Florianópolis", "Ribeirão Preto", "Juiz de Fora",
                      "Maceió", "Governador Valadares", "Criciúma"),
               hospitals=("Hospital São Lucas da Ribeira", "Santa Casa de Misericórdia de Itajubá",
                          "Clínica Vida Plena", "Hospital Beneficência Lusitana"),
               insurers=("Seguros Amparo Vital S.A.", "Unimed Serra Gaúcha"),
               employers=("Vale Norte Mineração Ltda.", "Escola Estadual Padre Anchieta",
                   "Cooperativa Agrícola Santa Clara"),
               brands=("Dipirona", "Neosaldina", "Dorflex", "Novalgina"), mails=("uol.com.br", "bol.com.br",
                   "gmail.com"),
               plate=lambda r: f"{_pick(r, ('BRA', 'RIO', 'QXT', 'PLM'))}{r.randint(0, 9)}"
                                f"{_pick(r, 'ACEJ')}{r.randint(10, 99)}",
               mrn_cue=("Prontuário nº", "Prontuário", "Registro"), lic_cue=("CRM/SP nº", "CRM-RS", "CRM/MG")),
    "pt": dict(countries=("Portugal",), lang="Portuguese",
               towns=("Coimbra", "Vila Nova de Gaia", "Ponta Delgada", "Viseu", "Braga", "Funchal", "Setúbal"),
               hospitals=("Hospital da Misericórdia de Vila Verde", "Clínica do Mondego",
                   "Hospital Particular do Alvor"),
               insurers=("Fidelidade Viagem Segura", "Lusitânia Assistência"),
               employers=("Conservas Ramirez & C.ª", "Escola Secundária de Camões"),
               brands=("Ben-u-ron", "Brufen", "Voltaren"), mails=("sapo.pt", "gmail.com"),
               plate=lambda r: f"{_d2(r.randint(10, 99))}-{_pick(r, ('AB', 'QX', 'LM', 'TZ'))}-"
                                f"{_d2(r.randint(10, 99))}",
               mrn_cue=("N.º de processo", "Processo"), lic_cue=("Cédula Profissional n.º", "OM n.º")),
    "cz": dict(countries=("Czech Republic", "Czechia"), lang="Czech",
               towns=("Brno", "České Budějovice", "Plzeň", "Olomouc", "Hradec Králové", "Ústí nad Labem", "Třebíč"),
               hospitals=("Krajská nemocnice Vysočina Jih", "Nemocnice Milosrdných sester", "Poliklinika Šumava"),
               insurers=("Pojišťovna Cestovatel a.s.", "Zdravotní pojišťovna Morava"),
               employers=("Strojírny Třebíč a.s.", "Gymnázium Jana Nerudy"),
               brands=("Paralen", "Ibalgin", "Algifen"), mails=("seznam.cz", "email.cz", "centrum.cz"),
               plate=lambda r: f"{r.randint(1, 9)}{_pick(r, 'ABCEHJ')}{r.randint(1, 9)} {r.randint(1000, 9999)}",
               mrn_cue=("Číslo chorobopisu", "Č. pacienta"), lic_cue=("ČLK č.", "reg. č.")),
    "is": dict(countries=("Iceland", "Ísland"), lang="Icelandic",
               towns=("Akureyri", "Hafnarfjörður", "Reykjanesbær", "Ísafjörður", "Egilsstaðir", "Selfoss", "Húsavík"),
               hospitals=("Sjúkrahúsið á Norðurlandi", "Heilsugæslan Hlíðum", "Læknastöðin Glæsibæ"),
               insurers=("Vörður Ferðatrygging", "Sjóvá-Almennar Assistance"),
               employers=("Hafbrim Fisheries ehf.", "Menntaskólinn á Ísafirði"),
               brands=("Panodil", "Paratabs", "Íbúfen"), mails=("simnet.is", "visir.is", "gmail.com"),
               plate=lambda r: f"{_pick(r, ('AB', 'KX', 'RT', 'ÞE'))}-{r.randint(100, 999)}",
               mrn_cue=("Sjúkraskrárnúmer", "Skrá nr."), lic_cue=("starfsleyfi nr.",)),
    "ng": dict(countries=("Nigeria",), lang="Yoruba",
               towns=("Ibadan", "Abeokuta", "Ile-Ife", "Ogbomoso", "Osogbo", "Ikeja", "Ijebu-Ode", "Akure"),
               hospitals=("Adéyẹmí Memorial Specialist Hospital", "Lagoon Crest Hospital", "Ọláńrewájú Eye Clinic",
                          "Olabisi Teaching Hospital"),
               insurers=("Crestline Health Maintenance Ltd", "Ọrẹ Travel Assurance Plc"),
               employers=("Babátúndé & Sons Haulage Ltd", "Federal Government College Ikorodu",
                   "Zenith Cocoa Processors Ltd"),
               brands=("Emzor Paracetamol", "Coartem", "Lonart"), mails=("yahoo.co.uk", "gmail.com", "yahoo.com"),
               plate=lambda r: f"{_pick(r, ('LND', 'KJA', 'ABJ', 'EKY'))}-{r.randint(100, 999)}"
                                f"{_pick(r, ('AA', 'XZ', 'GB'))}",
               mrn_cue=("Hospital No.", "Folder No."), lic_cue=("MDCN Reg. No.", "MDCN")),
    "ar": dict(countries=("Saudi Arabia", "United Arab Emirates", "Morocco", "Jordan"), lang="Arabic",
               towns=("Jeddah", "Al Ain", "Sharjah", "Tlemcen", "Sfax", "Irbid", "Khamis Mushait", "Fès"),
               hospitals=("Dar Al Shifa Specialist Hospital", "Al Noor Care Medical Center", "Mustashfa Al-Amal",
                          "Clinique Atlas Anfa"),
               insurers=("Tawuniya Travel", "Al Wafa Assistance"),
               employers=("Al-Mansouri Contracting Co.", "Jeddah Knowledge International School"),
               brands=("Adol", "Panadol", "Fevadol"), mails=("outlook.sa", "hotmail.com", "gmail.com"),
               plate=lambda r: f"{r.randint(1000, 9999)} {_pick(r, ('HBA', 'RTD', 'KSA', 'JNM'))}",
               mrn_cue=("File No.", "Medical Record No."), lic_cue=("SCFHS No.", "DHA License")),
    "zh": dict(countries=("China",), lang="Mandarin",
               towns=("Hangzhou", "Chengdu", "Xiamen", "Shenzhen", "Suzhou", "Kunming", "Qingdao"),
               hospitals=("Xinhe International Hospital", "Kunming Lakeview Clinic", "Ruikang Rehabilitation Hospital"),
               insurers=("Ping An Overseas Travel", "Hua Xia Assistance"),
               employers=("Dongfang Precision Manufacturing Co.", "Qingdao No. 2 Middle School"),
               brands=("Fenbid", "Lianhua Qingwen", "Baijiahei"), mails=("163.com", "qq.com", "126.com"),
               plate=lambda r: f"{_pick(r, ('Zhe A', 'Chuan A', 'Min D', 'Yue B'))}{r.randint(10000, 99999)}",
               mrn_cue=("Inpatient No.", "Case No."), lic_cue=("Physician Practice Cert. No.",)),
    "ru": dict(countries=("Russia", "Kazakhstan"), lang="Russian",
               towns=("Yekaterinburg", "Novosibirsk", "Tver", "Kazan", "Almaty", "Tomsk", "Krasnodar"),
               hospitals=("Gorodskaya Klinicheskaya Bolnitsa No. 7", "Medsi Clinic Petrovsky", "Klinika Zdorovye Plus"),
               insurers=("Soglasie Travel Insurance", "Ingosstrakh Assistance Desk"),
               employers=("Uralmashzavod", "Gymnasium No. 9 Tver"),
               brands=("Pentalgin", "Citramon", "Nurofen"), mails=("mail.ru", "yandex.ru", "bk.ru"),
               plate=lambda r: f"{_pick(r, 'AEKMHOPCTX')}{r.randint(100, 999)}{_pick(r, ('AE', 'KM', 'OP', 'TX'))} "
                               f"{r.randint(10, 199)}",
               mrn_cue=("Istoriya bolezni No.", "Med. karta No."), lic_cue=("Cert. No.",)),
    "es": dict(countries=("Spain", "Colombia"), lang="Spanish",
               towns=("Donostia", "Vitoria-Gasteiz", "Cáceres", "Medellín", "Bucaramanga", "Logroño", "Pamplona"),
               hospitals=("Clínica Nuestra Señora del Pilar", "Hospital San Ignacio de Loyola",
                   "Policlínica Gipuzkoa Sur"),
               insurers=("Mapfre Asistencia Viaje", "Seguros Bolívar Internacional"),
               employers=("Construcciones Arrieta S.L.", "Colegio San Viator"),
               brands=("Nolotil", "Gelocatil", "Enantyum"), mails=("gmail.com", "hotmail.es", "telefonica.net"),
               plate=lambda r: f"{r.randint(1000, 9999)} {_pick(r, ('BCD', 'KLM', 'FRT', 'JHX'))}",
               mrn_cue=("N.º historia clínica", "NHC"), lic_cue=("N.º colegiado", "Colegiado")),
    "ko": dict(countries=("South Korea", "Republic of Korea"), lang="Korean",
               towns=("Daegu", "Gwangju", "Suwon", "Jeonju", "Changwon", "Ulsan"),
               hospitals=("Hanbit Medical Center", "Seoyeon Women's Clinic", "Dongsan Rehabilitation Hospital"),
               insurers=("Hanmaeum Travel Insurance", "Samjin Assistance"),
               employers=("Daegu Hanseong Textile Co.", "Suwon Jangan High School"),
               brands=("Tylenol ER", "Gelpos", "Pancold"), mails=("naver.com", "daum.net", "gmail.com"),
               plate=lambda r: f"{r.randint(10, 399)}{_pick(r, ('ga', 'na', 'da', 'ho'))} {r.randint(1000, 9999)}",
               mrn_cue=("Patient No.", "Reg. No."), lic_cue=("License No.",)),
}
_ORIGIN_CODES = tuple(_ORIGINS)


def _n(r: random.Random, k: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(k))


def _postcode(r: random.Random, code: str) -> str:
    """A foreign postcode (labelled LOCATION, never ZIP)."""
    if code == "pl":
        return f"{_n(r, 2)}-{_n(r, 3)}"
    if code == "br":
        return f"{r.randint(10000, 99999)}-{_n(r, 3)}"
    if code == "pt":
        return f"{r.randint(1000, 9999)}-{_n(r, 3)}"
    if code == "cz":
        return f"{r.randint(100, 799)} {_n(r, 2)}"
    if code == "is":
        return str(r.randint(101, 902))
    if code in ("ng", "zh", "ru"):
        return f"{r.randint(100000, 999999)}"
    return f"{r.randint(10000, 99999)}"  # vi, tr, ar, es, ko: five digits, like a ZIP but not one


def _us_phone(r: random.Random) -> str:
    a, b, c = _pick(r, ("617", "508", "781", "978", "857", "339", "413", "646", "305")), r.randint(201, 989), _n(r, 4)
    return _pick(r, [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}",
                     f"({a}){b}-{c}", f"+1-{a}-{b}-{c}"])


def _phone(r: random.Random, code: str | None) -> str:
    if code is None or r.random() < 0.25:
        return _us_phone(r)
    n = lambda k: _n(r, k)  # noqa: E731
    forms = {
        "vi": [f"+84 9{n(1)} {n(3)} {n(4)}", f"+84 (0)236 {n(4)} {n(3)}", f"09{n(2)} {n(3)} {n(3)}", f"+84{n(9)}"],
        "pl": [f"+48 6{n(2)} {n(3)} {n(3)}", f"+48 12 {n(3)} {n(2)} {n(2)}", f"6{n(2)}-{n(3)}-{n(3)}",
            f"0048 5{n(2)} {n(3)} {n(3)}"],
        "tr": [f"+90 5{n(2)} {n(3)} {n(2)} {n(2)}", f"0 (5{n(2)}) {n(3)} {n(2)} {n(2)}",
            f"+90 (2{n(2)}) {n(3)} {n(4)}"],
        "br": [f"+55 11 9{n(4)}-{n(4)}", f"(51) 9{n(4)}-{n(4)}", f"+55 (51) 3{n(3)}-{n(4)}", f"+55 32 9 {n(4)} {n(4)}"],
        "pt": [f"+351 9{n(2)} {n(3)} {n(3)}", f"+351 2{n(1)} {n(3)} {n(4)}", f"00351 9{n(8)}"],
        "cz": [f"+420 6{n(2)} {n(3)} {n(3)}", f"+420 5{n(2)} {n(3)} {n(3)}", f"00420 7{n(2)} {n(3)} {n(3)}"],
        "is": [f"+354 8{n(2)} {n(4)}", f"+354 4{n(2)} {n(4)}", f"8{n(2)}-{n(4)}", f"(+354) 6{n(2)}-{n(4)}"],
        "ng": [f"+234 80{n(1)} {n(3)} {n(4)}", f"0803 {n(3)} {n(4)}", f"+234 (0)1 {n(3)} {n(4)}", f"+2348{n(9)}"],
        "ar": [f"+966 5{n(1)} {n(3)} {n(4)}", f"+971 50 {n(3)} {n(4)}", f"+212 6{n(2)}-{n(6)}",
            f"+962 7 {n(4)} {n(4)}"],
        "zh": [f"+86 13{n(1)} {n(4)} {n(4)}", f"+86 571 {n(4)} {n(4)}", f"+86-138-{n(4)}-{n(4)}"],
        "ru": [f"+7 (9{n(2)}) {n(3)}-{n(2)}-{n(2)}", f"8 9{n(2)} {n(3)} {n(2)} {n(2)}", f"+7 343 {n(3)}-{n(2)}-{n(2)}"],
        "es": [f"+34 6{n(2)} {n(2)} {n(2)} {n(2)}", f"+57 3{n(2)} {n(3)} {n(4)}", f"(+34) 943 {n(3)} {n(3)}"],
        "ko": [f"+82 10-{n(4)}-{n(4)}", f"010-{n(4)}-{n(4)}", f"+82 53 {n(3)} {n(4)}"],
    }
    return _pick(r, forms[code])


def _pager(r: random.Random) -> str:
    return _pick(r, [f"{r.randint(30000, 39999)}", f"{r.randint(2, 8)}-{_n(r, 4)}",
        f"617-{r.randint(201, 989)}-{_n(r, 4)}",
                     f"(617) 5{_n(r, 2)}-{_n(r, 4)}", f"{r.randint(1000, 9999)}"])


def _email(r: random.Random, code: str) -> str:
    giv, fam, _ = _name_parts(r, code)
    g = _ascii(giv).lower().replace(" ", "").replace("'", "")
    f = _ascii(fam).lower().replace(" ", "").replace("'", "").replace("-", "")
    dom = _pick(r, _ORIGINS[code]["mails"])
    local = _pick(r, [f"{g}.{f}", f"{f}.{g}{r.randint(1, 99)}", f"{g[0]}{f}", f"{g}_{f}{r.randint(60, 99)}",
                      f"{f}{g[:3]}", f"{g}.{f[0]}"])
    return f"{local}@{dom}"


def _org_email(r: random.Random) -> str:
    box = _pick(r, ("ops", "medical", "case.team", "gop", "claims.intl", "alarm", "referrals", "imaging.desk"))
    dom = _pick(r, ("vitalis-assist.de", "amparovital.com.br", "skybridge-medflight.com", "polarstar-aero.is",
                    "guvensaglik.com.tr", "saomai-insure.vn", "crestline-hmo.ng", "mondego-clinic.pt"))
    return f"{box}@{dom}"


def _staff_email(r: random.Random) -> str:
    g, f = _ascii(_pick(r, _US_GIVEN)).lower(), _ascii(_pick(r, _US_FAMILY)).lower().replace("'", "").replace("-", "")
    dom = _pick(r, ("fenwickmemorial.org", "stbrendans-mc.org", "charlesview-rehab.org", "nsmercy.org"))
    return _pick(r, [f"{g[0]}{f}@{dom}", f"{g}.{f}@{dom}", f"ips.{f}@{dom}"])


def _url(r: random.Random, code: str) -> str:
    giv, fam, _ = _name_parts(r, code)
    slug = _ascii(giv).lower().split()[0] + "-" + _ascii(fam).lower().replace(" ", "-")
    tok = "".join(_pick(r, "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(r.randint(8, 12)))
    return _pick(r, [f"https://www.gofundme.com/f/bring-{slug}-home", f"https://share.radvault-intl.com/s/{tok}",
                     f"https://we.tl/t-{tok}", f"https://drive.google.com/file/d/1{tok}{tok[:5]}/view",
                     f"http://pacs.{_pick(r, ('tamphuc', 'sjukranord', 'sifa-tip', 'vidaplena'))}"
                     f".example/viewer?study={tok}",
                     f"www.facebook.com/groups/pomoc.dla.{slug.replace('-', '.')}",
                     f"https://portal.vitalis-assist.de/case/{tok}",
                         f"https://wa.me/{r.randint(4800000000, 4899999999)}",
                     f"vakinha.com.br/vaquinha/{slug}-{_n(r, 7)}"])


def _ip(r: random.Random) -> str:
    return f"{_pick(r, (41, 77, 85, 89, 94, 103, 113, 171, 176, 185, 186, 188, 201, 212, 5, 37))}." \
           f"{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _ssn(r: random.Random) -> str:
    a, b, c = r.randint(1, 665), r.randint(1, 99), r.randint(1, 9999)
    return _pick(r, [f"{a:03d}-{b:02d}-{c:04d}", f"{a:03d} {b:02d} {c:04d}", f"{a:03d}{b:02d}{c:04d}"])


def _mrn_us(r: random.Random) -> str:
    return _pick(r, [_n(r, 8), f"{r.randint(1, 9)}{_n(r, 6)}", f"M{_n(r, 7)}", f"{_n(r, 3)}-{_n(r, 2)}-{_n(r, 3)}",
                     f"00{_n(r, 6)}"])


def _mrn_foreign(r: random.Random, code: str) -> str:
    k = {
        "vi": lambda: f"BN{_n(r, 7)}", "pl": lambda: f"{r.randint(2004, 2029)}/{_n(r, 5)}", "tr": lambda: _n(r, 6),
        "br": lambda: f"{_n(r, 3)}.{_n(r, 3)}-{_n(r, 1)}", "cz": lambda: f"{_n(r, 6)}/{_n(r, 2)}",
        "is": lambda: f"S-{_n(r, 6)}", "ng": lambda: f"OTH/{_n(r, 5)}", "zh": lambda: f"ZY{_n(r, 8)}",
        "ru": lambda: f"{_n(r, 4)}-{_n(r, 2)}", "es": lambda: _n(r, 7), "ar": lambda: f"{_n(r, 2)}-{_n(r, 6)}",
        "pt": lambda: f"{_n(r, 8)}", "ko": lambda: f"{_n(r, 8)}",
    }
    return k[code]()


def _dicom_pid(r: random.Random, code: str) -> str:
    return _pick(r, [f"{code.upper()}{_n(r, 8)}", _n(r, 10), f"{_n(r, 3)}{_pick(r, 'ABXZ')}{_n(r, 5)}"])


def _account(r: random.Random, kind: str = "any") -> str:
    forms = {
        "acct": [f"{_n(r, 11)}", f"{r.randint(5, 9)}{_n(r, 9)}", f"INT-{_n(r, 8)}", f"SP{_n(r, 9)}"],
        "enc": [f"E{_n(r, 9)}", f"{_n(r, 4)}-{_n(r, 6)}", f"ENC{_n(r, 8)}"],
        "acc": [f"RAD-{_n(r, 7)}", f"CT{_n(r, 8)}", f"OS{_n(r, 7)}", f"{_n(r, 8)}", f"MR-{_n(r, 3)}-{_n(r, 4)}",
                f"E{_n(r, 7)}X"],
        "claim": [f"CLM-{_n(r, 4)}-{_n(r, 5)}", f"{_pick(r, ('VA', 'GOP', 'MA', 'AS'))}-{_n(r, 2)}-{_n(r, 6)}",
                  f"{_n(r, 3)}/{_n(r, 6)}/{_pick(r, ('AB', 'Q', 'MED'))}", f"C{_n(r, 10)}"],
        "run": [f"AM-{_n(r, 2)}-{_n(r, 4)}", f"MSN{_n(r, 6)}", f"{_n(r, 6)}-EV", f"RUN {_n(r, 5)}"[4:]],
        "order": [f"ORD{_n(r, 7)}", f"{_n(r, 9)}", f"REQ-{_n(r, 6)}"],
        "spec": [f"S{_n(r, 2)}-{_n(r, 5)}", f"{_pick(r, ('MB', 'BL', 'SP'))}{_n(r, 7)}"],
    }
    if kind == "any":
        kind = _pick(r, tuple(forms))
    return _pick(r, forms[kind])


def _plan(r: random.Random) -> str:
    L3 = lambda: "".join(_pick(r, "ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))  # noqa: E731
    return _pick(r, [f"{_n(r, 4)}-{_n(r, 2)}-{_n(r, 4)}", f"{L3()}{_n(r, 9)}", f"W{_n(r, 8)}",
                     f"{_pick(r, ('PL', 'TR', 'BR', 'IS', 'VN'))}/TRV/{_n(r, 7)}",
                         f"{_n(r, 1)} {_n(r, 3)} {_n(r, 6)} {_n(r, 4)}",
                     f"GTI-{_n(r, 6)}-{_n(r, 2)}", f"{_n(r, 5)}", f"{L3()}-{_n(r, 7)}-A"])


def _license_foreign(r: random.Random, code: str) -> str:
    if code == "vi":
        return f"{_n(r, 6)}/{_pick(r, ('HCM', 'DN', 'HN'))}-CCHN"
    if code == "br":
        return _pick(r, [_n(r, 6), f"{_n(r, 3)}.{_n(r, 3)}"])
    if code == "ng":
        return f"{_n(r, 5)}"
    if code == "ar":
        return _pick(r, [f"{_n(r, 2)}-R-{_n(r, 5)}", f"DHA-P-{_n(r, 7)}"])
    return _pick(r, [_n(r, 7), _n(r, 6), _n(r, 5)])


def _license(r: random.Random, kind: str = "any") -> str:
    forms = {
        "us": [f"{r.randint(100000, 299999)}", f"{_n(r, 7)}", f"{r.randint(2000, 9999)}{_n(r, 2)}",
            f"{_n(r, 6)}-{_n(r, 2)}"],
        "dea": [f"{_pick(r, ('A', 'B', 'F', 'M'))}{_pick(r, 'BCFKORW')}{_n(r, 7)}"],
        "dl": [f"S{_n(r, 8)}", f"{_pick(r, ('AB', 'KR', 'D0'))}{_n(r, 7)}", f"{_n(r, 11)}",
            f"{_n(r, 5)}/{_n(r, 2)}/{_n(r, 4)}"],
        "ems": [f"P-{_n(r, 5)}", f"EMT{_n(r, 6)}"],
    }
    if kind == "any":
        kind = _pick(r, tuple(forms))
    return _pick(r, forms[kind])


def _zip(r: random.Random) -> str:
    z = _pick(r, _US_ZIPS)
    return z if r.random() < 0.8 else f"{z}-{_n(r, 4)}"


def _us_street(r: random.Random) -> str:
    s = f"{r.randint(3, 2400)} {_pick(r, _US_STREETS)}"
    return s + _pick(r, ("", "", ", Apt 3B", " #2", ", Unit 4", f", Apt {r.randint(1, 40)}", " 2nd fl"))


def _street(r: random.Random, code: str | None) -> str:
    if code is None:
        return _us_street(r)
    a, b = r.randint(1, 240), r.randint(1, 60)
    forms = {
        "vi": [f"{a} {_pick(r, ('Lê Lợi', 'Trần Phú', 'Nguyễn Văn Linh', 'Hùng Vương', 'Bạch Đằng'))}",
               f"K{a}/{b} {_pick(r, ('Phan Chu Trinh', 'Hoàng Diệu', 'Ông Ích Khiêm'))}"],
        "pl": [f"ul. {_pick(r, ('Długa', 'Marszałkowska', 'Piłsudskiego', 'Źródlana', 'Świętojańska', 'Kościuszki'))} "
               f"{a}/{b}",
               f"ul. {_pick(r, ('Wróblewskiego', 'Żeromskiego', 'Ogrodowa'))} {a} m. {b}", f"al. Grunwaldzka {a}"],
        "tr": [f"{_pick(r, ('Bağdat Cad.', 'Atatürk Bulvarı', 'Kıbrıs Şehitleri Cd.', 'Şehit Öğretmen Sk.'))} No:{a} "
               f"D:{b}",
               f"{_pick(r, ('Caferağa', 'Alsancak', 'Göztepe'))} Mah. Moda Cd. No: {a}/{b}"],
        "br": [f"Rua {_pick(r, ('Augusta', 'Dom Pedro II', 'Sete de Setembro', 'das Acácias', 'João Pessoa'))}, "
               f"{a * 7}",
               f"Av. {_pick(r, ('Ipiranga', 'Marechal Floriano Peixoto', 'Beira-Mar Norte'))}, {a * 5} - apto "
               f"{b * 10 + 2}"],
        "pt": [f"Rua {_pick(r, ('de Santa Catarina', 'da Sofia', 'Dr. António José de Almeida'))}, {a}, {b % 9 + 1}.º "
               f"Esq.",
               f"Avenida Fernão de Magalhães {a}"],
        "cz": [f"{_pick(r, ('Vinohradská', 'Husova', 'Žižkova', 'Masarykova', 'Palackého', 'Štefánikova'))} "
               f"{a * 9}/{b}"],
        "is": [f"{_pick(r, ('Laugavegur', 'Kirkjubraut', 'Hafnarstræti', 'Þingvallastræti', 'Aðalstræti'))} "
               f"{b}{_pick(r, ('', 'a', 'b'))}"],
        "ng": [f"{a} {_pick(r, ('Awolowo Road', 'Adeola Odeku Street', 'Ring Road', 'Oke-Ado Street'))}",
               f"Plot {a}, {_pick(r, ('Bódìjà Estate Road', 'Isale-Ake Close', 'Gbagada Phase 2'))}"],
        "ar": [f"Villa {a}, {_pick(r, ('Al Madinah Road', 'Prince Sultan Street', 'Al Jimi District Road'))}",
               f"Building {a}, {_pick(r, ('Rue Ibn Khaldoun', 'King Abdullah II Street'))}, Flat {b}"],
        "zh": [f"{a} {_pick(r, ('Wensan Road', 'Renmin South Road', 'Hubin Road', 'Zhongshan Road'))}, Unit "
               f"{b}-{r.randint(1, 30)}0{r.randint(1, 4)}"],
        "ru": [f"ul. {_pick(r, ('Lenina', 'Sovetskaya', 'Malysheva', 'Pushkina'))}, d. {a}, kv. {b}"],
        "es": [f"Calle {_pick(r, ('Mayor', 'de la Paz', 'Pintor Zuloaga', 'Ibaiondo'))} {a}, {b % 9 + 1}º B",
               f"Carrera {b}A # {a}-{r.randint(10, 99)}"],
        "ko": [f"{a} {_pick(r, ('Dongseong-ro', 'Jungang-daero', 'Geumnam-ro'))}, {b}0{r.randint(1, 9)}-ho"],
    }
    return _pick(r, forms[code])


def _age90(r: random.Random) -> str:
    return str(_pick(r, (90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104)))


def _young_age(r: random.Random) -> int:
    return r.randint(19, 88)


def _device_sn(r: random.Random) -> str:
    LL = lambda k: "".join(_pick(r, "ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(k))  # noqa: E731
    return _pick(r, [f"{LL(3)}{_n(r, 6)}{LL(1)}", f"{_n(r, 8)}", f"{_n(r, 2)}{LL(1)}{_n(r, 5)}", f"{LL(2)}-{_n(r, 7)}",
                     f"{_n(r, 7)}-{_n(r, 3)}", f"{LL(1)}{_n(r, 9)}"])


def _vehicle(r: random.Random, code: str | None) -> str:
    LL = lambda k: "".join(_pick(r, "ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(k))  # noqa: E731
    k = r.random()
    if code is not None and k < 0.35:
        return _ORIGINS[code]["plate"](r)
    if k < 0.55:
        return f"N{r.randint(10, 999)}{LL(2)}"  # US aircraft registration
    if k < 0.7:
        return _pick(r, [f"D-C{LL(3)}", f"OE-F{LL(2)}", f"TF-{LL(3)}", f"SP-{LL(3)}", f"TC-{LL(3)}", f"PR-{LL(3)}"])
    if k < 0.85:
        return _pick(r, [f"{r.randint(1, 9)}{LL(3)}{_n(r, 2)}", f"{_n(r, 3)} {LL(2)}{_n(r, 1)}", f"{LL(3)}-{_n(r, 4)}"])
    return f"{_pick(r, ('1HG', '2T1', '3VW', 'WVW', 'JTD'))}{LL(2)}{_n(r, 2)}{LL(1)}{_n(r, 2)}{LL(1)}{_n(r, 6)}"


def _aircraft(r: random.Random) -> str:
    LL = lambda k: "".join(_pick(r, "ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(k))  # noqa: E731
    return _pick(r, [f"N{r.randint(10, 999)}{LL(2)}", f"N{r.randint(1000, 9999)}{LL(1)}", f"D-C{LL(3)}", f"OE-F{LL(2)}",
                     f"TF-{LL(3)}", f"SP-{LL(3)}", f"TC-{LL(3)}", f"PR-{LL(3)}", f"HB-J{LL(2)}", f"C-G{LL(3)}"])


def _us_plate(r: random.Random) -> str:
    LL = lambda k: "".join(_pick(r, "ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(k))  # noqa: E731
    return _pick(r, [f"{r.randint(1, 9)}{LL(3)}{_n(r, 2)}", f"{_n(r, 3)} {LL(2)}{_n(r, 1)}", f"{LL(3)}-{_n(r, 4)}",
                     f"{r.randint(1, 9)}{LL(2)}{r.randint(1, 9)} {_n(r, 3)}"])


def _town(r: random.Random, code: str | None) -> str:
    if code is None:
        return _pick(r, _US_TOWNS)
    return _pick(r, _ORIGINS[code]["towns"])


def _org(r: random.Random, code: str | None, what: str = "hospital") -> str:
    if code is None:
        return _pick(r, _US_ORGS[what] if what in _US_ORGS else _US_ORGS["hospital"])
    key = {"hospital": "hospitals", "insurer": "insurers", "employer": "employers"}.get(what, "hospitals")
    if what in ("air", "interp", "funeral", "assist"):
        return _pick(r, _US_ORGS[what])
    return _pick(r, _ORIGINS[code][key])


_US_ORGS = {
    "hospital": ("Fenwick Memorial Hospital", "St. Brendan's Medical Center", "Charlesview Rehabilitation Hospital",
                 "Harborside Dialysis Center", "Merrimack Valley Cardiology Associates", "Quabbin Family Practice",
                 "North Shore Sisters of Mercy Hospital", "Pioneer Valley Orthopedic Group"),
    "air": ("Polar Star Aeromedical", "Atlantic MedJet LLC", "Skybridge Medical Flight", "AeroMed Repatriation Ltd",
            "Nordlys Air Ambulance AS", "Condor Vital Evac"),
    "interp": ("LinguaBridge Interpreting", "Cortex Language Partners", "Babel Health Interpreters Inc.",
               "Voz Clara Language Services"),
    "funeral": ("Dolan & Sons Funeral Home", "Rosewood Memorial Chapel", "Keohane Funeral Service",
                "International Mortuary Shipping Co."),
    "assist": ("Vitalis Assistance GmbH", "Global Lifeline Assistance", "Euro-Alarm Hilfsdienst GmbH",
               "MedAssist Worldwide SARL", "Aquila Care Assistance"),
    "employer": ("Boston Harbor Seafood Co.", "Greater Lowell Technical High School",
        "Northeastern Shipbuilding Corp."),
    "insurer": ("Tri-Valley Health Plan", "Bay Colony Health Partners"),
}


# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

_EPONYM_NAMES = (
    # scenarios
    "Marburg virus", "Lassa fever", "Rift Valley fever", "Crimean-Congo hemorrhagic fever", "Geneva score",
    "Westermark sign", "Hampton hump", "Brugada pattern", "Dressler syndrome", "McBurney point", "Rovsing sign",
    "Guillain-Barré syndrome", "Miller Fisher syndrome", "Budd-Chiari syndrome", "Wilson disease", "Gilbert syndrome",
    "Garden III", "Pauwels type II", "Zika virus", "West Nile virus", "Japanese encephalitis", "Ross River virus",
    "Pott disease", "Behçet disease", "Löfgren syndrome", "Chagas disease", "Romaña sign", "Norwalk-like virus",
    "Mallory-Weiss tear",
    # history, examination and outside diagnoses
    "Hashimoto thyroiditis", "Sjögren syndrome", "Ménière disease", "Crohn disease", "Takayasu arteritis",
    "Sudeck atrophy", "Kienböck disease", "Henoch-Schönlein purpura", "Kawasaki disease", "Lyme disease",
    "Whipple procedure", "Nissen fundoplication", "Roux-en-Y", "Kikuchi-Fujimoto disease", "Coxsackie B",
    "Virchow node", "Osler nodes", "Janeway lesions", "Trousseau sign", "Kussmaul respirations", "Lasègue sign",
    "Murphy sign", "Chvostek sign", "Schatzki ring", "Zenker diverticulum", "Hill-Sachs lesion", "Weber B fracture",
    "Salter-Harris II", "Lisfranc injury", "Pancoast tumor", "Löffler syndrome", "Ann Arbor stage II",
    "Lugano classification", "Sydney system", "Montreal classification", "Los Angeles grade B",
    "Bethesda category IV", "Atlanta classification", "Tokyo Guidelines", "Milan criteria", "Ottawa ankle rules",
    "Stanford type B", "Berlin definition",
    # radiology
    "Ghon focus", "Ranke complex", "Kerley B lines", "Fleischner Society criteria", "Couinaud segment VII",
    "Bosniak IIF", "Morison pouch", "Bochdalek hernia", "Virchow-Robin spaces", "Chiari I malformation",
    "Fahr calcifications", "Wernicke encephalopathy", "Schmorl nodes", "Modic type 1", "Rotterdam CT score",
    "Glasgow Coma Scale", "Baker cyst", "May-Thurner", "Mönckeberg sclerosis", "Segond fracture", "Pellegrini-Stieda",
    "Ottawa knee rule",
)
_DRUG_BRANDS = (
    "Nolotil", "Novalgin", "Buscopan", "Dafalgan", "Doliprane", "Augmentin", "Ciprobay", "Voltaren", "Coartem",
    "Malarone", "Riamet", "Xarelto", "Eliquis", "Keppra", "Lantus", "Clexane", "Fraxiparine", "Sintrom", "Marevan",
    "Plavix", "Brilique", "Tavanic", "Rocephin", "Zinnat", "Concor", "Controloc", "Euthyrox", "Glucophage", "Tramal",
    "Stamaril", "Ixiaro", "Vivotif", "Typhim Vi", "Qdenga", "Dukoral",
)
_CONTRAST = ("Omnipaque 350", "Visipaque 320", "Gadovist", "Dotarem", "Iomeron 400", "Ultravist 370")
_DEVICE_BRANDS = (
    "Medtronic Azure XT DR", "Biotronik Edora 8 DR-T", "Abbott Assurity MRI", "Boston Scientific Accolade",
    "Zimmer NexGen", "Stryker Triathlon", "Synthes LCP", "Inogen One G5", "Philips SimplyGo",
    "Dräger Oxylog 3000 plus", "Hamilton-T1", "LUCAS 3", "Zoll X Series", "Lifepak 15",
)
_SCANNERS = ("Siemens SOMATOM Definition AS+", "GE Revolution CT", "Philips Ingenia 1.5T", "Canon Aquilion ONE",
             "Siemens MAGNETOM Vida")
_VIEWERS = ("RadiAnt DICOM Viewer", "Weasis 4.2.1", "Horos")
EPONYMS_AND_BRANDS = _EPONYM_NAMES + _DRUG_BRANDS + _CONTRAST + _DEVICE_BRANDS + _SCANNERS + _VIEWERS

_HOTLINES = ("1-800-222-1222", "1-888-407-4747", "770-488-7788", "1-800-232-4636", "202-501-4444",
             "1-800-375-5283")
_PUBLIC_SITES = ("travel.state.gov", "www.uscis.gov", "www.cdc.gov/travel", "www.who.int", "www.iata.org",
                 "i94.cbp.dhs.gov", "www.faa.gov", "www.mass.gov")
_PUBLIC_BODIES = ("USCIS", "U.S. Customs and Border Protection", "U.S. Department of State", "CDC",
                  "World Health Organization", "Aerospace Medical Association", "IATA", "Massachusetts DPH", "CMS")
_DEPTS = ("International Patient Services", "Interpreter Services", "Case Management", "Patient Financial Services",
          "Social Work", "Film Library", "Health Information Management", "Spiritual Care", "Decedent Affairs",
          "Admitting Office", "Language Access Program", "Radiology Image Import Desk")
_FLIGHTS = ("TK 81", "LO 7", "TP 218", "FI 631", "LH 424", "QR 743", "EK 237", "AF 334", "KE 86", "SV 35",
            "CA 981", "IB 6251", "LA 8180", "AT 200")
_FLIGHT_PAIRS = (("Turkish Airlines", "TK 81"), ("LOT Polish Airlines", "LO 7"), ("TAP Air Portugal", "TP 218"),
                 ("Icelandair", "FI 631"), ("Lufthansa", "LH 424"), ("Qatar Airways", "QR 743"), ("Emirates", "EK 237"),
                 ("Air France", "AF 334"), ("Korean Air", "KE 86"), ("Saudia", "SV 35"), ("Air China", "CA 981"),
                 ("Iberia", "IB 6251"), ("LATAM", "LA 8180"), ("Royal Air Maroc", "AT 200"))
_AIRLINES = ("Turkish Airlines", "LOT Polish Airlines", "TAP Air Portugal", "Icelandair", "Lufthansa",
             "Qatar Airways", "Emirates", "Air France", "Korean Air", "Saudia", "Air China", "Iberia")
_ICD = ("B50.9", "I26.99", "J18.9", "S72.001A", "A90", "I21.4", "K80.10", "C34.11", "N18.6", "A01.00", "T79.7XXA",
        "I82.411", "J93.11", "S06.5X0A", "K85.90")
_CPT = ("CPT 71046", "CPT 74177", "CPT 76377", "CPT 99255", "CPT 93971", "CPT 70551", "CPT 76140")
_SCORES = ("GCS 15", "NIHSS 3", "CURB-65 of 2", "Wells score 4.5", "qSOFA 1", "MELD-Na 17", "Child-Pugh B7",
           "CHA2DS2-VASc 4", "HAS-BLED 2", "BI-RADS 3", "LI-RADS 4", "TI-RADS 3", "Lung-RADS 2", "PESI class III",
           "mRS 2", "ECOG 1", "Caprini 6")
_SOFTWARE = ("syngo.via VB60A", "PACS v12.4.1", "Visage 7.1.18", "Epic Rover 9.4", "OsiriX MD 13.0.2",
             "Orthanc 1.12.3", "PowerScribe One 2024.2")
_STATES = ("Massachusetts", "New Hampshire", "Rhode Island", "Florida", "New York", "Texas", "California", "Illinois")


def _lot(r: random.Random) -> str:
    return f"LOT {r.randint(1, 9)}{_pick(r, 'ABCFHKX')}{_n(r, 2)}{_pick(r, 'KLMRT')}{r.randint(1, 9)}"


def _ndc(r: random.Random) -> str:
    return f"NDC {_n(r, 5)}-{_n(r, 3)}-{_n(r, 2)}"


def _ref(r: random.Random) -> str:
    return f"REF {_pick(r, ('5076-52', '5510-F-401', 'W1DR01', '394969', '6935M-62', '71461-02', 'LCP-3.5-8H'))}"


def _gtin(r: random.Random) -> str:
    return f"(01)0{_n(r, 13)}"


def _exp(r: random.Random) -> str:
    y, m, dd = r.randint(2025, 2030), r.randint(1, 12), r.randint(1, 28)
    return _pick(r, [f"EXP {y}-{_d2(m)}-{_d2(dd)}", f"Exp. {_d2(m)}/{y}", f"expiry {_d2(dd)}.{_d2(m)}.{y}",
                     f"EXP {_d2(m)}/{_d2(dd)}/{y}", f"use by {y}-{_d2(m)}"])


def _bare_year(r: random.Random) -> str:
    y = r.randint(1968, 2024)
    return _pick(r, [f"in {y}", f"since {y}", f"emigrated {y}", f"({y})", f"diagnosed {y}", f"around {y}"])


def _young_age_phrase(r: random.Random) -> str:
    a = _young_age(r)
    return _pick(r, [f"{a} year old", f"{a}-year-old", f"{a} y/o", f"{a} yo"])


_LOOK: dict[str, Callable[[random.Random, _Doc], str]] = {
    "D": lambda r, d: _pick(r, _DRUG_BRANDS),
    "X": lambda r, d: _pick(r, _CONTRAST),
    "V": lambda r, d: _pick(r, _DEVICE_BRANDS),
    "SCN": lambda r, d: _pick(r, _SCANNERS),
    "VWR": lambda r, d: _pick(r, _VIEWERS),
    "VO": lambda r, d: _pick(r, ("Zimmer NexGen", "Stryker Triathlon")),
    "FLT": lambda r, d: " flight ".join(_pick(r, _FLIGHT_PAIRS)),
    "WEBT": lambda r, d: _pick(r, ("www.cdc.gov/travel", "www.who.int")),
    "WEBV": lambda r, d: _pick(r, ("travel.state.gov", "www.uscis.gov", "i94.cbp.dhs.gov")),
    "OB": lambda r, d: _pick(r, _ORIGINS[d.origin]["brands"]),
    "SC": lambda r, d: _pick(r, _SCORES),
    "SD": lambda r, d: str(_sdate(r)),
    "ICD": lambda r, d: _pick(r, _ICD),
    "CPT": lambda r, d: _pick(r, _CPT),
    "NDC": lambda r, d: _ndc(r),
    "LOT": lambda r, d: _lot(r),
    "REF": lambda r, d: _ref(r),
    "GTIN": lambda r, d: _gtin(r),
    "EXP": lambda r, d: _exp(r),
    "SW": lambda r, d: _pick(r, _SOFTWARE),
    "HL": lambda r, d: _pick(r, _HOTLINES),
    "WEB": lambda r, d: _pick(r, _PUBLIC_SITES),
    "PB": lambda r, d: _pick(r, _PUBLIC_BODIES),
    "DEP": lambda r, d: _pick(r, _DEPTS),
    "FL": lambda r, d: _pick(r, _FLIGHTS),
    "AIR": lambda r, d: _pick(r, _AIRLINES),
    "CTRY": lambda r, d: _pick(r, _ORIGINS[d.origin]["countries"]),
    "LANG": lambda r, d: _ORIGINS[d.origin]["lang"],
    "ST": lambda r, d: _pick(r, _STATES),
    "YR": lambda r, d: _bare_year(r),
    "AGE": lambda r, d: _young_age_phrase(r),
}
_TOKEN_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _tpl_items(d: _Doc, s: str) -> list[Item]:
    """Expand ``{E}``-style tokens into look-alikes."""
    out: list[Item] = []
    pos = 0
    while True:
        a = s.find("{", pos)
        if a < 0:
            break
        b = s.find("}", a)
        key = s[a + 1:b]
        if a > pos:
            out.append(s[pos:a])
        if key.startswith("="):
            out.append(L(key[1:]))
        elif key in _CTX_TOKENS:
            pool = d.ctx[_CTX_TOKENS[key]]
            fresh = [x for x in pool if x not in out] or list(pool)
            out.append(L(_pick(d.r, fresh)))
        elif key in _NESTED:
            out.extend(_tpl_items(d, _pick(d.r, _NESTED[key])))
        elif key in _LOOK:
            v = _LOOK[key](d.r, d)
            for _ in range(6):
                if v not in out:
                    break
                v = _LOOK[key](d.r, d)
            out.append(L(v))
        else:
            raise ValueError(f"bad token in template: {s[a:a + 12]!r}")
        pos = b + 1
    if pos < len(s):
        out.append(s[pos:])
    return out


_CTX_TOKENS = {"sE": "ep", "sS": "sc", "sI": "icd", "eE": "ep"}
_NESTED: dict[str, tuple[str, ...]] = {}


def _t(d: _Doc, s: str) -> None:
    d.w(*_tpl_items(d, s))


def _consulate(d: _Doc) -> L:
    c = _ORIGINS[d.origin]["countries"][0]
    return L(_pick(d.r, [f"Consulate General of {c}", f"Embassy of {c}", f"{c} consulate",
        f"Consular Section, Embassy of {c}"]))


# --------------------------------------------------------------------------------------------------
# Free-standing plants: used for categories a document's own slots did not take
# --------------------------------------------------------------------------------------------------

def S(cat: str, value: str) -> tuple[str, str]:
    return (value, cat)


def _rel(r: random.Random) -> str:
    return _pick(r, ("daughter", "son", "wife", "husband", "brother", "sister", "niece", "nephew", "cousin",
                     "daughter-in-law", "grandson", "mother"))


def _sn_phone(d: _Doc) -> list[Item]:
    r, c = d.r, d.origin
    v = S("PHONE", _phone(r, c))
    return _pick(r, [
        [f"{_rel(r).capitalize()} (abroad) asks for updates by WhatsApp: ", v, ".\n\n"],
        ["| Emergency contact abroad | ___ | ", v, " |\n\n"],
        ["Callback number left with the operator -- ", v, " (home, ", L(_pick(r, _ORIGINS[c]["countries"])), ").\n\n"],
        ["Pt's US prepaid cell: ", v, "; roaming SIM no longer works.\n\n"],
        ["Addendum: family's new number is ", v, " (the old one is disconnected).\n\n"],
        ["Tel.", " " if r.random() < 0.5 else "", v, "  (", L(_ORIGINS[c]["lang"]), " speaker; use interpreter)\n\n"],
        [f"Spoke with {_rel(r)} at\n", v, " with the telephone interpreter conferenced in.\n\n"],
    ])


def _sn_fax(d: _Doc) -> list[Item]:
    r = d.r
    v = S("FAX", _phone(r, d.origin if r.random() < 0.6 else None))
    return _pick(r, [
        ["Records requested from the outside hospital; please fax to ", v, ".\n\n"],
        ["FAX COVER -- TO: ___   FAX#: ", v, "   FROM: ", L(_pick(r, _DEPTS)), "   PAGES: 4\n\n"],
        ["Outside report arrived by fax (", v, ") at 16:40, in ", L(_ORIGINS[d.origin]["lang"]), ".\n\n"],
        ["Fx ", v, " (assistance company medical desk)\n\n"],
        ["Fax: ", v, " -- confirmation sheet scanned to Media.\n\n"],
    ])


def _sn_pager(d: _Doc) -> list[Item]:
    r = d.r
    v = S("PAGER", _pager(r))
    return _pick(r, [
        ["Questions: page the covering resident at ", v, ".\n\n"],
        ["After hours the on-call interpreter coordinator carries pager ", v, ".\n\n"],
        ["Signed ___, MD  p", v, "\n\n"],
        ["Beeper #", v, " (IPS coordinator on call)\n\n"],
        ["Please page ", v, " when the family arrives.\n\n"],
    ])


def _sn_email(d: _Doc) -> list[Item]:
    r = d.r
    v = S("EMAIL", _email(r, d.origin) if r.random() < 0.75 else _org_email(r))
    return _pick(r, [
        ["Family prefers e-mail updates in ", L(_ORIGINS[d.origin]["lang"]), ": ", v, ".\n\n"],
        ["Outside records were sent from ", v, "; attachments saved to the Media tab.\n\n"],
        ["Cc: ", v, "\n\n"],
        ["E-mail: <", v, ">\n\n"],
        ["Reply to ", v, " with the discharge summary (translated).\n\n"],
    ])


def _sn_url(d: _Doc) -> list[Item]:
    r = d.r
    v = S("URL", _url(r, d.origin))
    return _pick(r, [
        ["Family set up a fundraising page for the medical flight: ", v, "\n\n"],
        ["Outside images available via link ", v, " (link expires in 7 days).\n\n"],
        ["Case page: ", v, "\n\n"],
        ["Per the son, updates are posted at\n", v, " -- staff asked not to comment there.\n\n"],
    ])


def _sn_ip(d: _Doc) -> list[Item]:
    r = d.r
    v = S("IP_ADDRESS", _ip(r))
    return _pick(r, [
        ["VRI session log: video interpreter connected from ", v, ", duration 00:41:12.\n\n"],
        ["Video call with family abroad (connection from ", v, ") dropped twice.\n\n"],
        ["DICOM C-STORE from ", v, ":104 accepted, 412 images.\n\n"],
        ["Remote viewer login from ", v, " flagged by IT and approved.\n\n"],
    ])


def _sn_ssn(d: _Doc) -> list[Item]:
    r = d.r
    v = S("SSN", _ssn(r))
    return _pick(r, [
        ["Guarantor (son, US citizen): ___, SSN ", v, ".\n\n"],
        ["Registration: pt has SSN ", v, " from a prior work visa; Medicare not active.\n\n"],
        ["| SSN | ", v, " |\n\n"],
        ["Soc. Sec. #: ", v, " (sponsor)\n\n"],
    ])


def _sn_mrn(d: _Doc) -> list[Item]:
    r, c = d.r, d.origin
    if r.random() < 0.5:
        v = S("MRN", _mrn_us(r))
        return _pick(r, [["Prior admission here under MRN ", v, " (merged).\n\n"],
                         ["Unit No.: ", v, "\n\n"], ["(old record #", v, ")\n\n"]])
    v = S("MRN", _mrn_foreign(r, c))
    return [f"{_pick(r, _ORIGINS[c]['mrn_cue'])} ", v, " -- outside record, copy in Media.\n\n"]


def _sn_account(d: _Doc) -> list[Item]:
    r = d.r
    return _pick(r, [
        ["Billing: self-pay international account ", S("ACCOUNT", _account(r, "acct")), "; deposit posted.\n\n"],
        ["Claim # ", S("ACCOUNT", _account(r, "claim")), " submitted to the travel insurer.\n\n"],
        ["Accession ", S("ACCOUNT", _account(r, "acc")), " (outside CT import).\n\n"],
        ["Encounter no.: ", S("ACCOUNT", _account(r, "enc")), "\n\n"],
        ["Specimen ", S("ACCOUNT", _account(r, "spec")), " sent for thick and thin smears.\n\n"],
        ["Order #", S("ACCOUNT", _account(r, "order")), " (interpreter, in person, 09:00)\n\n"],
    ])


def _sn_plan(d: _Doc) -> list[Item]:
    r = d.r
    v = S("HEALTH_PLAN", _plan(r))
    return _pick(r, [
        ["Travel policy no. ", v, "; 24-h assistance number is on the card (scanned).\n\n"],
        ["Member ID ", v, " (international plan), group ___.\n\n"],
        ["Insurance card: ", L(_pick(r, _ORIGINS[d.origin]["countries"])), " plan, card number ", v, ".\n\n"],
        ["Subscriber ID: ", v, "\n\n"],
    ])


def _sn_license(d: _Doc) -> list[Item]:
    r, c = d.r, d.origin
    return _pick(r, [
        ["Outside physician's registration ", f"{_pick(r, _ORIGINS[c]['lic_cue'])} ", S("LICENSE", _license_foreign(r,
            c)),
         " checked against the national register.\n\n"],
        ["ID presented at registration: foreign driver's licence ", S("LICENSE", _license(r, "dl")), ".\n\n"],
        ["Escort RN, license ", S("LICENSE", _license(r, "us")), " (", L(_pick(r, _STATES)), ").\n\n"],
        ["DEA# ", S("LICENSE", _license(r, "dea")), "\n\n"],
        ["Paramedic escort cert. ", S("LICENSE", _license(r, "ems")), "\n\n"],
    ])


def _sn_zip(d: _Doc) -> list[Item]:
    r = d.r
    v = S("ZIP", _zip(r))
    return _pick(r, [
        ["Local address while in the US: ___, ___, MA ", v, ".\n\n"],
        ["Hotel near the hospital (ZIP ", v, ") booked by ", L(_pick(r, _DEPTS)), ".\n\n"],
        ["Mailing ZIP for bills: ", v, " (son's home).\n\n"],
        ["Zip code ", v, "\n\n"],
    ])


def _sn_street(d: _Doc) -> list[Item]:
    r, c = d.r, d.origin
    if r.random() < 0.5:
        return _pick(r, [["Staying with a cousin at ", S("STREET_ADDRESS", _us_street(r)), ", ___.\n\n"],
                         ["Discharge address (temporary): ", S("STREET_ADDRESS", _us_street(r)), "\n\n"]])
    return _pick(r, [["Home address abroad: ", S("STREET_ADDRESS", _street(r, c)), ", ___ ___, ",
                      L(_pick(r, _ORIGINS[c]["countries"])), ".\n\n"],
                     ["Address for the repatriation paperwork: ", S("STREET_ADDRESS", _street(r, c)), "\n\n"]])


def _sn_date(d: _Doc) -> list[Item]:
    r, c = d.r, d.origin
    return _pick(r, [
        ["Per outside records, prior surgery on ", S("DATE_REAL_YEAR", _rdate(r, c, 1990, 2029)), ".\n\n"],
        ["DOB (passport): ", S("DATE_REAL_YEAR", _rdate(r, c, 1925, 2004)), "\n\n"],
        ["Last dose of ", L(_pick(r, _DRUG_BRANDS[-6:])), " documented ", S("DATE_REAL_YEAR", _rdate(r, c, 2000, 2029)),
         " in the vaccination booklet.\n\n"],
        ["Entered the US on ", S("DATE_REAL_YEAR", _rdate(r, c, 2000, 2029)), " per the I-94 printout.\n\n"],
    ])


def _sn_age(d: _Doc) -> list[Item]:
    r = d.r
    v = S("AGE_OVER_89", _age90(r))
    return _pick(r, [
        ["Grandmother, ", v, " years old, lives with the patient abroad.\n\n"],
        ["Pt is ", v, " y/o per passport.\n\n"],
        ["Age: ", v, "\n\n"],
        ["Mother (", v, " yo) could not travel.\n\n"],
    ])


def _sn_device(d: _Doc) -> list[Item]:
    r = d.r
    v = S("DEVICE_ID", _device_sn(r))
    return _pick(r, [
        ["Pacemaker implanted abroad (", L(_pick(r, _DEVICE_BRANDS[:4])), "), SN ", v, " per implant card.\n\n"],
        ["Portable O2 concentrator for the flight (", L(_pick(r, ("Inogen One G5", "Philips SimplyGo"))), "), serial ",
            v, ".\n\n"],
        ["UDI ", L(_gtin(r)), "(17)", L(f"{r.randint(26, 30)}{_d2(r.randint(1, 12))}31"), "(10)", L(_lot(r)[4:]),
            "(21)", v, "\n\n"],
        ["Implant card: S/N ", v, ", ", L(_ref(r)), "\n\n"],
    ])


def _sn_vehicle(d: _Doc) -> list[Item]:
    r = d.r
    v = S("VEHICLE_ID", _vehicle(r, d.origin))
    return _pick(r, [
        ["Family's rental car (plate ", v, ") parked in the garage; ticket validated.\n\n"],
        ["Arrived by ambulance, vehicle ", v, ".\n\n"],
        ["Air ambulance ", S("VEHICLE_ID", _aircraft(r)), " (Learjet 45) on the ramp at 06:10.\n\n"],
        ["Plate: ", v, "\n\n"],
    ])


def _sn_person(d: _Doc) -> list[Item]:
    r, c = d.r, d.origin
    return _pick(r, [
        ["Interpreter: ", S("PERSON", _person(r, c)), ", ", L(_ORIGINS[c]["lang"]), ".\n\n"],
        [f"{_rel(r).capitalize()} ", S("PERSON", _person(r, c)), " is the health care proxy.\n\n"],
        [f"Discussed with {_pick(r, _TITLES[c])} ", S("PERSON", _person(r, c)), " (referring physician abroad).\n\n"],
        ["Seen with ", S("PERSON", _staff(r)), ", RN.\n\n"],
        ["-- ", S("PERSON", _staff(r)), ", LICSW\n\n"],
    ])


def _sn_location(d: _Doc) -> list[Item]:
    r, c = d.r, d.origin
    if r.random() < 0.3:
        return ["Home postcode ", S("LOCATION", _postcode(r, c)), " (", L(_pick(r, _ORIGINS[c]["countries"])), ").\n\n"]
    return _pick(r, [
        ["Pt is from ", S("LOCATION", _town(r, c)), ", ", L(_pick(r, _ORIGINS[c]["countries"])), ".\n\n"],
        ["Family will fly in from ", S("LOCATION", _town(r, c)), " on Thursday.\n\n"],
        ["Staying with relatives in ", S("LOCATION", _town(r, None)), " until the flight home.\n\n"],
    ])


def _sn_org(d: _Doc) -> list[Item]:
    r, c = d.r, d.origin
    return _pick(r, [
        ["Transferred from ", S("ORGANIZATION", _org(r, c)), " by commercial stretcher.\n\n"],
        ["Records from ", S("ORGANIZATION", _org(r, c)), " received and reviewed.\n\n"],
        ["Works at ", S("ORGANIZATION", _org(r, c, "employer")), ".\n\n"],
        ["Interpreter agency: ", S("ORGANIZATION", _org(r, c, "interp")), "\n\n"],
        ["Case handled by ", S("ORGANIZATION", _org(r, c, "assist")), " on behalf of the insurer.\n\n"],
    ])


_SNIPS: dict[str, Callable[[_Doc], list[Item]]] = {
    "PHONE": _sn_phone, "FAX": _sn_fax, "PAGER": _sn_pager, "EMAIL": _sn_email, "URL": _sn_url,
    "IP_ADDRESS": _sn_ip, "SSN": _sn_ssn, "MRN": _sn_mrn, "ACCOUNT": _sn_account, "HEALTH_PLAN": _sn_plan,
    "LICENSE": _sn_license, "ZIP": _sn_zip, "STREET_ADDRESS": _sn_street, "DATE_REAL_YEAR": _sn_date,
    "AGE_OVER_89": _sn_age, "DEVICE_ID": _sn_device, "VEHICLE_ID": _sn_vehicle, "PERSON": _sn_person,
    "LOCATION": _sn_location, "ORGANIZATION": _sn_org,
}


# --------------------------------------------------------------------------------------------------
# Shared note pieces
# --------------------------------------------------------------------------------------------------

_DRUG_POOLS = {
    "DA": ("Xarelto", "Eliquis", "Clexane", "Fraxiparine", "Sintrom", "Marevan"),
    "DM": ("Coartem", "Malarone", "Riamet"),
    "DV": ("Stamaril", "Ixiaro", "Vivotif", "Typhim Vi", "Qdenga", "Dukoral"),
    "DN": ("Nolotil", "Novalgin", "Dafalgan", "Doliprane", "Tramal", "Voltaren", "Buscopan"),
    "DB": ("Augmentin", "Ciprobay", "Tavanic", "Rocephin", "Zinnat"),
    "DC": ("Plavix", "Brilique", "Concor"),
    "DO": ("Keppra", "Lantus", "Controloc", "Euthyrox", "Glucophage"),
}
for _k, _pool in _DRUG_POOLS.items():
    _LOOK[_k] = (lambda pool: (lambda r, d: _pick(r, pool)))(_pool)

_SCEN = (
    dict(service="MEDICINE", cc="fever, rigors and headache after travel",
         hpi="developed fevers to 39.6 C, rigors and headache five days after arriving on {FLT}. The patient "
             "took no chemoprophylaxis and was treated for malaria {YR}. No contact with suspected {sE} cases.",
         course="Thin smear showed Plasmodium falciparum, 2.4% parasitemia. IV artesunate was started after a call to "
                "the CDC malaria hotline ({=770-488-7788}), then oral {DM} to complete therapy. Parasitemia cleared by "
                "day 3. Kept on telemetry for QTc monitoring ({sS}).",
         dx="Plasmodium falciparum malaria ({sI})", icd=("B50.9", "B50.8"), sc=("qSOFA 1", "GCS 15"),
         ep=("Marburg virus", "Lassa fever", "Rift Valley fever", "Crimean-Congo hemorrhagic fever")),
    dict(service="MEDICINE", cc="right leg swelling and dyspnea after a long-haul flight",
         hpi="noticed right calf swelling after an 11-hour flight ({FL}) and two days later pleuritic chest pain; "
             "{sS}, revised {=Geneva score} intermediate. Took {DN} brought from home for the pain.",
         course="CTA chest showed bilateral segmental emboli without right heart strain; the admission film had shown "
                "no {sE}. Started on heparin, transitioned to {DA} before discharge; the dosing was given in writing "
                "for the doctor at home.",
         dx="Acute pulmonary embolism ({sI}); provoked right popliteal DVT", icd=("I26.99", "I82.431"),
         sc=("Wells score 4.5", "PESI class III"), ep=("Westermark sign", "Hampton hump")),
    dict(service="CARDIOLOGY", cc="chest pain on the second day of a family visit",
         hpi="had substernal pressure radiating to the jaw while walking. Stent to the LAD placed abroad {YR}; on {DC} "
             "and atorvastatin. EKG with 1 mm ST depression V4-V6; no {sE}.",
         course="Troponin peaked at 2.1. Catheterization showed in-stent restenosis, treated with a drug-eluting "
                "stent. "
                "Dual antiplatelet therapy with {DC}. Echo LVEF 50%. {sS}; no {sE} on follow-up EKG.",
         dx="NSTEMI ({sI}); in-stent restenosis of a foreign-placed LAD stent", icd=("I21.4",),
         sc=("CHA2DS2-VASc 4", "HAS-BLED 2"), ep=("Brugada pattern", "Dressler syndrome"),
         proc="cardiac catheterization, DES"),
    dict(service="SURGERY", cc="right lower quadrant pain",
         hpi="developed periumbilical pain migrating to the right lower quadrant over 24 h while on a medical-tourism "
             "trip for dental work; tender at {=McBurney point}, {=Rovsing sign} positive, {sS}. Took {DN} without "
             "relief.",
         course="CT showed acute uncomplicated appendicitis. Laparoscopic appendectomy on hospital day 1; {DB} for "
                "24 h. Diet advanced. Cleared to fly after 10 days per {=Aerospace Medical Association} guidance.",
         dx="Acute appendicitis ({sI})", icd=("K35.80",), sc=("Alvarado score 8",), ep=("McBurney point",),
         proc="laparoscopic appendectomy"),
    dict(service="NEUROLOGY", cc="ascending leg weakness",
         hpi="had a diarrheal illness on the trip here, then tingling of the feet and progressive leg weakness. "
             "Areflexic on exam; concern for {sE}.",
         course="LP with albuminocytologic dissociation. IVIG for 5 days; NIF and VC followed q6h, never below "
                "threshold. Walking with a walker at discharge ({sS}). {=Guillain-Barré syndrome}, AIDP variant.",
         dx="Guillain-Barré syndrome ({sI})", icd=("G61.0",), sc=("mRS 2", "Hughes grade 3"),
         ep=("Guillain-Barré syndrome", "Miller Fisher syndrome")),
    dict(service="MEDICINE", cc="jaundice and fatigue",
         hpi="noted dark urine and scleral icterus one week after arriving; ate street food on a stopover. The "
             "vaccination booklet lists {DV} but no hepatitis A series.",
         course="Hepatitis A IgM positive; INR peaked at 1.6 ({sS}). Doppler ultrasound without evidence of {sE}. "
                "Supportive care; household contacts abroad were advised to see their doctor. Reported to "
                "{=Massachusetts DPH}.",
         dx="Acute hepatitis A ({sI})", icd=("B15.9",), sc=("MELD-Na 17", "Child-Pugh B7"),
         ep=("Budd-Chiari syndrome", "Wilson disease", "Gilbert syndrome")),
    dict(service="ORTHOPAEDICS", cc="fall with left hip pain",
         hpi="tripped on the stairs at the daughter's house and could not bear weight. Lives independently abroad; "
             "uses "
             "{DN} for arthritis and {DA} for atrial fibrillation.",
         course="Left femoral neck fracture ({sE}) treated with hemiarthroplasty after reversal of anticoagulation. "
                "PT/OT: rehab before the flight home. {sS}.",
         dx="Left femoral neck fracture ({sI})", icd=("S72.001A", "S72.032A"), sc=("Caprini 6", "mRS 2"),
         ep=("Garden III", "Pauwels type II"), proc="left hip hemiarthroplasty"),
    dict(service="MEDICINE", cc="fever, rash and gum bleeding",
         hpi="returned from visiting relatives with fever, retro-orbital headache and a blanching rash. Platelets 38K "
             "on arrival. Had {DV} and {DV} before an earlier trip.",
         course="Dengue NS1 positive. Managed with fluids; platelets nadir 21K, recovered to 96K. No plasma leakage. "
                "{sE} and {sE} serologies sent to the state lab ({sS}).",
         dx="Dengue fever with warning signs ({sI})", icd=("A91", "A90"), sc=("qSOFA 1",),
         ep=("Zika virus", "West Nile virus", "Japanese encephalitis", "Ross River virus", "Chikungunya")),
    dict(service="MEDICINE", cc="cough, night sweats and weight loss",
         hpi="has had three months of cough and 8 kg weight loss; treated abroad with {DB} twice. BCG-vaccinated. "
             "A chest film abroad reportedly showed a cavity.",
         course="Airborne isolation. Sputum AFB smear positive x2, NAAT positive, rifampin resistance not detected. "
                "Started RIPE. Health department and the foreign TB program notified; {sE} excluded on spine "
                "MRI. {sS}.",
         dx="Pulmonary tuberculosis, smear positive ({sI})", icd=("A15.0",), sc=("ECOG 1",), ep=("Pott disease",)),
    dict(service="MEDICINE", cc="oral ulcers, red eye and leg lesions",
         hpi="has recurrent oral and genital ulcers since {YR}, now with a painful red eye and tender nodules on the "
             "shins. Treated at home with colchicine. Pathergy reportedly positive abroad.",
         course="Ophthalmology: anterior uveitis. Rheumatology agreed with {sE}; started prednisone and azathioprine. "
                "Erythema nodosum improving; {=Löfgren syndrome} considered and not supported (no hilar nodes). {sS}.",
         dx="Behçet disease with anterior uveitis ({sI})", icd=("M35.2",), sc=("ECOG 1",), ep=("Behçet disease",)),
    dict(service="CARDIOLOGY", cc="palpitations and syncope",
         hpi="from a rural area with a history of a positive serology for {sE}; syncope while shopping. No "
             "{=Romaña sign} "
             "history known to the family.",
         course="Telemetry with nonsustained VT. MRI: inferolateral LGE and apical aneurysm. ICD placed "
                "({=Boston Scientific Accolade} not used; dual-chamber ICD). {sS}. Benznidazole not started given "
                "chronic "
                "stage.", dx="Chagas cardiomyopathy ({sI})", icd=("B57.2",), sc=("CHA2DS2-VASc 4",),
         ep=("Chagas disease",), proc="ICD implantation"),
    dict(service="MEDICINE", cc="vomiting and diarrhea after a cruise",
         hpi="disembarked from a cruise with an outbreak of {sE} on board; profuse watery diarrhea and vomiting, "
             "lightheaded. Took {DN} and loperamide.",
         course="AKI (Cr 2.4) resolved with IV fluids. Stool PCR: norovirus. Contact precautions. No "
                "{=Mallory-Weiss tear} "
                "on EGD for a small hematemesis. {sS}.", dx="Norovirus gastroenteritis with AKI ({sI})",
         icd=("A08.11",), sc=("qSOFA 1",), ep=("Norwalk-like virus",)),
)

_PMH_EPONYMS = ("Hashimoto thyroiditis", "Sjögren syndrome", "Ménière disease", "Crohn disease", "Takayasu arteritis",
                "Sudeck atrophy", "Kienböck disease", "Henoch-Schönlein purpura", "Kawasaki disease", "Lyme disease",
                "Whipple procedure", "Nissen fundoplication", "Roux-en-Y gastric bypass", "Kikuchi-Fujimoto disease",
                "Coxsackie B myocarditis")
_EXAM_EPONYMS = ("no {=Virchow node}", "no {=Osler nodes} or {=Janeway lesions}", "{=Trousseau sign} negative",
                 "no {=Kussmaul respirations}", "{=Lasègue sign} negative", "{=Murphy sign} negative",
                 "{=Chvostek sign} negative")
_HX_EPONYMS = ("prior {=Mallory-Weiss tear}", "{=Schatzki ring} on a prior swallow study",
    "{=Zenker diverticulum} repaired",
               "old {=Hill-Sachs lesion}", "remote {=Weber B fracture}", "{=Salter-Harris II} fracture in childhood",
               "{=Lisfranc injury}", "{=Kikuchi-Fujimoto disease}", "{=Pancoast tumor} resected abroad",
               "{=Löffler syndrome} as a child")
_OUTSIDE_DX = (
    "Hodgkin lymphoma, {=Ann Arbor stage II}, restaged per the {=Lugano classification}",
    "chronic gastritis ({=Sydney system}: moderate activity), H. pylori positive",
    "{=Crohn disease}, {=Montreal classification} A2L3B1",
    "reflux esophagitis {=Los Angeles grade B}; {=Schatzki ring}",
    "thyroid nodule, FNA {=Bethesda category IV}; {=Hashimoto thyroiditis}",
    "acute pancreatitis, moderately severe per the revised {=Atlanta classification}",
    "acute cholangitis, grade II per the {=Tokyo Guidelines}",
    "hepatocellular carcinoma within the {=Milan criteria}",
    "ankle sprain; radiographs per the {=Ottawa ankle rules} negative",
    "viral myocarditis ({=Coxsackie B} IgM positive)",
    "{=Takayasu arteritis} on prednisolone",
    "{=Brugada pattern} on EKG, no ICD",
    "aortic dissection, {=Stanford type B}, managed medically",
    "ARDS by the {=Berlin definition}, ventilated 6 days",
    "{=Lyme disease} with erythema migrans, treated",
    "{=Sjögren syndrome}; {=Ménière disease}",
)


_TRAVEL_INFECTIONS = ("Lassa fever", "Marburg virus", "Rift Valley fever", "West Nile virus", "Japanese encephalitis",
                      "Zika virus", "Crimean-Congo hemorrhagic fever")
_NESTED.update(PEX=_EXAM_EPONYMS, HX=_HX_EPONYMS, ODX=_OUTSIDE_DX)
_LOOK["PMH"] = lambda r, d: _pick(r, _PMH_EPONYMS)
_LOOK["TRV"] = lambda r, d: _pick(r, _TRAVEL_INFECTIONS)
_LOOK["DLP"] = lambda r, d: f"{r.randint(620, 1480)} mGy-cm"


def _age_items(d: _Doc, p: float = 0.6) -> list[Item]:
    r = d.r
    suffix = _pick(r, (" year old", "-year-old", " y/o", " yo", " years old"))
    if d.want("AGE_OVER_89", p):
        return [S("AGE_OVER_89", _age90(r)), suffix]
    if r.random() < 0.55:
        return ["___" + suffix]
    return [L(f"{_young_age(r)}{suffix}")]


def _ds_header(d: _Doc, service: str, sex: str, p: float = 0.25) -> None:
    r, c = d.r, d.origin
    d.w("Name:  ", d.o("PERSON", lambda: _person(r, c), p), "                  Unit No:   ",
        d.o("MRN", lambda: _mrn_us(r), p), "\n\n")
    d.w("Admission Date:  ___              Discharge Date:   ___\n\n")
    d.w("Date of Birth:  ", d.o("DATE_REAL_YEAR", lambda: _rdate(r, c, 1925, 2004), p), "             Sex:   ", sex,
        "\n\n")
    d.w(f"Service: {service}\n\n")
    d.w("Allergies:\n", _pick(r, ("No Known Allergies / Adverse Drug Reactions", "Penicillins", "sulfa (per family)",
                                  "metamizole (agranulocytosis abroad)", "iodinated contrast")), "\n\n")
    d.w("Attending: ", d.o("PERSON", lambda: _staff(r), p * 0.6), ".\n\n")
    d.brk()


def _interp_line(d: _Doc, p: float = 0.5) -> None:
    r, c = d.r, d.origin
    mode = _pick(r, ("in person", "by video (VRI)", "by telephone", "in person, certified"))
    d.w("Interpreter: ", L(_ORIGINS[c]["lang"]), f", {mode}; ", d.o("PERSON", lambda: _person(r, c), p), ", ID# ___")
    if d.want("ORGANIZATION", p * 0.5):
        d.w(" (", S("ORGANIZATION", _org(r, c, "interp")), ")")
    d.w(".\n")


def _masked_block(d: _Doc) -> None:
    """Many masked fields: heavy notes, and the occasional normal note."""
    r = d.r
    rows = [
        "Patient (passport name): ___   Passport no.: ___   Nationality: ", "Local address: ___, ___, ___ ___",
        "Address abroad: ___, ___ ___", "Phone (US): ___   Phone (abroad): ___   WhatsApp: ___",
        "Emergency contact: ___ (___) ___", "Interpreter: ___ (ID ___), agency ___",
            "Insurer: ___  Policy: ___  Case: ___",
        "Referring physician: ___, ___", "Outside hospital: ___, ___   Record no.: ___", "E-mail: ___   Fax: ___",
        "Consulate contact: ___, tel ___", "Guarantor: ___   SSN: ___   Acct: ___",
    ]
    r.shuffle(rows)
    d.w("--- Registration / contacts (pasted) ---\n")
    for row in rows:
        if row.endswith("Nationality: "):
            d.w(row, L(_pick(r, _ORIGINS[d.origin]["countries"])), "\n")
        else:
            d.w(row, "\n")
    d.w("\n")
    d.brk()


def _signature(d: _Doc, role: str = "MD", p: float = 0.5) -> None:
    r = d.r
    d.w(_pick(r, ("Electronically signed by ", "Signed: ", "-- ", "")), d.o("PERSON", lambda: _staff(r), p),
        f", {role}")
    if d.want("PAGER", p * 0.6):
        d.w(_pick(r, ("  pager ", ", p", "  #")), S("PAGER", _pager(r)))
    d.w(_pick(r, ("\n", f" on {_sdate(r)} {r.randint(7, 22)}:{_d2(r.randint(0, 59))}\n")))


def _clinical_tail(d: _Doc, sc: dict, brief: bool = False) -> None:
    """Exam, results, course and discharge sections shared by discharge-type notes."""
    r = d.r
    d.w("Physical Exam:\n", f"T {r.randint(97, 103)}.{r.randint(0, 9)} HR {r.randint(58, 124)} "
        f"BP {r.randint(96, 168)}/{r.randint(52, 96)} RR {r.randint(12, 26)} O2Sat {r.randint(90, 100)}% RA\n")
    d.w(_pick(r, ("Gen: NAD, conversant via interpreter.\n", "Gen: uncomfortable, answers through interpreter.\n",
                  "General: frail, oriented x3 (assessed in native language).\n")))
    _t(d, "{PEX}; {PEX}.\n" if r.random() < 0.5 else "{PEX}.\n")
    d.w("\n")
    d.brk()
    if not brief:
        d.w("Pertinent Results:\n",
            f"WBC-{r.randint(3, 16)}.{r.randint(0, 9)} Hgb-{r.randint(8, 15)}.{r.randint(0, 9)} "
            f"Plt-{r.randint(20, 420)} Na-{r.randint(129, 145)} K-{r.randint(3, 5)}.{r.randint(0, 9)} "
            f"Cr-{r.randint(0, 2)}.{r.randint(1, 9)}\n")
        _t(d, _pick(r, ("Smear/antigen studies as below. {sS}.\n",
            "Imaging as per radiology; outside films reviewed.\n",
                        "Quantiferon pending at discharge.\n", "{sS} on admission.\n")))
        d.w("\n")
        d.brk()
    d.w("Brief Hospital Course:\n")
    _t(d, sc["course"] + "\n")
    _t(d, _pick(r, ("Daily updates were given through the {LANG} interpreter; teach-back confirmed understanding.\n",
                    "All counselling was done with a professional {LANG} interpreter; family members were not used "
                    "to interpret.\n",
                    "Written instructions were provided in {LANG} (translated by {DEP}).\n")))
    d.w("\n")
    d.brk()
    d.w("Discharge Diagnosis:\n")
    _t(d, sc["dx"] + "\n\n")
    d.brk()


def _b_interpreter_discharge(d: _Doc) -> None:
    r, c = d.r, d.origin
    sc = _pick(r, _SCEN)
    d.ctx = sc
    _ds_header(d, sc["service"], _pick(r, ("F", "M")))
    d.w("Chief Complaint:\n", sc["cc"], "\n\n")
    d.w("Major Surgical or Invasive Procedure:\n", sc.get("proc", "none"), "\n\n")
    d.brk()
    d.w("History of Present Illness:\n")
    _interp_line(d)
    d.w("Pt is a ", *_age_items(d), " ", L(_ORIGINS[c]["lang"]), "-speaking ",
        _pick(r, ("woman", "man", "patient")), " visiting from ")
    d.w(d.o("LOCATION", lambda: _town(r, c), 0.5), ", ", L(_pick(r, _ORIGINS[c]["countries"])), " who ")
    _t(d, sc["hpi"] + "\n")
    if r.random() < 0.6:
        d.w("Collateral from ", _rel(r), " ", d.o("PERSON", lambda: _person(r, c), 0.4), " (by phone from abroad")
        if d.want("PHONE", 0.4):
            d.w(", ", S("PHONE", _phone(r, c)))
        d.w(").\n")
    d.w("\n")
    d.brk()
    d.w("Past Medical History:\n")
    _t(d, _pick(r, ("HTN, DM2 on {=Glucophage}, hypothyroidism on {=Euthyrox}\n", "{PMH} diagnosed {YR}; HTN\n",
                    "AF on {DA}; CKD 3a; {HX}\n", "none known; records from home requested\n", "{PMH}; {HX}\n")))
    d.w("Medications brought from home (boxes in ", L(_ORIGINS[c]["lang"]), "): ")
    _t(d, _pick(r, ("{OB} 500 mg PRN, {=Nolotil} 575 mg TID, {=Euthyrox} 50 mcg daily\n",
                    "{OB} 1 g PRN, {=Concor} 5 mg daily\n", "{=Xarelto} 20 mg daily, {OB} PRN\n",
                    "{=Glucophage} 850 mg BID, {=Lantus} 18 units qHS, {=Controloc} 40 mg daily\n",
                    "{=Keppra} 500 mg BID, {=Sintrom} per INR, {OB} PRN\n")))
    d.w("\n")
    d.brk()
    d.w("Social History:\n")
    d.w("Lives in ", d.o("LOCATION", lambda: _town(r, c), 0.3), _pick(r, (" with spouse", " with two adult children",
        " alone")),
        "; works as ", _pick(r, ("a teacher", "an engineer", "a fisherman", "a nurse", "a shop owner", "a retiree")))
    if d.want("ORGANIZATION", 0.5):
        d.w(" (", S("ORGANIZATION", _org(r, c, "employer")), ")")
    _t(d, ". Arrived {SD}; return flight booked on {AIR}. ")
    d.w("Staying with family at ", d.o("STREET_ADDRESS", lambda: _us_street(r), 0.5), ", ",
        d.o("LOCATION", lambda: _town(r, None), 0.4), ", MA ", d.o("ZIP", lambda: _zip(r), 0.5), ".\n")
    _t(d, _pick(r, ("Never smoker. No alcohol.\n", "Smoked 20 pack-years, quit {YR}.\n", "Social alcohol.\n")))
    d.w("\n")
    d.brk()
    _clinical_tail(d, sc)
    d.w("Discharge Disposition:\n", _pick(r, ("Home With Service", "Home", "Extended Care")), "\n\n")
    d.w("Followup Instructions:\n")
    d.w("After return home follow up with ", _pick(r, _TITLES[c]), " ", d.o("PERSON", lambda: _person(r, c), 0.5),
        " at ", d.o("ORGANIZATION", lambda: _org(r, c), 0.5), "; summary to be faxed to ",
        d.o("FAX", lambda: _phone(r, c), 0.6), ".\n")
    _t(d, "Travel advice: {WEBT}. Poison control {=1-800-222-1222}.\n\n")
    d.brk()


def _b_interpreter_consent(d: _Doc) -> None:
    r, c = d.r, d.origin
    sc = _pick(r, _SCEN)
    d.ctx = sc
    _ds_header(d, sc["service"], _pick(r, ("F", "M")), 0.2)
    proc = _pick(r, ("PICC line placement", "transesophageal echocardiogram", "ERCP with possible sphincterotomy",
                     "blood transfusion", "lumbar puncture", "IR-guided liver abscess drainage",
                         "cardiac catheterization",
                     "bronchoscopy with BAL"))
    d.w("PROCEDURE CONSENT NOTE -- INTERPRETER-MEDIATED\n\n")
    d.w(f"Procedure: {proc}\n")
    d.w("Patient's preferred language: ", L(_ORIGINS[c]["lang"]), "; reads ", L(_ORIGINS[c]["lang"]), ": ",
        _pick(r, ("yes", "no", "a little")), "\n")
    _interp_line(d, 0.6)
    d.w("Participants: patient; ", _rel(r), " ", d.o("PERSON", lambda: _person(r, c), 0.5), " on speakerphone from ",
        d.o("LOCATION", lambda: _town(r, c), 0.5), ", ", L(_pick(r, _ORIGINS[c]["countries"])))
    if d.want("PHONE", 0.6):
        d.w(" at ", S("PHONE", _phone(r, c)))
    d.w("; ", d.o("PERSON", lambda: _staff(r), 0.3), ", RN (witness)\n\n")
    d.brk()
    d.w("Discussion:\n")
    _t(d, f"The indication for {proc}, its risks (bleeding, infection, damage to nearby structures, need for further "
          "procedures) and its alternatives, including no procedure, were explained sentence by sentence through the "
          "interpreter. The patient asked whether the procedure is done the same way at home and whether {DA} must be "
          "stopped; both questions were answered. Teach-back in {LANG}: patient restated the purpose and the main "
          "risks correctly.\n")
    if r.random() < 0.5:
        _t(d, "The patient first declined blood products, then accepted after discussion with family; documented on "
              "the {LANG}-language form (form HS-CONS rev 4.2).\n")
    d.w("Capacity: intact (assessed with the interpreter; ", L(f"MoCA {r.randint(24, 30)}/30"), " in ",
        L(_ORIGINS[c]["lang"]), ").\n\n")
    d.brk()
    d.w("Health care proxy: ", d.o("PERSON", lambda: _person(r, c), 0.5), " (", _rel(r), "), reachable at ",
        d.o("PHONE", lambda: _phone(r, c), 0.5), "\n")
    d.w("Alternate: ___ (lives in ", d.o("LOCATION", lambda: _town(r, c), 0.4), ")\n\n")
    d.brk()
    if r.random() < 0.7:
        d.w("Consent signed at ", f"{r.randint(8, 20)}:{_d2(r.randint(0, 59))}", " on ", _sdate(r),
            "; copy scanned. Interpreter attestation signed by the interpreter.\n\n")
        d.brk()
    _clinical_tail(d, sc, brief=True)
    _signature(d, "MD")
    d.w("\n")
    d.brk()


def _b_ipo_coordination(d: _Doc) -> None:
    r, c = d.r, d.origin
    d.ctx = _pick(r, _SCEN)
    _ds_header(d, _pick(r, ("ORTHOPAEDICS", "CARDIAC SURGERY", "MEDICINE", "SURGERY", "ONCOLOGY")), _pick(r, ("F",
        "M")), 0.2)
    proc = _pick(r, ("elective total knee arthroplasty", "mitral valve repair", "second-opinion oncology evaluation",
                     "Whipple procedure", "proton therapy consultation", "bariatric revision (Roux-en-Y)"))
    d.w(L(_pick(r, ("INTERNATIONAL PATIENT SERVICES", "INTERNATIONAL PATIENT OFFICE", "GLOBAL PATIENT SERVICES"))),
        " -- COORDINATION NOTE (pasted)\n\n")
    d.w("| Field                 | Detail\n")
    d.w("|-----------------------|----------------------------------\n")
    d.w("| Patient (as passport) | ", d.o("PERSON", lambda: _person(r, c), 0.5), "\n")
    d.w("| Passport no.          | ___\n")
    d.w("| Country of residence  | ", L(_pick(r, _ORIGINS[c]["countries"])), "\n")
    d.w("| Home address          | ", d.o("STREET_ADDRESS", lambda: _street(r, c), 0.5), "\n")
    d.w("| City / postcode       | ", d.o("LOCATION", lambda: _town(r, c), 0.5), " / ",
        d.o("LOCATION", lambda: _postcode(r, c), 0.4), "\n")
    d.w("| Phone abroad          | ", d.o("PHONE", lambda: _phone(r, c), 0.5), "\n")
    d.w("| Referring hospital    | ", d.o("ORGANIZATION", lambda: _org(r, c), 0.5), "\n")
    d.w("| Referring physician   | ", _pick(r, _TITLES[c]), " ", d.o("PERSON", lambda: _person(r, c), 0.4), "\n")
    d.w("| Payer                 | ", _pick(r, ("self-pay, deposit by wire", "embassy-sponsored",
        "employer-sponsored")))
    if d.want("ORGANIZATION", 0.5):
        d.w(" (", S("ORGANIZATION", _org(r, c, "insurer")), ")")
    d.w("\n| Language              | ", L(_ORIGINS[c]["lang"]), " (interpreter booked)\n\n")
    d.brk()
    d.w("Narrative:\n")
    _t(d, f"Inquiry received for {proc}. Cost estimate issued (USD {r.randint(18, 240)},{r.randint(100, 999)}); "
          "deposit confirmed by Patient Financial Services. Invitation letter for the B-2 visa issued at the "
          "family's request (visa guidance: {WEBV}). Arrival {SD}, {FLT}; airport pickup arranged. ")
    d.w("Self-pay account ", d.o("ACCOUNT", lambda: _account(r, "acct"), 0.5), ".\n")
    _t(d, "Pre-arrival records: outside imaging on disc (to the Film Library), echo, labs; medication list includes "
          "{OB} and {DO}.\n\n")
    d.brk()
    d.w("Itinerary:\n")
    y, mo, dd = r.randint(2110, 2190), r.randint(1, 11), r.randint(1, 9)
    steps = ["09:00  pre-op clinic, interpreter in person", "13:30  imaging (CT)", "10:00  anesthesia consult by video",
             "07:00  surgery, OR 6", "--     follow-up visit, then fit to fly"]
    for k in sorted(r.sample(range(5), r.randint(2, 4))):
        dd += r.randint(1, 4)
        d.w("  ", L(f"{y}-{_d2(mo)}-{_d2(dd)}"), f"  {steps[k]}\n")
    d.w("\n")
    d.brk()
    d.w("Accompanying: ", _rel(r), " ", d.o("PERSON", lambda: _person(r, c), 0.4), "; hotel near campus (ZIP ",
        d.o("ZIP", lambda: _zip(r), 0.5), ")\n")
    d.w("Coordinator: ", d.o("PERSON", lambda: _staff(r), 0.5), ", ", L(_pick(r, _DEPTS[:2])), ", tel ",
        d.o("PHONE", lambda: _us_phone(r), 0.3), ", e-mail ", d.o("EMAIL", lambda: _staff_email(r), 0.4), "\n\n")
    d.brk()
    if r.random() < 0.6:
        _t(d, "Clinical summary: {AGE} with {PMH}; {SC}. Cleared by anesthesia for travel-related risk; DVT "
              "prophylaxis "
              "with {DA} after surgery per protocol.\n\n")
        d.brk()


def _b_insurer_gop(d: _Doc) -> None:
    r, c = d.r, d.origin
    sc = _pick(r, _SCEN)
    d.ctx = sc
    _ds_header(d, sc["service"], _pick(r, ("F", "M")), 0.2)
    d.w("CASE MANAGEMENT NOTE -- INTERNATIONAL INSURANCE / GUARANTEE OF PAYMENT\n\n")
    d.w(f">>> FAX RECEIVED {_sdate(r)} {r.randint(0, 23)}:{_d2(r.randint(0, 59))}  FROM: ")
    d.w(d.o("ORGANIZATION", lambda: _org(r, c, "assist"), 0.5), "  FAX: ", d.o("FAX", lambda: _phone(r, c), 0.5),
        f"  PAGE 1/{r.randint(2, 5)}\n")
    d.w("GUARANTEE OF PAYMENT\n")
    d.w("We, acting on behalf of ", d.o("ORGANIZATION", lambda: _org(r, c, "insurer"), 0.5), " (policy ",
        d.o("HEALTH_PLAN", lambda: _plan(r), 0.6), "), guarantee payment up to ",
        _pick(r, ("EUR 50,000", "USD 75,000", "EUR 30.000,00", "USD 150,000")),
            " for the inpatient treatment of our insured ",
        d.o("PERSON", lambda: _person(r, c), 0.4), ", born ", d.o("DATE_REAL_YEAR", lambda: _rdate(r, c, 1930, 2004),
            0.5),
        ".\nCase reference: ", d.o("ACCOUNT", lambda: _account(r, "claim"), 0.6), "\n")
    d.w("Please quote the case reference on all invoices; send invoices to ", d.o("EMAIL", lambda: _org_email(r), 0.5),
        ".\nPre-existing conditions excluded. This guarantee is void if the insured is discharged against "
        "medical advice.\n")
    d.w("Medical assistance coordinator: ", d.o("PERSON", lambda: _person(r, c), 0.4), "\n<<< END OF FAX\n\n")
    d.brk()
    d.w("CM summary:\n")
    d.w("Spoke with the assistance company's medical officer, ", _pick(r, _TITLES[c]), " ",
        d.o("PERSON", lambda: _person(r, c), 0.4))
    if d.want("PHONE", 0.5):
        d.w(" (", S("PHONE", _phone(r, c)), ")")
    _t(d, ". Clinical update given: {AGE}, " + sc["dx"] + ". GOP covers the admission; outpatient follow-up and "
          "repatriation are decided separately by the insurer's medical team. US payer rules ({=CMS}) do not apply "
          "(not a US plan).\n\n")
    d.brk()
    d.w("Coverage verification\n")
    d.w("  Insurer ........... ", d.o("ORGANIZATION", lambda: _org(r, c, "insurer"), 0.3), "\n")
    d.w("  Policy no. ........ ", d.o("HEALTH_PLAN", lambda: _plan(r), 0.4), "\n")
    d.w("  Member / card ID .. ", d.o("HEALTH_PLAN", lambda: _plan(r), 0.4), "\n")
    y = r.randint(2110, 2190)
    d.w("  Valid ............. ", L(f"{y}-{_d2(r.randint(1, 6))}-01"), " to ",
        L(f"{y + 1}-{_d2(r.randint(1, 12))}-28"), "\n")
    d.w("  Hospital claim .... ", d.o("ACCOUNT", lambda: _account(r, "claim"), 0.4), "\n")
    _t(d, "  Diagnosis codes ... {sI}, {ICD}\n  Procedure ......... {CPT}\n\n")
    d.brk()
    _clinical_tail(d, sc, brief=True)
    _signature(d, _pick(r, ("RN, CCM", "LICSW", "RN")))
    d.w("\n")
    d.brk()


def _b_repatriation(d: _Doc) -> None:
    r, c = d.r, d.origin
    sc = _pick(r, _SCEN)
    d.ctx = sc
    _ds_header(d, sc["service"], _pick(r, ("F", "M")), 0.2)
    d.w("MEDICAL REPATRIATION -- TRANSFER SUMMARY AND MEDIF\n\n")
    d.w("A. Passenger: ", d.o("PERSON", lambda: _person(r, c), 0.4), "   Age: ", *_age_items(d, 0.5), "\n")
    _t(d, "B. Diagnosis: " + sc["dx"] + "\n")
    d.w("C. Oxygen in flight: ", _pick(r, ("2 L/min", "none", "3 L/min via POC", "1 L/min pulsed")))
    if d.want("DEVICE_ID", 0.6):
        d.w(" -- ", L(_pick(r, ("Inogen One G5", "Philips SimplyGo"))), " SN ", S("DEVICE_ID", _device_sn(r)))
    d.w("\nD. Stretcher: ", _pick(r, ("yes", "no (wheelchair to aircraft door)")), "\n")
    d.w("E. Medical escort: ", _pick(r, ("Dr.", "")), " ", d.o("PERSON", lambda: _person(r, c), 0.4), "; flight nurse ",
        d.o("PERSON", lambda: _staff(r), 0.3), "\n")
    _t(d, "F. Fitness to fly: Hgb 10.4, SpO2 95% on 2 L; no pneumothorax on the last film; cleared per "
          "{=Aerospace Medical Association} guidance; {sS}.\n\n")
    d.brk()
    d.w("Transport:\n")
    d.w("Operator: ", d.o("ORGANIZATION", lambda: _org(r, c, "air"), 0.5), "; aircraft ",
        _pick(r, ("Learjet 45", "Challenger 604", "King Air 350", "Pilatus PC-12")), ", registration ",
        d.o("VEHICLE_ID", lambda: _aircraft(r), 0.6), "\n")
    d.w("Mission no.: ", d.o("ACCOUNT", lambda: _account(r, "run"), 0.5), "\n")
    _t(d, "Departure {SD} 06:30 (ground ambulance to the FBO); alternative commercial stretcher on {AIR} considered "
          "and declined by the insurer.\n")
    if d.want("VEHICLE_ID", 0.5):
        d.w("Ground ambulance plate ", S("VEHICLE_ID", _us_plate(r)), ".\n")
    d.w("\n")
    d.brk()
    d.w("Receiving facility:\n")
    d.w("  ", d.o("ORGANIZATION", lambda: _org(r, c), 0.5), ", ", d.o("LOCATION", lambda: _town(r, c), 0.5), ", ",
        L(_pick(r, _ORIGINS[c]["countries"])), "\n")
    d.w("  Accepting physician: ", _pick(r, _TITLES[c]), " ", d.o("PERSON", lambda: _person(r, c), 0.4), ", tel ",
        d.o("PHONE", lambda: _phone(r, c), 0.5), "\n")
    d.w("  Bed confirmed by e-mail from ", d.o("EMAIL", lambda: _email(r, c), 0.4), "\n\n")
    d.brk()
    d.w("Escort medications:\n")
    for _ in range(r.randint(2, 3)):
        drug = _pick(r, ("enoxaparin 40 mg syringes", "ondansetron 4 mg ODT", "morphine 2 mg/mL", "furosemide 20 mg"))
        d.w(f"  {drug} -- ", L(_lot(r)), ", ", L(_exp(r)), ", ", L(_ndc(r)), "\n")
    d.w("  Monitor/defib: ", L(_pick(r, ("Zoll X Series", "Lifepak 15"))), "; ventilator backup ",
        L(_pick(r, ("Dräger Oxylog 3000 plus", "Hamilton-T1"))), _pick(r, ("", "; mechanical CPR device ")))
    if d.parts[-1][0].endswith("device "):
        d.w(L("LUCAS 3"), " on board")
    d.w("\n\n")
    d.brk()
    _clinical_tail(d, sc, brief=True)
    _signature(d)
    d.w("\n")
    d.brk()


def _b_consulate_visa(d: _Doc) -> None:
    r, c = d.r, d.origin
    sc = _pick(r, _SCEN)
    d.ctx = sc
    _ds_header(d, sc["service"], _pick(r, ("F", "M")), 0.2)
    d.w("SOCIAL WORK NOTE -- CONSULAR AND IMMIGRATION SUPPORT\n\n")
    d.w("Contacted the ", _consulate(d), " ")
    d.w("at the family's request; spoke with consular officer ", d.o("PERSON", lambda: _person(r, c), 0.4))
    if d.want("PHONE", 0.5):
        d.w(", tel ", S("PHONE", _phone(r, None)))
    if d.want("FAX", 0.5):
        d.w(", fax ", S("FAX", _phone(r, None)))
    _t(d, ". The consulate will issue an emergency travel document if needed (passport no. ___ reported lost). "
          "B-2 status: I-94 admit-until {SD}; extension request to {=USCIS} being prepared (information at "
          "{WEBV}).\n\n")
    d.brk()
    d.w("Letter issued (copy below):\n\n")
    d.w("    To whom it may concern,\n")
    d.w("    ", d.o("PERSON", lambda: _person(r, c), 0.5), ", date of birth ",
        d.o("DATE_REAL_YEAR", lambda: _rdate(r, c, 1925, 2004), 0.5), ", passport ___, is currently hospitalized at ",
        d.o("ORGANIZATION", lambda: _org(r, None), 0.5), "\n")
    _t(d, "    and requires continued treatment until approximately {SD}. We support a visa extension for the patient "
          "and\n"
          "    for the accompanying family member ")
    d.w(d.o("PERSON", lambda: _person(r, c), 0.4), ", who provides daily care.\n")
    d.w("    Sincerely,\n    ", d.o("PERSON", lambda: _staff(r), 0.5), ", MD")
    if d.want("LICENSE", 0.6):
        d.w(_pick(r, ("  (MA license ", "  Lic. #", "  -- license no. ")), S("LICENSE", _license(r, "us")),
            ")" if r.random() < 0.5 else "")
    d.w("\n\n")
    d.brk()
    d.w("Family contacts abroad:\n")
    d.w("  Name                      Relation    City                Phone\n")
    for _ in range(r.randint(2, 3)):
        d.w("  ", d.o("PERSON", lambda: _person(r, c), 0.4), "   ", _rel(r), "   ", d.o("LOCATION", lambda: _town(r,
            c), 0.4),
            "   ", d.o("PHONE", lambda: _phone(r, c), 0.4), "\n")
    d.w("\n")
    d.brk()
    if r.random() < 0.5:
        _t(d, "Humanitarian parole (Form I-131) for a second relative was discussed; SW explained it is decided by "
              "{=USCIS} and the hospital cannot guarantee it. Language access: {LANG} interpreter for all "
              "meetings.\n\n")
        d.brk()
    _clinical_tail(d, sc, brief=True)
    _signature(d, "LICSW")
    d.w("\n")
    d.brk()


def _b_outside_records(d: _Doc) -> None:
    r, c = d.r, d.origin
    sc = _pick(r, _SCEN)
    d.ctx = sc
    _ds_header(d, sc["service"], _pick(r, ("F", "M")), 0.2)
    d.w("OUTSIDE RECORDS REVIEW (translated from ", L(_ORIGINS[c]["lang"]), " by ",
        d.o("PERSON", lambda: _person(r, c), 0.4), ", certified translator)\n\n")
    d.w("Source: ", d.o("ORGANIZATION", lambda: _org(r, c), 0.6), ", ", d.o("LOCATION", lambda: _town(r, c), 0.4), "\n")
    if d.want("MRN", 0.6):
        d.w(f"{_pick(r, _ORIGINS[c]['mrn_cue'])} ", S("MRN", _mrn_foreign(r, c)), "\n")
    else:
        d.w(f"{_pick(r, _ORIGINS[c]['mrn_cue'])} ___\n")
    d.w("Admitted there: ", d.o("DATE_REAL_YEAR", lambda: _rdate(r, c, 2005, 2029), 0.5), " -- discharged: ",
        _sdate(r), "\n\n")
    d.brk()
    d.w("Diagnoses (as written):\n")
    _t(d, _pick(r, ("  1. {ODX}\n  2. arterial hypertension\n", "  1. {ODX}\n  2. {TRV} ruled out\n",
                    "  1. {ODX}\n  2. {ODX}\n  3. type 2 diabetes on {=Glucophage}\n",
                        "  1. history of {HX}\n  2. {ODX}\n")))
    _t(d, "Procedures: " + _pick(r, ("laparoscopic cholecystectomy", "total knee arthroplasty ({VO}, {REF}, {LOT})",
                                     "PCI with stent to the RCA", "none")) + "\n")
    if d.want("DEVICE_ID", 0.5):
        d.w("Implant sticker: ", L(_pick(r, _DEVICE_BRANDS[:7])), ", SN ", S("DEVICE_ID", _device_sn(r)), "\n")
    d.w("\n")
    d.brk()
    d.w("Medication reconciliation (foreign brand -> US equivalent):\n")
    d.w("| Brand abroad        | Generic            | Dose         | Plan\n")
    rows = [("{OB}", "paracetamol/metamizole", "1 g q8h PRN", "acetaminophen"),
            ("{DA}", "anticoagulant", "per label", "continue/convert"), ("{DC}", "antiplatelet/beta-blocker", "daily",
                "continue"),
            ("{DN}", "analgesic", "PRN", "stop (not marketed in US)"), ("{DO}", "chronic med", "daily", "continue"),
            ("{DB}", "antibiotic", "BID", "completed")]
    r.shuffle(rows)
    for row in rows[:r.randint(3, 5)]:
        _t(d, f"| {row[0]} | {row[1]} | {row[2]} | {row[3]}\n")
    d.w("\n")
    d.brk()
    d.w("Signed abroad by: ", _pick(r, _TITLES[c]), " ", d.o("PERSON", lambda: _person(r, c), 0.5))
    if d.want("LICENSE", 0.6):
        d.w(f", {_pick(r, _ORIGINS[c]['lic_cue'])} ", S("LICENSE", _license_foreign(r, c)))
    d.w("\nContact for questions: ", d.o("EMAIL", lambda: _email(r, c), 0.4), "\n\n")
    d.brk()
    _t(d, "Comment: outside course consistent with our findings; {sE} not supported. Outside imaging on disc sent to "
          "radiology for formal review (see separate report). Vaccines documented: {DV}, {DV}.\n\n")
    d.brk()
    _clinical_tail(d, sc, brief=r.random() < 0.5)


def _b_family_abroad(d: _Doc) -> None:
    r, c = d.r, d.origin
    sc = _pick(r, _SCEN)
    d.ctx = sc
    _ds_header(d, sc["service"], _pick(r, ("F", "M")), 0.2)
    d.w("FAMILY MEETING NOTE (relatives abroad by video)\n\n")
    d.w("Patient: ", *_age_items(d, 0.6), " from ", d.o("LOCATION", lambda: _town(r, c), 0.4), ", ",
        L(_pick(r, _ORIGINS[c]["countries"])), ", admitted with ", sc["cc"], ".\n")
    d.w("Participants: ")
    for _ in range(r.randint(2, 3)):
        d.w(_rel(r), " ", d.o("PERSON", lambda: _person(r, c), 0.4), " (", d.o("LOCATION", lambda: _town(r, c), 0.3),
            "); ")
    d.w("interpreter ", d.o("PERSON", lambda: _person(r, c), 0.3), "; ", d.o("PERSON", lambda: _staff(r), 0.3), ", MD; "
        "SW.\nPlatform: WhatsApp video; ")
    if d.want("IP_ADDRESS", 0.5):
        d.w("hospital guest Wi-Fi log shows the tablet at ", S("IP_ADDRESS", _ip(r)), "; ")
    d.w("call quality poor, repeated twice.\n\n")
    d.brk()
    d.w("Discussion:\n")
    _t(d, "Reviewed the course and prognosis with the family through the {LANG} interpreter. Family asked about "
          "treatment at home and the cost of a medical flight; {DEP} will help. Goals: comfort-focused if no "
          "improvement in 48 h. {sS}.\n")
    if r.random() < 0.45:
        d.w("\nADDENDUM: Patient expired on ", d.o("DATE_REAL_YEAR", lambda: _rdate(r, c, 2000, 2029), 0.7),
            f" at {r.randint(0, 23)}:{_d2(r.randint(0, 59))}. Family abroad notified by phone. Funeral home ",
            d.o("ORGANIZATION", lambda: _org(r, c, "funeral"), 0.5),
            " arranging repatriation of remains; consular mortuary certificate requested from the ")
        d.w(_consulate(d), ".\n")
    d.w("\n")
    d.brk()
    d.w("Contact list:\n")
    d.w("Name | Relation | Phone | E-mail\n")
    for _ in range(r.randint(1, 3)):
        d.w(d.o("PERSON", lambda: _person(r, c), 0.4), " | ", _rel(r), " | ", d.o("PHONE", lambda: _phone(r, c), 0.4),
            " | ",
            d.o("EMAIL", lambda: _email(r, c), 0.4), "\n")
    d.w("\n")
    d.brk()
    _clinical_tail(d, sc, brief=True)
    _signature(d, _pick(r, ("MD", "LICSW")))
    d.w("\n")
    d.brk()


# --------------------------------------------------------------------------------------------------
# Radiology
# --------------------------------------------------------------------------------------------------

_EXAMS = (
    dict(name="CT CHEST WITH CONTRAST",
        tech="Axial MDCT images of the chest after {X}; coronal and sagittal reformats.",
         find=("Lungs: {SZ} cavitary lesion in the right upper lobe with surrounding tree-in-bud opacities. Calcified "
               "{=Ghon focus} in the left lower lobe with a calcified hilar node ({=Ranke complex}).",
               "Mediastinum: no lymphadenopathy by size criteria. Heart size normal. No pericardial effusion. "
               "No {eE}.",
               "Pleura: small right effusion. Upper abdomen: unremarkable. Bones: no destructive lesion."),
         imp="Right upper lobe cavitary process with endobronchial spread, most consistent with active tuberculosis. "
             "Calcified granulomatous sequelae. Airborne isolation and sputum studies recommended.",
         ep=("Kerley B lines", "Hampton hump", "Westermark sign", "Pancoast tumor"),
         rec=("Incidental 5 mm nodule: follow-up per the {=Fleischner Society criteria}.",
             "{=Lung-RADS 2} equivalent.")),
    dict(name="CT ABDOMEN AND PELVIS WITH CONTRAST", tech="MDCT of the abdomen and pelvis in the portal venous phase "
         "after {X}; multiplanar reformats.",
         find=("Liver: {SZ} rim-enhancing multiloculated collection in {=Couinaud segment VII}, with adjacent "
               "perfusion "
               "change. No biliary dilatation. Gallbladder unremarkable.",
               "Pancreas, spleen, adrenals unremarkable. Kidneys enhance symmetrically; {=Bosniak IIF} cyst in the "
               "left "
               "kidney.",
               "Bowel: no obstruction. Appendix normal. Small free fluid in {=Morison pouch}. No free air. Small left "
               "{=Bochdalek hernia} containing fat.",
               "Bones: degenerative change of the lumbar spine. No {eE}."),
         imp="Multiloculated hepatic collection, likely pyogenic or amebic abscess; amenable to percutaneous drainage.",
         ep=("features of Budd-Chiari syndrome", "changes of a Whipple procedure", "sequelae of pancreatitis"),
         rec=("Renal cyst: follow-up per {=Bosniak IIF} guidance.", "{=LI-RADS 4} observation excluded.")),
    dict(name="MRI BRAIN WITH AND WITHOUT CONTRAST", tech="Multiplanar multisequence MRI of the brain before and after "
         "{X}.",
         find=("{SZ} ring-enhancing lesion in the left frontal lobe with a central eccentric dot and surrounding "
               "vasogenic "
               "edema; two additional calcified foci. Prominent {=Virchow-Robin spaces}.",
               "No hydrocephalus. No midline shift. Flow voids preserved. No restricted diffusion in the lesion.",
               "Cerebellar tonsils 3 mm below the foramen magnum, not meeting {=Chiari I malformation} criteria. "
               "No {eE}."),
         imp="Findings most consistent with neurocysticercosis in the colloidal vesicular stage. No hydrocephalus.",
         ep=("Fahr calcifications", "thalamic signal of Japanese encephalitis", "features of Wernicke encephalopathy"),
         rec=("Follow-up MRI after antiparasitic therapy.",)),
    dict(name="MRI LUMBAR SPINE WITH AND WITHOUT CONTRAST", tech="Sagittal and axial T1, T2, STIR and post-contrast "
         "T1 fat-saturated images after {X}.",
         find=("Destruction of the L1-L2 endplates with disc involvement and a {SZ} paraspinal collection with thin "
               "enhancing wall, extending beneath the anterior longitudinal ligament; pattern favors {=Pott disease}.",
               "Mild retropulsion narrows the canal to 9 mm. Conus terminates at T12-L1 with normal signal.",
               "Remaining discs show mild desiccation; {eE} at L4-L5."),
         imp="Spondylodiscitis at L1-L2 with paraspinal abscess, favored tuberculous. Mild canal narrowing.",
         ep=("Schmorl nodes", "Modic type 1 change"), rec=("CT-guided aspiration can be arranged.",)),
    dict(name="CHEST (PA AND LAT)", tech="PA and lateral views of the chest.",
         find=("The lungs are clear without consolidation. No pleural effusion. No pneumothorax, including on the "
               "lateral view; no deep sulcus sign.",
               "Heart size is normal. Mediastinal contours unremarkable. No {eE}.",
               "Right chest tube has been removed; small residual subcutaneous emphysema. Healed right rib fractures."),
         imp="No pneumothorax. No acute cardiopulmonary process.",
         ep=("Kerley B lines", "Westermark sign", "Hampton hump"),
         rec=("From an imaging standpoint there is no contraindication to air travel.",)),
    dict(name="CT HEAD WITHOUT CONTRAST", tech="Axial MDCT images of the head without contrast; coronal and sagittal "
         "reformats. DLP {DLP}.",
         find=("{SZ} left convexity subdural collection, mixed density, without significant mass effect. No midline "
               "shift. {=Rotterdam CT score} 2.",
               "Ventricles and sulci are prominent, appropriate for age. Periventricular white matter hypodensity "
               "consistent with chronic small vessel disease. {eE}.",
               "No fracture. Visualized paranasal sinuses and mastoids clear."),
         imp="Small mixed-density left subdural collection, decreased compared with the outside study.",
         ep=("Fahr calcifications", "Prominent Virchow-Robin spaces"),
         rec=("Clinical correlation with the {=Glasgow Coma Scale} trend.",)),
    dict(name="BILATERAL LOWER EXTREMITY VENOUS DUPLEX", tech="Grayscale, color and spectral Doppler of the deep veins "
         "of both lower extremities.",
         find=("Right: occlusive thrombus in the popliteal and posterior tibial veins; common femoral and femoral "
               "veins "
               "compressible with normal phasic flow.",
               "Left: no evidence of deep venous thrombosis. {eE}, measuring {SZ}.",
               "Superficial veins: no thrombus."),
         imp="Acute right popliteal and posterior tibial DVT. No left DVT.",
         ep=("Baker cyst", "Ruptured Baker cyst"), rec=("Consider iliac imaging for {=May-Thurner} anatomy.",)),
    dict(name="RIGHT KNEE (3 VIEWS)", tech="AP, lateral and sunrise views of the right knee.",
         find=("Cemented total knee arthroplasty ({VO}). No periprosthetic lucency greater than 2 mm; no fracture.",
               "Small joint effusion. Patellar component well seated. Vascular calcification "
               "({=Mönckeberg sclerosis}).",
               "Soft tissues unremarkable. No {eE}."),
         imp="Total knee arthroplasty without radiographic complication.",
         ep=("Segond fracture", "Pellegrini-Stieda calcification"),
             rec=("Radiographs per the {=Ottawa knee rule} not needed.",)),
)


def _size(r: random.Random) -> str:
    a = r.randint(8, 62)
    return _pick(r, [f"{a} mm", f"{a / 10:.1f} cm", f"{a} x {r.randint(6, a)} mm", f"{r.randint(210, 980)} mGy-cm"])


_LOOK["SZ"] = lambda r, d: _size(r)


def _rad_indication(d: _Doc, extra: str) -> None:
    r, c = d.r, d.origin
    d.w("INDICATION:  ", *_age_items(d, 0.55), " ", _pick(r, ("woman", "man", "female", "male")), " from ",
        L(_pick(r, _ORIGINS[c]["countries"])), " (", L(_ORIGINS[c]["lang"]), "-speaking). ")
    _t(d, extra + "\n\n")
    d.brk()


def _rad_body(d: _Doc, ex: dict, compare: str | None = None) -> None:
    r = d.r
    d.w("FINDINGS: \n\n")
    paras = list(ex["find"])
    for p in paras:
        if compare and r.random() < 0.5:
            _t(d, p + " " + compare + "\n\n")
        else:
            _t(d, p + "\n\n")
    d.brk()
    d.w("IMPRESSION: \n\n")
    _t(d, ex["imp"] + "\n")
    if r.random() < 0.5:
        _t(d, _pick(r, ex["rec"] + ("Codes: {CPT}.",)) + "\n")
    d.w("\n")
    d.brk()


def _dicom_date(r: random.Random, lo: int, hi: int) -> str:
    return f"{r.randint(lo, hi)}{_d2(r.randint(1, 12))}{_d2(r.randint(1, 28))}"


def _b_disc_import(d: _Doc) -> None:
    r, c = d.r, d.origin
    ex = _pick(r, _EXAMS)
    d.ctx = ex
    d.w(f"EXAMINATION:  OUTSIDE {ex['name']} -- CONSULTATION (images imported from patient-supplied disc)\n\n")
    _rad_indication(d, _pick(r, ("Images brought on CD by the family for a second read.",
                                 "Outside study for review before the clinic visit; outside report in {LANG}.",
                                 "Medical-tourism referral; please review outside imaging.")))
    d.w("TECHNIQUE:  Outside study performed at ", d.o("ORGANIZATION", lambda: _org(r, c), 0.5), " (",
        d.o("LOCATION", lambda: _town(r, c), 0.4), ") on ", d.o("DATE_REAL_YEAR", lambda: _rdate(r, c, 2008, 2029),
            0.5),
        " on ", L(_pick(r, _SCANNERS[:5])), ". ")
    _t(d, "Imported with {SW}; " + ex["tech"] + " Local accession ")
    d.w(d.o("ACCOUNT", lambda: _account(r, "acc"), 0.5), ".\n\n")
    d.brk()
    d.w("DICOM header (as imported):\n")
    d.w("  (0010,0010) PatientName ......... ", d.o("PERSON", lambda: _dicom_name(r, c), 0.5), "\n")
    d.w("  (0010,0020) PatientID ........... ", d.o("MRN", lambda: _dicom_pid(r, c), 0.5), "\n")
    d.w("  (0010,0030) PatientBirthDate .... ", d.o("DATE_REAL_YEAR", lambda: _dicom_date(r, 1925, 2004), 0.5), "\n")
    if d.want("AGE_OVER_89", 0.6):
        d.w("  (0010,1010) PatientAge .......... ", S("AGE_OVER_89", f"{int(_age90(r)):03d}"), "Y\n")
    else:
        d.w("  (0010,1010) PatientAge .......... ", L(f"0{r.randint(19, 88)}Y"), "\n")
    d.w("  (0008,0080) InstitutionName ..... ", d.o("ORGANIZATION", lambda: _org(r, c), 0.4), "\n")
    d.w("  (0008,0090) ReferringPhysician .. ", d.o("PERSON", lambda: _dicom_name(r, c), 0.4), "\n")
    d.w("  (0008,0050) AccessionNumber ..... ", d.o("ACCOUNT", lambda: _account(r, "acc"), 0.4), "\n")
    d.w("  (0008,1010) StationName ......... ", L(_pick(r, ("CT01", "MR_SALA2", "CTSCAN-B", "AWS-SIEMENS"))), "\n")
    d.w("  (0008,0070) Manufacturer ........ ", L(_pick(r, ("SIEMENS", "GE MEDICAL SYSTEMS", "Philips", "CANON_MEC"))),
        "\n\n")
    d.brk()
    d.w("COMPARISON:  None available locally.\n\n")
    d.brk()
    _rad_body(d, ex)
    if r.random() < 0.6:
        d.w("Outside report (translated, abbreviated): \"", _pick(r, ("Findings consistent with the above.",
                                                                     "Lesion described as a neoplasm; biopsy advised.",
                                                                     "No acute findings.")), "\" -- signed ",
            _pick(r, _TITLES[c]), " ", d.o("PERSON", lambda: _person(r, c), 0.5), "\n\n")
        d.brk()


def _b_foreign_comparison(d: _Doc) -> None:
    r, c = d.r, d.origin
    ex = _pick(r, _EXAMS)
    d.ctx = ex
    d.w(f"EXAMINATION:  {ex['name']}\n\n")
    _rad_indication(d, _pick(r, ("Follow-up of a finding on imaging performed abroad.",
                                 "Known disease, treated abroad; assess interval change. Hx {HX}.",
                                 "New symptoms after the flight; compare with outside study.")))
    _t(d, "TECHNIQUE:  " + ex["tech"] + "\n\n")
    d.w("COMPARISON:  Outside ", _pick(r, ("CT", "MRI", "radiographs", "ultrasound")), " from ",
        d.o("ORGANIZATION", lambda: _org(r, c), 0.5), ", ", d.o("LOCATION", lambda: _town(r, c), 0.4), ", ",
        L(_pick(r, _ORIGINS[c]["countries"])), ", dated ", d.o("DATE_REAL_YEAR", lambda: _rdate(r, c, 2005, 2029), 0.6),
        " (imported; accession ", d.o("ACCOUNT", lambda: _account(r, "acc"), 0.4), "). Outside report in ",
        L(_ORIGINS[c]["lang"]), ", translated by ")
    d.w(d.o("PERSON", lambda: _person(r, c), 0.3), ". Also local study of ", _sdate(r), ".\n\n")
    d.brk()
    cmp_ = _pick(r, ("Not present on the outside study.", "Unchanged from the outside study.",
                     "Decreased compared with the outside study.", "New since the foreign examination."))
    _rad_body(d, ex, cmp_)
    if r.random() < 0.5:
        d.w("Note: slice thickness of the outside study (5 mm) limits comparison. Outside images are retained in PACS "
            "under the local MRN ", d.o("MRN", lambda: _mrn_us(r), 0.5), ".\n\n")
        d.brk()


def _b_telerad(d: _Doc) -> None:
    r, c = d.r, d.origin
    ex = _pick(r, _EXAMS)
    d.ctx = ex
    d.w("TELERADIOLOGY SECOND-OPINION CONSULTATION\n\n")
    d.w("Requesting physician: ", _pick(r, _TITLES[c]), " ", d.o("PERSON", lambda: _person(r, c), 0.5), ", ",
        d.o("ORGANIZATION", lambda: _org(r, c), 0.5), ", ", d.o("LOCATION", lambda: _town(r, c), 0.4), " ",
        d.o("LOCATION", lambda: _postcode(r, c), 0.3), ", ", L(_pick(r, _ORIGINS[c]["countries"])), "\n")
    d.w("Contact: ", d.o("EMAIL", lambda: _email(r, c), 0.5), " / fax ", d.o("FAX", lambda: _phone(r, c), 0.5),
        " / tel ",
        d.o("PHONE", lambda: _phone(r, c), 0.4), "\n")
    d.w("Case no.: ", d.o("ACCOUNT", lambda: _account(r, _pick(r, ("acc", "order", "enc"))), 0.6), "\n")
    d.w("Images received: ")
    if d.want("URL", 0.7):
        d.w("secure link ", S("URL", _url(r, c)))
    elif d.want("IP_ADDRESS", 0.7):
        d.w("DICOM push from ", S("IP_ADDRESS", _ip(r)), " (AE ", L(_pick(r, ("REMOTE_PACS", "ORTHANC", "TELERAD01"))),
            ")")
    else:
        d.w("encrypted upload (link ___)")
    d.w("; ", str(r.randint(120, 1900)), " images, ", L(_pick(r, _SOFTWARE)), "\n\n")
    d.brk()
    d.w(f"EXAMINATION:  {ex['name']} (outside, performed ")
    d.w(d.o("DATE_REAL_YEAR", lambda: _rdate(r, c, 2010, 2029), 0.5), ")\n\n")
    _rad_indication(d, "Clinical question from the referrer (translated from {LANG}): " +
                    _pick(r, ("is the lesion malignant?", "is surgery needed?", "is the patient fit to fly?",
                              "any change versus prior?")))
    _t(d, "TECHNIQUE:  " + ex["tech"] + " Image quality adequate.\n\n")
    d.brk()
    _rad_body(d, ex)
    d.w("This consultation is based solely on the images provided; clinical correlation by the treating physician is "
        "required. The reading radiologist holds a Massachusetts license")
    if d.want("LICENSE", 0.7):
        d.w(" (no. ", S("LICENSE", _license(r, "us")), ")")
    d.w(" and is not licensed in ", L(_pick(r, _ORIGINS[c]["countries"])), ".\n")
    _signature(d, "MD")
    d.w("\n")
    d.brk()


def _b_fitness_to_fly(d: _Doc) -> None:
    r, c = d.r, d.origin
    ex = _pick(r, (_EXAMS[4], _EXAMS[6], _EXAMS[5]))
    d.ctx = ex
    d.w(f"EXAMINATION:  {ex['name']}\n\n")
    mode = _pick(r, ("commercial flight", "air ambulance", "commercial stretcher flight"))
    d.w("INDICATION:  ", *_age_items(d, 0.55), " ", _pick(r, ("woman", "man")), ", planned repatriation to ",
        L(_pick(r, _ORIGINS[c]["countries"])), f" by {mode}")
    if mode == "air ambulance" and d.want("VEHICLE_ID", 0.6):
        d.w(" (aircraft ", S("VEHICLE_ID", _aircraft(r)), ")")
    _t(d, ". Evaluate before air travel ({=Aerospace Medical Association} and {=IATA} guidance). "
          + ("Flight {FL} pending clearance.\n\n" if mode != "air ambulance" else "Mission planned for {SD}.\n\n"))
    d.brk()
    _t(d, "TECHNIQUE:  " + ex["tech"] + "\n\n")
    d.w("COMPARISON:  ", _sdate(r), " and ", _sdate(r), _pick(r, ("", "; outside film from abroad not available")),
        ".\n\n")
    d.brk()
    _rad_body(d, ex)
    d.w("NOTIFICATION:  Results communicated to ", d.o("PERSON", lambda: _staff(r), 0.5), " (", L(_pick(r, _DEPTS[:2])),
        ") by ")
    if d.want("PAGER", 0.6):
        d.w("page to ", S("PAGER", _pager(r)))
    elif d.want("PHONE", 0.6):
        d.w("phone, ", S("PHONE", _us_phone(r)))
    else:
        d.w("telephone")
    d.w(f" at {r.randint(7, 22)}:{_d2(r.randint(0, 59))}, ", _sdate(r), ". The flight escort ",
        d.o("PERSON", lambda: _person(r, c), 0.3), " was informed.\n\n")
    d.brk()


def _b_foreign_device(d: _Doc) -> None:
    r, c = d.r, d.origin
    cardiac = r.random() < 0.55
    ex = _EXAMS[4] if cardiac else _EXAMS[7]
    d.ctx = ex
    d.w(f"EXAMINATION:  {ex['name']}{' -- DEVICE IDENTIFICATION' if cardiac else ''}\n\n")
    _rad_indication(d, ("Pacemaker implanted abroad, device card in {LANG} only; identify device before MRI."
                        if cardiac else "Knee replacement performed abroad; pain. Implant details requested."))
    _t(d, "TECHNIQUE:  " + ex["tech"] + "\n\n")
    d.w("COMPARISON:  None.\n\n")
    d.brk()
    brand = L(_pick(r, _DEVICE_BRANDS[:4] if cardiac else ("Zimmer NexGen", "Stryker Triathlon")))
    d.w("DEVICE:  ", brand, " implanted at ", d.o("ORGANIZATION", lambda: _org(r, c), 0.5), " on ",
        d.o("DATE_REAL_YEAR", lambda: _rdate(r, c, 2000, 2029), 0.5), ".\n")
    d.w("Implant card (translated): model ", brand, ", ", L(_ref(r)), ", ", L(_lot(r)), ", ")
    if d.want("DEVICE_ID", 0.5):
        d.w("serial no. ", S("DEVICE_ID", _device_sn(r)))
    else:
        d.w("serial no. ___")
    d.w(".\nUDI: ", L(_gtin(r)), "(17)", L(f"{r.randint(26, 31)}{_d2(r.randint(1, 12))}{_d2(r.randint(1, 28))}"),
        "(10)",
        L(_lot(r)[4:]), "(21)", d.o("DEVICE_ID", lambda: _device_sn(r), 0.5), "\n")
    if cardiac:
        d.w("Leads: ", L(_pick(r, ("CapSureFix Novus MRI", "Solia S 53", "Tendril MRI"))), " RA and RV; lead ",
            L(_exp(r)),
            " on the box.\n\n")
    else:
        d.w("\n")
    d.brk()
    _rad_body(d, ex)
    if cardiac:
        _t(d, "MRI safety: system identified as MR conditional per the manufacturer; {SW} labeling reviewed. "
              "Device clinic to program before any MRI.\n\n")
        d.brk()


def _b_translation_addendum(d: _Doc) -> None:
    r, c = d.r, d.origin
    ex = _pick(r, _EXAMS)
    d.ctx = ex
    d.w("ADDENDUM:  Outside report received by fax from ", d.o("FAX", lambda: _phone(r, c), 0.5), " (",
        d.o("ORGANIZATION", lambda: _org(r, c), 0.5), ", ", d.o("LOCATION", lambda: _town(r, c), 0.4), ") on ",
            _sdate(r),
        ", translated from ", L(_ORIGINS[c]["lang"]), " by ", d.o("PERSON", lambda: _person(r, c), 0.4), " (",
        L(_pick(r, ("Interpreter Services", "Language Access Program"))), ").\n")
    d.w("Outside study date: ", d.o("DATE_REAL_YEAR", lambda: _rdate(r, c, 2005, 2029), 0.6),
        ". Outside impression: \"",
        _pick(r, ("lesion stable", "suspected neoplasm", "post-inflammatory change", "no pathology")), "\".\n")
    d.w(_pick(r, ("Our impression is unchanged.", "The impression is revised: the finding is chronic.",
                  "Recommendation for follow-up is withdrawn.")), " Discussed with ", _pick(r, ("Dr. ", "")),
        d.o("PERSON", lambda: _staff(r), 0.4))
    if d.want("PAGER", 0.5):
        d.w(" (pager ", S("PAGER", _pager(r)), ")")
    elif d.want("PHONE", 0.5):
        d.w(" at ", S("PHONE", _us_phone(r)))
    d.w(".\n\n")
    d.brk()
    d.w("______________________________________________________________________________\n\n")
    d.w(f"EXAMINATION:  {ex['name']}\n\n")
    _rad_indication(d, _pick(r, ("Outside finding; assess.", "Hx {HX}.", "Travel-related illness; {TRV} considered.")))
    _t(d, "TECHNIQUE:  " + ex["tech"] + "\n\n")
    d.w("COMPARISON:  Outside study (see addendum).\n\n")
    d.brk()
    _rad_body(d, ex)


# --------------------------------------------------------------------------------------------------
# Optional sections (length and variety)
# --------------------------------------------------------------------------------------------------

def _x_dc_meds(d: _Doc) -> None:
    r = d.r
    d.w("Discharge Medications:\n")
    lines = ["acetaminophen 650 mg PO q6h PRN pain (replaces {OB})", "{DA} as directed (same dose as at home)",
             "{DC} 75 mg PO daily",
             "{DO} per home dose", "ondansetron 4 mg PO q8h PRN nausea", "{DB} 875 mg PO BID x 5 days",
             "enoxaparin 40 mg SC daily during travel ({=Clexane} abroad)", "atorvastatin 80 mg PO qHS"]
    r.shuffle(lines)
    for k, ln in enumerate(lines[:r.randint(3, 6)], 1):
        _t(d, f"{k}. {ln}\n")
    d.w("\n")
    d.brk()


def _x_dc_instructions(d: _Doc) -> None:
    r = d.r
    d.w("Discharge Instructions:\n")
    _t(d, "These instructions were reviewed with you in {LANG} with a professional interpreter and a translated copy "
          "was given to you. Please bring this letter to your doctor at home. Do not fly until cleared. If you have "
          "chest pain, shortness of breath or bleeding, call 911. Poison Control: {=1-800-222-1222}. For help abroad, "
          "US citizens in "
          "your family can call {=1-888-407-4747}; travel health information: {WEBT}; CDC-INFO {=1-800-232-4636}.\n")
    d.w("Questions before you leave the US: ", L(_pick(r, _DEPTS[:2])), ", ", d.o("PHONE", lambda: _us_phone(r), 0.4),
        _pick(r, (" (weekdays)", "", " -- ask for the coordinator")), ".\n\n")
    d.brk()


def _x_interp_log(d: _Doc) -> None:
    r, c = d.r, d.origin
    d.w("Interpreter log:\n")
    d.w("Date        Modality   Minutes  Interpreter\n")
    for _ in range(r.randint(2, 4)):
        d.w(_sdate(r), "  ", _pick(r, ("in person", "VRI      ", "phone    ")), f"  {r.randint(8, 75):>3}      ",
            d.o("PERSON", lambda: _person(r, c), 0.25), " (ID ___)\n")
    d.w("\n")
    d.brk()


def _x_travel(d: _Doc) -> None:
    r = d.r
    d.w("Travel / exposure history:\n")
    _t(d, "Lives in {CTRY}; in the US for " + str(r.randint(2, 40)) + " days. Flew {FLT} via a stopover. "
          "Pre-travel vaccines: {DV}, {DV}; malaria prophylaxis: {DM} (stopped early). No animal bites. No sick "
          "contacts except a nephew with fever. {TRV} and {TRV} considered unlikely by ID.\n\n")
    d.brk()


def _x_code(d: _Doc) -> None:
    r, c = d.r, d.origin
    d.w("Code status: ", _pick(r, ("Full code", "DNR/DNI (confirmed with family via interpreter)",
        "Full code (presumed)")),
        "\nHCP: ", d.o("PERSON", lambda: _person(r, c), 0.35), " (", _rel(r), ") -- form in ", L(_ORIGINS[c]["lang"]),
        " version signed\n\n")
    d.brk()


def _x_rad_history(d: _Doc) -> None:
    r = d.r
    d.w("CLINICAL HISTORY (from the requisition, translated): ")
    _t(d, _pick(r, ("Hx {HX}. {PMH}. Please compare with the foreign study.",
                    "Known {PMH}; recent travel; {TRV} excluded by serology.",
                    "Pain after the flight; anticoagulated with {DA}.")) + "\n\n")
    d.brk()


def _x_rad_dose(d: _Doc) -> None:
    r = d.r
    if "CT " not in d.ctx.get("name", ""):
        return
    d.w("DOSE REPORT:  ", f"CTDIvol {r.randint(4, 22)}.{r.randint(0, 9)} mGy; ", L(_LOOK["DLP"](r, d)), "; contrast ")
    _t(d, "{X} " + str(r.randint(50, 110)) + " mL ({LOT}, {EXP}). Scanner {SCN}.\n\n")
    d.brk()


def _x_rad_import(d: _Doc) -> None:
    r = d.r
    if d.kind in ("fitness_to_fly_imaging", "foreign_device_imaging"):
        return
    d.w("IMPORT NOTE:  ")
    d.w("Disc received by ", L(_pick(r, ("Film Library", "Radiology Image Import Desk", "Health Information Management",
                                         "International Patient Services"))), "; ")
    _t(d, "it carried an autorun viewer ({VWR}) that was not launched. "
          + str(r.randint(2, 9)) + " series imported, " + str(r.randint(0, 3)) + " failed (non-DICOM JPEG "
          "screenshots). Patient identity matched on name and date of birth (values not reproduced here). "
          "Reconciled by {DEP} staff.\n\n")
    d.brk()


def _x_rad_recs(d: _Doc) -> None:
    r, c = d.r, d.origin
    d.w("RECOMMENDATION(S):  ")
    if d.kind in ("fitness_to_fly_imaging", "foreign_device_imaging"):
        _t(d, _pick(r, ("Repeat imaging only if new symptoms before departure.",
                        "Copy of this report to travel with the patient; a translated summary was requested.")))
    else:
        _t(d, _pick(r, ("Correlate with the outside pathology report, to be translated.",
                        "Request the outside contrast-enhanced series; only the non-contrast series was on the disc.",
                        "Follow-up imaging after return home; the report was provided in English for the referrer.")))
    d.w(" Referrer copy to ", d.o("EMAIL", lambda: _email(r, c), 0.3), ".\n\n")
    d.brk()


_EXTRAS = {
    "discharge": (_x_dc_meds, _x_dc_instructions, _x_interp_log, _x_travel, _x_code),
    "radiology": (_x_rad_history, _x_rad_dose, _x_rad_import, _x_rad_recs),
}


# --------------------------------------------------------------------------------------------------
# Corpus
# --------------------------------------------------------------------------------------------------

_KINDS: dict[str, tuple[str, Callable[[_Doc], None]]] = {
    "interpreter_discharge": ("discharge", _b_interpreter_discharge),
    "interpreter_consent": ("discharge", _b_interpreter_consent),
    "ipo_coordination": ("discharge", _b_ipo_coordination),
    "insurer_gop": ("discharge", _b_insurer_gop),
    "repatriation": ("discharge", _b_repatriation),
    "consulate_visa": ("discharge", _b_consulate_visa),
    "outside_records": ("discharge", _b_outside_records),
    "family_abroad": ("discharge", _b_family_abroad),
    "disc_import": ("radiology", _b_disc_import),
    "foreign_comparison": ("radiology", _b_foreign_comparison),
    "telerad_second_opinion": ("radiology", _b_telerad),
    "fitness_to_fly_imaging": ("radiology", _b_fitness_to_fly),
    "foreign_device_imaging": ("radiology", _b_foreign_device),
    "translation_addendum": ("radiology", _b_translation_addendum),
}
DOCUMENT_KINDS = tuple(_KINDS)
_BY_TYPE = {t: tuple(k for k, (nt, _) in _KINDS.items() if nt == t) for t in ("discharge", "radiology")}


def _is_heavy(seed: int, i: int) -> bool:
    return (i + seed) % HEAVY_EVERY == 11


def _note_type(seed: int, i: int) -> str:
    return "radiology" if _frac(i * _A_RAD + 0.137 * seed) < _RADIOLOGY_SHARE else "discharge"


def document_kind(seed: int, i: int) -> str:
    kinds = _BY_TYPE[_note_type(seed, i)]
    return kinds[int(_frac(i * _A_KIND + 0.413 * seed) * len(kinds))]


def _planned_categories(seed: int, i: int) -> list[str]:
    """Categories planted in note i: from Weyl sequences, so per-category totals are stable."""
    if _is_heavy(seed, i) or _frac(i * _A_PLANT + 0.2917 * seed) >= _PLANT_THRESHOLD:
        return []
    k = 1 + int(_frac(i * _A_COUNT + 0.53 * seed) * 4)
    return [CATEGORIES[int(_frac((4 * i + j) * _A_CAT + 0.071 * seed) * len(CATEGORIES))] for j in range(k)]


def _assemble(d: _Doc) -> tuple[str, list[tuple[int, int, str]]]:
    inserts: dict[int, list[list[Item]]] = {}
    breaks = d.breaks or [len(d.parts)]
    for cat in list(d.pending):
        items = _SNIPS[cat](d)
        d.looks.extend(_looks_of(items))
        at = breaks[-1] if d.r.random() < 0.35 else _pick(d.r, breaks)
        inserts.setdefault(at, []).append(items)
    d.pending.clear()
    parts: list[tuple[str, str | None]] = []
    for k in range(len(d.parts) + 1):
        for items in inserts.get(k, []):
            parts.extend(_fmt_items(items))
        if k < len(d.parts):
            parts.append(d.parts[k])
    text, spans, pos = [], [], 0
    for t, cat in parts:
        if cat is not None:
            spans.append((pos, pos + len(t), cat))
        text.append(t)
        pos += len(t)
    return "".join(text).rstrip("\n"), spans


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    """(note, look-alikes present in it, "heavy" | "normal"), deterministic from (seed, i)."""
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    heavy = _is_heavy(seed, i)
    cats = _planned_categories(seed, i)
    for attempt in range(12):
        r = random.Random(f"holdout42:{seed}:{i}:{attempt}")
        d = _Doc(r, cats, heavy)
        d.origin = _pick(r, _ORIGIN_CODES)
        d.kind = kind
        builder(d)
        target = r.randint(1500, 3900) if note_type == "discharge" else r.randint(1250, 3000)
        extras = list(_EXTRAS[note_type])
        r.shuffle(extras)
        while extras and len(d.text()) < target:
            extras.pop()(d)
        if heavy or r.random() < 0.1:
            _masked_block(d)
        if heavy:
            while d.text().count("___") < 25:
                _masked_block(d)
        text, spans = _assemble(d)
        if MIN_LEN <= len(text) <= MAX_LEN:
            break
    looks = list(dict.fromkeys(x for x in d.looks if x and x in text))
    return LabelledNote(note_type, text, spans), looks, ("heavy" if heavy else "normal")


def holdout42_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout42_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout42_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout42_corpus, argv, "Held-out corpus 42 (international and multilingual patients), written blind")
    holdout_measure.report("holdout42", args, notes, hits, res)


if __name__ == "__main__":
    main(sys.argv[1:])
