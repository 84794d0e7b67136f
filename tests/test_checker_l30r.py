"""Restatements read in the thirtieth session's recall round (l30r), our own passages.

A rough figure ("gần 43 ha", "trên 58%") restating an exact one written with a decimal mark
("42,7 ha", "58,6%") is told as a fit when the exact value lies on the stated side within one
unit of the rough figure's last digit, every exact figure of that kind in reach is the one
value, and (for a percent) the two share a two-word name and neither is a plan or a goal.
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

ROUGH_FITS = [
    (
        "Năm 2024, các hợp tác xã trên địa bàn xã Phú Thịnh trồng mới 42,7 ha chè giống mới, "
        "cải tạo 15 ha chè già cỗi. Tóm lại, sau một năm, nông dân đã trồng mới gần 43 ha chè "
        "cho năng suất cao.",
        [43, 42.7],
    ),
    (
        "Công tác bảo vệ rừng được chú trọng, tỷ lệ che phủ rừng của huyện Mường Tè đạt 58,6%, "
        "không để xảy ra cháy rừng. Đánh giá chung, nhờ giao khoán bảo vệ rừng đến từng hộ, "
        "độ che phủ rừng toàn huyện đạt trên 58%.",
        [58, 58.6],
    ),
    (
        "Toàn tỉnh có 412.530 người, trong đó đồng bào Ê Đê, M'nông, Gia Rai chiếm 38,4%. "
        "Với khoảng 38% dân số là đồng bào dân tộc thiểu số, công tác dân vận được đặt lên "
        "hàng đầu.",
        [38, 38.4],
    ),
    (
        "Huyện đã nhựa hóa, bê tông hóa 27,35 km đường liên xã. Kết quả này đưa tổng chiều dài "
        "đường được cứng hóa trong năm lên hơn 27,3 km đường liên xã.",
        [27.3, 27.35],
    ),
]


@pytest.mark.parametrize(("text", "figures"), ROUGH_FITS)
def test_checker_l30r_rough_restates_a_decimal(text: str, figures: list[float]) -> None:
    got = checks_of(text, "repeat")
    assert told(got, "repeat", "consistent", figures), [(c.verdict, c.figures) for c in got]
    assert not alarms(text)


ROUGH_SILENT = [
    # no shared name: the rate of forest cover and the rate of poor households
    (
        "Tỷ lệ che phủ rừng của huyện đạt 58,6%. Tuy vậy, đời sống nhân dân còn khó khăn, tỷ "
        "lệ hộ nghèo đa chiều vẫn ở mức gần 59%.",
        [59, 58.6],
    ),
    # a goal, not a restatement
    (
        "Năm 2024, độ che phủ rừng của huyện đạt 58,6%. Năm 2025, huyện phấn đấu nâng độ che "
        "phủ rừng lên trên 58% và giữ vững ổn định.",
        [58, 58.6],
    ),
    # two exact values in reach: which one is restated is not told
    (
        "Xã Tân Hòa trồng mới 42,7 ha chè, xã Tân Minh trồng mới 42,3 ha chè. Toàn huyện có "
        "thêm gần 43 ha chè đạt chuẩn VietGAP.",
        [43, 42.7],
    ),
    # another unit
    (
        "Các hộ đã chuyển đổi 42,7 ha lúa kém hiệu quả. Đồng thời trồng mới gần 43 km hàng "
        "rào xanh dọc các tuyến đường.",
        [43, 42.7],
    ),
    # the rough share of the population and an exact share of a count of another noun
    (
        "Huyện có 186.420 người, trong đó đồng bào Mông 98.150 người, chiếm gần 53% dân số. "
        "Số hộ đồng bào Mông có nhà kiên cố là 7.420 hộ, chiếm 52,4% số hộ đồng bào Mông.",
        [53, 52.4],
    ),
    # the subject of the exact percent is another count ("số giao dịch này")
    (
        "Tỷ lệ hồ sơ trực tuyến ở cấp xã mới đạt khoảng 46%. Có 38.214 giao dịch thanh toán "
        "trực tuyến; số giao dịch này bằng 45,6% số hồ sơ trực tuyến.",
        [46, 45.6],
    ),
    # a goal in a list of tasks, its last result in brackets
    (
        "Năm 2025, phấn đấu kết nạp từ 900 đảng viên trở lên; tỷ lệ chi bộ hoàn thành tốt nhiệm "
        "vụ trở lên đạt trên 88% (năm 2024 đạt 88,4%).",
        [88, 88.4],
    ),
    # another rate that shares no two-word name ("tỷ lệ trẻ …" is not one)
    (
        "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm còn 23,1%. Nhìn chung, tỷ "
        "lệ trẻ được tiêm chủng đầy đủ đạt trên 23%.",
        [23, 23.1],
    ),
]


@pytest.mark.parametrize(("text", "figures"), ROUGH_SILENT)
def test_checker_l30r_rough_silent(text: str, figures: list[float]) -> None:
    got = checks_of(text, "repeat")
    assert not told(got, "repeat", "consistent", figures), [(c.verdict, c.figures) for c in got]
    assert not alarms(text)


# A count said again with another name of its unit: "tổ chức cơ sở X" / "cơ sở X", and a count
# of "đồng chí" / "người" whose sentence names the members right before it / those members.
SYNONYM_FITS = [
    (
        "Huyện đoàn Bảo Lâm có 36 tổ chức cơ sở đoàn với 211 chi đoàn trực thuộc. Cuối năm, "
        "Ban Thường vụ Huyện đoàn xếp loại 36 cơ sở đoàn: 20 vững mạnh, 12 khá, 4 trung bình.",
        [36, 36],
    ),
    (
        "Tổng số đoàn viên của huyện là 1.482 người, tăng 57 người so với năm trước. Với 1.482 "
        "đoàn viên, các chi đoàn đã ra quân làm sạch 40 km kênh mương nội đồng.",
        [1482, 1482],
    ),
    (
        "Toàn tỉnh hiện có 27 tổ chức cơ sở hội người cao tuổi cấp huyện. Năm 2024, cả 27 cơ sở "
        "hội người cao tuổi đều tổ chức mừng thọ cho hội viên.",
        [27, 27],
    ),
]


@pytest.mark.parametrize(("text", "figures"), SYNONYM_FITS)
def test_checker_l30r_synonym_unit_restated(text: str, figures: list[float]) -> None:
    got = checks_of(text, "repeat")
    assert told(got, "repeat", "consistent", figures), [(c.verdict, c.figures) for c in got]
    assert not alarms(text)


SYNONYM_SILENT = [
    # another noun: the members of the Hội are not Party members
    (
        "Số hội viên Hội Nông dân xã là 482 người. Từ đầu nhiệm kỳ đến nay, Đảng bộ xã đã kết "
        "nạp 482 đảng viên trong toàn huyện.",
        [482, 482],
    ),
    # a change, not a level
    (
        "Số đảng viên của Đảng bộ năm nay tăng 36 đồng chí so với năm trước. Trong năm, các chi bộ "
        "đã giới thiệu 36 đảng viên dự bị đi học lớp bồi dưỡng.",
        [36, 36],
    ),
    # an item of a list of the members ("khiển trách 24 đồng chí"), not their number
    (
        "Ủy ban kiểm tra đã kết luận 24 đảng viên có vi phạm. Các cấp đã thi hành kỷ luật 35 "
        "đảng viên, gồm: khiển trách 24 đồng chí, cảnh cáo 9 đồng chí, cách chức 2 đồng chí.",
        [24, 24],
    ),
    # a part of the members ("nữ")
    (
        "Số hội viên nữ của Hội là 148 người. Toàn Hội hiện có 148 hội viên tham gia tổ tiết kiệm.",
        [148, 148],
    ),
    # a plan, not a restatement
    (
        "Huyện có 36 tổ chức cơ sở đoàn. Năm 2025, Huyện đoàn phấn đấu 36 cơ sở đoàn đều đạt "
        "vững mạnh.",
        [36, 36],
    ),
]


@pytest.mark.parametrize(("text", "figures"), SYNONYM_SILENT)
def test_checker_l30r_synonym_unit_silent(text: str, figures: list[float]) -> None:
    got = checks_of(text, "repeat")
    assert not told(got, "repeat", "consistent", figures), [(c.verdict, c.figures) for c in got]
    assert not alarms(text)


# What is left, restated as the task of finishing it.
LEFT_FITS = [
    (
        "Ủy ban Kiểm tra tiếp nhận 24 đơn; đã giải quyết 21 đơn, còn 3 đơn đang xác minh.\n"
        "III. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025\n"
        "- Giải quyết dứt điểm 3 đơn còn tồn đọng; tăng cường giám sát chuyên đề.",
        [3, 3],
    ),
    (
        "Chương trình xóa nhà tạm năm 2024 giao 46 căn; đã hoàn thành 40 căn, còn lại 6 căn "
        "đang thi công. Năm 2025, hoàn thành 6 căn nhà còn lại trước ngày 30/4.",
        [6, 6],
    ),
    (
        "Trong năm tổ chức 31 cuộc đối thoại, tiếp nhận 64 ý kiến; 9 ý kiến còn lại đang được "
        "các ngành xem xét. Thời gian tới, trả lời dứt điểm 9 ý kiến còn tồn trước quý II.",
        [9, 9],
    ),
]


@pytest.mark.parametrize(("text", "figures"), LEFT_FITS)
def test_checker_l30r_left_restated(text: str, figures: list[float]) -> None:
    got = checks_of(text, "repeat")
    assert told(got, "repeat", "consistent", figures), [(c.verdict, c.figures) for c in got]
    assert not alarms(text)


LEFT_SILENT = [
    # another value: another rest, not told
    (
        "Đã giải quyết 21/24 đơn, còn 3 đơn đang xác minh. Năm 2025, giải quyết dứt điểm 4 đơn "
        "còn tồn đọng từ các năm trước.",
        [3, 4],
    ),
    # another noun
    (
        "Toàn xã còn 3 hộ nghèo. Năm 2025, Ủy ban nhân dân xã giải quyết dứt điểm 3 đơn còn tồn "
        "đọng về đất đai.",
        [3, 3],
    ),
    # the earlier count is not said as left
    (
        "Năm 2024 tiếp nhận 3 đơn tố cáo. Năm 2025, giải quyết dứt điểm 3 đơn còn tồn đọng.",
        [3, 3],
    ),
]


@pytest.mark.parametrize(("text", "figures"), LEFT_SILENT)
def test_checker_l30r_left_silent(text: str, figures: list[float]) -> None:
    got = checks_of(text, "repeat")
    assert not told(got, "repeat", "consistent", figures), [(c.verdict, c.figures) for c in got]
    assert not alarms(text)
