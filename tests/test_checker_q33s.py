"""share: session 33 recall round, shares phrased in other ways. Passages written by us.

- a percent opening its clause with its part in a bracket and no noun ("Toàn tỉnh có 1.356 chi
  bộ; 88,6% (1.201 chi bộ) có …"), or with the whole's noun and a trait of a subset of it
  ("33,8% đảng viên là nữ (837 đồng chí)"), or "số X" with the whole in the clause before ";";
- a rate named by its noun with no verb before the percent ("Tỷ lệ đảng viên nữ 34,9% (152
  đồng chí)");
- a whole named "Tổng số … là N" before a ";" and a part opened by "có"/"đã"/"được" or a trait
  in the clause after it, the percent closing that clause;
- "chiếm P% so với tổng số." with no noun after "tổng số": it names no other whole;
- a fraction written out "N X trên tổng số M Y, tỷ lệ P%" is a share too (told when it fits;
  a miss is raised once, by ratio_percent).
"""

from __future__ import annotations

import pytest

from tests.checkhelp import checks_of, told

FOUND = [
    # a bare bracket after the percent, the whole in the clause before ";"
    ("Toàn tỉnh có 1.356 chi bộ thôn, tổ dân phố; 88,6% (1.201 chi bộ) có đảng viên đảm nhiệm chức danh bí thư kiêm trưởng thôn.", [1201, 1356, 88.6], "consistent"),
    ("Toàn tỉnh có 1.356 chi bộ thôn, tổ dân phố; 91,6% (1.201 chi bộ) có đảng viên đảm nhiệm chức danh bí thư kiêm trưởng thôn.", [1201, 1356, 91.6], "inconsistent"),
    # a bare bracket, the whole in the sentence before
    ("Huyện Đắk Song có 214 chi bộ. Năm qua, 93,5% (200 chi bộ) duy trì sinh hoạt chuyên đề hằng quý.", [200, 214, 93.5], "consistent"),
    ("Huyện Đắk Song có 214 chi bộ. Năm qua, 95,3% (200 chi bộ) duy trì sinh hoạt chuyên đề hằng quý.", [200, 214, 95.3], "inconsistent"),
    # "số X (N X)" with the whole in the clause before ";"
    ("Huyện có 318 chi bộ; 89,9% số chi bộ (286 chi bộ) duy trì sinh hoạt chuyên đề hằng quý.", [286, 318, 89.9], "consistent"),
    ("Huyện có 318 chi bộ; 92,9% số chi bộ (286 chi bộ) duy trì sinh hoạt chuyên đề hằng quý.", [286, 318, 92.9], "inconsistent"),
    # the whole's noun and a trait of its members after the percent
    ("Đảng bộ có 2.480 đảng viên. Trong đó, 33,8% đảng viên là nữ (837 đồng chí).", [837, 2480, 33.8], "consistent"),
    ("Đảng bộ có 2.480 đảng viên. Trong đó, 37,8% đảng viên là nữ (837 đồng chí).", [837, 2480, 37.8], "inconsistent"),
    ("Đảng bộ phường có 1.126 đảng viên; 12,3% đảng viên dân tộc thiểu số (139 đồng chí).", [139, 1126, 12.3], "consistent"),
    ("Đảng bộ phường có 1.126 đảng viên; 15,3% đảng viên dân tộc thiểu số (139 đồng chí).", [139, 1126, 15.3], "inconsistent"),
    # a rate named by its noun, no verb before the percent
    ("Đảng bộ xã hiện có 436 đảng viên. Tỷ lệ đảng viên nữ 34,9% (152 đồng chí).", [152, 436, 34.9], "consistent"),
    ("Đảng bộ xã hiện có 436 đảng viên. Tỷ lệ đảng viên nữ 38,9% (152 đồng chí).", [152, 436, 38.9], "inconsistent"),
    ("Toàn Đảng bộ có 3.090 đảng viên. Tỷ lệ đảng viên là người dân tộc thiểu số đạt 41,2% (1.273 đồng chí).", [1273, 3090, 41.2], "consistent"),
    ("Toàn Đảng bộ có 3.090 đảng viên. Tỷ lệ đảng viên là người dân tộc thiểu số đạt 44,2% (1.273 đồng chí).", [1273, 3090, 44.2], "inconsistent"),
    # places with a property, named by the rate or after the percent, the whole in the profile
    ("Huyện có 21 xã, thị trấn. Tỷ lệ xã, thị trấn có trạm y tế đạt chuẩn quốc gia là 85,7% (18 xã, thị trấn).", [18, 21, 85.7], "consistent"),
    ("Huyện có 21 xã, thị trấn. Tỷ lệ xã, thị trấn có trạm y tế đạt chuẩn quốc gia là 89,7% (18 xã, thị trấn).", [18, 21, 89.7], "inconsistent"),
    ("Huyện có 21 xã, thị trấn. 85,7% số xã, thị trấn (18 xã, thị trấn) có trạm y tế đạt chuẩn quốc gia.", [18, 21, 85.7], "consistent"),
    ("Huyện có 21 xã, thị trấn. 89,7% số xã, thị trấn (18 xã, thị trấn) có trạm y tế đạt chuẩn quốc gia.", [18, 21, 89.7], "inconsistent"),
    ("Toàn huyện có 21 xã, thị trấn và 186 thôn. Tỷ lệ thôn có nhà văn hóa đạt chuẩn 90,3% (168 thôn).", [168, 186, 90.3], "consistent"),
    ("Toàn huyện có 21 xã, thị trấn và 186 thôn. Tỷ lệ thôn có nhà văn hóa đạt chuẩn 95,7% (168 thôn).", [168, 186, 95.7], "inconsistent"),
    # a total named "Tổng số … là N" before ";", the part's clause after it
    ("Tổng số cán bộ, công chức cấp xã là 1.248 người; có 1.076 người có trình độ chuyên môn đại học, chiếm 86,2%.", [1076, 1248, 86.2], "consistent"),
    ("Tổng số cán bộ, công chức cấp xã là 1.248 người; có 1.076 người có trình độ chuyên môn đại học, chiếm 90,2%.", [1076, 1248, 90.2], "inconsistent"),
    ("Tổng số hộ nghèo đầu năm là 1.248 hộ; đã thoát nghèo 1.076 hộ, đạt 86%.", [1076, 1248, 86], "consistent"),
    ("Tổng số hộ nghèo đầu năm là 1.248 hộ; đã thoát nghèo 1.076 hộ, đạt 80%.", [1076, 1248, 80], "inconsistent"),
    # "so với tổng số" with no noun after it
    ("Đảng bộ xã hiện có 436 đảng viên, trong đó có 152 đảng viên nữ, chiếm 34,9% so với tổng số.", [152, 436, 34.9], "consistent"),
    ("Đảng bộ xã hiện có 436 đảng viên, trong đó có 152 đảng viên nữ, chiếm 38,9% so với tổng số.", [152, 436, 38.9], "inconsistent"),
    # a fraction written out with its percent: a share that fits
    ("Cuối năm 2024, toàn huyện có 5.214 hộ nghèo trên tổng số 18.130 hộ, tỷ lệ 28,76%.", [5214, 18130, 28.76], "consistent"),
    ("Ban Chấp hành khóa mới có 9 đồng chí nữ trên tổng số 52 ủy viên (17,3%).", [9, 52, 17.3], "consistent"),
    ("Hội đã tập hợp 28.745 hội viên trên tổng số 33.910 phụ nữ từ 18 tuổi trở lên, tỷ lệ tập hợp đạt 84,8%.", [28745, 33910, 84.8], "consistent"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figures", "verdict"), FOUND)
def test_share_q33s_found(text: str, figures: list[float], verdict: str) -> None:
    rows = checks_of(text, "share")
    assert told(rows, "share", verdict, figures), [(c.verdict, c.figures, c.why) for c in rows]


SILENT = [
    # a bare bracket after the percent: the whole of another year
    "Năm 2020, huyện có 1.356 chi bộ. Năm 2024, 80,6% (1.201 chi bộ) có bí thư kiêm trưởng thôn.",
    # two counts of the kind before the ";": no one whole
    "Huyện có 1.356 chi bộ và 86 tổ chức cơ sở đảng; 80,6% (1.201 chi bộ) có bí thư kiêm trưởng thôn.",
    # the bracket holds another noun than the whole's
    "Huyện có 1.356 chi bộ; 80,6% (1.201 đảng viên) được học tập nghị quyết.",
    # the noun after the percent names one body's members, not a trait
    "Đảng bộ có 2.480 đảng viên. 37,8% đảng viên là nữ của Chi bộ Tân An (837 đồng chí).",
    # two bodies' members before: no one whole
    "Đảng bộ xã A có 2.480 đảng viên, Đảng bộ xã B có 1.900 đảng viên. 37,8% đảng viên là nữ (837 đồng chí).",
    # the percent of another moment than the undated whole
    "Đảng bộ có 2.480 đảng viên. Năm 2024, 37,8% đảng viên là nữ (837 đồng chí).",
    # a new members' trait, not a trait of all members
    "Đảng bộ có 2.480 đảng viên; 37,8% đảng viên mới kết nạp (837 đồng chí) là đoàn viên.",
    # the poor's rate: no trait of the households the profile counts
    "Huyện có 42.350 hộ. Tỷ lệ hộ nghèo 3,9% (1.245 hộ).",
    # the rate of one branch's members
    "Đảng bộ xã hiện có 436 đảng viên. Tỷ lệ đảng viên nữ của chi bộ thôn 38,9% (152 đồng chí).",
    # "tổng số" bare after a split that follows a list: the list's last item is no whole
    "Năm 2023 thi hành kỷ luật 31 đảng viên: khiển trách 22 và cảnh cáo 9, trong đó 5 đảng viên là cán bộ chủ chốt, chiếm 16,1% tổng số.",
    # the rate's noun names a narrower set of places than the profile's count
    "Huyện có 21 xã, thị trấn. Tỷ lệ xã có trạm y tế đạt chuẩn 95,7% (18 xã).",
    # of people, a predicate names another set: the admitted, not all members
    "Huyện có 2.350 đảng viên. Tỷ lệ đảng viên được kết nạp là đoàn viên 75,7% (368 đồng chí).",
    # a change of the rate, not the rate
    "Đảng bộ xã hiện có 436 đảng viên. Tỷ lệ đảng viên nữ tăng 8,9% (12 đồng chí).",
    # two groups side by side across the ";": the second is no part of the first
    "Tổng số đảng viên khối cơ quan là 1.248 người; khối xã, phường 1.076 người, chiếm 46,3%.",
    # the part's clause of another year
    "Tổng số hộ nghèo năm 2023 là 1.248 hộ; năm 2024 còn 1.076 hộ, bằng 46,3%.",
    # the percent names its own whole after it
    "Tổng số cán bộ, công chức cấp xã là 1.248 người; có 1.076 người có trình độ đại học, chiếm 90,2% số cán bộ trẻ.",
    # a percent of a plan after the written-out fraction
    "Có 14 thôn đạt chuẩn trên tổng số 43 thôn, đạt 78% kế hoạch.",
]


@pytest.mark.parametrize("text", SILENT)
def test_share_q33s_silent(text: str) -> None:
    assert not [c for c in checks_of(text) if c.verdict == "inconsistent"], [
        (c.kind, c.figures, c.why) for c in checks_of(text) if c.verdict == "inconsistent"
    ]
