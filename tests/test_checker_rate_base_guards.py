"""Alarms of older fraction, list and GRIM readings that white-box reviews 88 (GRIM) and 89
(fractions and lists in prose) drew on consistent passages, in our own words: each raised an
`inconsistent` verdict at the session's earlier code and must raise none now.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

_OPTS = Options(entities=False)

SILENT = [
    # a percent of a plan named with 'so với'
    "Có 16/19 xã đã có nhà văn hóa xã đạt chuẩn, đạt 88% so với kế hoạch giai đoạn 2021 - 2025.",
    # a percent of a length, not of the counted units
    "Đến nay 22/26 thôn có đường trục thôn được bê tông hóa, đạt 81,3% tổng chiều dài các tuyến đường thôn.",
    # each item's own rate in the bracket ('15/16 xã đạt 100%')
    "Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 98 - 100% (15/16 xã đạt 100%).",
    # a rate of households before a bracketed fraction of communes
    "Tỷ lệ hộ dân sử dụng nước sạch đạt 91,2% (12/14 xã có công trình cấp nước tập trung).",
    # a count with its share after it is a part, not the whole of a rest
    "Toàn huyện có 1.208 thôn, bản; 1.110 thôn có chi bộ độc lập (chiếm 91,9%), 62 thôn có chi bộ ghép, số còn lại 36 thôn chưa có đảng viên.",
    # the next sentence gives the rate's own base ('tính cả 2 thị trấn')
    "Huyện có 14 xã. Tỷ lệ xã hoàn thành thu thuế đúng hạn là 81,3%. Số liệu trên tính cả 2 thị trấn thuộc huyện.",
    # a percent of the area, not of the communes
    "Huyện có tổng diện tích tự nhiên 41.260 ha, gồm 13 xã, thị trấn, trong đó 58,7% là đất lâm nghiệp.",
]


@pytest.mark.parametrize("text", SILENT)
def test_no_alarm_on_a_rate_of_another_base(text: str) -> None:
    got = [c for c in process_text(text, options=_OPTS).checks if c.verdict == "inconsistent"]
    assert not got, [(c.kind, c.figures, c.why) for c in got]


def test_a_fraction_with_a_wrong_share_still_alarms() -> None:
    text = "Có 16/19 xã đã có nhà văn hóa xã đạt chuẩn, đạt 88%."
    got = [c for c in process_text(text, options=_OPTS).checks if c.kind == "ratio_percent"]
    assert [c.verdict for c in got] == ["inconsistent"], [(c.verdict, c.why) for c in got]


def test_grim_on_the_communes_still_alarms() -> None:
    text = "Huyện có 14 xã. Tỷ lệ xã hoàn thành thu thuế đúng hạn là 81,3%."
    got = [c for c in process_text(text, options=_OPTS).checks if c.kind == "granularity"]
    assert [c.verdict for c in got] == ["inconsistent"], [(c.verdict, c.why) for c in got]
