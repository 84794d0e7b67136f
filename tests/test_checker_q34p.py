"""Fit-only part_whole readings of the thirty-fourth session (q34p): relations confirmed when
the arithmetic holds, silent when it does not (never an alarm).

- a running total whose earlier count stands far back: "có 9 xã đạt chuẩn nông thôn mới nâng
  cao" … "đưa thêm 2 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 11 xã" (the earlier
  count tied by its label, the latest one only);
- a count and the footnote its marker calls: "kết nạp 1.128 đảng viên(1)" … "(1) Năm 2021 kết
  nạp 236 đảng viên; năm 2022: 251; …" (every count of the note, bare ones too, sums to it);
- a part and the rest said "còn lại" in one sentence, the whole far from them: "có 21 xã, thị
  trấn" … "19 xã, thị trấn được đánh giá tốt, đạt 90,5%; 2 xã còn lại xếp loại khá" (the whole tied
  by the part's share, or by a fraction part/whole in the sentence or the next);
- counts of two kinds in pairs by body, then the pair of totals: "Ban Thường vụ kiểm tra 4 tổ chức
  đảng và 6 đảng viên; cấp ủy cơ sở kiểm tra 37 … và 112 …. Như vậy, … 41 tổ chức đảng, 118 đảng
  viên" (both kinds must add up; the second is told, the first is fit.py's own sum);
- a count split into a side and its negation, the whole just before: "tiếp nhận 19 đơn …; trong đó
  12 đơn thuộc thẩm quyền, …; 7 đơn không thuộc thẩm quyền";
- the count of the top grades named after a graded list: "xuất sắc 9, tốt 21, … Số cơ sở xuất sắc
  và tốt là 30", "… Như vậy có 27/31 chi bộ hoàn thành tốt nhiệm vụ trở lên" (a list a rule read).

Passages written by us."""

from __future__ import annotations

import pytest

from tests.checkhelp import alarms, checks_of, told

KIND = "part_whole"


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # -- running totals, the earlier count far back --
        ("Đến nay huyện có 7 xã đạt chuẩn nông thôn mới nâng cao, 2 xã đạt chuẩn kiểu mẫu. Thu ngân sách đạt 120 tỷ đồng. "
         "Năm 2025 phấn đấu công nhận thêm 3 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 10 xã.", [10, 7, 3]),
        ("Toàn tỉnh có 41/52 xã đạt chuẩn nông thôn mới. Giải quyết việc làm cho 2.300 lao động. "
         "Nhiệm vụ quý IV: hoàn thành thẩm định thêm 4 xã đạt chuẩn nông thôn mới, nâng tổng số lên 45/52 xã.", [45, 41, 4]),
        ("Đến nay xã đạt 16/19 tiêu chí xã nông thôn mới nâng cao. Năm tới, đạt thêm 3 tiêu chí, đủ 19 tiêu chí xã nông thôn mới nâng cao.",
         [19, 16, 3]),
        ("Trên địa bàn có 12 thôn đạt chuẩn thôn kiểu mẫu. Tỷ lệ hộ nghèo giảm còn 2,1%.\n\nKế hoạch năm 2025: xây dựng thêm 5 thôn "
         "đạt chuẩn thôn kiểu mẫu, nâng tổng số thôn kiểu mẫu lên 17 thôn.", [17, 12, 5]),
        ("Thành phố hiện có 23 trường đạt chuẩn quốc gia mức độ cao. Năm học tới, đề nghị công nhận thêm 4 trường đạt chuẩn quốc gia "
         "mức độ cao (Trường Tiểu học Tân Lập, Trường THCS Hòa Bình …), nâng tổng số lên 27 trường.", [27, 23, 4]),
        ("Toàn huyện có 14 hợp tác xã nông nghiệp hoạt động hiệu quả; doanh thu bình quân 1,8 tỷ đồng/năm. Năm 2025, "
         "hỗ trợ thành lập thêm 3 hợp tác xã nông nghiệp hoạt động hiệu quả, nâng tổng số lên 17 hợp tác xã.", [17, 14, 3]),
        ("Đến cuối năm 2024 có 58/64 chợ nông thôn đạt chuẩn văn minh thương mại. Giai đoạn tới, cải tạo thêm 6 chợ nông thôn đạt "
         "chuẩn văn minh thương mại, nâng tổng số lên 64/64 chợ.", [64, 58, 6]),
        # -- a count and its footnote --
        ("Trong nhiệm kỳ, toàn Đảng bộ kết nạp 905 đảng viên(1), vượt chỉ tiêu đề ra.\n\n(1) Năm 2021 kết nạp 172 đảng viên; năm 2022: 186; "
         "năm 2023: 190; năm 2024: 215; 5 tháng đầu năm 2025: 142.", [905, 172, 186, 190, 215, 142]),
        ("Tổng số 2.140 đảng viên, trong đó 96 đồng chí không kiểm điểm, xếp loại(1); số được xếp loại là 2.044 đồng chí.\n\n"
         "(1) Gồm: 61 đồng chí được miễn sinh hoạt; 23 đồng chí mới kết nạp; 12 đồng chí ốm đau dài ngày.", [96, 61, 23, 12]),
        ("Trong năm, Ủy ban Mặt trận chủ trì 46 cuộc giám sát(2), tập trung vào chính sách an sinh.\n\n(1) Số liệu đến 30/11/2024.\n"
         "(2) Cấp huyện 9, cấp xã 37 cuộc.", [46, 9, 37]),
        ("Sau sắp xếp, số người hoạt động không chuyên trách ở thôn giảm 84 người(1).\n\n(1) Trong đó bố trí làm công việc khác 29, "
         "nghỉ hưởng chế độ hỗ trợ một lần 55.", [84, 29, 55]),
        # -- a part and its rest "còn lại", the whole far from them --
        ("Huyện có 24 xã, thị trấn. Thu ngân sách đạt 210 tỷ đồng.\n\nVề dân chủ ở cơ sở: có 21 xã, thị trấn được đánh giá thực hiện "
         "tốt, đạt 87,5%; 3 xã còn lại xếp loại khá.", [24, 21, 3]),
        ("Số thôn có chi bộ độc lập tăng từ 140 thôn lên 152 thôn, tăng 12 thôn; 6 thôn còn lại đang sinh hoạt ghép. Như vậy, "
         "152/158 thôn có chi bộ độc lập, đạt 96,2%.", [158, 152, 6]),
        ("Toàn tỉnh có 1.553 thôn, bản, tổ dân phố. Dân số khoảng 62 vạn người. Có 19 dân tộc cùng sinh sống. Tỷ lệ hộ nghèo "
         "còn 14,2%.\n\nĐến nay 1.548 thôn, bản, tổ dân phố đã có đảng viên, chiếm 99,7%; 5 bản còn "
         "lại đều có quần chúng ưu tú đang được bồi dưỡng.", [1553, 1548, 5]),
        ("Số hợp tác xã hoạt động hiệu quả tăng từ 31 lên 38 hợp tác xã; còn lại 4 hợp tác xã hoạt động cầm chừng. Như vậy 38/42 "
         "hợp tác xã hoạt động hiệu quả.", [42, 38, 4]),
        # -- counts of two kinds in pairs by body, then the pair of totals --
        ("Ban Thường vụ Huyện ủy kiểm tra 5 tổ chức đảng và 8 đảng viên; đảng ủy cơ sở kiểm tra 29 tổ chức đảng và 93 đảng viên. "
         "Như vậy, cấp ủy các cấp đã kiểm tra 34 tổ chức đảng, 101 đảng viên, đạt 100% kế hoạch.", [101, 8, 93]),
        ("Ủy ban Kiểm tra Thành ủy giám sát 3 tổ chức đảng, 7 đảng viên; ủy ban kiểm tra đảng ủy cơ sở giám sát 26 tổ chức đảng, "
         "61 đảng viên (tổng cộng 29 tổ chức đảng, 68 đảng viên).", [68, 7, 61]),
        ("Cấp huyện giám sát 2 tổ chức đảng và 6 đảng viên, cấp xã giám sát 31 tổ chức đảng và 74 đảng viên; các chi bộ giám sát "
         "12 tổ chức đảng và 45 đảng viên; tính chung các cấp đã giám sát 45 tổ chức đảng, 125 đảng viên.", [125, 6, 74, 45]),
        # -- a side and its negation, the whole just before --
        ("Ủy ban kiểm tra các cấp tiếp nhận 26 đơn (cùng kỳ năm 2023: 31 đơn), giảm 16,1%; trong đó 17 đơn thuộc thẩm quyền, "
         "đã giải quyết 15 đơn (88,2%); 9 đơn không thuộc thẩm quyền đã chuyển cơ quan chức năng.", [26, 17, 9]),
        ("Năm 2024 tiếp nhận 42 đơn. Qua phân loại, 15 đơn đủ điều kiện giải quyết, đã giải quyết 13 đơn; 27 đơn không đủ điều kiện "
         "được lưu theo quy định.", [42, 15, 27]),
        ("Ủy ban kiểm tra các cấp tiếp nhận 42 đơn, tăng 5 đơn so với năm trước; có 15 đơn thuộc thẩm quyền, đã giải quyết 13 đơn; "
         "27 đơn không thuộc thẩm quyền đã chuyển cơ quan có thẩm quyền.", [42, 15, 27]),
        # -- the top grades' count named after a graded list --
        ("Tổ chức đảng: 29 chi bộ được xếp loại, trong đó hoàn thành xuất sắc nhiệm vụ 5 chi bộ; hoàn thành tốt nhiệm vụ 19 chi bộ; "
         "hoàn thành nhiệm vụ 4 chi bộ; không hoàn thành nhiệm vụ 1 chi bộ. Như vậy có 24/29 chi bộ hoàn thành tốt nhiệm vụ trở lên.",
         [24, 5, 19]),
        ("Kết quả đánh giá 42 cơ sở Hội: xuất sắc 12, tốt 23, khá 6, trung bình 1. Số cơ sở xuất sắc và tốt là 35 cơ sở, chiếm 83,3%.",
         [35, 12, 23]),
        ("Trong 703 đảng viên được đánh giá: hoàn thành xuất sắc nhiệm vụ 104 đồng chí; hoàn thành tốt nhiệm vụ 548 đồng chí; hoàn thành nhiệm vụ 51 đồng chí. "
         "Số đảng viên hoàn thành tốt nhiệm vụ trở lên là 652 đồng chí.", [652, 104, 548]),
        ("1. Tổ chức đảng: 31 chi bộ được xếp loại, trong đó:\n- Hoàn thành xuất sắc nhiệm vụ: 6 chi bộ (19,4%);\n"
         "- Hoàn thành tốt nhiệm vụ: 21 chi bộ;\n- Hoàn thành nhiệm vụ: 3 chi bộ;\n- Không hoàn thành nhiệm vụ: 1 chi bộ.\n"
         "Như vậy có 27/31 chi bộ hoàn thành tốt nhiệm vụ trở lên.", [27, 6, 21]),
    ],
)  # fmt: skip
def test_fit_told(text: str, figures: list[float]) -> None:
    assert told(checks_of(text, KIND), KIND, "consistent", figures)
    assert alarms(text) == []


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # -- running totals: another label, an older count, a plan, a flow, a miss --
        # the earlier 7 xã are of another standard (not "nâng cao")
        ("Đến nay huyện có 7 xã đạt chuẩn nông thôn mới. Năm 2025 phấn đấu công nhận thêm 3 xã đạt chuẩn nông thôn mới nâng cao, "
         "nâng tổng số lên 10 xã.", [10, 7, 3]),
        # 7 is an older count: the latest is 8
        ("Năm 2022 huyện có 7 xã đạt chuẩn nông thôn mới nâng cao. Đến nay có 8 xã đạt chuẩn nông thôn mới nâng cao. Năm 2025 "
         "phấn đấu công nhận thêm 3 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 10 xã.", [10, 7, 3]),
        # a plan, not a count stated
        ("Nghị quyết đề ra mục tiêu có 8 xã đạt chuẩn nông thôn mới nâng cao. Năm 2025 công nhận thêm 2 xã đạt chuẩn nông thôn "
         "mới nâng cao, nâng tổng số lên 10 xã.", [10, 8, 2]),
        # a flow of one year, no stock
        ("Năm 2024 kết nạp 45 đảng viên, trong đó 12 đảng viên là người dân tộc thiểu số. Năm 2025 phấn đấu kết nạp thêm 12 "
         "đảng viên là người dân tộc thiểu số, nâng tổng số lên 24 đảng viên.", [24, 12, 12]),
        # the sum does not hold (7 + 3 = 10, not 11): silent
        ("Đến nay huyện có 7 xã đạt chuẩn nông thôn mới nâng cao. Năm 2025 phấn đấu công nhận thêm 3 xã đạt chuẩn nông thôn mới "
         "nâng cao, nâng tổng số lên 11 xã.", [11, 8, 3]),
        # the from-value of a change is no current count
        ("Số xã đạt chuẩn nông thôn mới nâng cao tăng từ 7 xã lên 9 xã. Năm 2025 công nhận thêm 2 xã đạt chuẩn nông thôn mới "
         "nâng cao, nâng tổng số lên 9 xã.", [9, 7, 2]),
        # -- footnotes: a partial note, a note on another figure, a money note --
        ("Ủy ban kiểm tra các cấp tiếp nhận 45 đơn(1), giảm 6 đơn so với năm trước.\n\n(1) Tố cáo 20 đơn, khiếu nại 15 đơn.",
         [45, 20, 15]),
        ("Trong nhiệm kỳ, toàn Đảng bộ kết nạp 905 đảng viên(1), vượt chỉ tiêu.\n\n(1) Năm 2021 kết nạp 172 đảng viên; năm 2022: 186; "
         "năm 2023: 190; năm 2024: 215.", [905, 172, 186, 190, 215]),
        ("Hội các cấp vận động xây dựng 38 căn nhà Mái ấm tình thương(1).\n\n(1) Xây mới 25 căn, mỗi căn hỗ trợ 50 triệu đồng; "
         "sửa chữa 13 căn.", [38, 25, 13]),
        # the earlier 2 xã are a narrower class ("nâng cao") than the raised one
        ("Đến hết năm 2024, toàn huyện có 9/21 xã đạt chuẩn nông thôn mới (chiếm 42,9%), trong đó 2 xã đạt chuẩn nông thôn mới "
         "nâng cao. Nhiệm vụ năm 2025: có thêm 2 xã đạt chuẩn nông thôn mới (nâng tổng số lên 4 xã).", [4, 2, 2]),
        # -- a part and its rest: the share or fraction does not tie them to the whole --
        ("Huyện có 24 xã, thị trấn. Thu ngân sách đạt 210 tỷ đồng.\n\nVề dân chủ ở cơ sở: có 21 xã, thị trấn được đánh giá thực hiện "
         "tốt, đạt 87,5%; 4 xã còn lại xếp loại khá.", [25, 21, 4]),
        ("Số thôn có chi bộ độc lập tăng từ 140 thôn lên 152 thôn, tăng 12 thôn; 7 thôn còn lại đang sinh hoạt ghép. Như vậy, "
         "152/158 thôn có chi bộ độc lập, đạt 96,2%.", [159, 152, 7]),
        # 26 + 4 = 30 matches the count of another year, but the part's share (80%) is not 26/30
        ("Năm 2023 toàn huyện có 30 tổ hợp tác. Thu nhập bình quân đạt 58 triệu đồng. Tỷ lệ hộ nghèo còn 2,4%. Có 12 thôn "
         "đạt chuẩn văn hóa.\n\nNăm 2024 có 26 tổ hợp tác hoạt động hiệu quả, đạt 80%; 4 tổ hợp tác còn lại "
         "hoạt động cầm chừng.", [30, 26, 4]),
        # -- pairs by body: one kind does not add up, so neither is told --
        ("Ban Thường vụ Huyện ủy kiểm tra 5 tổ chức đảng và 8 đảng viên; đảng ủy cơ sở kiểm tra 29 tổ chức đảng và 93 đảng viên. "
         "Như vậy, cấp ủy các cấp đã kiểm tra 34 tổ chức đảng, 102 đảng viên.", [34, 5, 29]),
        # the last pair is of another year, not a part of the totals
        ("Ban Thường vụ Huyện ủy kiểm tra 5 tổ chức đảng và 8 đảng viên. Năm 2023 đảng ủy cơ sở kiểm tra 29 tổ chức đảng và 93 "
         "đảng viên. Năm 2024 các cấp kiểm tra 34 tổ chức đảng, 101 đảng viên.", [101, 8, 93]),
        # -- a side and its negation: the sum misses the whole --
        ("Ủy ban kiểm tra các cấp tiếp nhận 42 đơn, tăng 5 đơn so với năm trước; có 15 đơn thuộc thẩm quyền, đã giải quyết 13 đơn; "
         "25 đơn không thuộc thẩm quyền đã chuyển cơ quan có thẩm quyền.", [42, 15, 25]),
        # -- the top grades: a miss, another year, "khá trở lên" --
        ("Kết quả xếp loại 52 chi bộ: hoàn thành xuất sắc nhiệm vụ 11 chi bộ, hoàn thành tốt nhiệm vụ 35 chi bộ, hoàn thành nhiệm vụ "
         "6 chi bộ. Có 45 chi bộ hoàn thành tốt nhiệm vụ trở lên.", [45, 11, 35]),
        ("Năm 2023: hoàn thành xuất sắc nhiệm vụ 10 chi bộ, hoàn thành tốt nhiệm vụ 30 chi bộ. Năm 2024 có 40 chi bộ hoàn thành tốt "
         "nhiệm vụ trở lên.", [40, 10, 30]),
        ("Về đảng viên: hoàn thành xuất sắc nhiệm vụ 88 đồng chí, hoàn thành tốt nhiệm vụ 412 đồng chí, hoàn thành nhiệm vụ 40 đồng "
         "chí; có 500 đồng chí khá trở lên.", [500, 88, 412]),
    ],
)  # fmt: skip
def test_look_alike_silent(text: str, figures: list[float]) -> None:
    assert alarms(text) == []
    assert not told(checks_of(text, KIND), KIND, "consistent", figures)
