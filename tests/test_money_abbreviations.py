"""Amounts with the million abbreviated against the currency ("45 tr.đ/người/năm"): read as
"45 triệu đồng/người/năm", and checked as such (budget lines and incomes are often written so).
Rewriting "triệu đồng" as "tr.đ" in the 200 development reports lost 102 check rows before."""

from __future__ import annotations

import pytest

from tests.checkhelp import checks_of, told
from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

_OPTS = Options(entities=False)


def _amounts(text: str) -> list[tuple[str, float, str]]:
    doc = process_text(text, options=_OPTS)
    return [
        (m.text, m.attrs["value"], m.attrs["unit_lemma"])
        for m in doc.mentions
        if m.type == "quantity" and m.attrs.get("unit_lemma", "").startswith("đồng")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thu nhập bình quân đạt 45 tr.đ/người/năm.", [("45 tr.đ/người/năm", 45_000_000, "đồng người năm")]),
        ("Hỗ trợ 120 Tr.đ cho các hộ.", [("120 Tr.đ", 120_000_000, "đồng")]),
        ("Kinh phí 2,5 tr đồng.", [("2,5 tr đồng", 2_500_000, "đồng")]),
        ("Đã chi 3,2 tr. đồng.", [("3,2 tr. đồng", 3_200_000, "đồng")]),
        ("Mức thu 45 trđ/người.", [("45 trđ/người", 45_000_000, "đồng người")]),
        ("Lãi bình quân 52,4 triệu đồng/người/năm.", [("52,4 triệu đồng/người/năm", 52_400_000, "đồng người năm")]),
    ],
)  # fmt: skip
def test_million_abbreviated_before_the_currency(text: str, expected: list) -> None:
    assert _amounts(text) == expected


def test_tr_point_alone_is_no_amount() -> None:
    # "tr." is also a page: without the currency after it, no multiplier
    doc = process_text("Tài liệu dày 25 tr. Đảng bộ có 14 chi bộ.", options=_OPTS)
    assert not [m for m in doc.mentions if m.attrs.get("value") == 25_000_000]


def test_a_budget_split_in_tr_d_is_checked() -> None:
    text = (
        "Tổng kinh phí thực hiện đề án là 1.250 tr.đ, trong đó ngân sách tỉnh 800 tr.đ, "
        "ngân sách huyện 450 tr.đ."
    )
    assert told(checks_of(text, "part_whole"), "part_whole", "consistent", [1.25e9, 8e8, 4.5e8])


def test_an_income_rise_in_tr_d_is_checked() -> None:
    text = "Thu nhập bình quân đạt 45 tr.đ/người/năm, tăng 5 tr.đ so với năm 2020 (38 tr.đ)."
    assert told(checks_of(text, "change"), "change", "inconsistent", [3.8e7, 4.5e7, 5e6])
    fixed = text.replace("tăng 5 tr.đ", "tăng 7 tr.đ")
    assert told(checks_of(fixed, "change"), "change", "consistent", [3.8e7, 4.5e7, 7e6])


@pytest.mark.parametrize("money", ["triệu đồng", "tr.đ"])
def test_an_income_against_its_target_in_either_spelling(money: str) -> None:
    text = (
        f"Mục tiêu năm 2024: thu nhập bình quân đầu người 66 {money}; tỷ lệ hộ nghèo dưới 1,5%. "
        f"Năm 2024, thu nhập bình quân đầu người ước đạt 68,4 {money}, vượt 5,2% so với mục tiêu."
    )
    assert told(checks_of(text, "target"), "target", "inconsistent", [66, 68.4, 5.2])
