"""A stated change its own start and end figures do not give, one of them outside the
usual "từ A lên B" pair (twenty-eighth session, round l28b), our own passages.

``change``: five readings widened or added.

- ``_bare_level_ok``: the earlier level bare in brackets may be under 10 ("tăng 3 thôn so với
  năm 2022 (9)") when the text marks nothing else with a bare "(k)" and the current level is
  of its size (``_versus``): a footnote mark is no level.
- ``_back_bare``: the later level said back bare by "con số này" ("đến nay con số này là
  2.946, tăng 538 đảng viên") is read in the start's unit by ``_dated_pairs``.
- ``_rate_pair_counts``: the counts in brackets behind two rates ("từ 21,36% (…, 12.901/60.400
  hộ) xuống còn 9,84% (…, 5.964/60.610 hộ) …; sau 4 năm … giảm 6.127 hộ nghèo") against the
  count's stated change; ``_counts_fit`` keeps a percent that is the counts' relative change
  from being told against the rates.
- ``_share_said_back``: "chiếm 35,4%; so với đầu nhiệm kỳ, tỷ lệ này tăng 2,2 điểm phần trăm"
  against the one share of the document said by "chiếm" in a sentence opening on that moment,
  of the same group ("trong đó nữ chiếm 33,6%"), no part's, no other group's.
- ``_named_level``: "Diện tích sầu riêng …, đến nay đã tăng 1.320 ha so với năm 2023 (8.640 ha)"
  with no current level in its clause, against the one figure of the unit in the text labelled
  by exactly the subject's words ("sầu riêng 9.870 ha"), undated, no plan, change or bracket.

PLANTED: one slip each, 37 of 43 found and asserted inconsistent (two more, lists under a
bare head, are silent on purpose since review 28f: BARE_HEAD_SILENT). Missed, 4 of 43, not asserted: a start whose body is named in more than three
words before "có" ("Đầu nhiệm kỳ, Hội Cựu chiến binh huyện có 3.120 hội viên; đến nay con số
này là 3.486, …", and one of "Hội Phụ nữ thị trấn"), a flow "thành lập được 7 đội …, tăng 4 đội
so với năm trước (5)" (the pair itself is not read, with or without a unit), and a current
share opening on "Đến cuối năm," (its group words are not all in the earlier sentence).

DEV: the five development misses found (devset32 Bắc Mê 11 thôn / (9); devset32 Đam Rông "con
số này là 2.946"; devset16 Lạc Sơn 12.901 → 5.964 hộ, "giảm 6.127"; devset18 Hậu Giang nữ
33,6% → 35,4%, "tăng 2,2 điểm"; devset12 Cái Bè sầu riêng 9.870 ha / (8.640 ha), "tăng 1.320
ha") in passages of our own wording (DEV_CAUGHT).

CLEAN: the 125 clean passages of tests/battery/battery_zzzz_l28b.jsonl, no alarm.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from checkhelp import alarms, checks_of, told

PLANTED = [
    (
        "Năm 2024, toàn xã có 8 chi hội phụ nữ đạt danh hiệu vững mạnh, tăng 3 chi hội so với năm 2023 (6).",
        [6, 8, 3],
    ),
    (
        "Số tổ hợp tác trên địa bàn hiện có 12 tổ, tăng 5 tổ so với cùng kỳ (9).",
        [9, 12, 5],
    ),
    (
        "Ủy ban Kiểm tra Huyện ủy đã kiểm tra 6 tổ chức đảng có dấu hiệu vi phạm, giảm 1 tổ chức so với năm 2023 (8).",
        [8, 6, 1],
    ),
    (
        "Toàn huyện có 14 xã đạt chuẩn nông thôn mới, tăng 6 xã so với năm 2022 (9). Các xã còn lại đang hoàn thiện hồ sơ.",
        [9, 14, 6],
    ),
    (
        "Hội Nông dân xã xây dựng được 11 mô hình kinh tế tập thể, tăng 4 mô hình so với năm trước (8).",
        [8, 11, 4],
    ),
    (
        "Năm 2024 có 5 trường đạt chuẩn quốc gia mới, tăng 1 trường so với năm 2023 (3).",
        [3, 5, 1],
    ),
    (
        "Trên địa bàn xảy ra 7 vụ cháy rừng, giảm 3 vụ so với cùng kỳ năm trước (9).",
        [9, 7, 3],
    ),
    (
        "Số hợp tác xã nông nghiệp hoạt động hiệu quả là 10 hợp tác xã, tăng 4 hợp tác xã so với năm 2023 (7).",
        [7, 10, 4],
    ),
    (
        "Trong năm có 6 đảng viên bị kỷ luật, giảm 4 đảng viên so với năm 2023 (9).",
        [9, 6, 4],
    ),
    (
        "Cuối năm 2021, toàn tỉnh có 1.245 hợp tác xã; đến nay con số này là 1.412, tăng 176 hợp tác xã.",
        [1245, 1412, 176],
    ),
    (
        "Đầu năm, xã có 214 hộ nghèo; đến nay con số này còn 158, giảm 65 hộ.",
        [214, 158, 65],
    ),
    (
        "Khi mới thành lập, Chi đoàn có 28 đoàn viên; hiện nay con số này là 47, tăng 21 đoàn viên.",
        [28, 47, 21],
    ),
    (
        "Cuối năm 2020, Đảng bộ xã có 412 đảng viên; đến nay con số này đã lên 468, tăng 65 đảng viên.",
        [412, 468, 65],
    ),
    (
        "Đầu nhiệm kỳ, toàn huyện có 1.860 hộ nghèo; hiện nay con số này giảm xuống 1.095, giảm 756 hộ.",
        [1860, 1095, 756],
    ),
    (
        "Cuối năm 2022, huyện có 96 doanh nghiệp; đến nay số này là 131, tăng 25 doanh nghiệp.",
        [96, 131, 25],
    ),
    (
        "Tỷ lệ hộ nghèo của xã giảm từ 12,4% (318 hộ) xuống còn 7,9% (204 hộ), giảm 104 hộ.",
        [318, 204, 104],
    ),
    (
        "Tỷ lệ hộ cận nghèo giảm từ 6,8% (cuối năm 2021, 1.032 hộ) xuống còn 4,1% (cuối năm 2024, 640 hộ); sau ba năm giảm 329 hộ cận nghèo.",
        [1032, 640, 329],
    ),
    (
        "Tỷ lệ đảng viên nữ tăng từ 28,5% (562 đồng chí) lên 31,2% (648 đồng chí), tăng 68 đồng chí.",
        [562, 648, 68],
    ),
    (
        "Tỷ lệ thôn có nhà văn hóa đạt chuẩn tăng từ 64,3% (45/70 thôn) lên 85,7% (60/70 thôn), tăng 16 thôn.",
        [45, 60, 16],
    ),
    (
        "Tỷ lệ lao động qua đào tạo tăng từ 58,2% (14.320 người) lên 66,7% (16.910 người), tăng 2.950 người.",
        [14320, 16910, 2950],
    ),
    (
        "Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên tăng từ 82,1% (110 chi bộ) lên 90,3% (121 chi bộ), tăng 12 chi bộ.",
        [110, 121, 12],
    ),
    (
        "Tỷ lệ hộ nghèo đa chiều giảm từ 15,20% (đầu năm, 2.418 hộ) xuống còn 11,05% (cuối năm, 1.762 hộ), giảm 566 hộ nghèo.",
        [2418, 1762, 566],
    ),
    (
        "Tỷ lệ hội viên nông dân tham gia bảo hiểm y tế tăng từ 71,4% (3.560 hội viên) lên 78,0% (3.894 hội viên), tăng 344 hội viên.",
        [3560, 3894, 344],
    ),
    (
        "Đến nay có 4 chi bộ đạt tiêu chuẩn “bốn tốt”, giảm 1 chi bộ so với năm trước (7).",
        [7, 4, 1],
    ),
    (
        "Hết năm 2019, cả tỉnh có 2.680 cơ sở công nghiệp nông thôn; đến nay con số này là 3.150, tăng 407 cơ sở.",
        [2680, 3150, 407],
    ),
    (
        "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm từ 24,6% (1.905 trẻ) xuống còn 20,3% (1.560 trẻ), giảm 354 trẻ.",
        [1905, 1560, 354],
    ),
    (
        "Tỷ lệ hộ dùng nước sạch tăng từ 76,5% (8.412 hộ) lên 84,9% (9.468 hộ), tăng 1.065 hộ.",
        [8412, 9468, 1065],
    ),
    (
        "Năm 2024 toàn huyện có 8 hợp tác xã thành lập mới, tăng 5 hợp tác xã so với năm 2023 (6).",
        [6, 8, 5],
    ),
    (
        "Đầu năm, toàn xã có 36 tổ hợp tác; hiện nay con số này là 44, tăng 6 tổ hợp tác.",
        [36, 44, 6],
    ),
    (
        "Đầu nhiệm kỳ, Hội có 2.140 hội viên, trong đó nữ chiếm 41,2%. Công tác tuyên truyền, vận động được đẩy mạnh; nhiều mô hình hay được nhân rộng. Hội viên nữ hiện có 1.012 người, chiếm 43,5%; so với đầu nhiệm kỳ, tỷ lệ này tăng 3,2 điểm phần trăm.",
        [41.2, 43.5, 3.2],
    ),
    (
        "Đầu nhiệm kỳ (tháng 10/2020), toàn Đảng bộ huyện có 6.415 đảng viên, trong đó đảng viên người dân tộc thiểu số chiếm 38,4%. Công tác tuyên truyền, vận động được đẩy mạnh; nhiều mô hình hay được nhân rộng. Đến nay, đảng viên người dân tộc thiểu số có 2.860 đồng chí, chiếm 40,1%; so với đầu nhiệm kỳ, tỷ lệ này tăng 2,7 điểm phần trăm.",
        [38.4, 40.1, 2.7],
    ),
    (
        "Cuối năm 2021, Đoàn xã có 624 đoàn viên, trong đó đoàn viên nữ chiếm 46,8%. Công tác tuyên truyền, vận động được đẩy mạnh; nhiều mô hình hay được nhân rộng. Hiện nay đoàn viên nữ có 301 người, chiếm 45,3%; so với cuối năm 2021, tỷ lệ này giảm 2,5 điểm phần trăm.",
        [46.8, 45.3, 2.5],
    ),
    (
        "Năm 2020, toàn tỉnh có 1.230 hợp tác xã, trong đó hợp tác xã nông nghiệp chiếm 62,5%. Công tác tuyên truyền, vận động được đẩy mạnh; nhiều mô hình hay được nhân rộng. Hợp tác xã nông nghiệp hiện có 918 hợp tác xã, chiếm 66,0%; so với năm 2020, tỷ lệ này tăng 4,5 điểm phần trăm.",
        [62.5, 66.0, 4.5],
    ),
    (
        "Đầu nhiệm kỳ, Hội Nông dân huyện có 9.860 hội viên, trong đó hội viên là người dân tộc thiểu số chiếm 27,3%. Công tác tuyên truyền, vận động được đẩy mạnh; nhiều mô hình hay được nhân rộng. Hội viên là người dân tộc thiểu số hiện có 2.911 người, chiếm 28,4%; so với đầu nhiệm kỳ, tỷ lệ này tăng 1,7 điểm phần trăm.",
        [27.3, 28.4, 1.7],
    ),
    (
        "Sản lượng thủy sản cả năm đạt 18.400 tấn, trong đó: tôm 6.250 tấn, cá tra 9.830 tấn. Công tác chỉ đạo sản xuất được tập trung; nông dân tích cực chuyển đổi cơ cấu cây trồng. Sản lượng tôm đạt khá, tăng 870 tấn so với năm trước (5.480 tấn).",
        [5480, 6250, 870],
    ),
    (
        "Diện tích cây công nghiệp lâu năm toàn huyện 14.300 ha, trong đó: cà phê 8.950 ha, hồ tiêu 2.140 ha, điều 3.210 ha. Công tác chỉ đạo sản xuất được tập trung; nông dân tích cực chuyển đổi cơ cấu cây trồng. Diện tích hồ tiêu giảm mạnh, giảm 460 ha so với năm 2022 (2.560 ha) do giá thấp.",
        [2560, 2140, 460],
    ),
    (
        "Trên địa bàn có 1.126 cơ sở sản xuất kinh doanh, gồm: doanh nghiệp 214 cơ sở, hộ kinh doanh 912 cơ sở. Công tác chỉ đạo sản xuất được tập trung; nông dân tích cực chuyển đổi cơ cấu cây trồng. Số doanh nghiệp đến nay đã tăng 38 cơ sở so với năm 2023 (186 cơ sở).",
        [186, 214, 38],
    ),
]

DEV_CAUGHT = [
    (
        "Có 13 tổ dân phố được công nhận tổ dân phố văn hóa tiêu biểu, tăng 4 tổ so với năm 2023 (8). Tỷ lệ hộ gia đình văn hóa đạt 91,3%.",
        [8, 13, 4],
    ),
    (
        "Hết năm 2021, Đảng bộ phường có 1.306 đảng viên; đến nay con số này là 1.482, tăng 186 đảng viên. Tỷ lệ đảng viên trẻ tăng lên.",
        [1306, 1482, 186],
    ),
    (
        "Đầu nhiệm kỳ (ngày 30/9/2020), toàn Đảng bộ có 8.214 đảng viên, trong đó nữ chiếm 29,8%. Công tác phát triển đảng viên được quan tâm. Đảng viên nữ hiện có 2.760 đồng chí, chiếm 31,1%; so với đầu nhiệm kỳ, tỷ lệ này tăng 1,7 điểm phần trăm.",
        [29.8, 31.1, 1.7],
    ),
    (
        "Diện tích cây ăn quả toàn huyện 12.450 ha, trong đó: thanh long 4.380 ha, nhãn 2.960 ha, xoài 1.720 ha. Chương trình OCOP được triển khai rộng. Diện tích thanh long phát triển mạnh, đến nay đã tăng 640 ha so với năm 2022 (3.820 ha), một số nơi trồng ngoài quy hoạch.",
        [3820, 4380, 640],
    ),
    (
        "Tỷ lệ hộ nghèo giảm từ 18,42% (cuối năm 2021, 6.035/32.760 hộ) xuống còn 7,15% (cuối năm 2024, 2.381/33.290 hộ), chưa đạt mục tiêu; sau 3 năm toàn huyện giảm 3.564 hộ nghèo.",
        [6035, 2381, 3564],
    ),
]

_BATTERY = Path(__file__).parent / "battery" / "battery_zzzz_l28b.jsonl"
CLEAN = [json.loads(line)["text"] for line in _BATTERY.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(("text", "figures"), PLANTED + DEV_CAUGHT)
def test_stated_change_against_its_levels_is_told(text: str, figures: list[float]) -> None:
    got = checks_of(text, "change")
    assert told(got, "change", "inconsistent", figures), [(c.verdict, c.figures) for c in got]


def test_clean_passages_are_many() -> None:
    assert len(CLEAN) == 125


@pytest.mark.parametrize("text", CLEAN)
def test_clean_passage_raises_no_alarm(text: str) -> None:
    assert not alarms(text)


# A list under a bare head ("Cơ cấu cây trồng: …", "Đàn gia súc: …") is no current level for
# ``_named_level`` (the lead's narrowing after white-box review 28f, which found 16 heads of a
# part or another measure): only an item split off a whole by "trong đó"/"gồm" is read. These
# slips are missed on purpose and must stay silent, not be told against a part.
BARE_HEAD_SILENT = [
    (
        "Cơ cấu cây trồng chủ lực: bưởi 2.460 ha, cam 1.120 ha, chanh leo 380 ha. Công tác chỉ đạo sản xuất được tập trung; nông dân tích cực chuyển đổi cơ cấu cây trồng. Diện tích bưởi đã tăng 130 ha so với năm 2022 (2.150 ha).",
        [2150, 2460, 130],
    ),
    (
        "Tổng đàn gia súc của huyện có: trâu 8.420 con, bò 12.650 con, dê 3.180 con. Công tác chỉ đạo sản xuất được tập trung; nông dân tích cực chuyển đổi cơ cấu cây trồng. Tổng đàn bò tiếp tục tăng, tăng 1.560 con so với năm 2023 (11.290 con).",
        [11290, 12650, 1560],
    ),
]


@pytest.mark.parametrize(("text", "figures"), BARE_HEAD_SILENT)
def test_a_list_under_a_bare_head_is_no_current_level(text: str, figures: list[float]) -> None:
    assert not told(checks_of(text), "change", "inconsistent", figures)
