"""Tables of shares read in two more shapes (twenty-fourth session), our wording.

- two rate columns each after its count ("Tổng số hộ | Hộ nghèo | Tỷ lệ | Hộ cận nghèo | Tỷ lệ"),
  and bare numbers under a rate heading with no sign ("Tỷ lệ | 2,9"): each column's pair of count
  columns is the one the table's rows fit; such bare cells tell a fit only;
- grades as columns ("Số tổ chức | HTXSNV | HTTNV | HTNV | Không HTNV | Tỷ lệ tốt trở lên"): the
  grades up to the named one over the graded count, told only when the four grades make it.

Each row: (table, expected verdict or None for no alarm, figures as stated).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

_POOR = (
    "Ấp\tTổng số hộ\tHộ nghèo\tTỷ lệ\tHộ cận nghèo\tTỷ lệ\nẤp Phú Hòa\t412\t12\t2,9\t25\t6,1\n"
    "Ấp Phú Lợi\t380\t9\t2,4\t18\t4,7\nẤp Tân Quới\t295\t14\t4,7\t21\t{near}\n"
    "Ấp Tân Hưng\t506\t11\t2,2\t30\t5,9\nCộng\t1.593\t46\t2,9\t94\t5,9\n"
)
_GRADES = (
    "Kết quả đánh giá, xếp loại tổ chức cơ sở đảng năm 2024:\n"
    "Loại hình\tSố tổ chức\tHTXSNV\tHTTNV\tHTNV\tKhông HTNV\tTỷ lệ tốt trở lên\n"
    "Đảng bộ xã, thị trấn\t{graded}\t4\t15\t2\t0\t90,5%\nChi bộ cơ quan\t18\t3\t12\t2\t1\t{rate}\n"
    "Doanh nghiệp\t6\t1\t4\t1\t0\t83,3%\n"
)

CASES = [
    (_POOR.format(near="7,1"), "consistent", [21, 295, 7.1]),
    (_POOR.format(near="7,1"), "consistent", [14, 295, 4.7]),
    (_POOR.format(near="8,1"), None, []),  # a bare cell that misses: a fit only, not told
    (_GRADES.format(graded=21, rate="83,3%"), "consistent", [4, 15, 21, 90.5]),
    (_GRADES.format(graded=21, rate="83,3%"), "consistent", [3, 12, 18, 83.3]),
    (_GRADES.format(graded=21, rate="85,3%"), "inconsistent", [3, 12, 18, 85.3]),
    # the grades make 21, not the 22 stated: no base to tell the rate by
    (_GRADES.format(graded=22, rate="83,3%"), None, []),
    # grades not side by side in order, or no graded count before them: not read
    (
        "Khối\tHTXSNV\tHTTNV\tTổng số\tHTNV\tKhông HTNV\tTỷ lệ tốt trở lên\n"
        "Khối xã\t4\t15\t21\t2\t0\t92,5%\nKhối cơ quan\t3\t12\t18\t2\t1\t85,3%\n",
        None,
        [],
    ),
]


@pytest.mark.parametrize("text,verdict,figures", CASES)
def test_share_table_case(text: str, verdict: str | None, figures: list[float]) -> None:
    if verdict is None:
        assert alarms(text) == []
        return
    checks = checks_of(text, "share")
    assert told(checks, "share", verdict, figures), [(c.verdict, c.figures, c.why) for c in checks]
    if verdict == "consistent":
        assert alarms(text) == []
