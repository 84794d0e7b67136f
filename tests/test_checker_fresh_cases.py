"""Constructions learnt from devset10 and devset11, through the real pipeline.

Every passage is written by us (none is copied from a report). Each row is (kind, passage,
expected verdict); ``NO_ALARM`` holds look-alikes on which the kind must stay silent or
told at most ``unverifiable``/``consistent``.
The patterns: a rest ("còn lại") is never read across two units of one family ("thôn" and
"tổ dân phố") nor as the rest of a set it names itself ("còn lại trong diện …"); an amount that
states a change ("tăng 12,8 triệu đồng so với …") is never the achievement of a target; a
per-year target ("mỗi năm", "hằng năm", "… /năm") is multiplied by a span named by its two
ends ("Từ năm 2021 đến năm 2024"), and never compared directly with a count of several years.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def _checks(text: str, kind: str) -> list[Check]:
    return [c for c in process_text(text, options=_OPTS).checks if c.kind == kind]


CASES = [
    # -- a rest of one noun, against a whole and a done part of that noun (still found)
    ("part_whole", "Huyện có 40 thôn; đã có 35 thôn đạt chuẩn nông thôn mới, còn lại 6 thôn chưa đạt.", "inconsistent"),
    ("part_whole", "Huyện có 40 thôn; đã có 35 thôn đạt chuẩn nông thôn mới, còn lại 5 thôn chưa đạt.", "consistent"),
    ("part_whole", "Xã có 18 chi bộ trực thuộc; 15 chi bộ đã xây dựng quy chế làm việc, 4 chi bộ còn lại đang hoàn thiện.", "inconsistent"),
    # -- a change amount is skipped: the percent is said of the level the clause reports
    ("target", "Thu nhập bình quân đầu người năm 2023 đạt 54,6 triệu đồng, tăng 12,8 triệu đồng so với đầu nhiệm kỳ (41,8 triệu đồng), bằng 84% chỉ tiêu đến năm 2025 (65 triệu đồng).", "consistent"),
    ("target", "Thu nhập bình quân đầu người năm 2023 đạt 54,6 triệu đồng, tăng 12,8 triệu đồng so với đầu nhiệm kỳ (41,8 triệu đồng), bằng 89% chỉ tiêu đến năm 2025 (65 triệu đồng).", "inconsistent"),
    ("target", "Tổng thu ngân sách trên địa bàn đạt 186 tỷ đồng, giảm 14 tỷ đồng so với năm trước, bằng 93% dự toán (200 tỷ đồng).", "consistent"),
    # a reduction that is the goal itself names no earlier level: it is the achievement
    ("target", "Chỉ tiêu giảm hộ nghèo năm 2024 được giao là 500 hộ; kết quả giảm 560 hộ, vượt 16% kế hoạch.", "inconsistent"),
    # -- a per-year target times a span named by its two ends
    ("target", "Về phát triển đảng viên, Nghị quyết đề ra mỗi năm kết nạp từ 250 đảng viên trở lên. Từ năm 2021 đến năm 2024, toàn Đảng bộ kết nạp 1.086 đảng viên, đạt 108,6% chỉ tiêu.", "consistent"),
    ("target", "Về phát triển đảng viên, Nghị quyết đề ra mỗi năm kết nạp từ 250 đảng viên trở lên. Từ năm 2021 đến năm 2024, toàn Đảng bộ kết nạp 1.086 đảng viên, đạt 118,6% chỉ tiêu.", "inconsistent"),
    ("target", "Nghị quyết đặt chỉ tiêu kết nạp 120 đảng viên mỗi năm. Từ năm 2021 đến năm 2023, toàn huyện kết nạp 390 đảng viên, đạt 108,3% chỉ tiêu.", "consistent"),
    ("target", "Nghị quyết đặt chỉ tiêu hằng năm kết nạp 120 đảng viên. Sau ba năm, toàn huyện kết nạp 390 đảng viên, đạt 108,3% chỉ tiêu.", "consistent"),
    # -- the achievement's noun runs on before its bracket of years; a long description before a
    # bracketed target
    ("target", "Trong 3 năm, huyện làm mới 2.140 km đường giao thông nông thôn (năm 2022: 690 km; năm 2023: 720 km; 9 tháng năm 2024: 730 km), đạt 71,3% mục tiêu cả giai đoạn (3.000 km).", "consistent"),
    ("target", "Trong 3 năm, huyện làm mới 2.140 km đường giao thông nông thôn (năm 2022: 690 km; năm 2023: 720 km; 9 tháng năm 2024: 730 km), đạt 75,3% mục tiêu cả giai đoạn (3.000 km).", "inconsistent"),
    ("target", "Xã đã chuyển đổi 320 ha đất lúa kém hiệu quả sang trồng khóm, mít và bưởi, vượt 28% chỉ tiêu nghị quyết (260 ha).", "inconsistent"),
    ("target", "Huyện đã cải tạo 150 ha vườn tạp kém hiệu quả sang trồng cam, quýt và chanh leo, vượt 25% chỉ tiêu nghị quyết (120 ha).", "consistent"),
    # -- the forms of discipline partition the disciplined; all four close the list
    ("part_whole", "Năm qua các cấp đã thi hành kỷ luật 134 đảng viên, trong đó khiển trách 82 đồng chí, cảnh cáo 31 đồng chí, cách chức 6 đồng chí, khai trừ 13 đồng chí.", "inconsistent"),
    ("part_whole", "Năm qua các cấp đã thi hành kỷ luật 132 đảng viên, trong đó khiển trách 82 đồng chí, cảnh cáo 31 đồng chí, cách chức 6 đồng chí, khai trừ 13 đồng chí.", "consistent"),
    ("part_whole", "Năm 2024 thi hành kỷ luật 45 đảng viên, trong đó khiển trách 30 đồng chí, cảnh cáo 17 đồng chí.", "inconsistent"),
    # -- "Trong N X …, label a, label b": labels opening with one noun partition the N
    ("part_whole", "Trong 74 thôn đã sáp nhập, vùng đồng bằng có 39, vùng bán sơn địa 21, vùng núi 16.", "inconsistent"),
    ("part_whole", "Trong 76 thôn đã sáp nhập, vùng đồng bằng có 39, vùng bán sơn địa 21, vùng núi 16.", "consistent"),
    # -- a second classification right after a list that added up: the same total again
    ("part_whole", "Toàn huyện có 120 tổ tự quản, tăng 14 tổ so với năm trước (106 tổ). Phân theo địa bàn:\n+ Thị trấn: 30 tổ;\n+ Các xã: 90 tổ.\n- Phân theo lĩnh vực:\n+ An ninh trật tự: 52 tổ;\n+ Môi trường: 41 tổ;\n+ Hòa giải: 24 tổ.\n- Ghi chú: số liệu đến 30/11.", "inconsistent"),
    ("part_whole", "Toàn huyện có 120 tổ tự quản, tăng 14 tổ so với năm trước (106 tổ). Phân theo địa bàn:\n+ Thị trấn: 30 tổ;\n+ Các xã: 90 tổ.\n- Phân theo lĩnh vực:\n+ An ninh trật tự: 55 tổ;\n+ Môi trường: 41 tổ;\n+ Hòa giải: 24 tổ.", "consistent"),
    # -- a share whose whole is the same noun, shortened on its second mention (a fit only)
    ("share", "Kiểm tra 9 tổ chức đảng khi có dấu hiệu vi phạm, kết luận 8 tổ chức có vi phạm, chiếm 88,9%.", "consistent"),
    ("share", "Năm nay giám sát 24 chi bộ trực thuộc, phát hiện 6 chi bộ còn hạn chế, chiếm 25%.", "consistent"),
    # -- a rate named by its noun, and that noun's count over a whole in the same sentence
    ("share", "Tỷ lệ hộ nghèo ước giảm từ 14,62% cuối năm 2023 xuống còn 11,84%, giảm 2,78 điểm phần trăm; toàn huyện còn 3.165 hộ nghèo trên tổng số 26.731 hộ.", "consistent"),
    # one year against the annual target: compared directly
    ("target", "Nghị quyết đặt chỉ tiêu kết nạp 120 đảng viên mỗi năm. Năm 2023, toàn huyện kết nạp 130 đảng viên, đạt 108,3% chỉ tiêu.", "consistent"),
]  # fmt: skip


NO_ALARM = [
    # the rest is of "thôn"; the part before it counts "tổ dân phố": two units of one family
    ("part_whole", "Đến nay, huyện đã sáp nhập 74 thôn và 2 tổ dân phố để thành lập 33 thôn và 1 tổ dân phố mới; 4 thôn còn lại trong diện sáp nhập được giữ nguyên."),
    ("part_whole", "Xã đã sáp nhập 20 thôn và 3 tổ dân phố để thành lập 9 thôn và 2 tổ dân phố mới; 5 thôn còn lại được giữ nguyên."),
    ("part_whole", "Thị xã có 12 phường và 4 xã; đã có 11 phường đạt chuẩn đô thị văn minh, 2 xã còn lại đang phấn đấu."),
    # the rest names its own set after "còn lại"
    ("part_whole", "Toàn huyện có 40 thôn, tổ dân phố; năm nay đã sắp xếp 35 thôn, 3 thôn còn lại thuộc diện sắp xếp được giữ nguyên do đặc thù về địa lý."),
    # the change amount is the only figure before the percent: no achievement stated
    ("target", "Tổng thu ngân sách trên địa bàn tăng 14 tỷ đồng so với năm trước, bằng 93% dự toán (200 tỷ đồng)."),
    ("target", "Sản lượng lương thực tăng 1.200 tấn so với năm 2022, đạt 104% kế hoạch (30.000 tấn)."),
    # a per-year target against a count of several years whose span is not stated
    ("target", "Nghị quyết xác định hằng năm trồng mới 300 ha rừng. Từ năm 2021 đến nay, huyện trồng được 1.020 ha rừng, đạt 113,3% chỉ tiêu."),
    ("target", "Nghị quyết đề ra bình quân mỗi năm kết nạp 80 đảng viên. Sau nhiều năm nỗ lực, toàn Đảng bộ đã kết nạp 330 đảng viên, đạt 103% chỉ tiêu."),
    # a shortened noun may name the wider set: no alarm from a whole found by its noun's words
    ("share", "Kiểm tra 9 tổ chức đảng khi có dấu hiệu vi phạm, kết luận 7 tổ chức có vi phạm, chiếm 88,9%."),
    # a rate and a count over a whole that miss each other: found by search, no proof
    ("share", "Tỷ lệ hộ nghèo ước giảm từ 14,62% cuối năm 2023 xuống còn 12,84%; toàn huyện còn 3.165 hộ nghèo trên tổng số 26.731 hộ."),
    # three forms of discipline that may stop short of the disciplined
    ("part_whole", "Năm 2024 thi hành kỷ luật 45 đảng viên, trong đó khiển trách 30 đồng chí, cảnh cáo 12 đồng chí."),
    # labels that open with different words: subsets, not a partition
    ("part_whole", "Trong 80 thôn đã sáp nhập, có 39 thôn vùng đồng bằng, 21 thôn có đường bê tông."),
    # a classification heading after a list that did not add up: no total to hold it to
    ("part_whole", "Toàn huyện có 120 tổ tự quản. Phân theo địa bàn:\n+ Thị trấn: 30 tổ;\n+ Các xã: 80 tổ.\n- Phân theo lĩnh vực:\n+ An ninh trật tự: 52 tổ;\n+ Môi trường: 41 tổ;\n+ Hòa giải: 24 tổ."),
    ("target", "Nghị quyết đặt chỉ tiêu kết nạp 120 đảng viên/năm. Từ năm 2021 đến hết năm 2023, toàn huyện kết nạp 390 đảng viên, đạt 108,3% chỉ tiêu."),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "text", "expected"), CASES)
def test_fresh_cases_verdict(kind: str, text: str, expected: str) -> None:
    got = _checks(text, kind)
    assert expected in [c.verdict for c in got], [(c.verdict, c.why) for c in got]
    if expected == "consistent":
        assert "inconsistent" not in [c.verdict for c in got], [(c.verdict, c.why) for c in got]


@pytest.mark.parametrize(("kind", "text"), NO_ALARM)
def test_fresh_cases_no_alarm(kind: str, text: str) -> None:
    got = _checks(text, kind)
    assert "inconsistent" not in [c.verdict for c in got], [(c.verdict, c.why) for c in got]
