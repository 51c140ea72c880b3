"""Per-dimension summaries; the indicator formula is data (profiles/dimensions.yaml)."""

from __future__ import annotations

import ast
import operator

from lqs_clinical import yamlio
from lqs_clinical.bundle import DIMENSIONS, DimensionSummary, Result
from lqs_clinical.resources import data_path

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def _evaluate(expr: str, names: dict[str, float]) -> float | None:
    """Evaluate + - * / over named counts; a zero denominator means "no applicable check"."""

    def walk(node: ast.AST) -> float:
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](walk(node.left), walk(node.right))
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            return float(node.value)
        if isinstance(node, ast.Name) and node.id in names:
            return float(names[node.id])
        raise ValueError(f"unsupported element in dimension formula: {ast.dump(node)}")

    try:
        return walk(ast.parse(expr, mode="eval"))
    except ZeroDivisionError:
        return None


def load_formulas() -> dict[str, str]:
    data = yamlio.read(data_path("profiles") / "dimensions.yaml")
    return dict(data["dimensions"])


def formula_words() -> set[str]:
    return set(load_formulas().values())


def summarise(results: list[Result]) -> list[DimensionSummary]:
    formulas = load_formulas()
    out = []
    for dim in DIMENSIONS:
        mine = [r for r in results if r.dimension == dim]
        counts = {s: sum(1 for r in mine if r.status == s) for s in ("pass", "warn", "fail", "not_applicable",
                                                                      "error")}
        names = {"passed": counts["pass"], "warned": counts["warn"], "failed": counts["fail"]}
        value = _evaluate(formulas[dim], names) if dim in formulas else None
        out.append(DimensionSummary(dimension=dim, checks=len(mine), passed=counts["pass"], warned=counts["warn"],
                                    failed=counts["fail"], not_applicable=counts["not_applicable"],
                                    errors=counts["error"],
                                    indicator=None if value is None else round(value, 4),
                                    formula=formulas.get(dim)))
    return out
