"""part_whole on phrasings met in a battery written without sight of the code (sentences ours).

The patterns: a colon right after the total and long item labels with commas; a colon after
"trực thuộc …"; items that open with their count, set apart by ";" and closed by "và"; a
"trong đó có" list whose last item names "the others" (the list is then the whole), also after
";"; health staff counted as persons; the four grade shares of one assessment, which make 100%.
Each pattern has look-alikes that must stay silent.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def _pw(text: str) -> list[Check]:
    return [c for c in process_text(text, options=_OPTS).checks if c.kind == "part_whole"]


CASES = [
    # -- a colon right after the total, then long labels (commas inside the first)
    (
        "Năm 2024, xã tạo việc làm cho 640 lao động: làm việc tại các hợp tác xã, tổ hợp tác trong xã 250 người, đi làm việc tại khu công nghiệp 300 người, đi làm việc ở nước ngoài theo hợp đồng 90 người.",
        "consistent",
    ),
    (
        "Năm 2024, xã tạo việc làm cho 640 lao động: làm việc tại các hợp tác xã, tổ hợp tác trong xã 250 người, đi làm việc tại khu công nghiệp 310 người, đi làm việc ở nước ngoài theo hợp đồng 90 người.",
        "inconsistent",
    ),
    # -- a colon after the owner "trực thuộc …": graded items over the whole
    (
        "Đánh giá 40 chi bộ trực thuộc Đảng ủy xã: hoàn thành xuất sắc nhiệm vụ 8 chi bộ, hoàn thành tốt nhiệm vụ 27, hoàn thành nhiệm vụ 6.",
        "inconsistent",
    ),
    (
        "Đánh giá 40 chi bộ trực thuộc Đảng ủy xã: hoàn thành xuất sắc nhiệm vụ 8 chi bộ, hoàn thành tốt nhiệm vụ 27, hoàn thành nhiệm vụ 5.",
        "consistent",
    ),
    # -- "gồm" items that open with their count, set apart by ";", closed by "và"
    (
        "Năm 2024 huyện làm mới 52,5 km kênh mương, gồm 20,5 km kênh cấp I, cấp II; 18 km kênh nội đồng và 14 km kênh tiêu.",
        "consistent",
    ),
    (
        "Năm 2024 huyện làm mới 52,5 km kênh mương, gồm 20,5 km kênh cấp I, cấp II; 24 km kênh nội đồng và 14 km kênh tiêu.",
        "inconsistent",
    ),
    # -- "trong đó có" closed by "… khác": the list is the whole
    (
        "Trung tâm có 75 người, trong đó có 20 bác sĩ, 31 điều dưỡng, 9 dược sĩ và 15 người làm công tác khác.",
        "consistent",
    ),
    (
        "Trung tâm có 75 người, trong đó có 20 bác sĩ, 31 điều dưỡng, 9 dược sĩ và 13 người làm công tác khác.",
        "inconsistent",
    ),
    (
        "Phòng khám có 75 người làm việc; trong đó có 20 bác sĩ, 31 điều dưỡng, 9 nữ hộ sinh, 6 dược sĩ và 7 người làm công tác khác.",
        "inconsistent",
    ),
    (
        "Trong số 64 đảng viên mới kết nạp năm 2024, có 30 người là đoàn viên thanh niên, 20 người là hội viên Hội Nông dân và 14 người là quần chúng ở các tổ chức khác.",
        "consistent",
    ),
    (
        "Trong số 64 đảng viên mới kết nạp năm 2024, có 30 người là đoàn viên thanh niên, 20 người là hội viên Hội Nông dân, 6 người là hội viên Hội Cựu chiến binh và 10 người là quần chúng ở các tổ chức khác.",
        "inconsistent",
    ),
    # -- the two sides of one split make the whole: re-elected and first-time, full and probationary
    (
        "Đại hội bầu Ban Chấp hành Đảng bộ xã gồm 15 đồng chí, trong đó 9 đồng chí tái cử và 6 đồng chí lần đầu tham gia cấp ủy.",
        "consistent",
    ),
    (
        "Ban Chấp hành khóa mới có 33 đồng chí, trong đó 20 đồng chí tái cử và 10 đồng chí mới tham gia cấp ủy lần đầu.",
        "inconsistent",
    ),
    (
        "Chi bộ có 40 đảng viên, trong đó 30 đảng viên chính thức và 8 đảng viên dự bị.",
        "inconsistent",
    ),
    # -- "Cụ thể:" opening the next sentence: kinds of a stock, more than the whole
    (
        "Toàn huyện có 67 trường học các cấp. Cụ thể: mầm non 22 trường, tiểu học 24 trường, trung học cơ sở 17 trường, trung học phổ thông 4 trường.",
        "consistent",
    ),
    (
        "Toàn huyện có 64 trường học các cấp. Cụ thể: mầm non 30 trường, tiểu học 24 trường, trung học cơ sở 17 trường.",
        "inconsistent",
    ),
    # -- the four grade shares of one assessment
    (
        "Kết quả xếp loại đảng viên năm 2024: hoàn thành xuất sắc nhiệm vụ chiếm 14,2%, hoàn thành tốt nhiệm vụ 78,1%, hoàn thành nhiệm vụ 7,2% và không hoàn thành nhiệm vụ 0,5%.",
        "consistent",
    ),
    (
        "Kết quả xếp loại đảng viên năm 2024: hoàn thành xuất sắc nhiệm vụ chiếm 14,2%, hoàn thành tốt nhiệm vụ 78,1%, hoàn thành nhiệm vụ 8,2% và không hoàn thành nhiệm vụ 0,5%.",
        "inconsistent",
    ),
]

NO_ALARM = [
    # the colon list goes on with a label too long to walk: no verdict on a cut list
    "Năm 2024, xã tạo việc làm cho 640 lao động: làm việc tại các hợp tác xã trong xã 250 người, đi làm việc tại khu công nghiệp 300 người, đi làm việc tại các doanh nghiệp ở thành phố và các tỉnh phía Nam theo hợp đồng 90 người.",
    # overlapping attributes after a colon
    "Xã có 640 lao động: lao động nữ, lao động trẻ dưới 30 tuổi 250 người, lao động có trình độ đại học 300 người, lao động là người dân tộc thiểu số 190 người.",
    # graded items after a colon may stop short
    "Năm 2024 có 1.300 đảng viên: hoàn thành xuất sắc nhiệm vụ 200 đồng chí, hoàn thành tốt nhiệm vụ 980 đồng chí.",
    # a ";" list without "và" closing it, and a comma list that already makes the total
    "Năm 2024 huyện làm mới 52,5 km kênh mương, gồm 20,5 km kênh cấp I; 18 km kênh nội đồng; 14 km kênh tiêu.",
    "Huyện có 15 đơn vị hành chính, gồm 12 xã, 3 thị trấn; 10 xã đạt chuẩn nông thôn mới và 2 xã đạt chuẩn nâng cao.",
    # items with labels before their counts after ";": another statement
    "Năm 2024 huyện làm mới 52,5 km kênh mương, gồm 20,5 km kênh cấp I; nạo vét 18 km kênh nội đồng và 14 km kênh tiêu.",
    # "trong đó có" lists without an "others" item are subsets
    "Trung tâm có 120 cán bộ, viên chức, trong đó có 30 bác sĩ, 40 điều dưỡng và 10 dược sĩ.",
    # the "others" item after ";" with overlapping labels
    "Trường có 58 cán bộ, giáo viên; trong đó có 30 giáo viên nữ, 12 giáo viên trẻ, 5 người dân tộc thiểu số và 4 người thuộc diện khác.",
    # an ethnic list closed by "dân tộc khác": the Kinh are not listed
    "Xã có 900 hộ, trong đó có 300 hộ dân tộc Tày, 200 hộ dân tộc Dao và 100 hộ dân tộc khác.",
    # grade shares: changes, a cumulative grade, a fifth item, two bases
    "So với năm 2023, tỷ lệ hoàn thành xuất sắc nhiệm vụ tăng 1,4%, hoàn thành tốt nhiệm vụ 0,8%, hoàn thành nhiệm vụ 2,3% và không hoàn thành nhiệm vụ 0,5%.",
    "Kết quả xếp loại: hoàn thành xuất sắc nhiệm vụ 15%, hoàn thành tốt nhiệm vụ trở lên 90%, hoàn thành nhiệm vụ 9% và không hoàn thành nhiệm vụ 1%.",
    "Kết quả xếp loại: hoàn thành xuất sắc nhiệm vụ 15%, hoàn thành tốt nhiệm vụ 75%, hoàn thành nhiệm vụ 9%, không hoàn thành nhiệm vụ 1%, không xếp loại 2%.",
    "Tổ chức đảng hoàn thành xuất sắc nhiệm vụ đạt 20%; đảng viên hoàn thành tốt nhiệm vụ 78%, hoàn thành nhiệm vụ 12% và không hoàn thành nhiệm vụ 1%.",
    # two sides, one narrowed by an attribute, a third item, or no second side
    "Ban Chấp hành có 37 đồng chí, trong đó 26 đồng chí tái cử và 9 đồng chí lần đầu tham gia cấp ủy là người dân tộc thiểu số.",
    "Chi bộ có 40 đảng viên, trong đó 30 đảng viên chính thức và 8 đảng viên dự bị là đoàn viên thanh niên.",
    "Đảng bộ có 40 đảng viên, trong đó 30 đảng viên chính thức là nữ và 8 đảng viên dự bị.",
    "Ban Chấp hành có 37 đồng chí, trong đó 26 đồng chí tái cử và 9 đồng chí nữ.",
    "Ban Chấp hành có 37 đồng chí, trong đó 24 đồng chí tái cử, 9 đồng chí lần đầu tham gia cấp ủy và 2 đồng chí được chỉ định.",
    # "Cụ thể:" detailing actions, attributes, other years, or a flow that is not a stock
    "Toàn huyện có 64 trường học các cấp. Cụ thể: xây dựng thêm phòng học ở 30 trường, sửa chữa 24 trường, nâng cấp 12 trường.",
    "Toàn huyện có 64 trường học các cấp. Cụ thể: 32 trường đạt chuẩn mức độ 1, 24 trường đạt chuẩn mức độ 2, 12 trường có thư viện đạt chuẩn.",
    "Năm 2024 toàn huyện có 64 trường học các cấp. Cụ thể: năm 2023 có 30 trường đạt chuẩn, năm 2024 có 40 trường đạt chuẩn.",
    "Năm 2024 huyện kết nạp 100 đảng viên. Cụ thể: Đảng bộ xã A kết nạp 30 đảng viên, Đảng bộ xã B kết nạp 40 đảng viên, Đảng bộ xã C kết nạp 35 đảng viên.",
    "Toàn huyện có 64 trường học các cấp. Cụ thể: trường dân tộc nội trú 22 trường, trường vùng khó khăn 30 trường, trường ở thị trấn 17 trường.",
    "Toàn huyện có 64 trường học, 41 trường đạt chuẩn quốc gia. Cụ thể: mầm non 22 trường, tiểu học 15 trường, trung học cơ sở 12 trường.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_part_whole_fresh_cases_verdict(text: str, expected: str) -> None:
    got = _pw(text)
    assert expected in [c.verdict for c in got], [(c.verdict, c.why) for c in got]
    if expected == "consistent":
        assert "inconsistent" not in [c.verdict for c in got], [(c.verdict, c.why) for c in got]


@pytest.mark.parametrize("text", NO_ALARM)
def test_part_whole_fresh_cases_no_alarm(text: str) -> None:
    got = _pw(text)
    assert "inconsistent" not in [c.verdict for c in got], [(c.verdict, c.why) for c in got]


# Age bands that cover every age once split the people they count: the ages label the items
# ("dưới 35 tuổi có 84 người"), they are no parts; a gap between bands is no split.
AGE_BANDS = [
    (
        "Chi bộ có 148 đảng viên, trong đó dưới 35 tuổi có 41 người, từ 35 đến 60 tuổi có 77 "
        "người, trên 60 tuổi có 30 người.",
        "consistent",
    ),
    (
        "Chi bộ có 148 đảng viên, trong đó dưới 35 tuổi có 41 người, từ 35 đến 60 tuổi có 72 "
        "người, trên 60 tuổi có 30 người.",
        "inconsistent",
    ),
    (
        "Chi bộ có 148 đảng viên, trong đó dưới 30 tuổi có 41 người, từ 35 đến 60 tuổi có 72 "
        "người, trên 60 tuổi có 30 người.",
        "unverifiable",
    ),
    (
        "Chi bộ có 148 đảng viên, trong đó dưới 35 tuổi có 41 người, trên 60 tuổi có 30 người.",
        "unverifiable",
    ),
]


@pytest.mark.parametrize(("text", "verdict"), AGE_BANDS)
def test_age_bands_split_the_whole(text: str, verdict: str) -> None:
    rows = [
        c
        for c in process_text(text, options=Options(entities=False)).checks
        if c.kind == "part_whole"
    ]
    assert [c.verdict for c in rows] == [verdict], [c.why for c in rows]
