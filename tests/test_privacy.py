"""Issue 5: suppression that survives subtraction, the guard, cert hash, signatures, verify."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest
from conftest import DEMO
from hypothesis import given, settings
from hypothesis import strategies as st

from lqs_clinical.bundle import Bundle, Result, Stratum, bundle_json_schema
from lqs_clinical.certify import certify, keygen, load_private, load_public, verify_data
from lqs_clinical.errors import ExitCode, GuardViolation, UserError
from lqs_clinical.guard import guard_bundle
from lqs_clinical.suppress import suppress_result


def population_result(counts: list[int], total_field: str = "denominator") -> Result:
    cells = [Stratum(key=f"cat{i}", key_source="fixed", count=c) for i, c in enumerate(counts)]
    total = sum(counts)
    return Result(id="population:x", check="population", table="patients", columns=["race"], numerator=total,
                  denominator=total, rate=1.0 if total else None, status="pass", dimension="population coverage",
                  kahn="characterization", unit="patients", breakdown=cells, breakdown_total=total_field)


@settings(max_examples=400, deadline=None)
@given(counts=st.lists(st.integers(min_value=0, max_value=60), min_size=1, max_size=12),
       k=st.integers(min_value=5, max_value=20))
def test_no_withheld_cell_recoverable_by_subtraction(counts, k):
    r = suppress_result(population_result(counts), k)
    shown = [c.count for c in r.breakdown if "count" not in c.suppressed]
    hidden = [c for c in r.breakdown if "count" in c.suppressed]
    # nothing small is shown
    assert all(v == 0 or v >= k for v in shown)
    assert all(c.count is None and c.rate is None for c in hidden)
    total = r.denominator
    if total is not None and 1 <= total < k:
        pytest.fail("a small total is shown")
    if hidden and total is not None:
        rest = total - sum(shown)
        # one withheld cell would equal the rest; rest == number withheld would make each of them 1
        assert len(hidden) >= 2 and rest > len(hidden)
    # every withheld true value is really recoverable by nobody: at least two values fit each cell
    for cell, true in zip(r.breakdown, counts, strict=True):
        if "count" in cell.suppressed:
            assert true >= 1  # zero is never withheld


def test_rates_withheld_with_their_counts():
    r = Result(id="missingness:admissions:race", check="missingness", table="admissions", columns=["race"],
               numerator=3, denominator=275, rate=3 / 275, status="warn", dimension="completeness",
               kahn="completeness", metrics={"null": 3, "empty": 0, "null_rate": 3 / 275})
    suppress_result(r, 11)
    assert (r.numerator, r.rate, r.denominator) == (None, None, 275)
    assert r.metrics == {"null": None, "empty": 0, "null_rate": None}
    assert set(r.suppressed) == {"numerator", "rate", "metrics.null", "metrics.null_rate"}


def test_detector_figures_are_not_withheld_with_a_small_count():
    """The notes detector's recall and FP rate come from synthetic text, the same for every table: they stay,
    while every figure derived from the withheld note count goes."""
    tool = {"detector_recall": 0.93, "detector_recall_low": 0.7, "detector_recall_high": 1.0,
            "detector_fp_rate": 0.01, "detector_fp_rate_low": 0.0, "detector_fp_rate_high": 0.04}
    r = Result(id="residual_phi:discharge:PERSON", check="residual_phi", table="discharge", columns=["text"],
               numerator=4, denominator=900, rate=4 / 900, status="warn", dimension="de-identification quality",
               kahn="de-identification", unit="notes",
               metrics={"hits": 5, "rate_per_1000": 4.4, "rate_per_1000_ci_low": 1.7, "rate_per_1000_ci_high": 11.4,
                        "calibrated_rate": 0.004, "calibrated_ci_low": 0.0, "calibrated_ci_high": 0.012, **tool})
    suppress_result(r, 11)
    assert {k: v for k, v in r.metrics.items() if v is not None} == tool
    assert set(r.suppressed) == {"numerator", "rate", "metrics.hits", "metrics.rate_per_1000",
                                 "metrics.rate_per_1000_ci_low", "metrics.rate_per_1000_ci_high",
                                 "metrics.calibrated_rate", "metrics.calibrated_ci_low", "metrics.calibrated_ci_high"}


def test_data_labels_of_withheld_cells_removed():
    r = population_result([40, 1, 25])
    r.breakdown[1].key = "A RARE LABEL"
    r.breakdown[1].key_source = "data"
    suppress_result(r, 11)
    assert [c.key for c in r.breakdown] == ["cat0", "(suppressed)", "cat2"]
    # complementary: the next-smallest cell (25) is withheld too
    assert [c.count for c in r.breakdown] == [40, None, None]


def test_schema_file_in_sync():
    from lqs_clinical.resources import data_path

    on_disk = json.loads((data_path("schema") / "bundle.schema.json").read_text())
    assert on_disk == bundle_json_schema(), "run `make schema` and commit schema/bundle.schema.json"


# --- guard, hash and signature -------------------------------------------------------------

@pytest.fixture(scope="module")
def signed(tmp_path_factory, demo_run):
    bundle, _, _ = demo_run
    keys = tmp_path_factory.mktemp("keys")
    private, public = keygen(keys)
    other_private, other_public = keygen(tmp_path_factory.mktemp("other"))
    signed = certify(Bundle.model_validate(bundle.model_dump()), load_private(private))
    return signed.model_dump(mode="json"), public, other_private, other_public


def test_keygen_private_key_mode(tmp_path):
    private, public = keygen(tmp_path / "k")
    assert oct(private.stat().st_mode & 0o777) == "0o600"
    assert public.read_text().startswith("-----BEGIN PUBLIC KEY-----")
    with pytest.raises(UserError):
        keygen(tmp_path / "k")  # never overwrites a key


def test_untouched_bundle_verifies(signed):
    data, public, _, _ = signed
    assert verify_data(data, load_public(public)).cert.signature
    assert verify_data(data).cert.hash == data["cert"]["hash"]


def _code(data, key=None) -> int:
    with pytest.raises(UserError) as info:
        verify_data(data, key)
    return info.value.code


def test_tampered_number_label_signature(signed):
    data, public, other_private, other_public = signed
    pub = load_public(public)
    number = json.loads(json.dumps(data))
    r = next(r for r in number["results"] if r["id"] == "missingness:labevents:hadm_id")
    r["numerator"] += 1
    assert _code(number, pub) == ExitCode.VERIFY_HASH
    label = json.loads(json.dumps(data))
    label["dataset"]["title"] = "Some other dataset"
    assert _code(label, pub) == ExitCode.VERIFY_HASH
    sig = json.loads(json.dumps(data))
    raw = bytearray(__import__("base64").b64decode(sig["cert"]["signature"]))
    raw[0] ^= 1
    sig["cert"]["signature"] = __import__("base64").b64encode(bytes(raw)).decode()
    assert _code(sig, pub) == ExitCode.VERIFY_SIGNATURE
    assert _code(data, load_public(other_public)) == ExitCode.VERIFY_SIGNATURE
    # re-signed by another key, with that key embedded: fails against the expected key
    resigned = certify(Bundle.model_validate(data), load_private(other_private)).model_dump(mode="json")
    assert _code(resigned, pub) == ExitCode.VERIFY_SIGNATURE
    assert verify_data(resigned).cert.key_id != data["cert"]["key_id"]


def test_guard_failure_in_verify(signed):
    data, _, _, _ = signed
    leaky = json.loads(json.dumps(data))
    r = next(r for r in leaky["results"] if r["id"] == "missingness:labevents:hadm_id")
    r["numerator"] = 4  # a small count, then re-certified so the hash is consistent
    leaky["cert"] = None
    recert = certify(Bundle.model_validate(leaky)).model_dump(mode="json")
    assert _code(recert) == ExitCode.VERIFY_GUARD
    assert _code({"not": "a bundle"}) == ExitCode.VERIFY_SCHEMA


@pytest.mark.parametrize("mutate, field", [
    (lambda d: d["results"][0]["columns"].append("Jane Doe"), "results[0].columns[0]"),
    (lambda d: d["results"][0].update(table="2180-05-06 22:23:00"), "results[0].table"),
    (lambda d: d["results"][0]["metrics"].update(rows=3), "results[0].metrics.rows"),
    (lambda d: d["dataset"].update(release="10000032"), "dataset.release"),
    (lambda d: d["parameters"].update(notes_calibration="Jane Doe;seed=1"), "parameters.notes_calibration"),
])
def test_guard_names_field_not_value(signed, mutate, field):
    data, _, _, _ = signed
    bad = json.loads(json.dumps(data))
    bad["cert"] = None
    idx = next(i for i, r in enumerate(bad["results"]) if r["unit"] == "rows" and r["id"].startswith("row_count"))
    bad["results"][0], bad["results"][idx] = bad["results"][idx], bad["results"][0]
    mutate(bad)
    with pytest.raises(GuardViolation) as info:
        guard_bundle(bad)
    message = str(info.value)
    assert field.split("[")[0] in message
    for value in ("Jane Doe", "2180-05-06", "10000032"):
        assert value not in message


def test_verify_cli_exit_codes(signed, tmp_path):
    data, public, _, other_public = signed
    good = tmp_path / "evidence.json"
    good.write_text(json.dumps(data))
    run = [sys.executable, "-m", "lqs_clinical", "verify", str(good)]
    assert subprocess.run([*run, "--public-key", str(public)], capture_output=True).returncode == 0
    assert subprocess.run([*run, "--public-key", str(other_public)], capture_output=True).returncode == 11
    tampered = json.loads(json.dumps(data))
    tampered["parameters"]["k"] = 5
    good.write_text(json.dumps(tampered))
    assert subprocess.run(run, capture_output=True).returncode == 10


def test_unsafe_k_recorded(tmp_path):
    from lqs_clinical.runner import RunOptions, profile_dataset

    with pytest.raises(UserError):
        profile_dataset(DEMO, tmp_path / "a", RunOptions(k=3, hash_files=False, only={"schema_tables"}))
    assert not (tmp_path / "a" / "evidence.json").exists()
    bundle, _ = profile_dataset(DEMO, tmp_path / "b", RunOptions(k=3, unsafe_k=True, hash_files=False,
                                                                 only={"schema_tables"}))
    assert (bundle.parameters.k, bundle.parameters.unsafe_k) == (3, True)


# --- no partial output -------------------------------------------------------------------------

def test_crash_leaves_no_bundle(tmp_path, monkeypatch):
    from lqs_clinical import runner
    from lqs_clinical.runner import RunOptions, profile_dataset

    def boom(*args, **kwargs):
        raise RuntimeError("simulated crash in the middle of a run")

    monkeypatch.setattr(runner, "fingerprint", boom)
    with pytest.raises(RuntimeError):
        profile_dataset(DEMO, tmp_path / "out", RunOptions())
    assert not (tmp_path / "out" / "evidence.json").exists()


def _ctrl_c_as_in_a_terminal() -> None:
    """The child gets Ctrl-C as a user's terminal delivers it. A test run started in the background by
    a non-interactive shell (`make test &`) inherits SIGINT ignored, and so would every child."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_leaves_no_bundle(tmp_path):
    out = tmp_path / "out"
    # --no-cache: the session's shared test cache would make this run finish in about a second
    proc = subprocess.Popen([sys.executable, "-m", "lqs_clinical", "profile", str(DEMO), "--out", str(out),
                             "--no-cache"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_ctrl_c_as_in_a_terminal)
    time.sleep(1.5)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    if proc.returncode == 0:
        pytest.fail("the run finished before the interrupt; the test needs a slower run")
    assert proc.returncode == ExitCode.INTERRUPTED, stderr
    assert "Traceback" not in stderr
    assert not out.exists() or not list(out.iterdir())


# A real SIGINT sent by the process to itself at a chosen point of the run: deterministic, unlike
# a timer, and it goes through the same signal handling as a user's Ctrl-C.
_SELF_INTERRUPT = """
import os, signal, sys
import {module} as target
real = target.{name}
calls = []
def patched(*args, **kwargs):
    calls.append(1)
    if len(calls) == {on_call}:
        print("self-interrupt sent", flush=True)
        os.kill(os.getpid(), signal.SIGINT)
    return real(*args, **kwargs)
target.{name} = patched
from lqs_clinical.cli import main
main(sys.argv[1:])
"""


def _run_interrupted(module: str, name: str, args: list[str], on_call: int = 1) -> subprocess.CompletedProcess:
    code = _SELF_INTERRUPT.format(module=module, name=name, on_call=on_call)
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300,
                          preexec_fn=_ctrl_c_as_in_a_terminal)
    assert "self-interrupt sent" in proc.stdout, (proc.stdout, proc.stderr)
    return proc


def test_ctrl_c_while_reports_render_leaves_nothing(tmp_path):
    """The bundle is complete when the reports render; an interrupt there must not publish it alone."""
    out = tmp_path / "out"
    proc = _run_interrupted("lqs_clinical.report", "render_markdown", ["profile", str(DEMO), "--out", str(out)])
    assert proc.returncode == ExitCode.INTERRUPTED, proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip() == "error: interrupted; no output written"
    assert not out.exists() or not list(out.iterdir())


def test_ctrl_c_during_publication_completes_the_set(tmp_path):
    """Past the commit point an interrupt cannot undo the outputs: all three files, exit 0."""
    out = tmp_path / "out"
    # --no-cache: the first os.replace of the run is then publication's first rename
    proc = _run_interrupted("os", "replace", ["profile", str(DEMO), "--out", str(out), "--no-cache"])
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in out.iterdir()) == ["evidence.json", "model-card.md", "report.html"]
    verify_data(json.loads((out / "evidence.json").read_text()))


def test_ctrl_c_after_first_site_leaves_no_site_bundle(tmp_path):
    """--split-by writes one bundle per site; an interrupt after the first must not leave it behind."""
    from conftest import EICU_DEMO

    out = tmp_path / "sites"
    proc = _run_interrupted("lqs_clinical.split", "finalize", ["profile", str(EICU_DEMO), "--out", str(out),
                                                              "--split-by", "hospitalid", "--no-notes", "--k", "10"],
                            on_call=2)
    assert proc.returncode == ExitCode.INTERRUPTED, proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists() or not [p for p in out.rglob("*") if p.is_file()]


def test_main_gives_the_callers_ctrl_c_handler_back(tmp_path):
    """Publication ignores SIGINT until the command returns; an in-process caller gets its handler back."""
    from lqs_clinical.cli import main

    def mine(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, mine)
    try:
        with pytest.raises(SystemExit) as done:
            main(["profile", str(DEMO), "--out", str(tmp_path / "out"), "--no-reports", "--quiet"])
        assert done.value.code == 0
        assert signal.getsignal(signal.SIGINT) is mine
    finally:
        signal.signal(signal.SIGINT, previous)



def _phi_result(table: str, recall: float) -> dict:
    return {"id": f"residual_phi:{table}:PERSON", "check": "residual_phi", "table": table, "columns": ["text"],
            "numerator": None, "denominator": 900, "rate": None, "status": "warn",
            "dimension": "de-identification quality", "kahn": "de-identification", "unit": "notes",
            "metrics": {"hits": None, "detector_recall": recall, "detector_recall_low": 0.67},
            "breakdown": [], "suppressed": ["numerator", "rate", "metrics.hits"]}


def test_guard_holds_detector_figures_to_describing_the_tool(signed):
    """Suppression leaves detector_* beside a withheld count because the figures are the same for every
    table; the guard refuses them where they differ between tables or are no proportion."""
    data, _, _, _ = signed

    def with_results(*results: dict) -> dict:
        d = json.loads(json.dumps(data))
        d["cert"] = None
        d["results"].extend(results)
        return d

    same = with_results(_phi_result("discharge", 1.0), _phi_result("radiology", 1.0))
    assert guard_bundle(same)
    assert verify_data(certify(Bundle.model_validate(same)).model_dump(mode="json"))  # 1.0 reads back as 1
    with pytest.raises(GuardViolation, match=r"metrics\.detector_recall: differs from"):
        guard_bundle(with_results(_phi_result("discharge", 0.93), _phi_result("radiology", 0.91)))
    with pytest.raises(GuardViolation, match="must be a proportion"):
        guard_bundle(with_results(_phi_result("discharge", 4.0)))
