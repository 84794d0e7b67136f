"""White-box review 22rc of the share readings added on the twenty-second session (commits
4f156f1, 960d1b2, 59085fe, 0f23337, 31f9b0c).

The readings under review: a whole named after the percent then counted ("chiếm 30,8% tổng kinh
phí xây dựng 9.870 triệu đồng", "trong số 6.025 hồ sơ tiếp nhận"), an event or kind whole restated
by the claim, a bare bracketed percent after the part's label, citizens, patients, voters and
pupils ("em", "cháu") as people, a percent said first with its part in brackets, a total opening
its clause restated after ";", "thì" splits, "Trong số đó", "Tổng số … là" as a make-up whole, the
part after its percent, the rate of the part's own noun ("187 hộ nghèo, tỷ lệ hộ nghèo 8,2%"), a
rough whole tried at the value that fits, the whole named by its verb, members exempt from
attending, "Hội viên nữ 5.117 người, chiếm 52%" taking the one count of that noun, and heads of
units as people. The review wrote 259 clean passages (258 in tests/battery/battery_zzzz_rc.jsonl,
ids r22c-…, one known alarm) and 27 passages with one planted share slip each. The checker finds
21 of the 27, before and after the review's guards; the 6 it misses are not asserted:

- Toàn huyện có 1.240 học sinh lớp 9 dự thi vào lớp 10; 1.086 em trúng tuyển, đạt 89,6%.
- Trường mầm non có 312 cháu, trong đó 296 cháu ăn bán trú tại trường, chiếm 92,9%.
- Tổng số cử tri của huyện là 45.120 người; 44.012 cử tri đã đi bầu, đạt 99,76%.
- Bệnh viện điều trị nội trú 1.860 bệnh nhân; 1.731 người có thẻ bảo hiểm y tế, chiếm 95,1%.
- Toàn huyện có 62 chi hội trưởng, trong đó 41 đồng chí là nữ, chiếm 61,6%.
- Hội có 9.840 hội viên, trong đó hội viên là người dân tộc thiểu số chiếm 68,1% với 6.208 người.

8 clean passages raised an alarm at first (7 share, 1 change); the 7 share alarms are fixed by five
guards, each with passages here and a slip of the same shape that must still be found. The change
alarm ("Đảng bộ có 3.912 đảng viên, trong đó nữ chiếm 31,9% (1.248 đồng chí), tăng 2,1% so với năm
2023 (1.222 đồng chí)." — 3.912 read as this year's level, while 1.248 / 1.222 is +2,1%) was fixed
by the lead afterwards in the change module (a share's bracketed count between the level and the
comparison may be the level that changed) and the passage joined battery_zzzz_rc.
"""

from __future__ import annotations

import pytest
from checkhelp import checks_of

from vnreport_miner.evaluate import _figures_share

# (passage with one planted share slip, figures as stated): found as inconsistent
PLANTED = [
    (
        "Năm 2024, ngân sách tỉnh hỗ trợ 3.450 triệu đồng, chiếm 38,5% tổng kinh phí xây dựng "
        "9.870 triệu đồng.",
        [3450, 38.5, 9870],
    ),
    (
        "Số hồ sơ giải quyết trước và đúng hạn là 5.880 hồ sơ, chiếm 92,6% trong số 6.025 hồ "
        "sơ tiếp nhận.",
        [5880, 92.6, 6025],
    ),
    (
        "Huyện có 58 chi bộ thôn, bản có bí thư chi bộ đồng thời là trưởng thôn, chiếm 45,8% "
        "tổng số chi bộ thôn, bản của huyện là 142 chi bộ.",
        [58, 45.8, 142],
    ),
    (
        "Năm 2024 giải quyết việc làm mới cho 2.384 người, bằng 6,7% lực lượng lao động trong "
        "độ tuổi (41.700 người).",
        [2384, 6.7, 41700],
    ),
    (
        "Ủy ban Kiểm tra Huyện ủy đã kiểm tra 132 tổ chức đảng. Qua kiểm tra, 109 tổ chức "
        "đảng thực hiện tốt, chiếm 86,2%.",
        [109, 132, 86.2],
    ),
    (
        "Toàn đảng bộ có 27 chi bộ; 22 chi bộ hoàn thành tốt nhiệm vụ (85,1%).",
        [27, 22, 85.1],
    ),
    (
        "Trường có 86 giáo viên. 79,1% giáo viên (61 người) có trình độ trên chuẩn.",
        [86, 79.1, 61],
    ),
    (
        "Trên địa bàn có 3.860 hộ kinh doanh. Khoảng 78,5% trong số này (2.915 hộ) đã thanh "
        "toán không dùng tiền mặt.",
        [3860, 78.5, 2915],
    ),
    (
        "Tổng diện tích tự nhiên của xã là 3.415,6 ha; diện tích đất nông nghiệp 2.718,3 ha, "
        "chiếm 76,9%.",
        [3415.6, 2718.3, 76.9],
    ),
    (
        "Tổng số hộ toàn xã là 1.736 hộ; số hộ nghèo 120 hộ, chiếm 9,6%.",
        [1736, 120, 9.6],
    ),
    (
        "Chi bộ có 37 đảng viên thì 15 đồng chí là nữ, chiếm 45,5%.",
        [37, 15, 45.5],
    ),
    (
        "Năm 2024, toàn Đảng bộ kết nạp 287 đảng viên mới. Trong số đó có 96 đảng viên nữ, "
        "chiếm 38,4%.",
        [287, 96, 38.4],
    ),
    (
        "Tổng số đảng viên của Đảng bộ là 1.245 đồng chí. Số đảng viên hoàn thành tốt nhiệm "
        "vụ trở lên là 1.108 đồng chí, đạt 92%.",
        [1245, 1108, 92],
    ),
    (
        "Đảng bộ huyện có 3.912 đảng viên, trong đó nữ chiếm 34,9% (1.248 đồng chí).",
        [3912, 34.9, 1248],
    ),
    (
        "Đến cuối năm 2024, xã có 2.280 hộ, trong đó 187 hộ nghèo, tỷ lệ hộ nghèo 9,2%.",
        [2280, 187, 9.2],
    ),
    (
        "Thu ngân sách trên địa bàn đạt gần 1,3 nghìn tỷ đồng, trong đó thu nội địa 1.037,2 "
        "tỷ đồng, chiếm 91,2%.",
        [1300000000000, 1037200000000, 91.2],
    ),
    (
        "Năm 2024 Đoàn giới thiệu 212 đoàn viên ưu tú cho Đảng; có 183 đoàn viên được kết "
        "nạp, bằng 83,6% số đoàn viên được giới thiệu.",
        [212, 183, 83.6],
    ),
    (
        "Đảng bộ có 547 đảng viên, trong đó 118 đảng viên được miễn sinh hoạt (24,6%).",
        [547, 118, 24.6],
    ),
    (
        "Toàn huyện có 9.840 hội viên nông dân. Hội viên nữ 5.117 người, chiếm 55%.",
        [9840, 5117, 55],
    ),
    (
        "Năm 2024 có 4.512 người đã kê khai tài sản, thu nhập; đã xác minh 136 người, chiếm "
        "3,8% số người đã kê khai.",
        [4512, 136, 3.8],
    ),
    (
        "Toàn tỉnh có 96 xã đạt chuẩn nông thôn mới. 38 xã đạt chuẩn nông thôn mới nâng cao, "
        "chiếm 36,9%.",
        [96, 38, 36.9],
    ),
]


@pytest.mark.parametrize(("text", "figures"), PLANTED)
def test_planted_slip_is_found(text: str, figures: list[float]) -> None:
    got = checks_of(text)
    hits = [
        c for c in got
        if c.kind == "share" and c.verdict == "inconsistent" and _figures_share(figures, c.figures)
    ]  # fmt: skip
    assert hits, [(c.kind, c.verdict, c.figures, c.why) for c in got]


# -- guards: (passage that must raise no alarm, kind, figures of the relation it confirms or None)
CLEAN = [
    # _subset_named_again: the subset's opening words said again by the claim
    (
        "Hội có 9.840 hội viên, trong đó 7.200 hội viên đóng hội phí đầy đủ. Hội viên nữ đóng "
        "hội phí 3.744 người, chiếm 52%.",
        None,
        None,
    ),
    # _own_rate_link: a narrowed part or a flow is no part of the rate
    (
        "Năm 2024 có 312 hộ thoát nghèo, 45 hộ nghèo phát sinh mới, tỷ lệ hộ nghèo 3,86%.",
        None,
        None,
    ),
    (
        "Chi bộ có 412 đảng viên, 24 đảng viên nữ mới kết nạp, tỷ lệ đảng viên nữ 30,1%.",
        None,
        None,
    ),
    (
        "Đến cuối năm 2024, xã có 2.280 hộ, trong đó 187 hộ nghèo, tỷ lệ hộ nghèo 8,2%.",
        "share",
        [187, 2280, 8.2],
    ),
    # _KIND_AFTER: a pool of those liable to an act
    (
        "Toàn huyện có 1.450 công dân trong diện gọi nhập ngũ. 41 công dân nhập ngũ là đảng "
        "viên, chiếm 13,1%.",
        None,
        None,
    ),
    # _group_elsewhere: a group of people the whole's sentence does not name
    (
        "Xã có 9.120 nhân khẩu. Ngày bầu cử có 6.412 cử tri đi bầu, đạt 99,9%.",
        None,
        None,
    ),
    (
        "Dân số huyện 125.400 người. Số bệnh nhân có thẻ bảo hiểm y tế điều trị nội trú 1.731 "
        "người, chiếm 93,1%.",
        None,
        None,
    ),
    # _narrower_subject: the subject restates the noun with a qualifier, then a predicate
    (
        "Toàn Đảng bộ có 27 chi bộ. Các chi bộ nông thôn có 15 chi bộ hoàn thành tốt nhiệm vụ "
        "(78,9%).",
        None,
        None,
    ),
    (
        "Toàn huyện có 9.840 học sinh. Học sinh dân tộc thiểu số đạt học lực khá, giỏi 1.240 "
        "em (57,8%).",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "kind", "figures"), CLEAN)
def test_guarded_passage_raises_no_alarm(
    text: str, kind: str | None, figures: list[float] | None
) -> None:
    got = checks_of(text)
    assert [c for c in got if c.verdict == "inconsistent"] == [], [(c.kind, c.why) for c in got]
    if kind is not None:
        assert any(
            c.kind == kind and c.verdict == "consistent" and c.figures == pytest.approx(figures)
            for c in got
        ), [(c.kind, c.verdict, c.figures) for c in got]


# -- the same shapes with a slip (a plain whole, no qualifier): the guards leave them found
SLIPS = [
    (
        "Huyện có 45.120 cử tri. Ngày bầu cử có 44.012 cử tri đi bầu, đạt 99,8%.",
        [45120, 44012, 99.8],
    ),
    (
        "Toàn Đảng bộ có 27 chi bộ. 15 chi bộ hoàn thành tốt nhiệm vụ (78,9%).",
        [27, 15, 78.9],
    ),
    (
        "Toàn huyện có 9.840 học sinh. Học sinh đạt học lực khá, giỏi 6.240 em (57,8%).",
        [9840, 6240, 57.8],
    ),
    (
        "Hội có 9.840 hội viên. Số hội viên được vay vốn 3.744 người, chiếm 52%.",
        [9840, 3744, 52],
    ),
    (
        "Toàn huyện có 1.450 công dân. 41 công dân nhập ngũ là đảng viên, chiếm 13,1%.",
        [1450, 41, 13.1],
    ),
]


@pytest.mark.parametrize(("text", "figures"), SLIPS)
def test_slip_beside_a_guard_is_still_found(text: str, figures: list[float]) -> None:
    test_planted_slip_is_found(text, figures)
