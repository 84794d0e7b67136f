"""A verb after a list item's mark still governs its count, and the households of members are no
share of every household (sentences written for these tests; the arithmetic is in each comment)."""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

CASES = [
    # "b) Kiểm tra …": no k/23 rounds to 30,5% (7/23 = 30,43%, 8/23 = 34,78%)
    ("b) Kiểm tra chuyên đề 23 tổ chức đảng trực thuộc; qua kiểm tra, 30,5% số tổ chức đảng "
     "được kiểm tra có khuyết điểm.", "granularity", [23, 30.5], "inconsistent"),
    # 7/23 = 30,43% -> 30,4%
    ("b) Kiểm tra chuyên đề 23 tổ chức đảng trực thuộc; qua kiểm tra, 30,4% số tổ chức đảng "
     "được kiểm tra có khuyết điểm.", "granularity", [23, 30.4], "consistent"),
    # "2. Giám sát …": 5/41 = 12,2%, 6/41 = 14,6%; no whole count gives 12,5%
    ("2. Giám sát 41 đảng viên là cán bộ chủ chốt; qua giám sát, 12,5% số đảng viên được giám sát "
     "phải khắc phục hạn chế.", "granularity", [41, 12.5], "inconsistent"),
    # every household of the village: 208/640 = 32,5%, not 36,5%
    ("Thôn Tân Lập có 640 hộ, 2.710 nhân khẩu. Số hộ khá, giàu 208 hộ, chiếm 36,5%.", "share",
     [208, 640, 36.5], "inconsistent"),
]  # fmt: skip

SILENT = [
    # the households of the youth members (48 of 96 = 50%), not of the village's 640
    "Thôn Tân Lập có 640 hộ, 2.710 nhân khẩu. Chi đoàn thôn có 96 đoàn viên. Số hộ đoàn viên "
    "khá, giàu 48 hộ, chiếm 50%.",
    "Xã có 1.210 hộ. Số hộ hội viên nông dân sản xuất, kinh doanh giỏi 164 hộ, chiếm 41,2%.",
]


def _checks(text: str) -> list:
    return process_text(text, options=Options(entities=False)).checks


@pytest.mark.parametrize(("text", "kind", "figures", "verdict"), CASES)
def test_read(text: str, kind: str, figures: list[float], verdict: str) -> None:
    got = [c for c in _checks(text) if c.kind == kind and c.figures == figures]
    assert [c.verdict for c in got] == [verdict], [
        (c.kind, c.figures, c.verdict) for c in _checks(text)
    ]


@pytest.mark.parametrize("text", SILENT)
def test_no_alarm(text: str) -> None:
    alarms = [c for c in _checks(text) if c.verdict == "inconsistent"]
    assert not alarms, [(c.kind, c.figures, c.why) for c in alarms]
