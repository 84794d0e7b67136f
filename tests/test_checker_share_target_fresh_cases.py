"""share and target: a plan named right after its percent without a bracket, an age inside the
achievement's noun, and a rate over the population stated earlier. Our own sentences: each
pattern with its positive and the look-alikes that must stay silent."""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

_OPTS = Options(entities=False)


def verdicts(text: str, kind: str) -> list[tuple[str, list[float]]]:
    return [
        (c.verdict, c.figures) for c in process_text(text, options=_OPTS).checks if c.kind == kind
    ]


# (kind, passage, verdict expected, figures the row holds)
FOUND = [
    (
        "target",
        "Năm 2024, toàn xã cấp được 870 thẻ bảo hiểm y tế, đạt 93% kế hoạch giao là 1.000 thẻ.",
        "inconsistent",
        [1000, 870],
    ),
    (
        "target",
        "Năm 2024, toàn xã cấp được 870 thẻ bảo hiểm y tế, đạt 87% kế hoạch giao là 1.000 thẻ.",
        "consistent",
        [1000, 870],
    ),
    (
        "target",
        "Các xã trồng mới 412 ha rừng, chỉ đạt 90,2% so với kế hoạch trồng rừng 500 ha.",
        "inconsistent",
        [500, 412],
    ),
    (
        "target",
        "Huyện đã khám sàng lọc cho 1.530 người trên 60 tuổi tại các trạm y tế, đạt 95,6% kế hoạch giao là 1.600 người.",
        "consistent",
        [1600, 1530],
    ),
    (
        "target",
        "Huyện đã khám sàng lọc cho 1.530 người trên 60 tuổi tại các trạm y tế, đạt 97,6% kế hoạch giao là 1.600 người.",
        "inconsistent",
        [1600, 1530],
    ),
    (
        "share",
        "Dân số của xã là 12.400 người. Xã có 596 đảng viên, sinh hoạt ở 14 chi bộ; tỷ lệ đảng viên so với dân số đạt 5,8%.",
        "inconsistent",
        [596, 12400],
    ),
    (
        "share",
        "Dân số của xã là 12.400 người. Xã có 596 đảng viên, sinh hoạt ở 14 chi bộ; tỷ lệ đảng viên so với dân số đạt 4,8%.",
        "consistent",
        [596, 12400],
    ),
    (
        "share",
        "Dân số trung bình năm 2024 của thị xã là 86.300 người. Đến cuối năm, có 80.120 người tham gia bảo hiểm y tế, đạt tỷ lệ bao phủ 94,8% dân số.",
        "inconsistent",
        [80120, 86300],
    ),
    (
        "share",
        "Dân số trung bình năm 2024 của thị xã là 86.300 người. Đến cuối năm, có 80.120 người tham gia bảo hiểm y tế, đạt tỷ lệ bao phủ 92,8% dân số.",
        "consistent",
        [80120, 86300],
    ),
]

SILENT = [
    # a plan of another indicator, a revised plan after a comma, a comparison between
    (
        "target",
        "Năm 2024, toàn xã cấp được 870 thẻ bảo hiểm y tế, đạt 93% kế hoạch và cao hơn 1.000 thẻ của năm trước.",
    ),
    (
        "target",
        "Năm 2024, toàn xã cấp được 870 thẻ bảo hiểm y tế, đạt 93% kế hoạch, kế hoạch năm sau là 1.000 thẻ.",
    ),
    ("target", "Năm 2024, toàn xã cấp được 870 thẻ bảo hiểm y tế, đạt 93% kế hoạch của 12 xã."),
    ("target", "Các xã trồng mới 412 ha rừng, chỉ đạt 90,2% so với kế hoạch điều chỉnh 500 ha."),
    ("target", "Các xã trồng mới 412 ha rừng, đạt 90,2% kế hoạch năm 2024 là 500 ha."),
    # another population: of the province, of working age, of another year, of a commune
    (
        "share",
        "Dân số toàn tỉnh là 1.240.000 người. Huyện có 5.318 đảng viên; tỷ lệ đảng viên so với dân số đạt 5,1%.",
    ),
    (
        "share",
        "Dân số trong độ tuổi lao động là 86.300 người. Đến cuối năm, có 80.120 người tham gia bảo hiểm y tế, đạt tỷ lệ bao phủ 94,8% dân số.",
    ),
    (
        "share",
        "Dân số năm 2020 của huyện là 86.300 người. Năm 2024, có 80.120 người tham gia bảo hiểm y tế, đạt tỷ lệ bao phủ 94,8% dân số.",
    ),
    (
        "share",
        "Dân số huyện là 128.460 người, dân số xã Tân An là 9.870 người. Xã Tân An có 596 đảng viên; tỷ lệ đảng viên so với dân số đạt 5,8%.",
    ),
    (
        "share",
        "Dân số của huyện là 86.300 người. Xã Tân An có 8.120 người tham gia bảo hiểm y tế, đạt tỷ lệ bao phủ 94,8% dân số.",
    ),
    (
        "share",
        "Dân số của xã là 12.400 người. Xã có 596 đảng viên; tỷ lệ đảng viên nữ so với dân số đạt 5,8%.",
    ),
]


@pytest.mark.parametrize(("kind", "text", "verdict", "figures"), FOUND)
def test_found(kind: str, text: str, verdict: str, figures: list[float]) -> None:
    got = verdicts(text, kind)
    assert any(v == verdict and all(f in figs for f in figures) for v, figs in got), got


@pytest.mark.parametrize(("kind", "text"), SILENT)
def test_silent(kind: str, text: str) -> None:
    assert not [v for v, _ in verdicts(text, kind) if v == "inconsistent"]
