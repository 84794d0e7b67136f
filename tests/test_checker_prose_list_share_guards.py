"""Alarms of older list and share readings that white-box reviews 91 (lists in prose) and 92
(shares in prose) drew on consistent passages, in our own words: each raised an `inconsistent`
verdict at the session's earlier code and must raise none now.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

_OPTS = Options(entities=False)

SILENT = [
    # the bracket says it names the main kinds ('là chủ yếu')
    "Toàn huyện có 412 cơ sở sản xuất tiểu thủ công nghiệp (dệt thổ cẩm 236 cơ sở và rèn nông cụ 148 cơ sở là chủ yếu).",
    # a bracket of another moment ('lúc mới chia tách')
    "Huyện hiện có 18 xã, thị trấn (lúc mới chia tách huyện gồm 15 xã và 1 thị trấn).",
    # the next sentence says the items overlap
    "Xã vận động 1.420 hộ tham gia mô hình an ninh trật tự (camera an ninh 716 hộ, tổ tự quản 1.002 hộ). Nhiều hộ vừa lắp camera vừa tham gia tổ tự quản.",
    # the next sentence tells the rest ('Hai trường hợp còn lại')
    "Năm 2024, kỷ luật 17 đảng viên (khiển trách 11, cảnh cáo 4). Hai trường hợp còn lại bị khai trừ khỏi Đảng.",
    # the percent is of the two counts joined by 'và'
    "Toàn xã có 51 hộ nghèo và 104 hộ cận nghèo, chiếm 7,2% tổng số hộ (2.153 hộ).",
    # two sibling counts: neither is the whole of the other
    "Huyện có 29 xã. Đến nay có 15 xã đạt chuẩn nông thôn mới nâng cao và 3 xã đạt chuẩn nông thôn mới kiểu mẫu, chiếm 62,1% tổng số xã.",
    # the whole the percent names is given in its bracket
    "Toàn huyện có 1.986 hộ đăng ký tham gia mô hình, đến nay 1.654 hộ đã triển khai, đạt 83,3% số hộ đăng ký; số hộ triển khai bằng 9,1% tổng số hộ toàn huyện (18.176 hộ).",
]


@pytest.mark.parametrize("text", SILENT)
def test_no_alarm_on_main_kinds_other_moments_or_sums(text: str) -> None:
    got = [c for c in process_text(text, options=_OPTS).checks if c.verdict == "inconsistent"]
    assert not got, [(c.kind, c.figures, c.why) for c in got]


def test_a_bracket_that_misses_its_total_still_alarms() -> None:
    text = "Năm 2024, kỷ luật 17 đảng viên (khiển trách 11, cảnh cáo 4)."
    got = [c for c in process_text(text, options=_OPTS).checks if c.kind == "part_whole"]
    assert [c.verdict for c in got] == ["inconsistent"], [(c.verdict, c.why) for c in got]
