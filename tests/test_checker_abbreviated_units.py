"""Abbreviated units read as the noun they stand for: "đ/c" (đồng chí) and "TCCS đảng" (tổ chức
cơ sở đảng), as Party reports write them in counts. Rewriting "N đồng chí" as "N đ/c" in the 200
development reports once changed the check rows of 108 of them; now of 12 (readings that name
"đồng chí" in their own words). Our own sentences."""

from __future__ import annotations

import pytest
from checkhelp import OPTS, checks_of, told

from vnreport_miner.pipeline import process_text

CASES = [
    # (text, kind, verdict, figures)
    ("Chi bộ có 12 đ/c, trong đó nữ 5 đ/c, chiếm 41,7%.", "granularity", "consistent", [12, 41.7]),
    ("Chi bộ có 12 đ/c, trong đó nữ 5 đ/c, chiếm 45,7%.", "share", "inconsistent", [5, 12, 45.7]),
    (
        "Năm 2024 thi hành kỷ luật 12 đảng viên: khiển trách 8 đ/c, cảnh cáo 3 đ/c, khai trừ 2 đ/c.",
        "part_whole",
        "inconsistent",
        [12, 8, 3, 2],
    ),
    (
        "Đảng bộ huyện có 38 TCCS đảng, gồm 17 đảng bộ cơ sở và 21 chi bộ cơ sở.",
        "part_whole",
        "consistent",
        [38, 17, 21],
    ),
    (
        "Đảng bộ huyện có 38 TCCS đảng, gồm 17 đảng bộ cơ sở và 22 chi bộ cơ sở.",
        "part_whole",
        "inconsistent",
        [38, 17, 22],
    ),
]


@pytest.mark.parametrize("text,kind,verdict,figures", CASES)
def test_abbreviated_units(text: str, kind: str, verdict: str, figures: list[float]) -> None:
    got = checks_of(text)
    assert told(got, kind, verdict, figures), [(c.kind, c.verdict, c.figures) for c in got]


def test_tccs_dang_is_one_unit() -> None:
    doc = process_text("Toàn huyện có 38 TCCS đảng.", options=OPTS)
    (m,) = [m for m in doc.mentions if m.type == "quantity"]
    assert m.text == "38 TCCS đảng"
    assert m.attrs["unit_lemma"] == "tổ chức cơ sở đảng"
