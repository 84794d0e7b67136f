"""repeat: the count of members admitted, stated twice ("kết nạp 412 đảng viên" … "412 đảng viên
được kết nạp"), confirmed when equal and told inconsistent only for a typing slip (one digit
changed or two neighbours swapped) against the one earlier admission count of the same group
(the whole, or the ethnic minorities) over the same span.

Each row of CASES is (report, verdict the repeat check must give, figures it must use); rows of
SILENT must raise no inconsistency from this reading (a year list, another year, a part of the year, a plan,
another named body, a subset such as women, a value that is no slip). The passages are our own
wording.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def _repeats(text: str) -> list[Check]:
    return [c for c in process_text(text, options=_OPTS).checks if c.kind == "repeat"]


CASES = [
    (  # the whole admissions, restated after "được kết nạp"
        "1. Công tác phát triển đảng viên\n\n"
        "Từ năm 2020 đến tháng 6/2025, Đảng bộ huyện kết nạp 517 đảng viên, vượt chỉ tiêu nhiệm "
        "kỳ. Các chi bộ thôn chú trọng tạo nguồn từ đoàn viên thanh niên.\n\n"
        "2. Hạn chế\n\n"
        "Tính chung, 517 đảng viên được kết nạp trong nhiệm kỳ phần lớn là người làm nông nghiệp.\n",
        "consistent",
        [517, 517],
    ),
    (  # the same, one digit off
        "1. Công tác phát triển đảng viên\n\n"
        "Từ năm 2020 đến tháng 6/2025, Đảng bộ huyện kết nạp 517 đảng viên, vượt chỉ tiêu nhiệm "
        "kỳ. Các chi bộ thôn chú trọng tạo nguồn từ đoàn viên thanh niên.\n\n"
        "2. Hạn chế\n\n"
        "Tính chung, 547 đảng viên được kết nạp trong nhiệm kỳ phần lớn là người làm nông nghiệp.\n",
        "inconsistent",
        [517, 547],
    ),
    (  # the minorities' share after "trong đó", restated with two digits swapped
        "Giai đoạn 2021-2025, toàn tỉnh kết nạp 2.310 đảng viên, trong đó 736 người dân tộc "
        "thiểu số (31,9%). Nhiều thôn vùng cao đã có chi bộ riêng.\n\n"
        "Dù vậy, trong 5 năm qua tỉnh mới kết nạp 763 quần chúng người dân tộc "
        "thiểu số vào Đảng, song tỷ lệ còn thấp so với dân số.\n",
        "inconsistent",
        [736, 763],
    ),
    (  # the minorities' share restated equal
        "Giai đoạn 2021-2025, toàn tỉnh kết nạp 2.310 đảng viên, trong đó 736 người dân tộc "
        "thiểu số (31,9%). Nhiều thôn vùng cao đã có chi bộ riêng.\n\n"
        "Trong 5 năm qua, tỉnh đã kết nạp 736 quần chúng người dân tộc thiểu số vào Đảng, góp "
        "phần xóa thôn chưa có đảng viên.\n",
        "consistent",
        [736, 736],
    ),
    (  # the year's admissions restated in the assessment after "phát triển đảng viên"
        "3. Công tác đảng viên\n\nNăm 2024, toàn Đảng bộ kết nạp 284 đảng viên, đạt 113,6% kế "
        "hoạch.\n\nII. ĐÁNH GIÁ\n\nCông tác phát triển đảng viên hoàn thành vượt mức với 248 "
        "đảng viên mới; nền nếp sinh hoạt chi bộ được giữ vững.\n",
        "inconsistent",
        [284, 248],
    ),
]


@pytest.mark.parametrize(("text", "verdict", "figures"), CASES)
def test_checker_l29r_admitted_restated(text: str, verdict: str, figures: list[float]) -> None:
    got = [(c.verdict, sorted(c.figures)) for c in _repeats(text)]
    assert (verdict, sorted(figures)) in got, got


SILENT = [
    # a list by year: each year's count is its own
    "Năm 2022 kết nạp 315 đảng viên; năm 2023 kết nạp 351 đảng viên; năm 2024 kết nạp "
    "342 đảng viên. Tính chung ba năm đã kết nạp 1.008 đảng viên.\n",
    # another year than the first
    "Năm 2023, huyện kết nạp 226 đảng viên. Các chi bộ làm tốt công tác tạo nguồn.\n\n"
    "Giai đoạn 2020-2024, huyện kết nạp 262 đảng viên, trong đó nhiều đảng viên trẻ.\n",
    # a part of the year against the whole year
    "Chín tháng đầu năm 2024, Đảng bộ kết nạp 187 đảng viên. Công tác tạo nguồn được quan "
    "tâm.\n\nNăm 2024, Đảng bộ kết nạp 178 đảng viên, đạt 104% kế hoạch.\n",
    # a plan against the result
    "Toàn Đảng bộ kết nạp 412 đảng viên trong nhiệm kỳ.\n\n"
    "Nhiệm kỳ tới, phấn đấu kết nạp 421 đảng viên trở lên.\n",
    # another named body
    "Toàn huyện kết nạp 163 đảng viên trong năm. Các xã vùng cao có nhiều chuyển biến.\n\n"
    "Riêng Đảng bộ xã Hòa Bình kết nạp 136 đảng viên trong nhiệm kỳ, cao nhất huyện.\n",
    # women, a subset
    "Toàn Đảng bộ kết nạp 296 đảng viên. Các chi bộ chú trọng tạo nguồn.\n\n"
    "Trong năm, đã kết nạp 269 đảng viên nữ, chiếm tỷ lệ cao.\n",
    # the minorities against the whole: another group
    "Giai đoạn 2021-2024, huyện kết nạp 512 đảng viên. Nhiều bản đã có chi bộ.\n\n"
    "Trong 4 năm qua, huyện đã kết nạp 521 quần chúng người dân tộc thiểu số vào Đảng.\n",
    # quoted speech about another term
    "Từ năm 2022 đến năm 2024, Đảng bộ xã kết nạp 231 đảng viên. Bí thư Đảng ủy xã cho biết: "
    "“Nhiệm kỳ trước, chúng tôi chỉ kết nạp 213 đảng viên”.\n",
    # two headings of two years
    "KẾT QUẢ NĂM 2023\nToàn huyện kết nạp 275 đảng viên, chủ yếu ở nông thôn.\n\n"
    "KẾT QUẢ NĂM 2024\nToàn huyện kết nạp 257 đảng viên, chủ yếu là đoàn viên.\n",
    # the plan column of a table against the prose
    "Chỉ tiêu\tKế hoạch\tThực hiện\nKết nạp đảng viên (người)\t240\t251\n"
    "Như vậy, Đảng bộ kết nạp 241 đảng viên, vượt kế hoạch.\n",
    # "ba năm qua" in a 2025 report against 2021-2023
    "Báo cáo năm 2025. Từ năm 2021 đến năm 2023, toàn huyện kết nạp 318 đảng viên mới. "
    "Trong ba năm qua, toàn huyện kết nạp 381 đảng viên mới.\n",
    # a difference no slip makes
    "Giai đoạn 2021-2024, huyện kết nạp 512 đảng viên. Nhiều bản đã có chi bộ.\n\n"
    "Tính chung, 498 đảng viên được kết nạp trong nhiệm kỳ là người trẻ tuổi.\n",
]


@pytest.mark.parametrize("text", SILENT)
def test_checker_l29r_admitted_silent(text: str) -> None:
    got = [
        (c.verdict, c.figures, c.why)
        for c in _repeats(text)
        if c.verdict == "inconsistent" and "(kết nạp)" in c.why
    ]
    assert not got, got


# -- the end of a change restated as the numerator of the fraction right after it (a fit only)
END_CASES = [
    "Số thôn có chi bộ độc lập tăng từ 212 thôn (năm 2020) lên 254 thôn, sau khi thành lập mới "
    "42 chi bộ thôn. Đến cuối năm 2024, 254/263 thôn đồng bào dân tộc thiểu số đã có chi bộ, đạt "
    "96,6%.\n",
    "Số hợp tác xã có tổ chức đảng tăng từ 14 hợp tác xã lên 26 hợp tác xã; hiện nay 26/131 hợp "
    "tác xã đã có chi bộ.\n",
    "Số chi bộ yếu kém giảm xuống còn 12 chi bộ. Như vậy, 12/305 chi bộ yếu kém, chiếm 3,9%.\n",
]


@pytest.mark.parametrize("text", END_CASES)
def test_checker_l29r_change_end_numerator(text: str) -> None:
    got = [(c.verdict, c.figures) for c in _repeats(text) if len(set(c.figures)) == 1]
    assert got and all(v == "consistent" for v, _ in got), got


END_SILENT = [
    # a different numerator: a subset, no slip told
    "Số thôn có chi bộ độc lập tăng từ 212 thôn lên 254 thôn. Đến cuối năm 2024, 245/263 thôn "
    "vùng đồng bào đã có nhà văn hóa.\n",
    # a change by, not to, the count
    "Số hợp tác xã tăng thêm 26 hợp tác xã; hiện nay 26/131 hợp tác xã đã có chi bộ.\n",
    # another noun
    "Số thôn đạt chuẩn tăng lên 26 thôn; hiện nay 26/131 hộ đã có nước sạch.\n",
    # the fraction says something new of its items
    "Số xã đạt chuẩn tăng lên 18 xã. Hiện nay, 18/24 xã có trường học đạt chuẩn quốc gia.\n",
    # two sentences away
    "Số thôn đạt chuẩn tăng lên 26 thôn. Nhiều mô hình mới ra đời. Các hộ tích cực tham gia. "
    "Hiện nay 26/131 thôn đã có nhà văn hóa.\n",
]


@pytest.mark.parametrize("text", END_SILENT)
def test_checker_l29r_change_end_silent(text: str) -> None:
    got = [(c.verdict, c.figures) for c in _repeats(text) if "end of the change" in c.why]
    assert not got, got
    assert not [c for c in _repeats(text) if c.verdict == "inconsistent"]
