"""A stated change against levels outside the usual pair, white-box review 28f of the readings
of round l28b (``_bare_level_ok`` under 10, ``_back_bare``, ``_rate_pair_counts``,
``_share_said_back``, ``_named_level``), our own passages.

Guards added in ``change``:

- ``_rate_pair_counts``: the change's own clause naming what it counts before its verb by words
  not of the rate ("; số hộ cận nghèo giảm 310 hộ", "; tổng số đảng viên tăng 90 đồng chí") or
  another moment or a further change ("; đến nay tăng thêm 2 xã") is no change of the counts.
- ``_share_said_back``: no reading after two shares in the current clause ("nữ chiếm 35,4%,
  đảng viên dưới 35 tuổi chiếm 21,0%; …, tỷ lệ này tăng"), nor against an earlier share said
  after "trong <body>," ("trong Ban Chấp hành, nữ chiếm 18,2%") or after another moment of the
  sentence opening on the moment ("Đầu nhiệm kỳ có …; đến cuối năm 2023, … nữ chiếm 33,6%").
- ``_named_level``: no list item under a head of new planting, a season or period, a survey, a
  plan, a harvested, caught, certified or damaged part or some places ("Diện tích trồng mới: sầu
  riêng 620 ha", "Diện tích cho thu hoạch: …"), nor one on the far side of the stated change
  ("Diện tích được cấp mã số vùng trồng: sầu riêng 3.100 ha" before "tăng … (8.640 ha)").

PLANTED: one slip each, 14 of 17 found and asserted inconsistent (two more, lists under a
bare head, are silent on purpose: BARE_HEAD_SILENT, the lead's narrowing). Missed, 1 of 17, not
asserted: a current share opening on "Cuối năm," ("Cuối năm, hộ nghèo còn 61 hộ, chiếm 4,9%;
so với đầu năm, tỷ lệ này giảm 2,1 điểm"), whose lead words are not all in the earlier
sentence (the same passage with "Hộ nghèo hiện có 61 hộ" is found). TWINS: the guarded
constructions with the slip in the reading's own figures, still told.

CLEAN: the 156 clean passages of tests/battery/battery_zzzz_r28f.jsonl, no alarm; the ones
each guard silences are listed by guard (27 alarms before the guards).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from checkhelp import alarms, checks_of, told

PLANTED = [
    (
        "Toàn xã có 9 thôn đạt chuẩn văn hóa, tăng 4 thôn so với năm 2022 (6).",
        [6, 9, 4],
    ),
    (
        "Ủy ban Kiểm tra Đảng ủy kiểm tra 4 tổ chức đảng, giảm 3 tổ chức so với năm 2023 (6).",
        [6, 4, 3],
    ),
    (
        "Cuối năm 2020, Đảng bộ có 2.418 đảng viên; đến nay con số này là 2.946, tăng 582 đảng viên.",
        [2418, 2946, 582],
    ),
    (
        "Năm 2019, toàn huyện có 3.460 hộ sản xuất kinh doanh giỏi; năm 2024 con số này là 4.105, tăng 465 hộ.",
        [3460, 4105, 465],
    ),
    (
        "Tỷ lệ hộ nghèo giảm từ 8,2% (1.412 hộ) xuống còn 5,1% (903 hộ), giảm 590 hộ nghèo.",
        [1412, 903, 590],
    ),
    (
        "Tỷ lệ xã đạt chuẩn nông thôn mới tăng từ 45% (9 xã) lên 70% (14 xã), tăng 4 xã.",
        [9, 14, 4],
    ),
    (
        "Tỷ lệ người tham gia bảo hiểm y tế tăng từ 88,5% (61.240 người) lên 93,1% (65.870 người); sau 3 năm tăng 4.360 người.",
        [61240, 65870, 4360],
    ),
    (
        "Đầu nhiệm kỳ, Hội có 2.140 hội viên, trong đó nữ chiếm 41,2%. Hội viên nữ hiện có 1.012 người, chiếm 43,5%; so với đầu nhiệm kỳ, tỷ lệ này tăng 3,2 điểm phần trăm.",
        [41.2, 43.5, 3.2],
    ),
    (
        "Hội Liên hiệp Phụ nữ huyện có 18.640 hội viên, tăng 1.210 hội viên so với đầu nhiệm kỳ (17.520 hội viên).",
        [17520, 18640, 1210],
    ),
    (
        "Thu ngân sách trên địa bàn đạt 312,5 tỷ đồng, tăng 41,3 tỷ đồng so với năm 2023 (272,2 tỷ đồng).",
        [272200000000.0, 312500000000.0, 41300000000.0],
    ),
    (
        "Tỷ lệ tăng dân số tự nhiên năm 2024 là 1,02%, giảm 0,18 điểm phần trăm so với năm 2023 (1,10%).",
        [1.1, 1.02, 0.18],
    ),
    (
        "Số đảng viên bị kỷ luật là 14 đồng chí, giảm 7 đồng chí so với năm 2023 (19 đồng chí).",
        [19, 14, 7],
    ),
    (
        "Năm 2024, tổng đàn lợn đạt 86.400 con; so với năm 2023 (90.600 con) giảm 4.800 con.",
        [90600, 86400, 4800],
    ),
    (
        "Đầu năm 2024, toàn xã có 1.240 hộ, trong đó hộ nghèo chiếm 6,1%. Hộ nghèo hiện có 61 hộ, chiếm 4,9%; so với đầu năm, tỷ lệ này giảm 2,1 điểm phần trăm.",
        [6.1, 4.9, 2.1],
    ),
]

TWINS = [
    (
        "Tỷ lệ hộ nghèo giảm từ 8,2% (1.412 hộ) xuống còn 5,1% (903 hộ); số hộ nghèo đã giảm 590 hộ.",
        [1412, 903, 590],
    ),
    (
        "Đầu nhiệm kỳ (ngày 31/12/2020), Đảng bộ có 3.187 đảng viên, trong đó nữ chiếm 33,6%. Đảng viên nữ hiện có 1.128 đồng chí, chiếm 35,4%; so với đầu nhiệm kỳ, tỷ lệ này tăng 2,8 điểm phần trăm.",
        [33.6, 35.4, 2.8],
    ),
    (
        "Diện tích cây ăn trái toàn huyện 26.980 ha, trong đó: sầu riêng 9.870 ha, xoài 4.215 ha. Diện tích sầu riêng đã tăng 1.320 ha so với năm 2023 (8.640 ha).",
        [8640, 9870, 1320],
    ),
]

RATE_COUNT_GUARDED = [
    "Tỷ lệ hộ nghèo giảm từ 8,2% (1.412 hộ) xuống còn 5,1% (903 hộ); số hộ cận nghèo giảm 310 hộ.",
    "Tỷ lệ đảng viên trẻ tăng từ 18,2% (412 đồng chí) lên 21,5% (506 đồng chí); tổng số đảng viên tăng 90 đồng chí.",
    "Tỷ lệ xã đạt chuẩn nông thôn mới tăng từ 45% (9 xã) lên 70% (14 xã) theo đánh giá giữa kỳ; đến nay tăng thêm 2 xã.",
    "Tỷ lệ hộ nghèo giảm từ 8,2% (1.412 hộ) xuống còn 5,1% (903 hộ); hộ thoát nghèo bền vững, số hộ tái nghèo giảm 12 hộ.",
    "Tỷ lệ lao động qua đào tạo tăng từ 62,3% (31.450 người) lên 68,7% (35.490 người); số lao động trong độ tuổi tăng 1.180 người.",
    "Tỷ lệ hộ có nhà tiêu hợp vệ sinh tăng từ 72% (5.040 hộ) lên 86% (6.020 hộ); số hộ được hỗ trợ xây mới tăng 420 hộ.",
]

SHARE_BACK_GUARDED = [
    "Đầu nhiệm kỳ, Đảng bộ có 3.187 đảng viên; trong Ban Chấp hành, nữ chiếm 18,2%. Đến nay, đảng viên nữ có 1.128 đồng chí, chiếm 35,4%; so với đầu nhiệm kỳ, tỷ lệ này tăng 2,2 điểm phần trăm.",
    "Đầu nhiệm kỳ, Đảng bộ có 3.187 đảng viên, trong đó nữ chiếm 33,6%. Đến nay, đảng viên nữ có 1.128 đồng chí, chiếm 35,4%, đảng viên dưới 35 tuổi chiếm 21,0%; so với đầu nhiệm kỳ, tỷ lệ này tăng 2,4 điểm phần trăm.",
    "Đầu nhiệm kỳ có 2.870 đảng viên; đến cuối năm 2023, toàn Đảng bộ có 3.187 đảng viên, trong đó nữ chiếm 33,6%. Đến nay, đảng viên nữ có 1.128 đồng chí, chiếm 35,4%; so với đầu nhiệm kỳ, tỷ lệ này tăng 4,1 điểm phần trăm.",
    "Đầu nhiệm kỳ, toàn tỉnh có 31.874 đảng viên; trong Ban Thường vụ, nữ chiếm 20,0%. Đến nay, đảng viên nữ có 12.927 đồng chí, chiếm 35,4%; so với đầu nhiệm kỳ, tỷ lệ này tăng 1,8 điểm phần trăm.",
    "Đầu năm 2024, toàn xã có 1.240 hộ; đến tháng 6, hộ nghèo chiếm 5,6%. Hộ nghèo hiện có 61 hộ, chiếm 4,9%; so với đầu năm, tỷ lệ này giảm 1,2 điểm phần trăm.",
]

NAMED_LEVEL_GUARDED = [
    "Diện tích cho thu hoạch: sầu riêng 9.100 ha, xoài 3.900 ha. Diện tích sầu riêng đã tăng 1.230 ha so với năm 2023 (8.640 ha).",
    "Trên địa bàn xã Tân Phú, diện tích cây ăn quả đạt 1.260 ha, gồm: sầu riêng 420 ha, bưởi 510 ha, cam 330 ha. Diện tích sầu riêng đã tăng 1.320 ha so với năm 2023 (8.640 ha).",
    "Trong năm, diện tích trồng mới: sầu riêng 620 ha, bưởi 310 ha. Diện tích sầu riêng đã tăng 1.230 ha so với năm 2023 (8.640 ha).",
    "Kết quả rà soát đầu năm, hộ nghèo 1.240 hộ, hộ cận nghèo 1.610 hộ. Số hộ nghèo đã giảm 310 hộ so với năm 2023 (1.470 hộ).",
    "Sản lượng lúa vụ Đông Xuân: lúa chất lượng cao 42.300 tấn, lúa nếp 6.120 tấn. Sản lượng lúa chất lượng cao tăng 8.600 tấn so với năm 2023 (71.400 tấn).",
    "Diện tích cây ăn quả trồng mới 3 năm qua: sầu riêng 1.460 ha, xoài 380 ha. Diện tích sầu riêng đến nay đã tăng 1.230 ha so với năm 2023 (8.640 ha).",
    "Các xã vùng đồi có: chè 620 ha, keo 4.100 ha. Diện tích chè đã giảm 80 ha so với năm 2022 (1.540 ha).",
    "Sản lượng thủy sản 6 tháng đầu năm: cá tra 12.400 tấn, tôm 3.180 tấn. Sản lượng cá tra tăng 1.900 tấn so với năm 2023 (25.000 tấn).",
    "Theo Nghị quyết, phấn đấu: đảng viên 3.300 đồng chí. Số đảng viên đã tăng 528 đồng chí so với năm 2020 (2.418 đồng chí).",
    "Diện tích cho thu hoạch: sầu riêng 6.420 ha, xoài 3.900 ha. Diện tích sầu riêng đã tăng 1.230 ha so với năm 2023 (8.640 ha).",
    "Diện tích được cấp mã số vùng trồng: sầu riêng 3.100 ha, xoài 1.250 ha. Diện tích sầu riêng đã tăng 1.230 ha so với năm 2023 (8.640 ha).",
    "Sản lượng thu hoạch trong quý IV: cá tra 7.800 tấn, tôm 1.020 tấn. Sản lượng cá tra tăng 1.900 tấn so với năm 2023 (25.000 tấn).",
    "Diện tích đạt chứng nhận VietGAP: bưởi 640 ha, cam 210 ha. Diện tích bưởi đã tăng 310 ha so với năm 2022 (2.150 ha).",
    "Đàn gia súc tại các xã vùng cao: trâu 2.410 con, bò 3.960 con. Tổng đàn bò giảm 340 con so với năm 2023 (10.200 con).",
    "Sản lượng khai thác: cá biển 18.600 tấn, mực 2.400 tấn. Sản lượng cá biển tăng 1.200 tấn so với năm 2023 (27.400 tấn), tính cả nuôi trồng.",
    "Bình quân mỗi hộ: lúa 2,1 tấn. Sản lượng lúa tăng 3.200 tấn so với năm 2023 (81.400 tấn).",
]

_BATTERY = Path(__file__).parent / "battery" / "battery_zzzz_r28f.jsonl"
CLEAN = [json.loads(line)["text"] for line in _BATTERY.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(("text", "figures"), PLANTED + TWINS)
def test_stated_change_slip_is_told(text: str, figures: list[float]) -> None:
    got = checks_of(text, "change")
    assert told(got, "change", "inconsistent", figures), [(c.verdict, c.figures) for c in got]


@pytest.mark.parametrize("text", RATE_COUNT_GUARDED + SHARE_BACK_GUARDED + NAMED_LEVEL_GUARDED)
def test_guarded_passage_raises_no_alarm(text: str) -> None:
    assert not alarms(text)


def test_guarded_passages_are_in_the_battery() -> None:
    assert set(RATE_COUNT_GUARDED + SHARE_BACK_GUARDED + NAMED_LEVEL_GUARDED) <= set(CLEAN)
    assert len(CLEAN) == 156


@pytest.mark.parametrize("text", CLEAN)
def test_clean_passage_raises_no_alarm(text: str) -> None:
    assert not alarms(text)


# A list under a bare head ("Cơ cấu cây trồng: …", "Đàn gia súc: …") is no current level for
# ``_named_level`` (the lead's narrowing after white-box review 28f, which found 16 heads of a
# part or another measure): only an item split off a whole by "trong đó"/"gồm" is read. These
# slips are missed on purpose and must stay silent, not be told against a part.
BARE_HEAD_SILENT = [
    (
        "Cơ cấu cây trồng: bưởi 2.460 ha, cam 1.120 ha. Diện tích bưởi đã tăng 130 ha so với năm 2022 (2.150 ha).",
        [2150, 2460, 130],
    ),
    (
        "Đàn gia súc: trâu 4.120 con, bò 9.860 con. Tổng đàn bò giảm 430 con so với năm 2023 (10.200 con).",
        [10200, 9860, 430],
    ),
]


@pytest.mark.parametrize(("text", "figures"), BARE_HEAD_SILENT)
def test_a_list_under_a_bare_head_is_no_current_level(text: str, figures: list[float]) -> None:
    assert not told(checks_of(text), "change", "inconsistent", figures)
