"""repeat: session 33 recall round (q33r), restatements said far apart in other words. Passages
written by us.

- two digits swapped in a stock restated by its subject ("Như vậy, số hộ nghèo của huyện hiện
  là 1.240 hộ", "Tổng số đảng viên toàn Đảng bộ tỉnh đến nay là 54.132 đồng chí"), or pointing
  back with "Tổng số N …"; the noun named between the two blocks the reading only as a set of
  it ("thêm 18 hộ", "số hộ tạm trú"), not in a deed or a rate ("phát triển đảng viên", "tỷ lệ
  học sinh"), nor "các xã" (all of them); "trên địa bàn huyện" narrows nothing;
- an undated stock and its present ("… có 4.512 đảng viên" / "… hiện có 4.152 đảng viên"),
  nothing said after either noun that the other's sentence lacks;
- a count of places restated with a shorter list of their names ("128 thôn, bản, tổ dân phố" /
  "128 thôn, tổ dân phố"; a fit only, not another year, place or item);
- grassroots bodies under another name: "tổ chức cơ sở đảng" / "TCCSĐ" / "cơ sở đảng", and
  "N đồng chí đảng viên" (fits only).

The consistent twins are confirmed as before; the traps (other years, places, kinds, a plan,
a count joined between, "sau 5 năm") stay silent.
"""

from __future__ import annotations

import pytest

from tests.checkhelp import alarms, checks_of, told

FOUND = [
    # a count of places restated with a shorter list of their names
    (
        "Toàn huyện có 128 thôn, bản, tổ dân phố. Công tác xây dựng tổ chức đảng ở cơ sở được chú trọng. Đến nay 128 thôn, tổ dân phố đều có chi bộ, không còn thôn trắng chi bộ.",
        [128, 128],
        "consistent",
    ),
    # a stock restated by its subject: "số hộ nghèo của huyện hiện là N hộ"
    (
        "Huyện có 18.420 hộ dân, trong đó hộ nghèo 1.204 hộ, chiếm 6,54%. Nhờ các chương trình hỗ trợ, đời sống người dân được cải thiện. Như vậy, số hộ nghèo của huyện hiện là 1.240 hộ.",
        [1204, 1240],
        "inconsistent",
    ),
    # "Trong tổng số N đảng viên": the noun named between only in a deed ("quản lý đảng viên")
    (
        "Đảng bộ thành phố có 9.850 đảng viên sinh hoạt tại 312 chi bộ. Ban Thường vụ Thành ủy đã quan tâm công tác quản lý đảng viên. Trong tổng số 9.580 đảng viên của Đảng bộ thành phố, có 2.140 đảng viên là nữ.",
        [9850, 9580],
        "inconsistent",
    ),
    # "các xã, phường, thị trấn" between names all of them, not another set
    (
        "Tỉnh Lâm Hà có 9 huyện, thành phố với 142 xã, phường, thị trấn. Trong năm, các xã, phường, thị trấn đã tổ chức tốt đại hội. Đến nay, 100% trong số 124 xã, phường, thị trấn đã có Đảng bộ.",
        [142, 124],
        "inconsistent",
    ),
    # "… học sinh trên địa bàn huyện": the whole's ground, no subset
    (
        "Huyện có 14.230 học sinh các cấp. Tỷ lệ học sinh được tham gia bảo hiểm y tế đạt 100%. Toàn bộ 14.320 học sinh trên địa bàn huyện đều được cấp thẻ bảo hiểm y tế.",
        [14230, 14320],
        "inconsistent",
    ),
    # "Tổng số đảng viên … đến nay là N đồng chí"
    (
        "Đảng bộ tỉnh Bình Sơn hiện có 54.312 đảng viên. Trong nhiệm kỳ, công tác phát triển đảng viên đạt kết quả tốt. Tổng số đảng viên toàn Đảng bộ tỉnh đến nay là 54.132 đồng chí.",
        [54312, 54132],
        "inconsistent",
    ),
    # "Tổng số N thôn, tổ dân phố của huyện" points back
    (
        "Huyện có 26 xã, thị trấn với 312 thôn, tổ dân phố. Năm 2024, 100% thôn, tổ dân phố có chi bộ. Tổng số 321 thôn, tổ dân phố của huyện đều có nhà văn hóa.",
        [312, 321],
        "inconsistent",
    ),
    # "Với N đảng viên, Đảng bộ huyện …" after "phát triển đảng viên"
    (
        "Đảng bộ huyện Quế Sơn có 6.120 đảng viên. Đảng bộ đã chú trọng phát triển đảng viên. Với 6.210 đảng viên, Đảng bộ huyện là một trong những đảng bộ lớn của tỉnh.",
        [6120, 6210],
        "inconsistent",
    ),
    # an undated stock and its present ("hiện có")
    (
        "Toàn Đảng bộ huyện có 4.512 đảng viên, sinh hoạt tại 38 tổ chức cơ sở đảng. Công tác phát triển đảng viên tiếp tục được chú trọng. Tóm lại, Đảng bộ huyện hiện có 4.152 đảng viên.",
        [4512, 4152],
        "inconsistent",
    ),
    # "Tổng số N hộ của xã"
    (
        "Xã Phú Hòa có 1.836 hộ với 7.215 nhân khẩu. Năm 2024 xã được công nhận đạt chuẩn nông thôn mới nâng cao. Tổng số 1.863 hộ của xã đã có nhà ở kiên cố.",
        [1836, 1863],
        "inconsistent",
    ),
    # "Số hội viên của Hội … hiện là N hội viên"
    (
        "Hội Cựu chiến binh huyện có 2.745 hội viên sinh hoạt ở 24 cơ sở Hội. Các cấp hội làm tốt công tác chăm lo đời sống hội viên. Số hội viên của Hội Cựu chiến binh huyện hiện là 2.754 hội viên.",
        [2745, 2754],
        "inconsistent",
    ),
    # "Tổng số đoàn viên … đến nay là N đồng chí"
    (
        "Huyện có 2.618 đoàn viên thanh niên. Huyện đoàn tổ chức nhiều hoạt động tình nguyện. Tổng số đoàn viên trên địa bàn huyện đến nay là 2.681 đồng chí.",
        [2618, 2681],
        "inconsistent",
    ),
    # "tổ chức cơ sở đảng" / "cơ sở đảng"
    (
        "Đảng bộ tỉnh có 486 tổ chức cơ sở đảng. Năm 2024, công tác đánh giá được thực hiện nghiêm túc. Toàn tỉnh có 486 cơ sở đảng đã tổ chức kiểm điểm.",
        [486, 486],
        "consistent",
    ),
    # "tổ chức cơ sở đảng" / "TCCSĐ"
    (
        "Huyện có 73 tổ chức cơ sở đảng. Năm 2023, Huyện ủy chỉ đạo rà soát quy chế làm việc. Trong năm, 73 TCCSĐ đã ban hành quy chế làm việc nhiệm kỳ.",
        [73, 73],
        "consistent",
    ),
    # "tổ chức cơ sở đảng" / "TCCSĐ"
    (
        "Đảng bộ huyện có 42 tổ chức cơ sở đảng. Năm 2024, Ban Thường vụ Huyện ủy đã kiểm tra 42 TCCSĐ về thực hiện quy chế dân chủ.",
        [42, 42],
        "consistent",
    ),
    # "đảng viên" / "đồng chí đảng viên"
    (
        "Đảng bộ xã hiện có 356 đảng viên, sinh hoạt ở 18 chi bộ trực thuộc. Sau hội nghị, 100% trong số 356 đồng chí đảng viên đã viết bài thu hoạch.",
        [356, 356],
        "consistent",
    ),
    # "đảng viên" / "đồng chí đảng viên"
    (
        "Đảng bộ phường có 215 đảng viên, sinh hoạt ở 12 chi bộ. Năm 2024, cấp ủy đã đánh giá, xếp loại 215 đồng chí đảng viên.",
        [215, 215],
        "consistent",
    ),
]

TWINS = [
    (
        "Huyện có 18.420 hộ dân, trong đó hộ nghèo 1.204 hộ, chiếm 6,54%. Nhờ các chương trình hỗ trợ, đời sống người dân được cải thiện. Như vậy, số hộ nghèo của huyện hiện là 1.204 hộ.",
        [1204, 1204],
    ),
    (
        "Đảng bộ thành phố có 9.850 đảng viên sinh hoạt tại 312 chi bộ. Ban Thường vụ Thành ủy đã quan tâm công tác quản lý đảng viên. Trong tổng số 9.850 đảng viên của Đảng bộ thành phố, có 2.140 đảng viên là nữ.",
        [9850, 9850],
    ),
    (
        "Tỉnh Lâm Hà có 9 huyện, thành phố với 142 xã, phường, thị trấn. Trong năm, các xã, phường, thị trấn đã tổ chức tốt đại hội. Đến nay, 100% trong số 142 xã, phường, thị trấn đã có Đảng bộ.",
        [142, 142],
    ),
    (
        "Huyện có 14.230 học sinh các cấp. Tỷ lệ học sinh được tham gia bảo hiểm y tế đạt 100%. Toàn bộ 14.230 học sinh trên địa bàn huyện đều được cấp thẻ bảo hiểm y tế.",
        [14230, 14230],
    ),
    (
        "Đảng bộ tỉnh Bình Sơn hiện có 54.312 đảng viên. Trong nhiệm kỳ, công tác phát triển đảng viên đạt kết quả tốt. Tổng số đảng viên toàn Đảng bộ tỉnh đến nay là 54.312 đồng chí.",
        [54312, 54312],
    ),
    (
        "Đảng bộ huyện Quế Sơn có 6.120 đảng viên. Đảng bộ đã chú trọng phát triển đảng viên. Với 6.120 đảng viên, Đảng bộ huyện là một trong những đảng bộ lớn của tỉnh.",
        [6120, 6120],
    ),
    (
        "Toàn Đảng bộ huyện có 4.512 đảng viên, sinh hoạt tại 38 tổ chức cơ sở đảng. Công tác phát triển đảng viên tiếp tục được chú trọng. Tóm lại, Đảng bộ huyện hiện có 4.512 đảng viên.",
        [4512, 4512],
    ),
    (
        "Xã Phú Hòa có 1.836 hộ với 7.215 nhân khẩu. Năm 2024 xã được công nhận đạt chuẩn nông thôn mới nâng cao. Tổng số 1.836 hộ của xã đã có nhà ở kiên cố.",
        [1836, 1836],
    ),
    (
        "Hội Cựu chiến binh huyện có 2.745 hội viên sinh hoạt ở 24 cơ sở Hội. Các cấp hội làm tốt công tác chăm lo đời sống hội viên. Số hội viên của Hội Cựu chiến binh huyện hiện là 2.745 hội viên.",
        [2745, 2745],
    ),
    (
        "Huyện có 2.618 đoàn viên thanh niên. Huyện đoàn tổ chức nhiều hoạt động tình nguyện. Tổng số đoàn viên trên địa bàn huyện đến nay là 2.618 đồng chí.",
        [2618, 2618],
    ),
]

SILENT = [
    "Xã có 2.146 hộ. Trong năm có thêm 18 hộ chuyển đến sinh sống. Tất cả 2.164 hộ dân của xã đều đã được dùng điện lưới.",
    "Huyện có 18.420 hộ dân, trong đó hộ nghèo 1.204 hộ. Các chương trình hỗ trợ được triển khai. Như vậy, số hộ nghèo của xã Tân Lập hiện là 1.240 hộ.",
    "Huyện có 18.420 hộ dân, trong đó hộ nghèo 1.204 hộ. Ngân hàng Chính sách xã hội đã giải ngân kịp thời. Số hộ nghèo được vay vốn ưu đãi là 1.240 hộ.",
    "Năm 2022, huyện có 1.204 hộ nghèo, chiếm 6,5%. Nhờ các chương trình hỗ trợ, đời sống người dân được cải thiện. Như vậy, số hộ nghèo của huyện hiện là 1.240 hộ.",
    "Đảng bộ huyện Quế Sơn có 6.120 đảng viên. Trong năm, Đảng bộ kết nạp 215 đảng viên mới. Với 6.210 đảng viên, Đảng bộ huyện là một trong những đảng bộ lớn của tỉnh.",
    "Huyện có 26 xã, thị trấn với 312 thôn, tổ dân phố. Năm 2024, 100% thôn, tổ dân phố có chi bộ. Tổng số 321 thôn, tổ dân phố của tỉnh Lâm Đồng đều có nhà văn hóa.",
    "Huyện có 14.230 học sinh các cấp. Tỷ lệ học sinh được tham gia bảo hiểm y tế đạt 100%. Toàn bộ 14.320 học sinh trên địa bàn tỉnh đều được cấp thẻ bảo hiểm y tế.",
    "Đầu năm 2024, huyện có 1.204 hộ nghèo. Nhờ các chương trình hỗ trợ, đời sống người dân được cải thiện. Như vậy, số hộ nghèo của huyện hiện là 1.240 hộ.",
    "Đảng bộ huyện có 6.120 đảng viên. Ban Thường vụ quan tâm công tác quản lý đảng viên. Tổng số đảng viên của Đảng bộ Quân sự tỉnh đến nay là 6.210 đồng chí.",
    "Huyện có 1.204 hộ cận nghèo. Công tác rà soát được thực hiện công khai. Như vậy, số hộ nghèo của huyện hiện là 1.240 hộ.",
    "Toàn tỉnh có 9.850 đảng viên nữ. Ban Thường vụ Tỉnh ủy đã quan tâm công tác quản lý đảng viên. Trong tổng số 9.580 đảng viên trẻ của Đảng bộ tỉnh, có 2.140 đảng viên là đoàn viên.",
    "Huyện có 18.420 hộ dân, trong đó hộ nghèo 1.204 hộ. Sau đợt rà soát cuối năm, số hộ nghèo của huyện hiện là 1.240 hộ.",
    "Đảng bộ huyện có 2.316 đảng viên. Trong nhiệm kỳ, các chi bộ đã bồi dưỡng những đảng viên trẻ. Tổng số 2.361 đảng viên đã được học tập các chuyên đề.",
    "Tỉnh có 142 xã, phường, thị trấn. Kế hoạch đến năm 2030 sắp xếp lại các đơn vị hành chính. Trong tổng số 124 xã, phường, thị trấn sau sắp xếp, có 86 xã.",
    "Năm 2020, Đảng bộ huyện có 4.512 đảng viên. Công tác phát triển đảng viên tiếp tục được chú trọng. Tóm lại, Đảng bộ huyện hiện có 4.152 đảng viên.",
    "Khi mới thành lập, Đảng bộ huyện có 4.512 đảng viên. Công tác phát triển đảng viên tiếp tục được chú trọng. Đảng bộ huyện hiện có 4.152 đảng viên.",
    "Bệnh viện Đa khoa tỉnh có 874 giường bệnh kế hoạch. Bệnh viện Đa khoa tỉnh hiện có 847 giường bệnh thực tế do một số khoa đang sửa chữa.",
    "Xã Phú Lộc có 342 hộ nghèo. Công tác giảm nghèo được quan tâm. Xã Phú Thịnh hiện có 324 hộ nghèo.",
    "Đảng bộ huyện có 4.512 đảng viên. Sau 5 năm thực hiện Nghị quyết, Đảng bộ huyện hiện có 4.152 đảng viên.",
    "Toàn tỉnh có 4.512 đảng viên nữ. Công tác cán bộ nữ được quan tâm. Đảng bộ tỉnh hiện có 4.152 đảng viên là người dân tộc thiểu số.",
    "Huyện có 1.236 hộ nghèo. Huyện đã hỗ trợ nhà ở cho 1.326 hộ. Như vậy, số hộ được hỗ trợ nhà ở là 1.326 hộ.",
    "Đảng bộ tỉnh có 486 tổ chức cơ sở đảng. Các trường học được đầu tư, toàn tỉnh có 486 cơ sở giáo dục đạt chuẩn.",
    "Đảng bộ xã có 356 đảng viên. Hội Nông dân xã có 356 đồng chí hội viên tham gia mô hình.",
    "Đảng bộ huyện có 56 tổ chức cơ sở đảng. Năm 2015, huyện có 65 TCCSĐ, sau sắp xếp còn 56.",
]


# the shorter list names another item, another year, another place: no fit told
LIST_APART = [
    "Toàn huyện có 128 thôn, bản, tổ dân phố. Công tác xây dựng tổ chức đảng ở cơ sở được chú trọng. Đến nay 128 thôn, xóm đều có chi bộ.",
    "Năm 2015, huyện có 128 thôn, bản, tổ dân phố. Năm 2024, 128 thôn, tổ dân phố có chi bộ riêng.",
    "Huyện Bảo Lâm có 128 thôn, bản, tổ dân phố. Huyện Bảo Lạc có 128 thôn, tổ dân phố.",
]


@pytest.mark.parametrize("text", LIST_APART)
def test_repeat_q33r_list_apart_untold(text: str) -> None:
    assert not [c for c in checks_of(text, "repeat") if 128 in c.figures]


# two owners each "có" the same count of grassroots bodies under two names: no fit
OWNERS_APART = [
    (
        "Đảng bộ Khối các cơ quan tỉnh có 36 tổ chức cơ sở đảng. Đảng bộ Khối doanh nghiệp tỉnh có 36 cơ sở đảng, trong đó 20 chi bộ cơ sở.",
        36,
    ),
    (
        "Đảng bộ huyện Tân Uyên có 64 TCCSĐ. Đảng bộ thành phố có 64 tổ chức cơ sở đảng với 5.120 đảng viên.",
        64,
    ),
]


@pytest.mark.parametrize(("text", "value"), OWNERS_APART)
def test_repeat_q33r_owners_apart_untold(text: str, value: float) -> None:
    assert not [c for c in checks_of(text, "repeat") if value in c.figures]


@pytest.mark.parametrize(("text", "figures", "verdict"), FOUND)
def test_repeat_q33r_restatement_found(text: str, figures: list[float], verdict: str) -> None:
    rows = checks_of(text, "repeat")
    assert told(rows, "repeat", verdict, figures), [(c.verdict, c.figures, c.why) for c in rows]


@pytest.mark.parametrize(("text", "figures"), TWINS)
def test_repeat_q33r_twin_confirmed(text: str, figures: list[float]) -> None:
    rows = checks_of(text, "repeat")
    assert told(rows, "repeat", "consistent", figures), [(c.verdict, c.figures) for c in rows]
    assert not alarms(text)


@pytest.mark.parametrize("text", SILENT)
def test_repeat_q33r_trap_silent(text: str) -> None:
    assert not alarms(text)
