"""The listed-parts readings of ``part_whole`` (commits 8c36378, d7387c5, d3fbc85): a white-box
review for false alarms (twenty-eighth session, review 28g), our own passages.

Guards added, each with its table beside the rule in the module:

- ``_all_levels``: "các cấp, các ngành" adds the sectors, so the three levels do not close the
  list; a "các cấp" outside the count's own clause (the sentence before, or an earlier clause)
  is carried on only when that clause opens with its verb, not with a body of its own
  ("Thanh tra tỉnh chủ trì 64 cuộc", "Năm 2024, Hội Cựu chiến binh tỉnh phối hợp tổ chức …");
- ``_bare_sides``: an approximate count ("khoảng 1.200 thanh niên") near the pair's sum may be
  what the pair splits: silence;
- ``_headed_grades`` (``_heading_set_apart``): the heading line above the grades names another
  moment ("nhiệm kỳ trước"), a year the count's sentence does not say when it says one, or some
  units only ("ở xã Tân Lập", "ở 6 xã điểm"): silence;
- ``_one_served_place_fits``: "sân chơi thiếu nhi tổ 3" may be the one of tổ 3; when that
  reading makes the list add up, no alarm;
- ``_taken_at``: "tuyển chọn" is no recruitment, and gatherings (sessions, fairs, forums,
  contests) may count one member twice: silence; "như" before the places lists examples;
- ``_bare_after_colon`` (older): a count's own words ending in "như" before the colon open
  examples, not its breakdown ("… tại các doanh nghiệp như: Công ty may … 620, …").

Of 148 clean passages (two rounds) 28 alarmed at first (20 of the new readings); 22 are fixed,
one was dropped as not clearly clean, one became a planted slip, 4 are left in
tests/known_alarms/review28g.jsonl (levels under "các cấp" read as closing a "trong đó" list).

PLANTED: one slip each, 21 of 21 found and asserted inconsistent.

CLEAN: passages of each guard told silent (the whole review is
tests/battery/battery_zzzz_r28g.jsonl, 142 clean passages, no alarm).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

PLANTED = [
    (
        "Hội đồng nhân dân các cấp tổ chức 1.240 cuộc tiếp xúc cử tri, trong đó cấp tỉnh 80, cấp huyện 360, cấp xã 780.",
        [1240, 80, 360, 780],
    ),
    (
        "Năm 2024, xã hoàn thành 19 công trình, gồm: đường giao thông 7, kênh mương 6, nhà văn hóa thôn 4.",
        [19, 7, 6, 4],
    ),
    (
        "Cấp ủy các cấp tăng cường kiểm tra. Năm 2024 đã tiến hành 842 cuộc kiểm tra, trong đó cấp tỉnh 10, cấp huyện 126, cấp cơ sở 712.",
        [842, 10, 126, 712],
    ),
    (
        "Mặt trận các cấp tổ chức 268 hội nghị đối thoại, trong đó cấp tỉnh 4, cấp huyện 52, cấp xã 206.",
        [268, 4, 52, 206],
    ),
    (
        "Năm 2024, Đảng bộ kết nạp 96 đảng viên, đạt 106,7% kế hoạch (90 đảng viên); nam 52, nữ 46.",
        [96, 52, 46],
    ),
    (
        "Hội Nông dân xã có 1.320 hội viên; nam 845, nữ 495.",
        [1320, 845, 495],
    ),
    (
        "Toàn Đảng bộ có 512 đảng viên; chính thức 490, dự bị 24.",
        [512, 490, 24],
    ),
    (
        "Đảng bộ huyện có 28 tổ chức cơ sở đảng, 164 chi bộ trực thuộc đảng ủy cơ sở.\n\nKết quả xếp loại:\n- Chi bộ trực thuộc đảng ủy cơ sở: hoàn thành xuất sắc nhiệm vụ 25, hoàn thành tốt nhiệm vụ 110, hoàn thành nhiệm vụ 26, không hoàn thành nhiệm vụ 1.",
        [164, 25, 110, 26, 1],
    ),
    (
        "Hội Liên hiệp Phụ nữ huyện có 64 chi hội phụ nữ ấp.\n\nCông tác xây dựng hội:\n- Chi hội phụ nữ ấp: vững mạnh 30, khá 25, trung bình 8, yếu 3.",
        [64, 30, 25, 8, 3],
    ),
    (
        "Hội Nông dân huyện mở 42 lớp tập huấn cho 2.150 lượt hội viên, gồm: trồng trọt 18, chăn nuôi 15, thủy sản 12.",
        [42, 18, 15, 12],
    ),
    (
        "Huyện có 240 hộ cần hỗ trợ nhà ở (160 hộ xây mới, 80 hộ sửa chữa). Đến nay đã hoàn thành, bàn giao 96/240 nhà; trong số nhà đã hoàn thành có 62 nhà xây mới và 38 nhà sửa chữa.",
        [96, 62, 38],
    ),
    (
        "Năm 2024, 236 đảng viên mới được kết nạp ở khối xã, thị trấn 148, khối cơ quan 52, khối doanh nghiệp 30.",
        [236, 148, 52, 30],
    ),
    (
        "Năm 2024, 520 lao động được tuyển dụng tại khu công nghiệp 260, cụm công nghiệp 180, doanh nghiệp ngoài khu 95.",
        [520, 260, 180, 95],
    ),
    (
        "Nhân dân góp công xây 21 công trình, gồm: đường bê tông 9, mương thoát nước 8, nhà văn hóa xóm 6.",
        [21, 9, 8, 6],
    ),
    (
        "Ủy ban kiểm tra các cấp đã giải quyết 74 đơn thư, trong đó cấp tỉnh 8 đơn, cấp huyện 21 đơn, cấp cơ sở 41 đơn.",
        [74, 8, 21, 41],
    ),
    (
        "Năm 2024 xã có 486 hộ nghèo, gồm: thôn Đông 160, thôn Tây 180, thôn Nam 150.",
        [486, 160, 180, 150],
    ),
    (
        "Toàn huyện có 3.450 đoàn viên; trong đó 1.200 đoàn viên là người dân tộc thiểu số; nam 1.650, nữ 1.850.",
        [3450, 1650, 1850],
    ),
    (
        "Huyện đoàn tổ chức 20 buổi sinh hoạt chính trị với 1.600 lượt đoàn viên, gồm: khối trường học 9, khối xã 8, khối cơ quan 5.",
        [20, 9, 8, 5],
    ),
    (
        "Các cấp ủy đảng tăng cường lãnh đạo. Năm 2024 tổ chức 612 cuộc đối thoại, trong đó cấp tỉnh 12, cấp huyện 140, cấp xã 450.",
        [612, 12, 140, 450],
    ),
    (
        "Toàn huyện có 3.210 đoàn viên; nam 1.520, nữ 1.660.",
        [3210, 1520, 1660],
    ),
    (
        "Năm 2024, 148 đảng viên được kết nạp ở các chi bộ nông thôn 86, chi bộ cơ quan 32, chi bộ doanh nghiệp 18, chi bộ trường học 16.",
        [148, 86, 32, 18, 16],
    ),
]

LEVELS = [
    "Công tác dân vận được các cấp, ngành quan tâm. Năm 2024 tổ chức 612 cuộc đối thoại, trong đó cấp tỉnh 12, cấp huyện 140, cấp xã 400.",
    "Ủy ban kiểm tra các cấp chủ động nắm tình hình. Bộ Chỉ huy Quân sự tỉnh tổ chức 24 cuộc kiểm tra, trong đó cấp tỉnh 4, cấp huyện 10, cấp xã 6.",
    "Hội đồng nhân dân các cấp và các đoàn đại biểu Quốc hội tổ chức 1.310 cuộc tiếp xúc cử tri, trong đó cấp tỉnh 80, cấp huyện 360, cấp xã 780.",
    "Công tác tiếp công dân được các cấp chú trọng. Các cấp, các ngành tổ chức 540 hội nghị tuyên truyền, trong đó cấp tỉnh 20, cấp huyện 120, cấp xã 360.",
    "Công tác kiểm tra, giám sát được các cấp, các ngành quan tâm. Thanh tra tỉnh chủ trì 64 cuộc thanh tra, trong đó cấp tỉnh 14, cấp huyện 22, cấp xã 20.",
    "Các cấp hội đã tổ chức nhiều hoạt động. Năm 2024, Hội Cựu chiến binh tỉnh phối hợp tổ chức 58 lớp tập huấn cho hội viên và nhân dân, trong đó cấp tỉnh 2, cấp huyện 16, cấp xã 35.",
    "Ủy ban kiểm tra các cấp đã kiểm tra 96 tổ chức đảng; ngoài ra, Ủy ban kiểm tra tỉnh giám sát 45 cuộc, trong đó cấp tỉnh 5, cấp huyện 18, cấp xã 20.",
    "Cấp ủy các cấp tiếp 3.412 lượt công dân. Chính quyền địa phương tổ chức 46 cuộc đối thoại với doanh nghiệp, trong đó cấp tỉnh 6, cấp huyện 18, cấp xã 12.",
    "Thực hiện chỉ đạo của cấp ủy các cấp, Đoàn Thanh niên tỉnh tổ chức 210 hoạt động tình nguyện, trong đó cấp tỉnh 5, cấp huyện 45, cấp xã 130.",
    'Mặt trận Tổ quốc các cấp vận động quỹ "Vì người nghèo". Tỉnh tiếp nhận 2.450 suất quà, trong đó cấp tỉnh 450, cấp huyện 800, cấp xã 900.',
]

EXAMPLES = [
    "Năm 2024, huyện có 1.520 lao động được tuyển dụng tại các doanh nghiệp như: Công ty may Tân Lập 620, Công ty giày Phú Thọ 480, Công ty điện tử 300.",
]

SIDES = [
    "Năm 2024, huyện có 1.236 đoàn viên, thu hút khoảng 1.200 thanh niên tham gia các hoạt động hè; nam 580, nữ 620.",
    "Xã có 1.520 nhân khẩu trong độ tuổi lao động, trong đó khoảng 1.400 người có việc làm thường xuyên; nam 730, nữ 670.",
    "Toàn huyện có 2.460 hội viên, trong năm có gần 2.300 hội viên tham gia sinh hoạt đều đặn; nam 1.250, nữ 1.050.",
    "Trung tâm tư vấn cho 1.420 lượt lao động, giới thiệu được khoảng 1.300 người có việc làm; nam 690, nữ 610.",
]

HEADED = [
    "Đến cuối năm 2024, Đảng bộ huyện có 34 tổ chức cơ sở đảng, 186 chi bộ trực thuộc đảng ủy cơ sở.\n\nKết quả đánh giá, xếp loại năm 2023:\n- Chi bộ trực thuộc đảng ủy cơ sở: hoàn thành xuất sắc nhiệm vụ 30, hoàn thành tốt nhiệm vụ 126, hoàn thành nhiệm vụ 24, không hoàn thành nhiệm vụ 1.",
    "Năm 2021, Đảng bộ huyện có 192 chi bộ trực thuộc đảng ủy cơ sở. Sau khi sắp xếp thôn, tổ dân phố, số chi bộ giảm còn 172.\n\nKết quả xếp loại năm 2024:\n- Chi bộ trực thuộc đảng ủy cơ sở: hoàn thành xuất sắc nhiệm vụ 28, hoàn thành tốt nhiệm vụ 118, hoàn thành nhiệm vụ 25, không hoàn thành nhiệm vụ 1.",
    "Huyện có 28 tổ chức cơ sở đảng, 214 chi bộ trực thuộc đảng ủy cơ sở.\n\nNăm 2022 (nhiệm kỳ trước), kết quả xếp loại:\n- Chi bộ trực thuộc đảng ủy cơ sở: hoàn thành xuất sắc nhiệm vụ 40, hoàn thành tốt nhiệm vụ 140, hoàn thành nhiệm vụ 26, không hoàn thành nhiệm vụ 2.",
    "Hội Liên hiệp Phụ nữ huyện có 52 chi hội phụ nữ, 6.210 hội viên.\n\nKết quả xếp loại ở xã Tân Lập (xã điểm):\n- Chi hội phụ nữ: vững mạnh 5, khá 3, trung bình 1, yếu 0.",
    "Hội Nông dân huyện có 14 cơ sở hội, 112 chi hội trực thuộc cơ sở hội.\n\nKết quả xếp loại các chi hội ở 6 xã điểm:\n- Chi hội trực thuộc cơ sở hội: vững mạnh 20, khá 15, trung bình 6, yếu 1.",
]

SERVED_PLACE = [
    "Đoàn xã ra quân làm 9 công trình thanh niên, gồm: đường điện chiếu sáng 4, tuyến đường hoa 4, sân chơi thiếu nhi tổ 3.",
]

TAKEN = [
    "Năm 2024, 86 lao động được giới thiệu tại sàn giao dịch việc làm của tỉnh 40, phiên giao dịch lưu động 30, trung tâm dịch vụ việc làm 25. Nhiều lao động được giới thiệu ở hai nơi.",
    "Trong năm, 35 vận động viên được tuyển chọn tại giải cấp huyện 20, giải cấp tỉnh 12, giải khu vực 8. Có vận động viên được chọn ở nhiều giải.",
    "Năm 2024, 23 sản phẩm OCOP được giới thiệu tại hội chợ cấp tỉnh 15, hội chợ cấp vùng 12, hội chợ quốc gia 6.",
]


@pytest.mark.parametrize(("text", "figures"), PLANTED)
def test_listed_parts_slip_found_28g(text: str, figures: list[float]) -> None:
    checks = checks_of(text, "part_whole")
    assert told(checks, "part_whole", "inconsistent", figures), [
        (c.verdict, c.figures, c.why) for c in checks
    ]


@pytest.mark.parametrize("text", LEVELS + EXAMPLES + SIDES + HEADED + SERVED_PLACE + TAKEN)
def test_listed_parts_look_alike_silent_28g(text: str) -> None:
    assert alarms(text) == []
