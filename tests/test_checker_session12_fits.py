"""Fit-only readings of the twelfth session, from blind review 67's list of relations that got
no check (a match is told, a miss is silent). Each passage is ours.

- a table "Đơn vị | Chỉ tiêu giao | Kết nạp | Tỷ lệ (%)": the one column between the plan and a
  bare rate is what was done;
- a share whose noun is the whole's shortened ("236 bài" of "1.064 bài viết"), the bracketed
  level of last year ("(900 bài)") never the whole;
- a rest that is the difference of the pair before, not of the nearest list item ("14 đơn; đã
  giải quyết 12 đơn … tố cáo sai 5 đơn; 2 đơn còn lại").
"""

from __future__ import annotations

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def _checks(text: str, kind: str) -> list[Check]:
    return [c for c in process_text(text, options=_OPTS).checks if c.kind == kind]


TABLE = (
    "Kết quả kết nạp đảng viên theo đơn vị:\n\n"
    "Đơn vị\tChỉ tiêu giao\tKết nạp\tTỷ lệ (%)\n"
    "Thị ủy Bình Minh\t120\t131\t109,2\n"
    "Huyện ủy Tân Lộc\t95\t90\t94,7\n"
    "Huyện ủy Phước An\t140\t152\t108,6\n"
    "Tổng cộng\t355\t373\t105,1\n\n"
    "Công tác phát triển đảng viên tiếp tục được chú trọng.\n"
)


def test_table_rows_of_plan_done_and_a_bare_rate_are_confirmed() -> None:
    rows = {tuple(c.figures) for c in _checks(TABLE, "target") if c.verdict == "consistent"}
    assert {(120, 131, 109.2), (95, 90, 94.7), (140, 152, 108.6), (355, 373, 105.1)} <= rows


def test_a_wrong_cell_under_a_bare_rate_is_not_an_alarm() -> None:
    text = TABLE.replace("\t131\t109,2", "\t131\t110,2")
    assert not [c for c in process_text(text, options=_OPTS).checks if c.verdict == "inconsistent"]
    rows = {tuple(c.figures) for c in _checks(text, "target")}
    assert (120, 131, 110.2) not in rows  # a miss is silent: the rate may be of another column


def test_a_share_of_the_whole_named_in_full() -> None:
    text = (
        "Lực lượng cốt cán đăng tải 1.064 bài viết đấu tranh, phản bác quan điểm sai trái, tăng "
        "18,2% so với năm 2023 (900 bài); trong đó 236 bài được đăng trên báo, tạp chí, chiếm 22,2%."
    )
    rows = _checks(text, "share")
    assert [(c.verdict, c.figures) for c in rows] == [("consistent", [236, 1064, 22.2])]


def test_a_rest_of_the_pair_before_the_list() -> None:
    text = (
        "Số đơn đủ điều kiện giải quyết là 14 đơn; đã giải quyết 12 đơn, đạt 85,7%. Qua giải quyết "
        "12 đơn, kết luận: tố cáo đúng 3 đơn, đúng một phần 4 đơn, tố cáo sai 5 đơn; 2 đơn còn lại "
        "đang trong thời hạn giải quyết."
    )
    rows = [(c.verdict, c.figures) for c in _checks(text, "part_whole")]
    assert ("consistent", [14, 12, 2]) in rows
    assert not [r for r in rows if r[0] != "consistent"]


FLOWS = (
    "Đảng bộ huyện hiện có 2.486 đảng viên. So với cuối năm 2023 (2.421 đảng viên), số đảng viên "
    "tăng 65 đồng chí. Biến động trong năm: kết nạp mới 118 đồng chí; chuyển sinh hoạt đảng từ nơi "
    "khác đến 17 đồng chí; số giảm gồm 31 đồng chí từ trần, 36 đồng chí chuyển sinh hoạt đi, "
    "{x} đồng chí bị xóa tên và 1 đồng chí bị khai trừ."
)


def test_movements_listed_after_a_confirmed_change_are_confirmed() -> None:
    rows = [c for c in _checks(FLOWS.format(x=2), "change") if len(c.figures) > 3]
    assert [(c.verdict, c.figures) for c in rows] == [
        ("consistent", [2421, 118, 17, 31, 36, 2, 1, 2486])
    ]


def test_movements_that_do_not_make_the_change_are_silent() -> None:
    rows = [c for c in _checks(FLOWS.format(x=4), "change") if len(c.figures) > 3]
    assert rows == []  # a list may leave some movements unsaid: no verdict


def test_a_difference_column_of_a_two_year_table() -> None:
    text = (
        "So sánh một số kết quả với năm 2023:\n\n"
        "Chỉ tiêu\tNăm 2023\tNăm 2024\tTăng (+), giảm (-)\n"
        "Đoàn viên kết nạp mới\t6.215\t6.736\t+521\n"
        "Đoàn viên ưu tú giới thiệu cho Đảng\t2.048\t2.215\t+167\n"
        "Thanh niên được giới thiệu việc làm\t3.102\t2.854\t-248\n\n"
        "Các chỉ tiêu khác đều đạt kế hoạch.\n"
    )
    rows = {tuple(c.figures) for c in _checks(text, "change") if c.verdict == "consistent"}
    assert {(6215, 6736, 521), (2048, 2215, 167), (3102, 2854, -248)} <= rows
    wrong = text.replace("-248", "+248")  # a sign against the years: the column is not told
    assert not [c for c in _checks(wrong, "change") if c.figures[-1] in (521, 167, 248, -248)]


def test_points_between_the_two_bracketed_rates_of_one_sentence() -> None:
    text = (
        "Nếu năm 2020 có 36 trong tổng số 46 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên "
        "(78,3%), thì năm 2024 con số này là 42 tổ chức (91,3%), tăng {d} điểm phần trăm."
    )
    got = [(c.verdict, c.figures) for c in _checks(text.format(d="13,0"), "change")]
    assert got == [("consistent", [78.3, 91.3, 13])]
    assert _checks(text.format(d="12,0"), "change") == []  # a fit only: a miss is silent


def _grim(text: str) -> list[tuple[str, list[float]]]:
    return [(c.verdict, c.figures) for c in _checks(text, "granularity")]


def test_grim_of_a_member_attribute_after_a_confirmed_breakdown() -> None:
    text = (
        "Ban Kiểm tra có 9 ủy viên (5 đồng chí chuyên trách, 4 đồng chí kiêm chức), nữ chiếm {p}."
    )
    assert _grim(text.format(p="22,2%")) == [("consistent", [9, 22.2])]
    assert _grim(text.format(p="25%")) == []  # a fit only


def test_grim_of_a_percent_opened_by_the_verb_done_to_a_count() -> None:
    text = (
        "Ủy ban Kiểm tra giám sát chuyên đề 14 tổ chức đảng về công tác kết nạp đảng viên. "
        "Qua giám sát, {p} tổ chức đảng chưa thực hiện đúng quy trình."
    )
    assert _grim(text.format(p="35,7%")) == [("consistent", [14, 35.7])]
    # 5/14 = 35,7%, 6/14 = 42,9%: a fit only until the fortieth session, which reads a bare
    # percent naming the noun of the set the sentence before counted (an opener of findings
    # before it) as a share of that set, whole percents too (blind batteries plant such slips)
    assert _grim(text.format(p="37%")) == [("inconsistent", [14, 37])]


def test_grim_of_the_whole_named_with_its_own_words() -> None:
    text = "Xã có 6 chi bộ thôn. Đến nay, {p} chi bộ thôn đã có đảng viên nữ tham gia chi ủy."
    assert _grim(text.format(p="83,3%")) == [("consistent", [6, 83.3])]
    # a fit only until the fortieth session: the rates of the next sentence (4/6 = 66,7%,
    # 5/6 = 83,3%; a stock with no time of its own is of "Đến nay")
    assert _grim(text.format(p="80%")) == [("inconsistent", [6, 80])]


def test_a_change_stated_in_units_and_as_a_rate() -> None:
    text = (
        "Tính đến cuối năm, Đảng bộ có 43.418 đảng viên. So với đầu năm (42.301 đảng viên), số "
        "đảng viên tăng 1.117 đồng chí, tăng {p}."
    )
    rows = [(c.verdict, c.figures) for c in _checks(text.format(p="2,6%"), "change")]
    assert ("consistent", [42301, 43418, 2.6]) in rows
    assert not [r for r in _checks(text.format(p="2,9%"), "change") if r.figures[-1] == 2.9]


def test_a_growth_column_with_a_fall_written_with_its_sign() -> None:
    text = (
        "Kết quả kết nạp theo khối:\n\n"
        "Khối\tNăm 2023\tNăm 2024\tTỷ lệ tăng, giảm (%)\n"
        "Các huyện, thị xã\t2.164\t2.219\t2,5\n"
        "Khối các cơ quan\t198\t186\t-6,1\n"
        "Khối doanh nghiệp\t121\t134\t10,7\n\n"
        "Nhiều địa phương vượt chỉ tiêu.\n"
    )
    rows = {tuple(c.figures) for c in _checks(text, "change") if c.verdict == "consistent"}
    assert {(2164, 2219, 2.5), (198, 186, 6.1), (121, 134, 10.7)} <= rows


def test_a_result_as_a_multiple_of_its_bracketed_plan() -> None:
    text = "Năm 2024, toàn tỉnh kết nạp 9.862 đoàn viên, gấp {m} lần chỉ tiêu (8.000 đoàn viên)."
    assert [(c.verdict, c.figures) for c in _checks(text.format(m="1,2"), "target")] == [
        ("consistent", [8000, 9862, 1.2])
    ]
    assert _checks(text.format(m="1,3"), "target") == []  # a fit only


def test_points_against_a_bracketed_earlier_rate_with_the_level_said_before() -> None:
    text = (
        "Kết quả: hoàn thành xuất sắc nhiệm vụ 92 tổ chức (17,8%); hoàn thành tốt nhiệm vụ 368 tổ "
        "chức (71,0%). Tỷ lệ hoàn thành xuất sắc nhiệm vụ tăng {d} điểm phần trăm so với năm 2023 "
        "(16,9%)."
    )
    got = [(c.verdict, c.figures) for c in _checks(text.format(d="0,9"), "change")]
    assert got == [("consistent", [16.9, 17.8, 0.9])]
    assert _checks(text.format(d="1,9"), "change") == []


PAIR_TABLE = (
    "Tình hình hội viên theo địa bàn:\n\n"
    "Đơn vị\tHội viên\tPhụ nữ từ 18 tuổi trở lên\tTỷ lệ (%)\n"
    "Phường Hợp Thành\t1.218\t1.530\t{r}\n"
    "Phường Sông Hiến\t1.674\t2.105\t79,5\n"
    "Các xã (3 xã)\t2.691\t3.487\t77,2\n\n"
    "Công tác phát triển hội viên được chú trọng.\n"
)


def test_a_table_of_two_counts_and_their_bare_rate() -> None:
    rows = {tuple(c.figures) for c in _checks(PAIR_TABLE.format(r="79,6"), "share")}
    assert {(1218, 1530, 79.6), (1674, 2105, 79.5), (2691, 3487, 77.2)} <= rows
    # one row off: the column is not told (its rate may be of other columns), and no alarm
    wrong = process_text(PAIR_TABLE.format(r="78,6"), options=_OPTS).checks
    assert not [c for c in wrong if c.kind == "share" and c.figures[-1] == 78.6]
    assert not [c for c in wrong if c.verdict == "inconsistent"]


def test_a_growth_column_beside_an_estimated_year() -> None:
    text = (
        "Giá trị sản xuất các ngành (tỷ đồng):\n\n"
        "Ngành\tNăm 2023\tƯớc năm 2024\tTăng so với cùng kỳ (%)\n"
        "Nông, lâm nghiệp và thủy sản\t1.412\t1.486\t5,2\n"
        "Công nghiệp - xây dựng\t15.683\t16.874\t7,6\n"
        "Thương mại - dịch vụ\t3.170\t3.486\t10,0\n\n"
        "Ngành công nghiệp giữ vai trò chủ đạo.\n"
    )
    rows = {tuple(c.figures) for c in _checks(text, "change") if c.verdict == "consistent"}
    assert {(1412, 1486, 5.2), (15683, 16874, 7.6), (3170, 3486, 10)} <= rows


def test_two_large_movements_in_the_next_paragraph() -> None:
    text = (
        "Tổng số hội viên đến cuối năm 2024 là 186.420 hội viên, tăng 2.160 hội viên so với năm "
        "2023 (184.260 hội viên), tức tăng 1,2%.\n\n"
        "Trong năm, các cấp Hội kết nạp mới 7.113 hội viên; số hội viên giảm do chuyển đi, lớn "
        "tuổi, chuyển nghề là {x} người."
    )
    rows = [c.figures for c in _checks(text.format(x="4.953"), "change") if len(c.figures) == 4]
    assert [184260, 7113, 4953, 186420] in rows
    assert not [c for c in _checks(text.format(x="4.935"), "change") if 4935 in c.figures]


def test_a_named_rate_column_of_the_second_count_over_the_first() -> None:
    text = (
        "Tình hình sử dụng Quỹ (tỷ đồng):\n\n"
        "Cấp quản lý\tSố vận động được\tSố đã chi\tTỷ lệ giải ngân (%)\n"
        "Cấp tỉnh\t21,4\t19,8\t92,5\n"
        "Cấp huyện\t16,9\t15,7\t92,9\n"
        "Cấp xã\t10,3\t9,6\t93,2\n\n"
        "Quỹ được sử dụng đúng mục đích.\n"
    )
    rows = {tuple(c.figures) for c in _checks(text, "share") if c.verdict == "consistent"}
    assert {(19.8, 21.4, 92.5), (15.7, 16.9, 92.9), (9.6, 10.3, 93.2)} <= rows


def test_a_year_table_closed_by_a_total_row() -> None:
    text = (
        "Biến động đảng viên qua các năm:\n\n"
        "Năm\tKết nạp\tChuyển đến\tTừ trần\n"
        "2021\t138\t56\t71\n2022\t152\t51\t68\n2023\t161\t60\t74\n2024\t161\t54\t{x}\n"
        "Cộng 4 năm\t612\t221\t286\n\n"
        "Số đảng viên tăng đều qua các năm.\n"
    )
    rows = [c.figures for c in _checks(text.format(x=73), "part_whole")]
    assert [612, 138, 152, 161, 161] in rows and [286, 71, 68, 74, 73] in rows
    wrong = _checks(text.format(x=75), "part_whole")
    assert not [c for c in wrong if c.figures[0] == 286]  # a fit only: the column is not told


def test_movements_before_a_from_to_change_with_its_start_stated_twice() -> None:
    text = (
        "Toàn Đảng bộ có 86.412 đảng viên, tăng 1.437 đồng chí so với đầu năm (84.975 đồng chí). "
        "Công tác quản lý đảng viên được chú trọng. "
        "Trong năm, ngoài 2.846 đảng viên kết nạp mới còn có 1.102 đảng viên chuyển sinh hoạt đến; "
        "số giảm gồm 712 đồng chí từ trần, 58 đồng chí bị xóa tên, 12 đồng chí bị khai trừ, 9 đồng "
        "chí xin ra khỏi Đảng và 1.720 đồng chí chuyển sinh hoạt đảng ra ngoài tỉnh. Như vậy, số "
        "đảng viên toàn Đảng bộ tăng từ 84.975 lên 86.412 đồng chí."
    )
    rows = [c.figures for c in _checks(text, "change") if len(c.figures) > 4]
    assert [84975, 2846, 1102, 712, 58, 12, 9, 1720, 86412] in rows


def test_a_plan_table_is_not_read_as_two_counts_and_their_rate() -> None:
    rows = [c for c in _checks(TABLE, "share") if c.figures[:2] in ([131, 120], [120, 131])]
    assert rows == []  # "Chỉ tiêu giao | Kết nạp | Tỷ lệ (%)" is a target table


def test_a_growth_column_beside_two_year_columns_named_by_their_measure() -> None:
    text = (
        "Số lượng tin, bài của các cơ quan báo chí:\n\n"
        "Cơ quan báo chí\tTin, bài năm 2023\tTin, bài năm 2024\tTăng (%)\n"
        "Báo tỉnh\t6.240\t6.815\t9,2\n"
        "Đài Phát thanh và Truyền hình\t4.386\t4.702\t7,2\n"
        "Cổng Thông tin điện tử\t2.118\t2.563\t21,0\n\n"
        "Chất lượng tin, bài được nâng lên.\n"
    )
    rows = {tuple(c.figures) for c in _checks(text, "change") if c.verdict == "consistent"}
    assert {(6240, 6815, 9.2), (4386, 4702, 7.2), (2118, 2563, 21)} <= rows


def test_a_fraction_written_in_words() -> None:
    text = "Số đảng viên tham dự là 38.620 người trên 39.897 người được triệu tập, đạt {p}."
    got = [(c.verdict, c.figures) for c in _checks(text.format(p="96,8%"), "ratio_percent")]
    assert got == [("consistent", [38620, 39897, 96.8])]
    assert _checks(text.format(p="97,8%"), "ratio_percent") == []  # a fit only


def test_a_second_rate_whose_whole_is_named_and_bracketed() -> None:
    text = (
        "Các cấp bộ Đoàn đã giới thiệu 2.418 đoàn viên ưu tú cho Đảng; trong năm đã có 1.756 đoàn "
        "viên được kết nạp vào Đảng, đạt 72,6% số được giới thiệu và chiếm {p} tổng số đảng viên "
        "mới kết nạp toàn tỉnh (2.390 đảng viên)."
    )
    rows = [c.figures for c in _checks(text.format(p="73,5%"), "share")]
    assert [1756, 2390, 73.5] in rows
    assert not [c for c in _checks(text.format(p="75,5%"), "share") if 2390 in c.figures]


def test_bodies_founded_and_dissolved_before_their_change() -> None:
    text = (
        "Năm 2024, các cấp công đoàn kết nạp mới 61.240 đoàn viên, thành lập mới 137 công đoàn "
        "cơ sở, đồng thời giải thể {x} công đoàn cơ sở do doanh nghiệp ngừng hoạt động; tổng số "
        "công đoàn cơ sở tăng từ 3.104 lên 3.218 đơn vị."
    )
    rows = [c.figures for c in _checks(text.format(x=23), "change")]
    assert [3104, 137, 23, 3218] in rows  # the members admitted are no flow of the bodies
    assert not [f for f in _checks(text.format(x=25), "change") if 25 in f.figures]


def test_cap_tren_is_a_noun_not_a_lower_bound() -> None:
    # "nộp cấp trên 0,25 tỷ đồng": the higher level, not "more than 0,25 tỷ đồng"
    text = (
        "Tổng số hội phí thu trong năm đạt 1,67 tỷ đồng, trích nộp cấp trên 0,25 tỷ đồng, để lại "
        "cơ sở hội 1,42 tỷ đồng."
    )
    doc = process_text(text, options=_OPTS)
    [m] = [m for m in doc.mentions if m.text.endswith("0,25 tỷ đồng")]
    assert m.text == "0,25 tỷ đồng" and m.attrs["qualifier"] == "exact"
    rows = [c for c in doc.checks if c.kind == "part_whole"]
    assert [c.verdict for c in rows] == ["consistent"]


def test_a_leading_comparison_whose_bracket_names_the_activity() -> None:
    text = (
        "Năm 2024, các cấp thi hành kỷ luật 287 đảng viên. Công tác kiểm tra được tăng cường. So "
        "với năm 2023 (kỷ luật 312 đảng viên), số đảng viên bị kỷ luật giảm {d} đồng chí, giảm 8,0%."
    )
    rows = [c.figures for c in _checks(text.format(d="25"), "change")]
    assert [312, 287, 25] in rows and [312, 287, 8] in rows
    assert not [f for f in _checks(text.format(d="27"), "change") if 27 in f.figures]


def test_movements_by_cause_with_the_net_said_after() -> None:
    text = (
        "Biến động đảng viên trong năm: đầu năm toàn Đảng bộ có 67.604 đảng viên; tăng do kết nạp "
        "mới 2.648 đồng chí và chuyển sinh hoạt đảng đến 1.126 đồng chí; giảm do từ trần 612 đồng "
        "chí, chuyển sinh hoạt đảng đi 2.134 đồng chí, ra khỏi Đảng 217 đồng chí (xóa tên 186, khai "
        "trừ 26, xin ra khỏi Đảng 5). Như vậy, số đảng viên tăng thực {n} đồng chí."
    )
    rows = [c.figures for c in _checks(text.format(n=811), "change")]
    assert [2648, 1126, 612, 2134, 217, 811] in rows  # the bracket's items are not movements
    assert not [f for f in _checks(text.format(n=821), "change") if 821 in f.figures]


def test_a_rate_whose_whole_is_in_a_bracket_after_it_and_part_the_level_reached() -> None:
    text = (
        "Toàn tỉnh có 2.146 chi hội; tổng số hội viên tăng từ 305.962 người lên 312.485 người, tăng "
        "6.523 hội viên, trong năm kết nạp mới 9.846 hội viên. Tỷ lệ tập hợp hội viên đạt {p} "
        "(tổng số phụ nữ từ 18 tuổi trở lên là 436.720 người)."
    )
    rows = [c.figures for c in _checks(text.format(p="71,6%"), "share")]
    assert [312485, 436720, 71.6] in rows
    assert not [f for f in _checks(text.format(p="72,6%"), "share") if 436720 in f.figures]


def test_a_leading_comparison_with_words_after_the_level_in_its_bracket() -> None:
    text = (
        "Năm 2024 có 41.936 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp. So với năm 2023 "
        "(38.754 hộ đạt), số hộ đạt danh hiệu tăng {d} hộ, tăng 8,2%."
    )
    rows = [c.figures for c in _checks(text.format(d="3.182"), "change")]
    assert [38754, 41936, 3182] in rows and [38754, 41936, 8.2] in rows
    assert not [f for f in _checks(text.format(d="3.128"), "change") if 3128 in f.figures]
