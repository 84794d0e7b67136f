"""Checker readings added in the seventeenth session. Every passage is ours.

A fraction whose noun is said with the same next words as a count far above it ("8 chi bộ ấp"
in the profile, "8/8 chi bộ ấp" in the closing paragraph) restates that count, however many
sentences lie between; and a fraction of a composite unit ("14/14 xã, thị trấn") restates a
count whose bracket names the same parts ("14 đơn vị hành chính cấp xã (12 xã, 2 thị trấn)").
Both readings only confirm: a different value stays silent.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)

FILLER = (
    "Năm 2024, Đảng ủy tập trung đổi mới nội dung sinh hoạt chi bộ. Các chi bộ xây dựng chương"
    " trình công tác toàn khóa. Ban Thường vụ Đảng ủy phân công ủy viên dự sinh hoạt định kỳ.\n\n"
    "Việc kiểm tra, giám sát được duy trì thường xuyên. Đảng ủy kiểm tra 4 chi bộ và 11 đảng"
    " viên. Ủy ban Kiểm tra giám sát 3 chi bộ.\n\n"
    "Công tác dân vận có nhiều chuyển biến. Mặt trận và các đoàn thể vận động nhân dân hiến đất"
    " làm đường. Phong trào thi đua được phát động sâu rộng.\n\n"
    "Kinh tế tăng trưởng khá, thu nhập bình quân đầu người đạt 62 triệu đồng. Xã hoàn thành các"
    " chỉ tiêu giảm nghèo.\n\n"
)


def _repeats(text: str) -> list[Check]:
    return [c for c in process_text(text, options=_OPTS).checks if c.kind == "repeat"]


@pytest.mark.parametrize(
    ("profile", "closing", "figures"),
    [
        (
            "Đảng bộ xã Hòa Lợi có 15 chi bộ trực thuộc (8 chi bộ ấp và 7 chi bộ cơ quan, trường"
            " học, quân sự, công an) với 402 đảng viên.",
            "Đến cuối năm, 8/8 chi bộ ấp có bí thư chi bộ đồng thời là trưởng ấp.",
            [8, 8],
        ),
        (
            "Đảng bộ xã Tân Hội có 11 chi bộ, gồm 6 chi bộ thôn, 3 chi bộ trường học và 2 chi bộ"
            " lực lượng vũ trang, với 318 đảng viên.",
            "Năm 2024, 5/6 chi bộ thôn được xếp loại hoàn thành tốt nhiệm vụ trở lên.",
            [6, 6],
        ),
    ],
)
def test_a_fraction_of_the_same_words_restates_a_count_far_above(
    profile: str, closing: str, figures: list[float]
) -> None:
    checks = _repeats(f"{profile}\n\n{FILLER}{closing}\n")
    assert any(c.verdict == "consistent" and c.figures == figures for c in checks)


def test_a_far_fraction_of_another_value_is_not_told() -> None:
    profile = (
        "Đảng bộ xã Hòa Lợi có 15 chi bộ trực thuộc (8 chi bộ ấp và 7 chi bộ cơ quan, trường"
        " học, quân sự, công an) với 402 đảng viên."
    )
    closing = "Đến cuối năm, 9/9 chi bộ ấp có bí thư chi bộ đồng thời là trưởng ấp."
    checks = _repeats(f"{profile}\n\n{FILLER}{closing}\n")
    assert not any(9 in c.figures or 8 in c.figures for c in checks)


@pytest.mark.parametrize(
    ("head", "fraction", "told"),
    [
        ("14 đơn vị hành chính cấp xã (12 xã, 2 thị trấn)", "14/14 xã, thị trấn", True),
        ("10 đơn vị hành chính cấp xã (7 xã, 3 phường)", "10/10 xã, phường", True),
        # other parts, or another value: nothing to confirm
        ("14 đơn vị hành chính cấp xã (12 xã, 2 thị trấn)", "14/14 xã, phường", False),
        ("14 đơn vị hành chính cấp xã (12 xã, 2 thị trấn)", "13/13 xã, thị trấn", False),
    ],
)
def test_a_fraction_of_the_parts_a_bracket_names(head: str, fraction: str, told: bool) -> None:
    text = (
        f"Huyện có {head}, dân số khoảng 118.000 người.\n\n"
        f"Đến nay, {fraction} có trạm y tế đạt chuẩn quốc gia.\n"
    )
    value = float(fraction.split("/")[1].split()[0])
    got = any(c.verdict == "consistent" and c.figures == [value, value] for c in _repeats(text))
    assert got is told


GRADES = (
    "Năm 2024, 48 chi bộ trực thuộc được xếp loại như sau: hoàn thành xuất sắc nhiệm vụ 9;"
    " hoàn thành tốt nhiệm vụ 30; hoàn thành nhiệm vụ {c}; không hoàn thành nhiệm vụ 2 (Chi bộ"
    " thôn Nà Pục, Chi bộ thôn Khuổi Hẩu).\n"
)


@pytest.mark.parametrize(("c", "verdict"), [(7, "consistent"), (5, "inconsistent")])
def test_grades_whose_last_item_names_who_it_counts(c: int, verdict: str) -> None:
    """A bracket of names after a list's last number is an aside, not the end of the list."""
    doc = process_text(GRADES.format(c=c), options=_OPTS)
    bare = [m.text for m in doc.mentions if m.type == "quantity" and m.text.isdigit()]
    assert bare == ["9", "30", str(c), "2"]
    assert any(
        x.kind == "part_whole" and x.verdict == verdict and x.figures == [48, 9, 30, c, 2]
        for x in doc.checks
    )


def test_a_part_that_is_the_total_of_its_own_grades() -> None:
    """The graded members are a part of all members (those exempt aside) and the whole of the
    grades written right after them, in their sentence."""
    text = (
        "Tổng số đảng viên của Đảng bộ là 2.415 đồng chí, trong đó 187 đồng chí được miễn đánh giá"
        " theo quy định; trong 2.228 đảng viên được xếp loại, hoàn thành xuất sắc nhiệm vụ 356,"
        " hoàn thành tốt nhiệm vụ 1.702, hoàn thành nhiệm vụ 151, không hoàn thành nhiệm vụ 19.\n"
    )
    checks = [c for c in process_text(text, options=_OPTS).checks if c.kind == "part_whole"]
    got = {(c.verdict, tuple(c.figures)) for c in checks}
    assert ("consistent", (2415, 187, 2228)) in got
    assert ("consistent", (2228, 356, 1702, 151, 19)) in got


def test_a_part_is_no_total_of_counts_in_other_sentences() -> None:
    """ "khiển trách 15" is a part of the 23 disciplined; 9 + 6 said in the next sentences make
    no breakdown of it."""
    text = (
        "Thi hành kỷ luật 23 đảng viên, gồm: khiển trách 15, cảnh cáo 5, cách chức 1, khai trừ 2."
        " Trong đó, 9 đồng chí là cấp ủy viên, chiếm 39,1%. Giải quyết tố cáo đối với 6 đảng viên,"
        " kết luận 2 trường hợp tố cáo đúng, 3 trường hợp đúng một phần, 1 trường hợp tố cáo sai.\n"
    )
    checks = process_text(text, options=_OPTS).checks
    assert not any(c.kind == "part_whole" and c.figures[:1] == [15] for c in checks)


@pytest.mark.parametrize(
    ("tail", "verdict"),
    [
        ("; khiển trách chiếm 61,3%.", "consistent"),
        ("; trong đó khiển trách chiếm 61,3%.", "consistent"),
        ("; khiển trách chiếm 64,3%.", "inconsistent"),
        # the rate of another moment or whole, or no clause end: silence
        ("; khiển trách chiếm 64,3% so với năm 2023.", None),
        ("; khiển trách chiếm 64,3% số trường hợp vi phạm.", None),
    ],
)
def test_a_share_named_by_an_item_of_the_list_before_it(tail: str, verdict: str | None) -> None:
    text = (
        "Toàn Đảng bộ thi hành kỷ luật 31 đảng viên. Theo hình thức: khiển trách 19, cảnh cáo 8,"
        f" cách chức 1, khai trừ 3{tail}\n"
    )
    shares = [c for c in process_text(text, options=_OPTS).checks if c.kind == "share"]
    if verdict is None:
        assert not [c for c in shares if c.verdict == "inconsistent"]
    else:
        assert [c.verdict for c in shares if c.figures[:2] == [19, 31]] == [verdict]


def test_an_item_label_in_two_lists_names_no_share() -> None:
    text = (
        "Năm 2024 thi hành kỷ luật 31 đảng viên: khiển trách 19, cảnh cáo 8, cách chức 1, khai trừ"
        " 3; năm 2023 là 24 đảng viên: khiển trách 15, cảnh cáo 6, cách chức 1, khai trừ 2;"
        " khiển trách chiếm 64,3%.\n"
    )
    checks = process_text(text, options=_OPTS).checks
    assert not [c for c in checks if c.kind == "share" and c.verdict == "inconsistent"]


@pytest.mark.parametrize(("pct", "verdict"), [("94,8", "consistent"), ("96,8", "inconsistent")])
def test_a_population_given_in_brackets_after_its_rate(pct: str, verdict: str) -> None:
    text = (
        "Năm 2024, toàn tỉnh có 1.427.420 người tham gia bảo hiểm y tế, bằng"
        f" {pct}% dân số (dân số trung bình 1.505.300 người).\n"
    )
    shares = [c for c in process_text(text, options=_OPTS).checks if c.kind == "share"]
    assert [c.verdict for c in shares] == [verdict]
    assert shares[0].figures[:2] == [1427420, 1505300]
    assert "stated before" not in shares[0].why


@pytest.mark.parametrize(
    "text",
    [
        # a scope before the label: the province's rate, not the list's
        "Huyện thi hành kỷ luật 29 đảng viên: khiển trách 17, cảnh cáo 8, cách chức 1, khai trừ 3;"
        " toàn tỉnh, khiển trách chiếm 55,2%.",
        # the grades leave the exempt out; the rate is of all members stated before (356/2.415)
        "Đảng bộ có 2.415 đảng viên, miễn đánh giá 187 đồng chí. Trong 2.228 đảng viên được xếp"
        " loại: hoàn thành xuất sắc nhiệm vụ 356, hoàn thành tốt nhiệm vụ 1.702, hoàn thành nhiệm"
        " vụ 151, không hoàn thành nhiệm vụ 19; hoàn thành xuất sắc nhiệm vụ chiếm 14,7%.",
        # the whole named after the percent is all members, not the disciplined
        "Năm 2024, toàn Đảng bộ có 31 đảng viên bị kỷ luật: khiển trách 19, cảnh cáo 8, cách chức"
        " 1, khai trừ 3; khiển trách chiếm 0,6% tổng số đảng viên của Đảng bộ.",
        # the list adds up to the first of two totals
        "Số chi bộ được xếp loại là 30 trên tổng số 32 chi bộ: hoàn thành xuất sắc nhiệm vụ 4,"
        " hoàn thành tốt nhiệm vụ 20, hoàn thành nhiệm vụ 5, không hoàn thành nhiệm vụ 1 (Chi bộ"
        " Trạm Y tế).",
        # a bracket that says why the list falls short
        "Năm 2024 có 35 chi bộ được đánh giá: hoàn thành xuất sắc nhiệm vụ 5, hoàn thành tốt nhiệm"
        " vụ 24, hoàn thành nhiệm vụ 3, không hoàn thành nhiệm vụ 1 (chưa tổng hợp kết quả của các"
        " chi bộ quân sự, công an).",
    ],
)
def test_look_alikes_of_the_labelled_share_and_the_named_bracket(text: str) -> None:
    checks = process_text(text + "\n", options=_OPTS).checks
    assert not [c for c in checks if c.verdict == "inconsistent"], [c.why for c in checks]


@pytest.mark.parametrize(("pct", "verdict"), [("9,7", "consistent"), ("12,9", "inconsistent")])
def test_a_share_named_by_the_last_item_of_the_list(pct: str, verdict: str) -> None:
    """The label names the item, so the percent is no share of the counts joined before it."""
    text = (
        "Toàn Đảng bộ thi hành kỷ luật 31 đảng viên. Theo hình thức: khiển trách 19, cảnh cáo 8,"
        f" cách chức 1, khai trừ 3; khai trừ chiếm {pct}%.\n"
    )
    shares = [c for c in process_text(text, options=_OPTS).checks if c.kind == "share"]
    assert [c.verdict for c in shares if c.figures[:2] == [3, 31]] == [verdict]


@pytest.mark.parametrize(("khai_tru", "verdict"), [("2", "consistent"), ("1", "inconsistent")])
def test_a_bracket_that_places_the_last_item(khai_tru: str, verdict: str) -> None:
    """ "(đảng viên ở Chi bộ thôn Khe Mạ)" names where the item's members are: an aside."""
    text = (
        "Năm 2024 thi hành kỷ luật 9 đảng viên: khiển trách 5, cảnh cáo 2, khai trừ"
        f" {khai_tru} (đảng viên ở Chi bộ thôn Bản Lìm).\n"
    )
    got = [c.verdict for c in process_text(text, options=_OPTS).checks if c.kind == "part_whole"]
    assert verdict in got


@pytest.mark.parametrize(
    ("head", "tot", "verdict"),
    [
        ("Đảng ủy huyện có 52 tổ chức cơ sở đảng; năm 2024 xếp loại:", 37, "consistent"),
        ("Đảng ủy huyện có 52 tổ chức cơ sở đảng; năm 2024 xếp loại:", 36, "inconsistent"),
        # two counts before ";": whose grades they are is not said
        (
            "Đảng ủy huyện có 52 tổ chức cơ sở đảng với 3.410 đảng viên; năm 2024 xếp loại:",
            36,
            None,
        ),
        # not all were graded
        (
            "Đảng ủy huyện có 52 tổ chức cơ sở đảng (1 mới thành lập chưa xếp loại); năm 2024 xếp loại:",
            36,
            None,
        ),
    ],
)
def test_a_full_scale_of_grades_after_a_semicolon(head: str, tot: int, verdict: str | None) -> None:
    text = (
        f"{head} hoàn thành xuất sắc nhiệm vụ 9, hoàn thành tốt nhiệm vụ {tot}, hoàn thành nhiệm vụ 5,"
        " không hoàn thành nhiệm vụ 1.\n"
    )
    checks = process_text(text, options=_OPTS).checks
    if verdict is None:
        assert not [c for c in checks if c.verdict == "inconsistent"]
    else:
        assert any(
            c.kind == "part_whole" and c.verdict == verdict and c.figures[:2] == [52, 9]
            for c in checks
        )


def test_several_labelled_shares_after_one_list() -> None:
    text = (
        "Toàn Đảng bộ thi hành kỷ luật 31 đảng viên. Theo hình thức: khiển trách 19, cảnh cáo 8,"
        " cách chức 1, khai trừ 3; khiển trách chiếm 61,3%; cảnh cáo chiếm 28,5%, khai trừ chiếm"
        " 9,7%.\n"
    )
    got = {
        (c.verdict, c.figures[0])
        for c in process_text(text, options=_OPTS).checks
        if c.kind == "share" and c.figures[1:2] == [31]
    }
    assert got == {("consistent", 19), ("inconsistent", 8), ("consistent", 3)}


@pytest.mark.parametrize(("good", "verdict"), [("2.217", "consistent"), ("2.215", "inconsistent")])
def test_the_grades_of_the_count_said_to_be_graded(good: str, verdict: str) -> None:
    text = (
        "Tổng số đảng viên của Đảng bộ là 3.106 đồng chí, trong đó 241 đồng chí được miễn đánh"
        " giá; trong 2.865 đảng viên được xếp loại, hoàn thành xuất sắc nhiệm vụ 402, hoàn thành"
        f" tốt nhiệm vụ {good}, hoàn thành nhiệm vụ 228, không hoàn thành nhiệm vụ 18.\n"
    )
    checks = process_text(text, options=_OPTS).checks
    assert any(
        c.kind == "part_whole" and c.verdict == verdict and c.figures[:2] == [2865, 402]
        for c in checks
    )


def test_a_partial_scale_after_the_graded_count_is_not_read() -> None:
    text = (
        "Trong 2.865 đảng viên được xếp loại, hoàn thành xuất sắc nhiệm vụ 402, hoàn thành tốt"
        " nhiệm vụ 2.215.\n"
    )
    checks = process_text(text, options=_OPTS).checks
    assert not [c for c in checks if c.verdict == "inconsistent"]
