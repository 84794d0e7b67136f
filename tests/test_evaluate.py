"""`extract eval`: alignment of raw gold offsets, one-to-one matching, check scoring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vnreport_miner.evaluate import align, evaluate, format_report

RAW = "    Tỉnh có  40.240 đảng viên, chiếm 4,5% dân số.\nCó 12/15 xã đạt, chiếm 80%."
TEXT = "Tỉnh có 40.240 đảng viên, chiếm 4,5% dân số.\nCó 12/15 xã đạt, chiếm 80%."


def _gold_line(text: str, type_: str, occurrence: int = 0, **fields) -> dict:
    start = -1
    for _ in range(occurrence + 1):
        start = RAW.index(text, start + 1)
    return {
        "doc": "a.txt",
        "type": type_,
        "text": text,
        "start": start,
        "end": start + len(text),
        **fields,
    }


def _pred(text: str, type_: str, **fields) -> dict:
    start = TEXT.index(text)
    return {"doc_id": "d1", "path": "sub/a.txt", "type": type_, "text": text, "start": start,
            "end": start + len(text), **fields}  # fmt: skip


def _write(
    tmp_path: Path, gold: list[dict], mentions: list[dict], checks: list[dict]
) -> tuple[Path, Path]:
    gdir, pdir = tmp_path / "gold", tmp_path / "pred"
    gdir.mkdir()
    pdir.mkdir()
    (gdir / "a.txt.gold.jsonl").write_text(
        "".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), "utf-8"
    )
    (pdir / "documents.jsonl").write_text(
        json.dumps({"doc_id": "d1", "path": "sub/a.txt", "text": TEXT}) + "\n", "utf-8"
    )
    for name, rows in (("mentions", mentions), ("checks", checks)):
        (pdir / f"{name}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8"
        )
    return gdir, pdir


def test_evaluate_align_maps_raw_offsets_to_normalised_text() -> None:
    gold = [_gold_line("40.240 đảng viên", "quantity"), _gold_line("80%", "percent")]
    spans = align(gold, TEXT)
    assert [TEXT[s:e] for s, e in spans] == ["40.240 đảng viên", "80%"]


@pytest.mark.parametrize(
    ("pred_value", "expected_f1"),
    [(40240, 1.0), (40.24, 0.0)],  # a wrong value is not a match, even on the right span
)
def test_evaluate_match_needs_overlap_and_value(
    tmp_path: Path, pred_value: float, expected_f1: float
) -> None:
    gold = [
        _gold_line("40.240 đảng viên", "quantity", value=40240, unit="đảng viên", qualifier="exact")
    ]
    pred = [
        _pred("40.240 đảng viên", "quantity", value=pred_value, unit="đảng viên", qualifier="exact")
    ]
    result = evaluate(*_write(tmp_path, gold, pred, []))
    q = result["types"]["quantity"]
    assert q["f1"] == expected_f1
    assert q["span_f1"] == 1.0


def test_evaluate_field_accuracy_on_matches(tmp_path: Path) -> None:
    gold = [
        _gold_line("40.240 đảng viên", "quantity", value=40240, unit="đảng viên", qualifier="exact")
    ]
    pred = [_pred("40.240 đảng", "quantity", value=40240, unit="đảng", qualifier="exact")]
    q = evaluate(*_write(tmp_path, gold, pred, []))["types"]["quantity"]
    assert q["f1"] == 1.0
    assert q["fields"]["unit"]["accuracy"] == 0.0
    assert q["fields"]["qualifier"]["accuracy"] == 1.0


def test_evaluate_checks_found_confirmed_and_false_alarms(tmp_path: Path) -> None:
    claim = "Có 12/15 xã đạt, chiếm 80%."
    gold = [
        _gold_line(
            claim, "check", kind="ratio_percent", figures=[12, 15, 80], verdict="consistent"
        ),
        _gold_line(
            "Tỉnh có  40.240 đảng viên",
            "check",
            kind="repeat",
            figures=[40240, 40240],
            verdict="inconsistent",
        ),
    ]
    s = TEXT.index(claim)
    checks = [
        {"doc_id": "d1", "kind": "ratio_percent", "verdict": "consistent", "figures": [12, 15, 80],
         "start": s, "end": s + len(claim), "why": "12/15 = 80%"},
        {"doc_id": "d1", "kind": "granularity", "verdict": "inconsistent", "figures": [15, 80],
         "start": s, "end": s + len(claim), "why": "made-up alarm"},
    ]  # fmt: skip
    c = evaluate(*_write(tmp_path, gold, [], checks))["checks"]
    assert (c["confirmed_consistent"], c["gold_consistent"]) == (1, 1)
    assert (c["found_inconsistent"], c["gold_inconsistent"]) == (0, 1)
    assert (c["false_alarms"], c["pred_inconsistent"]) == (1, 1)


def test_evaluate_check_matches_gold_written_at_either_statement(tmp_path: Path) -> None:
    """A restatement relates two statements: gold may write its claim at the earlier one while
    the tool's claim is the later; the figure the check relates there still matches it."""
    first, later = "40.240 đảng viên", "Có 12/15 xã đạt"
    gold = [_gold_line(first, "check", kind="repeat", figures=[40240, 40240], verdict="consistent")]
    m_first = _pred(first, "quantity", id="d1:m0", value=40240)
    s = TEXT.index(later)
    check = {"doc_id": "d1", "kind": "repeat", "verdict": "consistent", "figures": [40240, 40240],
             "start": s, "end": s + len(later), "why": "stated twice"}  # fmt: skip
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    alone = evaluate(*_write(tmp_path / "a", gold, [m_first], [check]))["checks"]
    assert alone["confirmed_consistent"] == 0  # neither its claim nor a figure of it is there
    linked = evaluate(
        *_write(tmp_path / "b", gold, [m_first], [{**check, "mention_ids": ["d1:m0"]}])
    )["checks"]
    assert (linked["confirmed_consistent"], linked["gold_consistent"]) == (1, 1)


def test_evaluate_report_lists_every_type(tmp_path: Path) -> None:
    result = evaluate(*_write(tmp_path, [_gold_line("80%", "percent", value=80)], [], []))
    report = format_report(result)
    for t in ("quantity", "percent", "ratio", "date", "period", "legal_ref", "entity", "Checks"):
        assert t in report
    assert result["types"]["percent"]["recall"] == 0.0


@pytest.mark.parametrize(
    ("gold", "pred", "shared"),
    [
        ([63, 38.7, 61.4], [63e9, 38.7e9, 61.4], True),  # money in tỷ vs in đồng
        ([1349, 1443, 93.5], [1349, 1443, 93.5], True),
        ([24, 17, 3, 1, 2], [24, 17, 3], True),  # two in common suffice
        ([879, 119], [937, 137], False),
        ([31, 18.2], [31], True),  # all of a shorter list
    ],
)
def test_evaluate_check_figures_match_across_scales(gold: list, pred: list, shared: bool) -> None:
    from vnreport_miner.evaluate import _figures_share

    assert _figures_share(gold, pred) is shared


@pytest.mark.parametrize(
    "line", ["[1, 2]", '{"type": "quantity", "text": "5 xã"}', "không phải JSON"]
)
def test_evaluate_bad_gold_line_is_a_clear_error(tmp_path: Path, line: str) -> None:
    from vnreport_miner.errors import MinerError

    (tmp_path / "a.txt.gold.jsonl").write_text(line + "\n", encoding="utf-8")
    with pytest.raises(MinerError, match=r"E402.*a\.txt\.gold\.jsonl:1"):
        evaluate(tmp_path, tmp_path)
