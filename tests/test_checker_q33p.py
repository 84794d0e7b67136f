"""part_whole: session 33 recall round (q33p). Passages written by us.

- grades that each name their own grade partition the graded, so grades that add up to more
  than it are an error: after "được đánh giá;" with each grade's share in brackets, after
  "Trong đó," in the next sentence with the grades set apart by ";", a grade label right after
  the colon ("Kiểm điểm 27 cấp ủy viên: hoàn thành xuất sắc 5 đồng chí, …"), a describer with a
  comma before the colon ("58 tập thể lãnh đạo, quản lý: 9 tập thể …"); a list closed by
  "còn lại" is the whole. A grade "trở lên" holds those above it: no alarm;
- a list closed by "tất cả N" / "cả thảy N" (only when N lies near the items' sum: "tất cả 120
  xã đã có kế hoạch" is another set);
- respective values closed by their stated sum: "lần lượt là 11, 9 và 7 xã, tổng cộng 27 xã"
  (not "tổng số": that may be the stock of all);
- items set apart by "; label:" before "tổng cộng": "Khối Đảng: 12 biên chế; khối chính quyền:
  23 biên chế; …; tổng cộng 44 biên chế";
- a union total named kind by kind, its items those kinds each once: "64 tổ chức đảng và đảng
  viên (18 tổ chức đảng, 46 đảng viên)", "213 hộ nghèo và cận nghèo, gồm 87 hộ nghèo và 126 hộ
  cận nghèo".
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

K = "part_whole"

FOUND = [
    # grades after "được đánh giá;" with their shares in brackets
    ("Có 37 chi bộ được đánh giá; kết quả có 8 chi bộ (21,6%) hoàn thành xuất sắc nhiệm vụ, 26 chi bộ (64,9%) hoàn thành tốt nhiệm vụ, 5 chi bộ (13,5%) hoàn thành nhiệm vụ.", [37, 8, 26, 5], "inconsistent"),
    ("Có 37 chi bộ được đánh giá; kết quả có 8 chi bộ (21,6%) hoàn thành xuất sắc nhiệm vụ, 24 chi bộ (64,9%) hoàn thành tốt nhiệm vụ, 5 chi bộ (13,5%) hoàn thành nhiệm vụ.", [37, 8, 24, 5], "consistent"),
    # the last grade said as "còn lại"
    ("Năm 2023, toàn Đảng bộ có 1.245 tổ chức cơ sở đảng được đánh giá, xếp loại; trong đó 210 tổ chức hoàn thành xuất sắc nhiệm vụ, 890 tổ chức hoàn thành tốt nhiệm vụ, còn lại 155 tổ chức hoàn thành nhiệm vụ.", [1245, 210, 890, 155], "inconsistent"),
    ("Năm 2023, toàn Đảng bộ có 1.245 tổ chức cơ sở đảng được đánh giá, xếp loại; trong đó 210 tổ chức hoàn thành xuất sắc nhiệm vụ, 890 tổ chức hoàn thành tốt nhiệm vụ, còn lại 145 tổ chức hoàn thành nhiệm vụ.", [1245, 210, 890, 145], "consistent"),
    # the grades in the next sentence after "Trong đó,", set apart by ";"
    ("Có 142 tổ chức cơ sở đảng tham gia đánh giá, xếp loại năm 2023. Trong đó, 25 tổ chức đạt hoàn thành xuất sắc nhiệm vụ; 98 tổ chức hoàn thành tốt nhiệm vụ; 17 tổ chức hoàn thành nhiệm vụ; 4 tổ chức không hoàn thành nhiệm vụ.", [142, 25, 98, 17, 4], "inconsistent"),
    ("Có 142 tổ chức cơ sở đảng tham gia đánh giá, xếp loại năm 2023. Trong đó, 25 tổ chức đạt hoàn thành xuất sắc nhiệm vụ; 98 tổ chức hoàn thành tốt nhiệm vụ; 17 tổ chức hoàn thành nhiệm vụ; 2 tổ chức không hoàn thành nhiệm vụ.", [142, 25, 98, 17, 2], "consistent"),
    ("Toàn Đảng bộ có 520 đảng viên được kiểm điểm. Trong đó, 64 đồng chí hoàn thành xuất sắc nhiệm vụ; 402 đồng chí hoàn thành tốt nhiệm vụ; 57 đồng chí hoàn thành nhiệm vụ.", [520, 64, 402, 57], "inconsistent"),
    # a grade label right after the colon, the list closed by a zero said in words
    ("Kiểm điểm 27 cấp ủy viên: hoàn thành xuất sắc 5 đồng chí, hoàn thành tốt 21 đồng chí, hoàn thành 3 đồng chí, không có đồng chí nào không hoàn thành.", [27, 5, 21, 3], "inconsistent"),
    ("Kiểm điểm 27 cấp ủy viên: hoàn thành xuất sắc 5 đồng chí, hoàn thành tốt 19 đồng chí, hoàn thành 3 đồng chí, không có đồng chí nào không hoàn thành.", [27, 5, 19, 3], "consistent"),
    # a describer with a comma before the colon
    ("Đánh giá 58 tập thể lãnh đạo, quản lý: 9 tập thể hoàn thành xuất sắc nhiệm vụ, 43 tập thể hoàn thành tốt nhiệm vụ, 8 tập thể hoàn thành nhiệm vụ.", [58, 9, 43, 8], "inconsistent"),
    ("Đánh giá 58 tập thể lãnh đạo, quản lý: 9 tập thể hoàn thành xuất sắc nhiệm vụ, 41 tập thể hoàn thành tốt nhiệm vụ, 8 tập thể hoàn thành nhiệm vụ.", [58, 9, 41, 8], "consistent"),
    # a list closed by "tất cả" / "cả thảy"
    ("Huyện có 9 chi bộ trường học, 6 chi bộ y tế và 4 chi bộ cơ quan, tất cả 21 chi bộ trực thuộc.", [21, 9, 6, 4], "inconsistent"),
    ("Huyện có 9 chi bộ trường học, 6 chi bộ y tế và 4 chi bộ cơ quan, tất cả 19 chi bộ trực thuộc.", [19, 9, 6, 4], "consistent"),
    ("Xã xây mới 12 căn nhà đại đoàn kết, sửa chữa 7 căn, cả thảy 21 căn.", [21, 12, 7], "inconsistent"),
    # respective values closed by their stated sum
    ("Số xã đạt chuẩn nông thôn mới ở ba huyện Mường Nhé, Nậm Pồ và Tủa Chùa lần lượt là 11, 9 và 7 xã, tổng cộng 29 xã.", [29, 11, 9, 7], "inconsistent"),
    ("Số xã đạt chuẩn nông thôn mới ở ba huyện Mường Nhé, Nậm Pồ và Tủa Chùa lần lượt là 11, 9 và 7 xã, tổng cộng 27 xã.", [27, 11, 9, 7], "consistent"),
    ("Diện tích lúa, ngô và sắn lần lượt là 1.240, 860 và 315 ha; tổng cộng 2.515 ha.", [2515, 1240, 860, 315], "inconsistent"),
    ("Thôn Đông, thôn Tây và thôn Trung lần lượt có 142, 118 và 97 hộ, cả thảy 367 hộ.", [367, 142, 118, 97], "inconsistent"),
    # items set apart by "; label:" before "tổng cộng"
    ("Khối Đảng: 12 biên chế; khối chính quyền: 23 biên chế; khối Mặt trận và đoàn thể: 9 biên chế; tổng cộng 46 biên chế.", [46, 12, 23, 9], "inconsistent"),
    ("Khối Đảng: 12 biên chế; khối chính quyền: 23 biên chế; khối Mặt trận và đoàn thể: 9 biên chế; tổng cộng 44 biên chế.", [44, 12, 23, 9], "consistent"),
    ("Mầm non: 22 trường; tiểu học: 20 trường; trung học cơ sở: 17 trường; tổng cộng 61 trường.", [61, 22, 20, 17], "inconsistent"),
    # a union total named kind by kind
    ("Ủy ban kiểm tra các cấp đã kiểm tra khi có dấu hiệu vi phạm 64 tổ chức đảng và đảng viên (18 tổ chức đảng, 48 đảng viên).", [64, 18, 48], "inconsistent"),
    ("Ủy ban kiểm tra các cấp đã kiểm tra khi có dấu hiệu vi phạm 64 tổ chức đảng và đảng viên (18 tổ chức đảng, 46 đảng viên).", [64, 18, 46], "consistent"),
    ("Toàn xã còn 213 hộ nghèo và cận nghèo, gồm 87 hộ nghèo và 116 hộ cận nghèo.", [213, 87, 116], "inconsistent"),
    ("Toàn xã còn 213 hộ nghèo và cận nghèo, gồm 87 hộ nghèo và 126 hộ cận nghèo.", [213, 87, 126], "consistent"),
    ("Toàn huyện có 24 xã, thị trấn, trong đó có 21 xã và 2 thị trấn.", [24, 21, 2], "inconsistent"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figures", "verdict"), FOUND)
def test_part_whole_q33p_found(text: str, figures: list[float], verdict: str) -> None:
    rows = checks_of(text, K)
    assert told(rows, K, verdict, figures), [(c.verdict, c.figures, c.why) for c in rows]
    if verdict == "consistent":
        assert not alarms(text), alarms(text)


SILENT = [
    # a grade "trở lên" holds the grades above it
    "Có 37 chi bộ được đánh giá; kết quả có 8 chi bộ hoàn thành xuất sắc nhiệm vụ, 30 chi bộ hoàn thành tốt nhiệm vụ trở lên.",
    "Có 37 chi bộ được đánh giá; kết quả có 30 chi bộ hoàn thành tốt nhiệm vụ trở lên, 8 chi bộ hoàn thành xuất sắc nhiệm vụ.",
    # an item that names no grade (an award) is no grade of the graded
    "Năm 2023, có 52 chi bộ được đánh giá, xếp loại: 14 chi bộ hoàn thành xuất sắc nhiệm vụ, 32 chi bộ hoàn thành tốt nhiệm vụ, 6 chi bộ hoàn thành nhiệm vụ, 10 chi bộ được Huyện ủy tặng giấy khen.",
    "Đánh giá 58 tập thể lãnh đạo, quản lý: 9 tập thể hoàn thành xuất sắc nhiệm vụ, 43 tập thể được khen thưởng, 8 tập thể hoàn thành nhiệm vụ.",
    # grades that stop short of the graded (a grade left out): no alarm
    "Có 142 tổ chức cơ sở đảng tham gia đánh giá, xếp loại năm 2023. Trong đó, 25 tổ chức đạt hoàn thành xuất sắc nhiệm vụ; 98 tổ chức hoàn thành tốt nhiệm vụ.",
    # "tất cả N" of another, larger set
    "Số xã đạt chuẩn năm 2022, 2023 và 2024 lần lượt là 3, 4 và 5 xã, tất cả 120 xã đã có kế hoạch.",
    "Số đảng viên mới kết nạp của ba chi bộ lần lượt là 3, 4 và 5 đồng chí, tất cả 30 đồng chí đều là đoàn viên.",
    "Chi bộ thôn 1 kết nạp 3 đảng viên, chi bộ thôn 2 kết nạp 2 đảng viên, tất cả 120 đảng viên của Đảng bộ đều tham gia học tập.",
    # "tổng số" after respective values may be the stock of all; a cumulative closer
    "Số xã đạt chuẩn nông thôn mới ở ba huyện lần lượt là 11, 9 và 7 xã, tổng số xã của tỉnh là 98 xã.",
    "Số xã đạt chuẩn năm 2022, 2023 và 2024 lần lượt là 3, 4 và 5 xã, tổng cộng đến nay toàn huyện có 18 xã đạt chuẩn.",
    # respective shares, not counts
    "Tỷ lệ hộ nghèo của ba xã lần lượt là 3,2, 4,1 và 2,7%, tổng cộng 10 xã.",
    # the union's items qualified (a subset of each kind), or of another kind
    "Toàn xã còn 213 hộ nghèo và cận nghèo, trong đó 87 hộ nghèo và 100 hộ cận nghèo là đồng bào dân tộc thiểu số.",
    "Toàn xã còn 213 hộ nghèo và cận nghèo, gồm 87 hộ nghèo và 116 hộ cận nghèo mới phát sinh.",
    "Ủy ban kiểm tra đã kiểm tra 64 tổ chức đảng và đảng viên (18 chi bộ, 48 đảng viên).",
    # the kinds counted at another moment
    "Toàn huyện có 24 xã, thị trấn, trong đó trước khi sáp nhập có 21 xã và 2 thị trấn.",
    "Ủy ban kiểm tra đã kiểm tra 64 tổ chức đảng và đảng viên (18 tổ chức đảng có vi phạm, 40 đảng viên).",
]  # fmt: skip


@pytest.mark.parametrize("text", SILENT)
def test_part_whole_q33p_silent(text: str) -> None:
    assert not [a for a in alarms(text) if a[0] == K], alarms(text)
