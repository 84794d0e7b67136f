"""Alarms of older readings that white-box reviews 79 and 80 (thirteenth session) drew on
consistent passages, in our own words: each passage raised an `inconsistent` verdict before the
session's guards and must raise none now.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

_OPTS = Options(entities=False)

SILENT = [
    # movements told in the next sentence: the balance's list is not the whole flow
    "Đầu năm, Đảng bộ có 5.180 đảng viên; trong năm kết nạp 212 đồng chí, từ trần 58 đồng chí, nên đến cuối năm có 5.380 đảng viên. Số tăng còn do tiếp nhận 46 đảng viên chuyển đến.",
    # the earlier level is of a scope its sentence opens with (upland communes), not the district's
    "Các xã vùng cao, tỷ lệ hộ nghèo năm 2023 là 21,4%. Năm 2024, tỷ lệ hộ nghèo toàn huyện là 3,86%, giảm 1,05 điểm phần trăm so với năm 2023.",
    # the later level adds a qualifier to the earlier noun (poor households who are elderly)
    "Năm 2023 toàn huyện có 2.310 hộ nghèo. Năm 2024, số hộ nghèo là người cao tuổi còn 640 hộ, giảm 52 hộ so với năm 2023.",
    # a rate of the province's wards and communes, not of the town's own
    "Thị xã hiện có 9 phường, xã. Trên địa bàn tỉnh, tỷ lệ phường, xã đạt chuẩn đô thị văn minh là 57,4%.",
    # a rate of the members of the cells below, not of the committee stated before
    "Ban Chấp hành Đảng bộ phường có 13 đồng chí. Tỷ lệ cấp ủy viên nữ ở các chi bộ trực thuộc là 28,6%.",
    # the base is pooled with another count of its noun said beside it (8 and 6 chi bộ)
    "Đảng ủy đã giám sát 8 chi bộ trong 6 tháng đầu năm và 6 chi bộ trong 6 tháng cuối năm. Qua giám sát, 64,3% số chi bộ được giám sát làm tốt công tác phát triển đảng viên.",
    # the bracketed village is not the whole the percent names (the commune's households)
    "Toàn xã có 1.936 hộ. Riêng thôn Nà Làng (247 hộ) có 52 hộ nghèo, chiếm 2,7% số hộ toàn xã.",
    # the next sentence says what the rate leaves out
    "Chi bộ có 42 đảng viên. Trong buổi sinh hoạt chuyên đề, có 37 đồng chí tham dự, chiếm 94,9%. Ba đồng chí được miễn sinh hoạt không tính vào tỷ lệ này.",
]


@pytest.mark.parametrize("text", SILENT)
def test_no_alarm_on_another_scope_moment_or_base(text: str) -> None:
    got = [c for c in process_text(text, options=_OPTS).checks if c.verdict == "inconsistent"]
    assert not got, [(c.kind, c.figures, c.why) for c in got]


def test_a_balance_with_nothing_told_beside_it_still_alarms() -> None:
    """The same balance without the next sentence: its list is the flow, and 5.180 + 212 - 58
    is not 5.380."""
    text = (
        "Đầu năm, Đảng bộ có 5.180 đảng viên; trong năm kết nạp 212 đồng chí, từ trần 58 đồng "
        "chí, nên đến cuối năm có 5.380 đảng viên. Công tác quản lý đảng viên được chú trọng."
    )
    got = [c for c in process_text(text, options=_OPTS).checks if c.kind == "change"]
    assert [c.verdict for c in got] == ["inconsistent"], [(c.verdict, c.why) for c in got]
