"""change: session 33 recall round (helper q33c). Passages written by us.

- the start told with its moment, the end with a later one and the change right after it, no
  "so với" ("Cuối năm 2020, … có 2.415 hộ nghèo. Sau 5 năm …, số hộ nghèo còn 986 hộ, giảm
  1.529 hộ"; "năm học 2020-2021 có 148 em, năm học 2024-2025 chỉ còn 39 em, giảm 119 em"; "Từ
  1.846 hộ nghèo đầu năm, đến cuối năm 2024 … còn 1.203 hộ nghèo, giảm 543 hộ"), also of rates
  ("Năm 2020, tỷ lệ … đạt 86,4%. Đến năm 2024, tỷ lệ này đạt 93,1%, tăng 7,7 điểm phần trăm");
- a bare pair with its cause between it and the change ("giảm từ 87 xuống 74 do sáp nhập, giảm
  15 tổ chức cơ sở đảng"), and "…, tức là thêm 15 trạm";
- a count's share between it and a fronted comparison ("… 148 xã …, chiếm 82,2% tổng số xã; so
  với cuối năm 2020 (112 xã), tăng 38 xã");
- a rise that raised the total, its start told the sentence before with the matching moment, and
  members counted as people ("tăng thêm 318 hội viên, nâng tổng số hội viên lên 12.406 người
  (năm 2023 có 12.108 hội viên)");
- a lead comparison whose current level opens the sentence before ("Hiện nay, … có 6.920 đảng
  viên. So với đầu nhiệm kỳ, số đảng viên tăng 462 đồng chí (đầu nhiệm kỳ có 6.478 …)").

Levels found this way are told wrong only when the stated change is near their difference
(within a third of it): a change far off may be another span's.
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

FOUND = [
    # the moment start, the end and its change later, no "so với"
    (
        "Cuối năm 2020, toàn huyện có 2.415 hộ nghèo. Sau 5 năm thực hiện Chương trình, số hộ nghèo còn 986 hộ, giảm 1.529 hộ.",
        [2415, 986, 1529],
        "inconsistent",
    ),
    (
        "Cuối năm 2020, toàn huyện có 2.415 hộ nghèo. Sau 5 năm thực hiện Chương trình, số hộ nghèo còn 986 hộ, giảm 1.429 hộ.",
        [2415, 986, 1429],
        "consistent",
    ),
    (
        "Năm 2020, toàn tỉnh có 216 sản phẩm OCOP. Đến năm 2024, số sản phẩm OCOP đạt 385 sản phẩm, tăng 179 sản phẩm.",
        [216, 385, 179],
        "inconsistent",
    ),
    (
        "Năm 2021, huyện có 14 xã đạt chuẩn nông thôn mới; đến hết năm 2024 đã có 21 xã đạt chuẩn, tăng thêm 8 xã.",
        [14, 21, 8],
        "inconsistent",
    ),
    (
        "Số học sinh bỏ học giảm mạnh: năm học 2020-2021 có 148 em, năm học 2024-2025 chỉ còn 39 em, giảm 119 em.",
        [148, 39, 119],
        "inconsistent",
    ),
    (
        "Số học sinh bỏ học giảm mạnh: năm học 2020-2021 có 148 em, năm học 2024-2025 chỉ còn 39 em, giảm 109 em.",
        [148, 39, 109],
        "consistent",
    ),
    (
        "Đầu nhiệm kỳ, toàn huyện có 38 hợp tác xã nông nghiệp. Đến nay đã có 52 hợp tác xã, tăng 16 hợp tác xã.",
        [38, 52, 16],
        "inconsistent",
    ),
    (
        "Từ 1.846 hộ nghèo đầu năm, đến cuối năm 2024 toàn tỉnh còn 1.203 hộ nghèo, giảm 543 hộ.",
        [1846, 1203, 543],
        "inconsistent",
    ),
    (
        "Năm 2020 toàn tỉnh có 612 trường học, trong đó 318 trường đạt chuẩn quốc gia. Đến năm 2025, số trường đạt chuẩn quốc gia là 402 trường, tăng 94 trường.",
        [318, 402, 94],
        "inconsistent",
    ),
    (
        "Đầu năm 2024, toàn tỉnh có 27 đơn vị cấp xã chưa đạt chuẩn. Đến cuối năm, con số này giảm xuống còn 19 đơn vị, tức giảm 6 đơn vị.",
        [27, 19, 6],
        "inconsistent",
    ),
    (
        "Nếu năm 2021 cả huyện mới có 5 xã đạt chuẩn nông thôn mới nâng cao thì đến năm 2024 đã có 12 xã, tăng 8 xã.",
        [5, 12, 8],
        "inconsistent",
    ),
    # …of rates, in points
    (
        "Năm 2020, tỷ lệ bao phủ bảo hiểm y tế của huyện đạt 86,4%. Đến năm 2024, tỷ lệ này đạt 93,1%, tăng 7,7 điểm phần trăm.",
        [86.4, 93.1, 7.7],
        "inconsistent",
    ),
    (
        "Năm 2020, tỷ lệ bao phủ bảo hiểm y tế của huyện đạt 86,4%. Đến năm 2024, tỷ lệ này đạt 93,1%, tăng 6,7 điểm phần trăm.",
        [86.4, 93.1, 6.7],
        "consistent",
    ),
    (
        "Đầu nhiệm kỳ, tỷ lệ hộ nghèo của xã là 7,25%; đến nay còn 2,18%, giảm 5,17 điểm phần trăm.",
        [7.25, 2.18, 5.17],
        "inconsistent",
    ),
    # a bare pair, its cause between it and the change
    (
        "Số tổ chức cơ sở đảng giảm từ 87 xuống 74 do sáp nhập, giảm 15 tổ chức cơ sở đảng.",
        [87, 74, 15],
        "inconsistent",
    ),
    (
        "Số tổ chức cơ sở đảng giảm từ 87 xuống 74 do sáp nhập, giảm 13 tổ chức cơ sở đảng.",
        [87, 74, 13],
        "consistent",
    ),
    (
        "Số thôn, tổ dân phố giảm từ 412 xuống còn 356 sau khi sắp xếp, giảm 66 thôn, tổ dân phố.",
        [412, 356, 66],
        "inconsistent",
    ),
    # "tức là thêm N"
    (
        "Số trạm y tế xã có bác sĩ làm việc tăng từ 58 trạm lên 71 trạm, tức là thêm 15 trạm.",
        [58, 71, 15],
        "inconsistent",
    ),
    (
        "Số trạm y tế xã có bác sĩ làm việc tăng từ 58 trạm lên 71 trạm, tức là thêm 13 trạm.",
        [58, 71, 13],
        "consistent",
    ),
    # the count's share between it and the fronted comparison
    (
        "Toàn tỉnh hiện có 148 xã đạt chuẩn nông thôn mới, chiếm 82,2% tổng số xã; so với cuối năm 2020 (112 xã), tăng 38 xã.",
        [112, 148, 38],
        "inconsistent",
    ),
    # a rise that raised the total: members counted as people; the start the sentence before
    (
        "Số hội viên phụ nữ tăng thêm 318 hội viên, nâng tổng số hội viên lên 12.406 người (năm 2023 có 12.108 hội viên).",
        [12108, 12406, 318],
        "inconsistent",
    ),
    (
        "Cuối năm 2023, Hội Cựu chiến binh có 3.412 hội viên. Trong năm 2024, số hội viên tăng 96 hội viên, nâng tổng số lên 3.518 hội viên.",
        [3412, 3518, 96],
        "inconsistent",
    ),
    (
        "Cuối năm 2023, Hội Cựu chiến binh có 3.412 hội viên. Trong năm 2024, số hội viên tăng 106 hội viên, nâng tổng số lên 3.518 hội viên.",
        [3412, 3518, 106],
        "consistent",
    ),
    # the moment start compared with its own year; the start's share between
    (
        "Năm 2021, số hộ nghèo toàn tỉnh là 14.826 hộ, chiếm 5,62%. Năm 2024, số hộ nghèo giảm xuống 8.115 hộ, tức là giảm 6.811 hộ so với năm 2021.",
        [14826, 8115, 6811],
        "inconsistent",
    ),
    # the moment compared with restated right after (";", ", trong khi"), the change in percent
    (
        "Số lao động có việc làm thường xuyên là 45.620 người, tăng 2,8% so với năm trước; năm trước là 44.180 người.",
        [44180, 45620, 2.8],
        "inconsistent",
    ),
    (
        "Số lao động có việc làm thường xuyên là 45.620 người, tăng 3,3% so với năm trước; năm trước là 44.180 người.",
        [44180, 45620, 3.3],
        "consistent",
    ),
    (
        "Kim ngạch xuất khẩu năm 2024 đạt 412 triệu USD, tăng 15,6% so với năm 2023, trong khi năm 2023 chỉ đạt 368 triệu USD.",
        [368e6, 412e6, 15.6],
        "inconsistent",
    ),
    # the current level opens the sentence before a lead comparison
    (
        "Hiện nay, Đảng bộ huyện có 6.920 đảng viên. So với đầu nhiệm kỳ, số đảng viên tăng 462 đồng chí (đầu nhiệm kỳ có 6.478 đảng viên).",
        [6478, 6920, 462],
        "inconsistent",
    ),
]


@pytest.mark.parametrize(("text", "figures", "verdict"), FOUND)
def test_change_q33c_found(text: str, figures: list[float], verdict: str) -> None:
    rows = checks_of(text, "change")
    assert told(rows, "change", verdict, figures), [(c.verdict, c.figures, c.why) for c in rows]


SILENT = [
    # the end names a part (OCOP 4 sao), another noun, another place: not the start's set
    "Năm 2020, toàn tỉnh có 216 sản phẩm OCOP. Đến năm 2024, số sản phẩm OCOP 4 sao đạt 85 sản phẩm, tăng 12 sản phẩm.",
    "Cuối năm 2020, toàn huyện có 2.415 hộ nghèo. Đến cuối năm 2024, số hộ cận nghèo còn 1.986 hộ, giảm 409 hộ.",
    "Cuối năm 2020, toàn huyện có 2.415 hộ nghèo. Đến cuối năm 2024, xã Tân Lập còn 86 hộ nghèo, giảm 19 hộ.",
    "Năm 2021, huyện có 14 xã đạt chuẩn nông thôn mới; đến hết năm 2024 có 6 xã đạt chuẩn nâng cao, tăng thêm 4 xã.",
    "Năm 2020 toàn tỉnh có 612 trường học, trong đó 318 trường đạt chuẩn quốc gia. Đến năm 2025, số trường đạt chuẩn quốc gia mức độ II là 102 trường, tăng 24 trường.",
    # the end dated by a bare year in another sentence: the change may be the last year's
    "Năm 2020, toàn tỉnh có 216 sản phẩm OCOP. Năm 2024 đạt 385 sản phẩm, tăng 45 sản phẩm.",
    # the change against another moment, or far off the difference
    "Cuối năm 2020, toàn huyện có 2.415 hộ nghèo. Đến cuối năm 2024, số hộ nghèo còn 986 hộ, giảm 212 hộ so với năm 2023.",
    "Năm 2020, toàn tỉnh có 216 sản phẩm OCOP. Đến năm 2024, số sản phẩm OCOP đạt 385 sản phẩm, tăng 32 sản phẩm.",
    "Đầu năm, Hội Phụ nữ xã Thanh Nưa có 1.240 hội viên. Đến cuối năm, Hội có 1.302 hội viên, tăng 45 hội viên so với đầu năm. Ngoài ra có 17 hội viên chuyển về sinh hoạt.",
    # a plan, a movement between the two levels
    "Năm 2025, toàn huyện phấn đấu có 30 xã đạt chuẩn nông thôn mới. Đến nay đã có 24 xã đạt chuẩn, tăng 5 xã.",
    "Đầu năm, toàn huyện có 1.846 hộ nghèo; trong năm có 312 hộ thoát nghèo. Đến cuối năm còn 1.603 hộ, giảm 243 hộ.",
    # rates: another rate named at the end, the average per year, another place
    "Năm 2020, tỷ lệ hộ nghèo là 8,2%. Đến năm 2024, tỷ lệ hộ cận nghèo còn 5,1%, giảm 2,1 điểm phần trăm.",
    "Năm 2020, tỷ lệ trẻ em suy dinh dưỡng là 14,2%. Đến năm 2024, tỷ lệ này còn 10,8%, bình quân mỗi năm giảm 0,95 điểm phần trăm.",
    "Đầu nhiệm kỳ, tỷ lệ hộ nghèo của xã là 7,25%; đến nay, xã Bình An còn 2,18%, giảm 5,17 điểm phần trăm.",
    # compared with another year than the start's, movements told around
    "Năm 2021, số hộ nghèo toàn tỉnh là 14.826 hộ, chiếm 5,62%. Năm 2024, số hộ nghèo giảm xuống 8.115 hộ, tức là giảm 6.811 hộ so với năm 2022.",
    "Năm 2021, số hộ nghèo toàn tỉnh là 14.826 hộ. Năm 2024, số hộ nghèo giảm xuống 8.115 hộ, tức là giảm 6.811 hộ so với năm 2021. Ngoài ra, có 100 hộ chuyển đi nơi khác.",
    # the start told of a part of the year: not the year's level
    "Ngày 30/6/2022, toàn huyện có 1.230 hộ nghèo. Đến cuối năm 2023, toàn huyện còn 1.105 hộ nghèo, giảm 135 hộ.",
    "Năm 2023, tại thời điểm rà soát giữa kỳ, tỷ lệ hộ nghèo của huyện là 6,4%. Năm 2024, tỷ lệ hộ nghèo của huyện còn 4,8%, giảm 1,1 điểm phần trăm so với năm 2023.",
    # the restated moment holds another measure, or a level of other words
    "Kim ngạch xuất khẩu năm 2024 đạt 412 triệu USD, tăng 15,6% so với năm 2023, trong khi năm 2023 kim ngạch nhập khẩu chỉ đạt 368 triệu USD.",
    "Số lao động có việc làm là 45.620 người, tăng 2,8% so với năm trước; năm trước có 44.180 người làm việc tại các khu công nghiệp.",
    # a bare pair's cause, then a change of another noun
    "Số tổ chức cơ sở đảng giảm từ 48 xuống còn 41 do sắp xếp, giảm 36 biên chế cán bộ chuyên trách.",
    # the rise of a part, an admission (may be offset), a start of another year
    "Cuối năm 2023, Hội Cựu chiến binh có 3.412 hội viên. Trong năm 2024, số hội viên nữ tăng 16 hội viên, nâng tổng số hội viên nữ lên 418 hội viên.",
    "Cuối năm 2023, Hội Cựu chiến binh có 3.412 hội viên. Trong năm 2024, Hội kết nạp 116 hội viên, nâng tổng số lên 3.518 hội viên.",
    "Cuối năm 2022, Hội Cựu chiến binh có 3.412 hội viên. Trong năm 2024, số hội viên tăng 96 hội viên, nâng tổng số lên 3.518 hội viên.",
    # the share between is of a part; the level before the lead is dated, or a part's
    "Toàn tỉnh hiện có 148 xã đạt chuẩn nông thôn mới, trong đó 96 xã đạt chuẩn nâng cao, chiếm 64,9%; so với cuối năm 2020 (112 xã), tăng 38 xã.",
    "Hiện nay, Đảng bộ huyện có 6.920 đảng viên. So với đầu nhiệm kỳ, số đảng viên nữ tăng 62 đồng chí (đầu nhiệm kỳ có 2.478 đảng viên).",
    "Năm 2020, Đảng bộ huyện có 6.920 đảng viên. So với đầu nhiệm kỳ, số đảng viên tăng 462 đồng chí (đầu nhiệm kỳ có 6.478 đảng viên).",
    "Hiện nay, Đảng bộ huyện có 6.920 đảng viên, trong đó 2.540 đảng viên nữ. So với đầu nhiệm kỳ, số đảng viên tăng 442 đồng chí (đầu nhiệm kỳ có 6.478 đảng viên).",
]


@pytest.mark.parametrize("text", SILENT)
def test_change_q33c_silent(text: str) -> None:
    assert not alarms(text), alarms(text)
