"""A share row the checker left unverifiable because the whole it guessed does not give the
percent is replaced by the one reading that fits (share.refit_unsettled); two wholes of the
part's kind in its own sentence leave the guess as it was (white-box review 35). Thirty-fifth
session. Passages written by us."""

from __future__ import annotations

import pytest

from tests.checkhelp import alarms, checks_of, told


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the count said last before the part was guessed as its whole (9/18, 6/7, 96/870)
        (
            "Chi bộ có 64 đảng viên; 18 đồng chí công tác ở thôn, 9 đồng chí ở các đoàn thể, chiếm 14,1%.",
            [9, 64, 14.1],
        ),
        (
            "Năm 2024, xã có 45 cặp kết hôn, giảm 7 cặp so với năm trước; trong đó 6 cặp kết hôn "
            "dưới tuổi quy định, chiếm 13,3%.",
            [6, 45, 13.3],
        ),
        (
            "Năm 2024, xã có 45 cặp kết hôn, giảm 7 cặp so với năm trước; trong đó 6 cặp kết hôn "
            "dưới tuổi quy định, chiếm 13%.",
            [6, 45, 13],
        ),
        (
            "Huyện có 1.245 cán bộ, công chức; 870 người có trình độ đại học, 96 người có trình độ "
            "thạc sĩ, chiếm 7,7%.",
            [96, 1245, 7.7],
        ),
        # the part is counted among the bracketed year before, and the whole that fits counts
        # the same noun: the guess gives way
        (
            "Năm 2024, toàn huyện có 2.140 lao động được giải quyết việc làm (năm 2023: 1.980 lao "
            "động), trong đó 1.155 lao động nữ, chiếm 54%.",
            [1155, 2140, 54],
        ),
    ],
)
def test_the_fitting_whole_replaces_the_guess(text: str, figures: list[float]) -> None:
    shares = checks_of(text, "share")
    assert told(shares, "share", "consistent", figures)
    pct = figures[-1]
    # the guess at another whole is gone: one row for the percent
    assert [c for c in shares if c.figures[-1] == pct and c.verdict == "unverifiable"] == []


def test_two_fitting_wholes_leave_the_guess() -> None:
    # 96/1.247 and 96/1.245 both give 7,7%: which one is meant, the text does not say
    text = (
        "Năm 2023, huyện có 1.247 cán bộ, công chức. Năm 2024, huyện có 1.245 cán bộ, công chức; "
        "870 người có trình độ đại học, 96 người có trình độ thạc sĩ, chiếm 7,7%."
    )
    shares = checks_of(text, "share")
    assert not [c for c in shares if c.verdict == "consistent" and 96 in c.figures]
    assert told(shares, "share", "unverifiable", [96, 870, 7.7])


def test_no_whole_fits_no_row_changes() -> None:
    # 9/64 = 14,1% and 9/18 = 50%: no count gives 14,5%, the slip is still told
    text = "Chi bộ có 64 đảng viên; 18 đồng chí công tác ở thôn, 9 đồng chí ở các đoàn thể, chiếm 14,5%."
    assert [k for k, _ in alarms(text)] == ["share"]
    assert not told(checks_of(text, "share"), "share", "consistent", [9, 64, 14.5])


def test_a_round_percent_takes_no_far_whole() -> None:
    # a percent without decimals fits many counts by chance: 45 is four sentences back
    text = (
        "Xã có 45 cặp kết hôn trong năm 2024. Công tác dân số được quan tâm. Các thôn tổ chức "
        "truyền thông. Trạm y tế khám sức khỏe tiền hôn nhân. So với năm trước giảm 7 cặp; trong "
        "đó 6 cặp kết hôn dưới tuổi quy định, chiếm 13%."
    )
    assert not told(checks_of(text, "share"), "share", "consistent", [6, 45, 13])


def test_a_whole_of_another_noun_is_not_taken_after_trong_do() -> None:
    # 2.900 is counted among the 4.300 workers; 2.900/7.920 people fits, but of another noun
    text = (
        "Xã có 2.050 hộ, 8.150 nhân khẩu; lực lượng lao động 4.420 người, trong đó lao động "
        "nông nghiệp 3.100 người, chiếm 38%."
    )
    assert not [
        c for c in checks_of(text, "share") if 8150 in c.figures and c.verdict == "consistent"
    ]


def test_a_settled_ratio_drops_the_guess() -> None:
    text = (
        "Tổng số hội viên là 2.106 người. Ban Chấp hành Hội nhiệm kỳ 2021-2026 có 9 đồng chí nữ "
        "trên tổng số 52 ủy viên (17,3%)."
    )
    got = checks_of(text)
    assert told(got, "ratio_percent", "consistent", [9, 52, 17.3])
    assert [c for c in got if c.kind == "share"] == []


def test_rivals_in_the_part_s_sentence_leave_the_guess() -> None:
    # two bodies' counts before the part: 12/120 fits, but the list may be the 96's (review 35)
    text = (
        "Xã Pa Vệ có 120 cán bộ, công chức, xã Tà Hừa có 96 cán bộ, công chức; 70 người có trình "
        "độ đại học, 12 người có trình độ thạc sĩ, chiếm 10%."
    )
    assert not told(checks_of(text, "share"), "share", "consistent", [12, 120, 10])


def test_a_set_of_new_members_is_still_a_whole() -> None:
    # "kết nạp thêm 25 hội viên" is a set: 15 of them is 60%, not 65%
    text = "Năm 2024 kết nạp thêm 25 hội viên, trong đó 15 hội viên nữ, chiếm 65%."
    assert told(checks_of(text, "share"), "share", "inconsistent", [15, 25, 65])
