"""Two fit-only readings (a match is told, a miss is silent):

- a rate named by its subject with no count before it in its clause ("… còn 60 hộ; tỷ lệ hộ
  nghèo hiện còn 0,98%"): its part is the nearest level of the subject's noun whose sentence
  holds the subject's other words, its whole one found by its value;
- a fraction's denominator equal to an earlier count whose noun is the fraction's own words
  ("56 ấp, khu phố" … "52/56 chi bộ ấp, khu phố"; "43 doanh nghiệp có tổ chức đảng" …
  "38/43 tổ chức đảng").

Each passage is ours.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def _checks(text: str, kind: str) -> list[Check]:
    return [c for c in process_text(text, options=_OPTS).checks if c.kind == kind]


RATES = [
    (
        "Xã có 9 ấp, 6.138 hộ với hơn 24.000 nhân khẩu. Số hộ nghèo của xã giảm từ 214 hộ xuống "
        "còn 60 hộ, tức giảm 154 hộ; tỷ lệ hộ nghèo hiện còn 0,98%.",
        [60, 6138, 0.98],
    ),
    (
        "Toàn huyện có 18.462 hộ dân. Sau ba năm thực hiện chương trình, số hộ nghèo còn 742 hộ. "
        "Tỷ lệ hộ nghèo cuối năm 2024 là 4,02%.",
        [742, 18462, 4.02],
    ),
]


@pytest.mark.parametrize(("text", "figures"), RATES)
def test_rate_named_by_its_subject_fits(text: str, figures: list[float]) -> None:
    rows = [c for c in _checks(text, "share") if c.verdict == "consistent"]
    assert [c.figures for c in rows] == [figures], [(c.figures, c.why) for c in rows]


RATES_SILENT = [
    # the rate does not fit any whole: nothing is told (a fit pass never alarms)
    "Xã có 9 ấp, 6.138 hộ với hơn 24.000 nhân khẩu. Số hộ nghèo của xã giảm từ 214 hộ xuống còn "
    "60 hộ; tỷ lệ hộ nghèo hiện còn 1,2%.",
    # the count before is a change, not the level the rate is of
    "Xã có 6.138 hộ. Năm 2024 số hộ nghèo giảm 60 hộ. Tỷ lệ hộ nghèo hiện còn 0,98%.",
    # the subject's other words are not in the count's sentence
    "Xã có 6.138 hộ. Năm 2024 có 60 hộ được vay vốn. Tỷ lệ hộ nghèo hiện còn 0,98%.",
]


@pytest.mark.parametrize("text", RATES_SILENT)
def test_rate_without_its_level_tells_nothing(text: str) -> None:
    rows = _checks(text, "share")
    assert rows == [], [(c.verdict, c.figures, c.why) for c in rows]


DENOMINATORS = [
    (
        "Huyện có 13 xã, thị trấn với 56 ấp, khu phố. Công tác xây dựng Đảng được chú trọng. "
        "Hiện nay 52/56 chi bộ ấp, khu phố đạt trong sạch, vững mạnh.",
        56,
    ),
    (
        "Thành phố có 43 doanh nghiệp có tổ chức đảng. Năm 2024, 38/43 tổ chức đảng hoàn thành "
        "tốt nhiệm vụ.",
        43,
    ),
]


@pytest.mark.parametrize(("text", "value"), DENOMINATORS)
def test_denominator_restating_a_count_of_its_own_words(text: str, value: int) -> None:
    rows = _checks(text, "repeat")
    assert [(c.verdict, c.figures) for c in rows] == [("consistent", [value, value])]


def test_denominator_of_other_words_is_not_tied() -> None:
    text = (
        "Huyện có 13 xã, thị trấn với 56 ấp, khu phố. Hiện nay 52/56 chi bộ trực thuộc đạt trong "
        "sạch, vững mạnh."
    )
    assert _checks(text, "repeat") == []


COMPLEMENTS = [
    (
        "Kiểm tra 271 đảng viên về thực hiện Quy định 08: 258/271 đảng viên thực hiện tốt, đạt "
        "95,2%, 13 đảng viên còn hạn chế.",
        [271, 258, 13],
    ),
    (
        "Qua giám sát, 45/52 chi bộ duy trì sinh hoạt đều đặn, 5 chi bộ có lúc chậm và 2 chi bộ "
        "chưa nề nếp.",
        [52, 45, 5, 2],
    ),
]


@pytest.mark.parametrize(("text", "figures"), COMPLEMENTS)
def test_rest_of_a_fraction_fits_its_denominator(text: str, figures: list[int]) -> None:
    rows = [c for c in _checks(text, "part_whole") if c.figures == figures]
    assert [c.verdict for c in rows] == ["consistent"], [
        (c.verdict, c.figures) for c in _checks(text, "part_whole")
    ]


def test_rest_that_stops_short_is_silent() -> None:
    text = "Qua giám sát, 45/52 chi bộ duy trì sinh hoạt đều đặn, 5 chi bộ có lúc chậm."
    assert all(c.verdict != "inconsistent" for c in _checks(text, "part_whole"))


def test_a_table_rows_first_count_is_the_sum_of_the_others() -> None:
    text = (
        "Kết quả đánh giá, xếp loại đảng viên năm 2024:\n\n"
        "Khối\tSố đảng viên được đánh giá\tHoàn thành xuất sắc\tHoàn thành tốt\tHoàn thành\t"
        "Không hoàn thành\n"
        "Đảng bộ các xã\t1.842\t281\t1.402\t152\t7\n"
        "Đảng bộ các phường\t2.316\t372\t1.761\t176\t7\n"
        "Chi bộ cơ quan\t118\t27\t83\t9\t0\n"
    )
    rows = [(c.verdict, c.figures) for c in _checks(text, "part_whole")]
    assert ("consistent", [1842, 281, 1402, 152, 7]) in rows
    assert ("consistent", [2316, 372, 1761, 176, 7]) in rows
    # 27 + 83 + 9 + 0 = 119, not 118: a fit pass never alarms, the row is left unread
    assert all(v == "consistent" for v, _ in rows)
    assert not any(f[0] == 118 for _, f in rows)


BALANCES = [
    (
        "Đầu năm Đảng bộ có 851 đảng viên; trong năm kết nạp 29 đảng viên, tiếp nhận 19 đảng viên "
        "chuyển đến; chuyển đi 23 đồng chí, từ trần 11 đồng chí, xóa tên 1 đồng chí. Đến ngày "
        "30/11/2024, toàn Đảng bộ có 864 đảng viên.",
        [851, 29, 19, 23, 11, 1, 864],
    ),
    (
        "Đầu năm Đảng bộ có 851 đảng viên; trong năm kết nạp 29 đảng viên, tiếp nhận 19 đảng viên "
        "chuyển đến; chuyển đi 23 đồng chí, từ trần 11 đồng chí, xóa tên 1 đồng chí. Như vậy, số "
        "đảng viên tăng 13 đồng chí so với đầu năm.",
        [29, 19, 23, 11, 1, 13],
    ),
]


@pytest.mark.parametrize(("text", "figures"), BALANCES)
def test_a_balance_over_the_year_fits(text: str, figures: list[int]) -> None:
    rows = [(c.verdict, c.figures) for c in _checks(text, "change")]
    assert ("consistent", figures) in rows, rows


def test_a_balance_that_does_not_close_is_silent() -> None:
    text = (
        "Đầu năm Đảng bộ có 851 đảng viên; trong năm kết nạp 29 đảng viên, chuyển đi 23 đồng chí. "
        "Đến cuối năm, toàn Đảng bộ có 864 đảng viên."
    )
    assert all(c.verdict != "inconsistent" for c in _checks(text, "change"))


VERSUS = [
    (
        "Năm 2024, Ban Tuyên giáo đăng 1.236 tin, bài trên trang thông tin điện tử, tăng 312 bài "
        "so với năm 2023 (924).",
        [924, 1236, 312],
    ),
    (
        "Hiện có 139/142 tổ dân phố đã có chi bộ (97,9%), tăng 5 chi bộ so với cuối năm 2023 (134 "
        "chi bộ).",
        [134, 139, 5],
    ),
    (
        "Dư nợ quỹ đạt 48,7 tỷ đồng, bằng 103,4% so với cuối năm 2023 (47,1 tỷ đồng).",
        [47.1e9, 48.7e9, 103.4],
    ),
]


@pytest.mark.parametrize(("text", "figures"), VERSUS)
def test_a_change_against_a_bracketed_level_fits(text: str, figures: list[float]) -> None:
    rows = [(c.verdict, c.figures) for c in _checks(text, "change")]
    assert ("consistent", figures) in rows, rows


def test_a_change_against_a_bracketed_level_that_misses_is_silent() -> None:
    text = "Năm 2024 đăng 1.236 tin, bài, tăng 321 bài so với năm 2023 (924)."
    assert all(c.verdict != "inconsistent" for c in _checks(text, "change"))


def test_a_poverty_rate_fits_households_stated_sections_before() -> None:
    text = (
        "Xã Tân Hòa có 2.184 hộ với 8.930 nhân khẩu. Đảng ủy tập trung lãnh đạo phát triển kinh "
        "tế. Công tác xây dựng Đảng được chú trọng. Các đoàn thể hoạt động có hiệu quả. Công tác "
        "quốc phòng được giữ vững. Về giảm nghèo, đến cuối năm xã còn 23 hộ nghèo (tỷ lệ 1,05%)."
    )
    rows = [(c.verdict, c.figures) for c in _checks(text, "share")]
    assert ("consistent", [23, 2184, 1.05]) in rows, rows


def test_a_bare_count_with_its_share_in_brackets_fits() -> None:
    text = (
        "Năm 2024, toàn Đảng bộ có 708 đảng viên được đánh giá, xếp loại. Về kết quả, có 104 "
        "(14,7%) đảng viên hoàn thành xuất sắc nhiệm vụ và 5 (0,7%) không hoàn thành nhiệm vụ."
    )
    rows = [(c.verdict, c.figures) for c in process_text(text, options=_OPTS).checks]
    assert ("consistent", [104, 708, 14.7]) in rows, rows
    assert ("consistent", [5, 708, 0.7]) in rows, rows


def test_a_whole_named_after_the_percent_in_brackets_fits() -> None:
    text = "Toàn tỉnh có 124.860 hội viên, bằng 82,3% tổng số hộ sản xuất nông nghiệp (151.710 hộ)."
    rows = [(c.verdict, c.figures) for c in _checks(text, "share")]
    assert rows == [("consistent", [124860, 151710, 82.3])]
    text = text.replace("82,3%", "85,3%")
    assert all(c.verdict != "inconsistent" for c in _checks(text, "share"))


def test_a_row_of_other_measures_that_adds_up_by_chance_is_not_told() -> None:
    text = (
        "Kết quả kiểm tra, giám sát năm 2024:\n\n"
        "Cấp thực hiện\tKiểm tra tổ chức đảng\tKiểm tra đảng viên\tGiám sát tổ chức đảng\t"
        "Giám sát đảng viên\n"
        "Ban Thường vụ Huyện ủy\t5\t8\t7\t11\n"
        "Đảng ủy cơ sở\t23\t160\t53\t245\n"
        "Cộng\t28\t168\t60\t256\n"
    )
    rows = [c.figures for c in _checks(text, "part_whole")]
    assert [256, 28, 168, 60] not in rows, rows


RESPECTIVELY = [
    (
        "Tổng số hội viên là 25.485 người. Hội viên là đảng viên và hội viên là thương binh, bệnh "
        "binh lần lượt là 18.426 và 3.215 người, chiếm 72,3% và 12,6% tổng số hội viên.",
        [("share", [18426, 25485, 72.3]), ("share", [3215, 25485, 12.6])],
    ),
    (
        "Năm 2024, các cấp công đoàn kết nạp 14.326 đoàn viên và thành lập 38 công đoàn cơ sở, lần "
        "lượt đạt 119,4% và 126,7% kế hoạch (12.000 đoàn viên và 30 công đoàn cơ sở).",
        [("target", [12000, 14326, 119.4]), ("target", [30, 38, 126.7])],
    ),
]


@pytest.mark.parametrize(("text", "want"), RESPECTIVELY)
def test_respective_counts_and_rates_pair_in_order(text: str, want: list) -> None:
    rows = [
        (c.kind, c.figures)
        for c in process_text(text, options=_OPTS).checks
        if c.verdict == "consistent"
    ]
    for row in want:
        assert row in rows, rows


def test_a_balance_with_a_dated_start_and_worded_movements_fits() -> None:
    text = (
        "Số đảng viên đầu năm (ngày 01/01/2024) là 87.904 đồng chí; tăng do kết nạp 2.318 đồng chí "
        "và chuyển đến từ tỉnh khác 54 đồng chí; giảm do từ trần 1.107 đồng chí, xóa tên 96 đồng "
        "chí, khai trừ 23 đồng chí, xin ra khỏi Đảng 8 đồng chí, chuyển sinh hoạt đảng ra ngoài "
        "tỉnh 312 đồng chí. Như vậy, đến ngày 30/11/2024 tổng số đảng viên là 88.730 đồng chí."
    )
    rows = [(c.verdict, c.figures) for c in _checks(text, "change")]
    assert ("consistent", [87904, 2318, 54, 1107, 96, 23, 8, 312, 88730]) in rows, rows


def test_a_fractions_numerator_split_after_a_marker_fits() -> None:
    text = (
        "Có 707/707 bản kê khai được công khai đúng quy định (100%), trong đó niêm yết tại trụ sở "
        "cơ quan, đơn vị 412 bản, công bố tại cuộc họp 295 bản."
    )
    rows = [(c.verdict, c.figures) for c in _checks(text, "part_whole")]
    assert rows == [("consistent", [707, 412, 295])]
    text = text.replace("295 bản", "259 bản")
    assert all(c.verdict != "inconsistent" for c in _checks(text, "part_whole"))


def test_counts_of_two_nouns_before_tong_cong_fit() -> None:
    text = (
        "Đến nay toàn huyện có 17 tổ hợp tác và 6 hợp tác xã nông nghiệp, tổng cộng 23 tổ chức "
        "kinh tế tập thể."
    )
    assert [(c.verdict, c.figures) for c in _checks(text, "part_whole")] == [
        ("consistent", [23, 17, 6])
    ]


def test_parts_of_other_nouns_in_the_bracket_after_a_count_fit() -> None:
    text = (
        "Hội viên phát triển 312 mô hình kinh tế (46 trang trại, 148 gia trại và 118 hộ sản xuất "
        "kinh doanh giỏi)."
    )
    assert [(c.verdict, c.figures) for c in _checks(text, "part_whole")] == [
        ("consistent", [312, 46, 148, 118])
    ]
    text = text.replace("118 hộ", "181 hộ")
    assert all(c.verdict != "inconsistent" for c in _checks(text, "part_whole"))


def test_a_change_after_a_same_period_bracket_fits() -> None:
    text = "Năm 2024, Ủy ban Kiểm tra tiếp nhận 19 đơn (cùng kỳ năm 2023: 23 đơn), giảm 17,4%."
    assert ("consistent", [23, 19, 17.4]) in [
        (c.verdict, c.figures) for c in _checks(text, "change")
    ]
    text = text.replace("17,4%", "14,4%")
    assert all(c.verdict != "inconsistent" for c in _checks(text, "change"))
