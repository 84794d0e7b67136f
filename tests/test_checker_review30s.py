"""share: white-box review 30s of the session-30 population readings. Passages written by us.

The profile population (households and heads with no "dân số" word) is the PLACE's only when
the clause's subject is a level ("Xã …", "Năm 2016, xã …", "Pa Sáng là huyện …"), no unit of
the place is named without a count before it, and the count of people ends its phrase; every
profile-looking count before the rate (of a part, a group, another moment) must be the one
value; the holder's level must be the claim's when the claim names one; a profile dated by a
year the claim does not name tells a fit only. A rate named before its percent, or a profile
base, proves a slip only of the plain count of the insured ("Số người tham gia bảo hiểm y tế
là N người"). A population said "… với dân số N" of units counted just before, or dated by a
year the claim does not name, is no proof either.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def _shares(text: str) -> list[Check]:
    return [c for c in process_text(text, options=_OPTS).checks if c.kind == "share"]


def _has(rows: list[Check], figures: list[float], verdict: str) -> bool:
    return any(c.verdict == verdict and all(f in c.figures for f in figures) for c in rows)


KEPT = [
    # the holder said after the place's name ("… là huyện …, có …"), units listed "84 ấp, khu phố"
    ("Mường Nhé là huyện biên giới, có 11 xã với 102 bản, trên 8.900 hộ, 41.200 nhân khẩu; đồng bào dân tộc thiểu số có 37.950 người, chiếm 92,1%.", [37950, 41200, 92.1], "consistent"),
    ("Huyện Tân Châu có 12 xã, thị trấn với 84 ấp, khu phố, 31.240 hộ, 124.800 nhân khẩu. Đảng bộ huyện có 5.116 đảng viên; tỷ lệ đảng viên so với dân số là 4,1%.", [5116, 124800, 4.1], "consistent"),
    ("Huyện Tân Châu có 12 xã, thị trấn với 84 ấp, khu phố, 31.240 hộ, 124.800 nhân khẩu. Đảng bộ huyện có 5.116 đảng viên; tỷ lệ đảng viên so với dân số là 4,5%.", [5116, 124800, 4.5], "inconsistent"),
    # the plain count of the insured, the rate named before its percent: a slip is still found
    ("Xã Ea Kao có 2.600 hộ, 10.200 nhân khẩu. Số người tham gia bảo hiểm y tế là 9.540 người, tỷ lệ bao phủ bảo hiểm y tế đạt 95,3% dân số.", [9540, 10200, 95.3], "inconsistent"),
    # a part of the insured: a fit is still told
    ("Xã Ea Kao có 2.600 hộ, 10.200 nhân khẩu. Người dân tộc thiểu số tham gia bảo hiểm y tế 9.540 người, đạt tỷ lệ bao phủ 93,5% dân số.", [9540, 10200, 93.5], "consistent"),
]


@pytest.mark.parametrize(("text", "figures", "verdict"), KEPT)
def test_share_review30s_kept(text: str, figures: list[float], verdict: str) -> None:
    rows = _shares(text)
    assert _has(rows, figures, verdict), [(c.verdict, c.figures, c.why) for c in rows]


SILENT = [
    # a part of the place, a group, an average or newcomers hold the profile
    "Thôn Phú Lộc có 312 hộ, 1.240 nhân khẩu, là thôn đông dân nhất xã. Đảng bộ xã có 296 đảng viên; tỷ lệ đảng viên so với dân số đạt 3,4%.",
    "Người Hoa ở thị trấn có 420 hộ với 1.690 người, chủ yếu buôn bán nhỏ. Đảng bộ thị trấn có 436 đảng viên, tỷ lệ đảng viên so với dân số là 3,4%.",
    "Bình quân mỗi thôn có 248 hộ, 986 nhân khẩu. Đảng bộ xã có 312 đảng viên; tỷ lệ đảng viên so với dân số là 3,2%.",
    "Ở vùng bãi ngang, 3 thôn ven biển có 1.140 hộ, 4.520 nhân khẩu. Đảng bộ xã có 305 đảng viên; tỷ lệ đảng viên so với dân số là 2,6%.",
    # the people count is a subset said after it
    "Xã Phước Hưng có 1.260 hộ với 4.980 người sống bằng nghề trồng lúa. Đảng bộ xã có 286 đảng viên; tỷ lệ đảng viên so với dân số là 3,1%.",
    "Trên địa bàn phường có 640 hộ với 2.350 nhân khẩu từ các tỉnh khác đến sinh sống. Đảng bộ phường có 512 đảng viên; tỷ lệ đảng viên so với dân số là 2,7%.",
    # the district's profile against a commune's members
    "Huyện có 14 xã với 33.600 hộ, 128.400 nhân khẩu. Ở xã vùng cao Phong Nẫm, đảng bộ có 268 đảng viên, tỷ lệ đảng viên so với dân số là 5,2%.",
    # two profiles of two moments, the second with no subject of its own
    "Năm 2015, xã có 2.100 hộ, 8.300 nhân khẩu; đến nay có 2.480 hộ, 9.860 nhân khẩu. Đảng bộ xã có 316 đảng viên, tỷ lệ đảng viên so với dân số là 3,2%.",
    # a dated profile, an undated claim
    "Năm 2019, xã có 2.600 hộ, 10.200 nhân khẩu. Số người tham gia bảo hiểm y tế là 9.310 người, tỷ lệ bao phủ bảo hiểm y tế đạt 93,5% dân số.",
    # a part of the insured, or those not insured, right before the named rate
    "Dân số trung bình năm 2024 của huyện là 86.420 người. Số người tham gia bảo hiểm y tế là 80.950 người, trong đó học sinh, sinh viên 18.230 người, tỷ lệ bao phủ bảo hiểm y tế đạt 93,7% dân số.",
    "Xã có 2.950 hộ, 12.600 nhân khẩu. Đến nay toàn xã còn 980 người chưa tham gia bảo hiểm y tế, tỷ lệ bao phủ bảo hiểm y tế đạt 92,2% dân số.",
    "Thị trấn có 3.120 hộ, 12.480 nhân khẩu. Số người mới tham gia bảo hiểm y tế trong năm là 640 người, tỷ lệ bao phủ bảo hiểm y tế đạt 91,3% dân số.",
    # the population of another year, of units counted just before it
    "Thực hiện Nghị quyết số 15/NQ-HĐND ngày 12/12/2023 của Hội đồng nhân dân huyện về nhiệm vụ năm 2024, huyện có 16 xã, thị trấn, dân số năm 2023 là 98.240 người. Năm 2024, số người tham gia bảo hiểm y tế là 93.180 người, tỷ lệ bao phủ bảo hiểm y tế đạt 93,6% dân số.",
    "Chương trình mục tiêu quốc gia được triển khai trên địa bàn 6 xã vùng cao của huyện có 5 dân tộc cùng sinh sống với dân số 24.800 người. Đảng bộ huyện có 4.120 đảng viên; tỷ lệ đảng viên so với dân số là 3,4%.",
]


@pytest.mark.parametrize("text", SILENT)
def test_share_review30s_silent(text: str) -> None:
    rows = _shares(text)
    assert not any(c.verdict == "inconsistent" for c in rows), [(c.figures, c.why) for c in rows]
