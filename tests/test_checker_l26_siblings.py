"""A table line that falls short while a sibling line over the same cells adds up exactly
(twenty-sixth session), our own tables: the rows are shown to be the whole breakdown, so a short
line has a cell or a total written wrong. Silent when two lines miss, when the line passes its
total (one entity may be counted in two rows), when it misses by a tenth or more, or when a note
under the table may account for the gap.

Each row: (table, expected part_whole verdict or None for no inconsistent verdict of any kind,
figures as stated: total, parts).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

CASES = [
    (
        (
            "Kết quả thu ngân sách trên địa bàn (đơn vị: triệu đồng):\n"
            "\n"
            "Nội dung\tDự toán\tThực hiện\n"
            "Thu thuế, phí\t8.200\t8.650\n"
            "Thu tiền sử dụng đất\t12.000\t11.300\n"
            "Thu khác\t1.500\t1.720\n"
            "Tổng thu\t21.700\t22.670\n"
        ),
        "inconsistent",
        [22670, 8650, 11300, 1720],
    ),
    (
        (
            "Diện tích gieo trồng cây hằng năm qua các năm (đơn vị: ha):\n"
            "\n"
            "Loại cây\t2022\t2023\t2024\tTổng\n"
            "Lúa\t3.120\t3.085\t3.040\t9.245\n"
            "Ngô\t860\t910\t945\t2.715\n"
            "Rau màu các loại\t415\t430\t462\t1.370\n"
        ),
        "inconsistent",
        [1370, 415, 430, 462],
    ),
    (
        (
            "Đảng viên bị thi hành kỷ luật qua các năm:\n"
            "\n"
            "Năm\tTổng số\tKhiển trách\tCảnh cáo\tCách chức\tKhai trừ\n"
            "2022\t12\t8\t2\t1\t1\n"
            "2023\t14\t9\t3\t1\t0\n"
            "2024\t10\t6\t2\t1\t1\n"
        ),
        "inconsistent",
        [14, 9, 3, 1, 0],
    ),
    (
        (
            'Kết quả thực hiện mô hình "Dân vận khéo" năm 2024:\n'
            "\n"
            "Lĩnh vực\tSố mô hình\tSố xã thực hiện\tSố hộ tham gia\n"
            "Phát triển kinh tế\t142\t38\t5.260\n"
            "Văn hóa - xã hội\t86\t31\t2.115\n"
            "Quốc phòng, an ninh\t41\t22\t874\n"
            "Tổng cộng\t269\t45\t8.429\n"
        ),
        None,
        [],
    ),
    (
        (
            'Kết quả thực hiện mô hình "Dân vận khéo" năm 2024:\n'
            "\n"
            "Lĩnh vực\tSố mô hình\tKế hoạch số hộ\tSố hộ tham gia\n"
            "Phát triển kinh tế\t142\t5.000\t5.260\n"
            "Văn hóa - xã hội\t86\t2.200\t2.115\n"
            "Quốc phòng, an ninh\t41\t900\t874\n"
            "Tổng cộng\t269\t8.400\t8.294\n"
        ),
        None,
        [],
    ),
    (
        (
            "Kết quả thu ngân sách trên địa bàn (đơn vị: triệu đồng):\n"
            "\n"
            "Nội dung\tDự toán\tThực hiện\tCùng kỳ\n"
            "Thu thuế, phí\t8.200\t8.650\t7.900\n"
            "Thu tiền sử dụng đất\t12.000\t11.300\t10.400\n"
            "Thu khác\t1.500\t1.720\t1.350\n"
            "Tổng thu\t21.700\t21.580\t19.480\n"
        ),
        None,
        [],
    ),
    (
        (
            "Kết quả thu ngân sách trên địa bàn (đơn vị: triệu đồng):\n"
            "\n"
            "Nội dung\tDự toán\tThực hiện\n"
            "Thu thuế, phí\t8.200\t8.650\n"
            "Thu tiền sử dụng đất\t12.000\t11.300\n"
            "Thu khác\t1.500\t1.720\n"
            "Tổng thu\t21.700\t26.670\n"
        ),
        None,
        [],
    ),
    (
        (
            "Đảng viên bị thi hành kỷ luật qua các năm:\n"
            "\n"
            "Năm\tTổng số\tKhiển trách\tCảnh cáo\tCách chức\tKhai trừ\n"
            "2022\t12\t8\t2\t1\t1\n"
            "2023\t14\t9\t3\t1\t0\n"
            "2024\t10\t6\t2\t1\t1\n"
            "Riêng năm 2023 có 1 trường hợp bị xóa tên được tính chung vào tổng số.\n"
        ),
        None,
        [],
    ),
    (
        (
            "Kết quả thu ngân sách trên địa bàn (đơn vị: triệu đồng):\n"
            "\n"
            "Nội dung\tKế hoạch\tThực hiện\n"
            "Thu thuế, phí\t8.200\t8.650\n"
            "Thu tiền sử dụng đất\t12.000\t11.300\n"
            "Thu khác\t1.500\t1.720\n"
            "Tổng thu\t21.700\t20.870\n"
        ),
        None,
        [],
    ),
    (
        (
            "Vốn đầu tư xây dựng nông thôn mới giai đoạn 2021-2024 (đơn vị: tỷ đồng):\n"
            "\n"
            "Nguồn vốn\t2021\t2022\t2023\t2024\tTổng\n"
            "Ngân sách nhà nước\t42,5\t51,8\t60,2\t58,4\t212,9\n"
            "Vốn tín dụng\t30,1\t35,6\t38,9\t41,2\t145,8\n"
            "Nhân dân đóng góp\t8,4\t9,1\t10,6\t11,3\t36,4\n"
        ),
        None,
        [],
    ),
]


@pytest.mark.parametrize("text,verdict,figures", CASES)
def test_sibling_line(text: str, verdict: str | None, figures: list[float]) -> None:
    if verdict is None:
        assert alarms(text) == []
        return
    checks = checks_of(text, "part_whole")
    got = told(checks, "part_whole", verdict, figures)
    assert got, [(c.verdict, c.figures, c.why) for c in checks]
    assert "adds up exactly" in got[0].why and "cộng đúng" in got[0].why_vi


def test_sibling_lines_stay_silent_without_a_fit() -> None:
    """With no sibling line that adds up, a short line of a soft table is no proof."""
    text = (
        "Kết quả thu ngân sách trên địa bàn (đơn vị: triệu đồng):\n\n"
        "Nội dung\tThực hiện\n"
        "Thu thuế, phí\t8.650\n"
        "Thu tiền sử dụng đất\t11.300\n"
        "Thu khác\t1.720\n"
        "Tổng thu\t22.670\n"
    )
    assert alarms(text) == []
