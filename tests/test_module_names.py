"""No checker module binds one top-level name twice: the rule tables are many module-level
patterns, and a second ``_YEAR_CELL = …`` far down a file silently replaces the first for every
rule above it (this happened once, and a table rule read header years as parts); nor calls an
anchored pattern from a position (below)."""

from __future__ import annotations

import ast
import importlib
import re
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "vnreport_miner"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
    return names


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE)) for p in MODULES])
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    twice = [n for n, k in Counter(_top_level_names(tree)).items() if k > 1 and n != "__all__"]
    assert twice == []


# A pattern anchored with "^" never matches at a start position given as an argument
# (``P.match(text, pos)``: "^" is the real start of the string), so such a call is always
# False — a rule silently off. Slices are used instead; this test finds the calls that forget.


def _anchored(module: object, name: str) -> bool:
    if name.startswith("vocab."):
        from vnreport_miner.checker import vocab

        module, name = vocab, name[len("vocab.") :]
    pattern = getattr(module, name, None)
    return (
        isinstance(pattern, re.Pattern)
        and pattern.pattern.startswith("^")
        and not pattern.flags & re.MULTILINE
    )


def _calls_from_a_position(src: str) -> list[tuple[int, str]]:
    """(line, pattern name) of every ``NAME.match/search/fullmatch(text, pos …)`` call in
    ``src``: read from the syntax tree, so brackets inside string arguments ("…rstrip(")")") do
    not confuse it."""
    found = []
    for node in ast.walk(ast.parse(src)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr not in ("match", "search", "fullmatch"):
            continue
        owner = node.func.value
        if isinstance(owner, ast.Name):
            name = owner.id
        elif (
            isinstance(owner, ast.Attribute)
            and isinstance(owner.value, ast.Name)
            and owner.value.id == "vocab"
        ):
            name = f"vocab.{owner.attr}"
        else:
            continue
        if not _NAME.fullmatch(name):
            continue
        if len(node.args) >= 2 or any(k.arg == "pos" for k in node.keywords):
            found.append((node.lineno, name))
    return found


_NAME = re.compile(r"(?:vocab\.)?[A-Z_][A-Z0-9_]*")


def test_the_call_finder_reads_calls_not_text() -> None:
    src = 'A.match(t, 3)\nB.search(t.rstrip(")"))\nvocab.C.match(t, pos=2)\nD.match(f"(", 1)\nx.match(t, 1)\n'
    assert _calls_from_a_position(src) == [(1, "A"), (3, "vocab.C"), (4, "D")]


CHECKER = sorted((PACKAGE / "checker").glob("*.py"))


@pytest.mark.parametrize("path", CHECKER, ids=[p.name for p in CHECKER])
def test_no_anchored_pattern_is_matched_from_a_position(path: Path) -> None:
    name = "vnreport_miner.checker" + ("" if path.stem == "__init__" else f".{path.stem}")
    module = importlib.import_module(name)
    src = path.read_text(encoding="utf-8")
    bad = [
        f"line {line}: {name}"
        for line, name in _calls_from_a_position(src)
        if _anchored(module, name)
    ]
    assert bad == []
