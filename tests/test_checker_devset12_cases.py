"""Constructions learnt from devset12, through the real pipeline.

Every passage is written by us (none is copied from a report). Each row is (kind, passage,
expected verdict); ``NO_ALARM`` holds look-alikes on which the kind must raise no alarm.
The patterns: a marker ("trong đó", "gồm", "bao gồm") after a total, then items whose numbers
stand bare after their labels ("cấp huyện 24, cấp cơ sở 262"); the total may carry a modifier,
a bracket or a target clause ("đạt 107% chỉ tiêu (200 đảng viên)") before the marker, and a
sum that fits one of two counts before it ("1.046 tập thể và 9.312 cá nhân …; trong đó …") is
told as a fit; a rest of cases ("trường hợp") against a count of persons; work days ("ngày
công") against a plan in brackets; a share whose part names only the counter of the whole's unit
("546 lượt đồng chí, trong đó nữ 148 lượt (27,1%)").
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)
_LEAD = "Huyện có 14 xã, thị trấn. "  # a second figure: a document of one figure has no checks


def _checks(text: str, kind: str) -> list[Check]:
    return [c for c in process_text(_LEAD + text, options=_OPTS).checks if c.kind == kind]


CASES = [
    # -- bare labelled items after a marker
    ("part_whole", "Năm 2024 toàn huyện công nhận 152 gia đình văn hóa tiêu biểu, trong đó khu vực thị trấn 47, khu vực nông thôn 105.", "consistent"),
    ("part_whole", "Ban Thường vụ đã điều động, bố trí 26 lượt cán bộ, gồm: từ tỉnh về huyện 9, từ huyện lên tỉnh 5, giữa các sở, ngành 10.", "inconsistent"),
    ("part_whole", "Ban Thường vụ đã điều động, bố trí 26 lượt cán bộ, gồm: từ tỉnh về huyện 9, từ huyện lên tỉnh 5, giữa các sở, ngành 12.", "consistent"),
    ("part_whole", "Tổng số hội viên là 2.480 người, gồm hội viên nông thôn 1.930 và hội viên thành thị 550.", "consistent"),
    ("part_whole", "Tổng số hội viên là 2.480 người, gồm hội viên nông thôn 1.930 và hội viên thành thị 650.", "inconsistent"),
    # a target clause, with its plan bracket, between the total and the marker
    ("part_whole", "Toàn Đảng bộ kết nạp 95 đảng viên, đạt 105,6% chỉ tiêu (90 đảng viên), trong đó ở khối xã, thị trấn 62, ở khối cơ quan 33.", "consistent"),
    # a modifier between the total and the marker
    ("part_whole", "Toàn tỉnh xây dựng 412 mô hình, điển hình dân vận khéo, trong đó cấp tỉnh 37, cấp huyện 375; tiêu biểu là mô hình tổ tự quản.", "consistent"),
    # a graded body whose bracket notes the ones not graded, then every level of the scale
    ("part_whole", "Có 52 chi bộ được đánh giá (1 chi bộ mới thành lập chưa đánh giá); trong đó hoàn thành xuất sắc nhiệm vụ 10 (19,2%), hoàn thành tốt nhiệm vụ 35, hoàn thành nhiệm vụ 6, không hoàn thành nhiệm vụ 2.", "inconsistent"),
    ("part_whole", "Có 52 chi bộ được đánh giá (1 chi bộ mới thành lập chưa đánh giá); trong đó hoàn thành xuất sắc nhiệm vụ 10 (19,2%), hoàn thành tốt nhiệm vụ 35, hoàn thành nhiệm vụ 5, không hoàn thành nhiệm vụ 2.", "consistent"),
    # two counts before the list: the one the sum fits
    ("part_whole", "Đợt này có 420 tập thể và 3.150 cá nhân đăng ký thi đua; trong đó khối cơ quan 120, khối xã, thị trấn 300.", "consistent"),
    # a rest of cases against the persons counted the sentence before
    ("part_whole", "Kiểm điểm phát hiện 26 đảng viên có biểu hiện suy thoái. Đến nay đã khắc phục 21 trường hợp; 5 trường hợp còn lại đang được theo dõi.", "consistent"),
    # -- work days ("ngày công", "giờ công") against a plan in brackets
    ("target", "Nhân dân đóng góp 3.150 ngày công làm đường giao thông nông thôn, đạt 105% kế hoạch (3.000 ngày công).", "consistent"),
    ("target", "Nhân dân đóng góp 3.150 ngày công làm đường giao thông nông thôn, đạt 115% kế hoạch (3.000 ngày công).", "inconsistent"),
    ("target", "Đoàn viên thanh niên tham gia 1.840 giờ công dọn vệ sinh môi trường, đạt 92% chỉ tiêu (2.000 giờ công).", "consistent"),
    ("target", "Lực lượng vũ trang hỗ trợ 960 ngày công, vượt 20% kế hoạch (800 ngày công).", "consistent"),
    # -- a share of a whole counted in "lượt …", the part naming the counter only
    ("share", "Các đảng ủy đã quy hoạch 420 lượt đồng chí, trong đó nữ 126 lượt (30%), dân tộc thiểu số 40 lượt.", "consistent"),
    ("share", "Các đảng ủy đã quy hoạch 420 lượt đồng chí, trong đó nữ 126 lượt (33%), dân tộc thiểu số 40 lượt.", "inconsistent"),
]  # fmt: skip


NO_ALARM = [
    # attributes that may overlap
    ("part_whole", "Toàn huyện có 320 đảng viên trẻ, trong đó nữ 120, dân tộc thiểu số 95, trình độ đại học 260."),
    # numbered names, not items
    ("part_whole", "Xã có 12 thôn, gồm thôn 1, thôn 2 và thôn 5 ở vùng trũng."),
    ("part_whole", "Năm qua ban hành 15 văn bản, gồm Nghị quyết số 12, Chỉ thị số 05."),
    # year labels
    ("part_whole", "Huyện kết nạp 310 đảng viên, trong đó năm 2022 là 100, năm 2023 là 105."),
    # "trong đó" without a colon may list some kinds only
    ("part_whole", "Toàn huyện có 64 mô hình dân vận khéo, trong đó lĩnh vực kinh tế 30, lĩnh vực văn hóa 20."),
    # two counts close together and no fit: which one the list breaks down is unknown
    ("part_whole", "Có 120 tập thể và 860 cá nhân được khen thưởng; trong đó cấp tỉnh 40, cấp huyện 70."),
    # a change between the total and the marker
    ("part_whole", "Số hộ nghèo còn 215 hộ, giảm 48 hộ so với năm trước, trong đó xã Tân Lập 20, xã Tân Hòa 21."),
    # the rest of cases in another sentence, not adding up: never an alarm
    ("part_whole", "Kiểm điểm phát hiện 26 đảng viên có biểu hiện suy thoái. Đến nay đã khắc phục 21 trường hợp; 4 trường hợp còn lại đang được theo dõi."),
    # durations, not work days
    ("target", "Công trình thi công trong 45 ngày, đạt 80% kế hoạch (50 ngày)."),
    ("target", "Tổ chức 12 ngày hội văn hóa, đạt 90% kế hoạch (15 ngày)."),
    # the plan counts other things than the work days
    ("target", "Huy động 2.000 ngày công, đạt 80% kế hoạch (2.600 người)."),
    # "lượt" (times) of a whole counted in persons: no shortened unit
    ("share", "Huyện có 420 cán bộ, trong đó 126 lượt (35%) được cử đi bồi dưỡng."),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "text", "expected"), CASES)
def test_devset12_cases_verdict(kind: str, text: str, expected: str) -> None:
    got = _checks(text, kind)
    assert expected in [c.verdict for c in got], [(c.verdict, c.why) for c in got]
    if expected == "consistent":
        assert "inconsistent" not in [c.verdict for c in got], [(c.verdict, c.why) for c in got]


@pytest.mark.parametrize(("kind", "text"), NO_ALARM)
def test_devset12_cases_no_alarm(kind: str, text: str) -> None:
    got = _checks(text, kind)
    assert "inconsistent" not in [c.verdict for c in got], [(c.verdict, c.why) for c in got]
