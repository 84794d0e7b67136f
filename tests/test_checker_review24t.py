"""White-box review 24t of the day's table readings that can say ``inconsistent`` (our wording):
target tables (``target._columns`` / ``_table``), balance tables (``change._table_balance``) and
grade / rate columns (``share._table_grade_columns``, ``_table_rate_columns``).

PLANTED: one real slip each (a rate that misses its plan and done, a balance row that misses,
a grade rate that misses its grades), asserted ``inconsistent`` with the figures the checker
gives; all 34 written are found (one, a balance headed "Đầu năm học | … | Cuối năm học", only
after this review read the school year as a start and an end).

TRAPS: clean tables that tripped the readings before this review's guards, asserted to raise no
alarm (a few more beside them that never tripped, as "Tỷ trọng trên tổng thu"):
- target: a rate naming a base of its own after "so"/"trên" ("Tỷ lệ so toàn tỉnh" over cells
  with the sign), or a period the plan column does not name ("Kế hoạch năm 2025 | Thực hiện 6
  tháng | So kế hoạch 6 tháng (%)");
- balance: a miss told only when another row bears the reading out, i.e. moved both ways (rows
  with no movement, or entries only beside a net "Giảm (thực)", hold under any reading);
- share: a grade rate on a mean or sub-row, or on a total row stating the mean of the rows' rates.

The 130 clean tables are in tests/battery/battery_zzzz_r24t.jsonl.
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

PLANTED = [
    (
        "Đảng bộ\tChỉ tiêu\tĐã kết nạp\tTỷ lệ đạt\nXã Tân Lập\t12\t14\t116,7\nXã Phú Cường\t10\t9\t95,0\nXã Yên Thọ\t8\t8\t100",
        "target",
        [10, 9, 95],
    ),
    (
        "Đơn vị | Kế hoạch vốn 2024 | Đã giải ngân | Tỷ lệ giải ngân so kế hoạch (%)\nDự án A | 12.500 | 10.250 | 82,0\nDự án B | 8.400 | 7.980 | 97,0\nDự án C | 2.150 | 2.150 | 100",
        "target",
        [8400, 7980, 97],
    ),
    (
        "Chỉ tiêu\tĐơn vị\tNghị quyết\tThực hiện\tSo nghị quyết\nThu nhập bình quân\ttriệu đồng\t60\t63,5\t105,8\nXã đạt chuẩn NTM\txã\t12\t10\t85,3",
        "target",
        [12, 10, 85.3],
    ),
    (
        "Khối\tChỉ tiêu\tKết nạp\tSo chỉ tiêu\tNữ\tDưới 30 tuổi\nKhối xã\t60\t63\t105,0\t21\t40\nKhối cơ quan\t25\t20\t82,0\t9\t12\nKhối trường học\t15\t15\t100\t10\t8",
        "target",
        [25, 20, 82],
    ),
    (
        "Loại hình\tTổ chức cơ sở đảng\tChỉ tiêu kết nạp\tKết nạp\tSo chỉ tiêu\nXã, thị trấn\t17\t85\t91\t107,1\nCơ quan\t22\t30\t24\t78,0",
        "target",
        [30, 24, 78],
    ),
    (
        "Loại lớp\tSố lớp\tSố học viên\tKế hoạch (học viên)\tSo kế hoạch\nĐảng viên mới\t4\t212\t200\t106,0\nNhận thức về Đảng\t6\t388\t400\t95,0",
        "target",
        [400, 388, 95],
    ),
    (
        "Đơn vị\tChỉ tiêu\tKết nạp\tĐạt\tNữ\tTỷ lệ nữ\nXã A\t20\t18\t90,0%\t8\t44,4%\nXã B\t16\t18\t115,5%\t9\t50,0%\nXã C\t12\t12\t100%\t5\t41,7%",
        "target",
        [16, 18, 115.5],
    ),
    (
        "Khoản thu\tDự toán\tThực hiện\tSo dự toán (%)\nThuế công thương nghiệp\t48.000\t50.400\t105,0\nThu tiền sử dụng đất\t150.000\t97.500\t68,0\nPhí, lệ phí\t3.200\t3.520\t110,0",
        "target",
        [150000, 97500, 68],
    ),
    (
        "Chi hội\tSố hộ tham gia\tKế hoạch (hộ)\tSo kế hoạch (%)\nChi hội thôn 1\t46\t50\t92,0\nChi hội thôn 2\t38\t35\t112,6\nChi hội thôn 3\t40\t40\t100",
        "target",
        [35, 38, 112.6],
    ),
    (
        "Đơn vị\tChỉ tiêu phát triển đoàn viên\tPhát triển đoàn viên\tSo chỉ tiêu\tTrong đó nữ\nCĐ khối xã\t300\t312\t104,0\t140\nCĐ khối doanh nghiệp\t800\t744\t96,0\t402",
        "target",
        [800, 744, 96],
    ),
    (
        "Nguồn vốn\tKế hoạch năm 2024\tĐã giải ngân\tTỷ lệ đạt\nNgân sách tỉnh\t85.000\t51.000\t60,0\nNgân sách huyện\t42.000\t23.100\t58,0\nNgân sách xã\t12.500\t5.000\t40,0",
        "target",
        [42000, 23100, 58],
    ),
    (
        "Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ so kế hoạch (%)\nTrồng rừng (ha) | 500 | 520 | 104,0\nKênh mương (km) | 12 | 9 | 80,0\nĐường GTNT (km) | 20 | 21 | 105,0",
        "target",
        [12, 9, 80],
    ),
    (
        "Chi bộ\tĐầu năm\tKết nạp\tChuyển đến\tChuyển đi\tTừ trần\tCuối năm\nChi bộ 1\t45\t2\t1\t1\t0\t47\nChi bộ 2\t38\t1\t0\t2\t1\t38\nChi bộ 3\t52\t3\t2\t0\t1\t56",
        "change",
        [38, 1, 0, 2, 1, 38],
    ),
    (
        "Xã\tHộ nghèo đầu năm\tThoát nghèo\tTái nghèo\tPhát sinh mới\tHộ nghèo cuối năm\nXã A\t124\t38\t1\t4\t91\nXã B\t86\t21\t0\t3\t70\nXã C\t152\t44\t2\t7\t117",
        "change",
        [86, 0, 3, 21, 70],
    ),
    (
        "Chi hội | Đầu năm | Kết nạp | Giảm | Cuối năm\nChi hội Đông | 120 | 10 | 3 | 127\nChi hội Tây | 86 | 6 | 5 | 89\nChi hội Nam | 64 | 4 | 4 | 64",
        "change",
        [86, 6, 5, 89],
    ),
    (
        "Hội cơ sở\tĐầu năm 2024\tKết nạp mới\tXóa tên\tTừ trần\tCuối năm 2024\nHội ND xã A\t820\t45\t6\t4\t855\nHội ND xã B\t760\t38\t2\t5\t781\nHội ND xã C\t910\t52\t8\t3\t951",
        "change",
        [760, 38, 2, 5, 781],
    ),
    (
        "Liên đội\tĐầu năm học\tKết nạp\tTrưởng thành\tCuối năm học\nTrường TH A\t420\t95\t88\t427\nTrường TH B\t380\t80\t76\t386\nTrường TH C\t510\t110\t102\t518",
        "change",
        [380, 80, 76, 386],
    ),
    (
        "Đơn vị\tĐầu kỳ\tTiếp nhận\tChuyển đi\tCuối kỳ\nTổ 1\t15\t3\t2\t16\nTổ 2\t22\t0\t4\t18\nTổ 3\t18\t5\t1\t22\nTổ 4\t30\t2\t2\t31",
        "change",
        [30, 2, 2, 31],
    ),
    (
        "Chi hội\tHội viên đầu năm\tCuối năm\tGiảm\nChi hội 1\t120\t113\t7\nChi hội 2\t86\t80\t5\nChi hội 3\t64\t60\t4",
        "change",
        [86, 5, 80],
    ),
    (
        "Cơ sở Đoàn | Đoàn viên đầu năm | Kết nạp mới | Chuyển đến | Trưởng thành | Chuyển đi | Đoàn viên cuối năm\nXã A | 210 | 25 | 4 | 18 | 6 | 215\nXã B | 185 | 20 | 2 | 15 | 3 | 191\nXã C | 240 | 30 | 5 | 22 | 8 | 245\nXã D | 160 | 12 | 1 | 10 | 2 | 161",
        "change",
        [185, 20, 2, 15, 3, 191],
    ),
    (
        "Đảng bộ\tĐầu nhiệm kỳ\tKết nạp\tGiảm\tHiện nay\nXã A\t290\t48\t18\t320\nXã B\t255\t40\t15\t290\nXã C\t380\t60\t28\t412",
        "change",
        [255, 40, 15, 290],
    ),
    (
        "Đơn vị\tĐầu năm\tKết nạp mới\tGiảm\tCuối năm\nChi đoàn A\t42\t8\t3\t47\nChi đoàn B\t35\t5\t6\t34\nChi đoàn C\t28\t6\t2\t30\nChi đoàn D\t50\t7\t4\t53",
        "change",
        [28, 6, 2, 30],
    ),
    (
        "Loại hình\tSố tổ chức\tHTXSNV\tHTTNV\tHTNV\tKhông HTNV\tTỷ lệ tốt trở lên\nĐảng bộ xã\t21\t4\t15\t2\t0\t90,5%\nChi bộ cơ quan\t18\t3\t12\t2\t1\t86,3%\nDoanh nghiệp\t6\t1\t4\t1\t0\t83,3%",
        "share",
        [3, 12, 18, 86.3],
    ),
    (
        "Đơn vị\tSố được đánh giá\tHTXSNV\tHTTNV\tHTNV\tKhông HTNV\tTỷ lệ HTTNV trở lên\nXã A\t302\t45\t230\t24\t3\t91,1%\nXã B\t258\t38\t198\t20\t2\t93,5%\nXã C\t380\t60\t290\t28\t2\t92,1%",
        "share",
        [38, 198, 258, 93.5],
    ),
    (
        "Chi bộ\tSố đảng viên được xếp loại\tHoàn thành xuất sắc nhiệm vụ\tHoàn thành tốt nhiệm vụ\tHoàn thành nhiệm vụ\tKhông hoàn thành nhiệm vụ\tTỷ lệ hoàn thành xuất sắc nhiệm vụ\nChi bộ 1\t40\t6\t30\t3\t1\t15,0%\nChi bộ 2\t29\t5\t22\t2\t0\t18,2%\nChi bộ 3\t36\t4\t28\t4\t0\t11,1%",
        "share",
        [5, 29, 18.2],
    ),
    (
        "Khối\tTổng số\tHTXSNV\tHTTNV\tHTNV\tKhông HTNV\tTỷ lệ tốt trở lên (%)\nKhối xã\t40\t5\t30\t4\t1\t87,5\nKhối cơ quan\t33\t4\t26\t3\t0\t93,9\nKhối DN\t47\t6\t35\t5\t1\t87,2",
        "share",
        [4, 26, 33, 93.9],
    ),
    (
        "Ấp\tTổng số hộ\tHộ nghèo\tTỷ lệ\tHộ cận nghèo\tTỷ lệ\nẤp 1\t412\t12\t2,9%\t25\t6,1%\nẤp 2\t380\t9\t2,4%\t18\t4,7%\nẤp 3\t295\t14\t4,7%\t21\t8,1%\nẤp 4\t506\t11\t2,2%\t30\t5,9%\nẤp 5\t350\t10\t2,9%\t16\t4,6%",
        "share",
        [21, 295, 8.1],
    ),
    (
        "Chi bộ\tSố đảng viên\tNữ\tTỷ lệ\tDưới 35 tuổi\tTỷ lệ\nChi bộ 1\t45\t15\t33,3%\t9\t20,0%\nChi bộ 2\t38\t12\t31,6%\t6\t15,8%\nChi bộ 3\t52\t20\t38,5%\t11\t23,2%\nChi bộ 4\t30\t9\t30,0%\t5\t16,7%\nChi bộ 5\t41\t14\t34,1%\t8\t19,5%",
        "share",
        [11, 52, 23.2],
    ),
    (
        "Loại hình | Số tổ chức | HTXSNV | HTTNV | HTNV | Không HTNV | Tỷ lệ xuất sắc\nĐảng bộ xã | 21 | 4 | 15 | 2 | 0 | 19,0%\nChi bộ cơ quan | 18 | 3 | 12 | 2 | 1 | 18,7%\nDoanh nghiệp | 6 | 1 | 4 | 1 | 0 | 16,7%",
        "share",
        [3, 18, 18.7],
    ),
    (
        "Trường\tSố học sinh\tLên lớp\tTỷ lệ\tKhá, giỏi\tTỷ lệ\nTrường A\t620\t598\t96,5%\t412\t66,5%\nTrường B\t540\t521\t96,5%\t388\t71,9%\nTrường C\t480\t470\t97,9%\t301\t67,7%\nTrường D\t710\t688\t96,9%\t505\t71,1%\nTrường E\t400\t390\t97,5%\t260\t65,0%",
        "share",
        [301, 480, 67.7],
    ),
    (
        "Chỉ tiêu\tKế hoạch 6 tháng\tThực hiện 6 tháng\tSo kế hoạch 6 tháng (%)\nThu ngân sách (triệu đồng)\t2.200\t2.310\t105,0\nKết nạp hội viên\t40\t43\t108,5\nTrồng cây (cây)\t3.000\t3.120\t104,0",
        "target",
        [40, 43, 108.5],
    ),
    (
        "Chi đoàn\tĐầu năm\tKết nạp\tChuyển đi\tCuối năm\nChi đoàn 1\t30\t4\t1\t33\nChi đoàn 2\t25\t3\t0\t28\nChi đoàn 3\t28\t5\t2\t33\nChi đoàn 4\t19\t0\t0\t19",
        "change",
        [28, 5, 2, 33],
    ),
    (
        "Khối | Số tổ chức | HTXSNV | HTTNV | HTNV | Không HTNV | Tỷ lệ tốt trở lên\nKhối xã | 21 | 4 | 15 | 2 | 0 | 90,5%\nKhối cơ quan | 18 | 3 | 12 | 2 | 1 | 83,3%\nKhối doanh nghiệp | 9 | 2 | 5 | 2 | 0 | 77,8%\nCộng | 48 | 9 | 32 | 6 | 1 | 87,5%",
        "share",
        [9, 32, 48, 87.5],
    ),
    (
        "Đơn vị\tChỉ tiêu giao\tĐã kết nạp\tTỷ lệ so chỉ tiêu giao (%)\nHuyện A\t120\t126\t105,0\nHuyện B\t95\t88\t96,2\nThành phố\t150\t161\t107,3",
        "target",
        [95, 88, 96.2],
    ),
]

TRAPS = [
    (
        "target",
        "Đơn vị | Chỉ tiêu giao | Đã kết nạp | Tỷ lệ so toàn tỉnh\nHuyện Yên Lạc | 120 | 126 | 33,6%\nHuyện Bình Xuyên | 95 | 88 | 23,5%\nThành phố Vĩnh Yên | 150 | 161 | 42,9%\nToàn tỉnh | 365 | 375 | 100%",
    ),
    (
        "target",
        "Kết quả 6 tháng đầu năm (kế hoạch 6 tháng lần lượt là 2.200 triệu đồng, 40 hội viên và 3.000 cây):\nChỉ tiêu\tKế hoạch năm 2025\tThực hiện 6 tháng\tSo kế hoạch 6 tháng (%)\nThu ngân sách (triệu đồng)\t4.500\t2.310\t105,0\nKết nạp hội viên\t80\t43\t107,5\nTrồng cây phân tán (cây)\t5.000\t3.120\t104,0",
    ),
    (
        "target",
        "Chỉ tiêu\tKế hoạch năm 2025\tThực hiện quý III\tSo kế hoạch quý III (%)\nTiêm chủng (trẻ)\t1.200\t312\t104,0\nKhám sàng lọc (lượt)\t4.800\t1.142\t95,2",
    ),
    (
        "target",
        "Xã\tKế hoạch (hộ)\tThực hiện (hộ)\tTỷ lệ so với toàn huyện (%)\nXã A\t40\t46\t36,8\nXã B\t35\t30\t24,0\nXã C\t25\t25\t20,0\nXã D\t20\t24\t19,2",
    ),
    (
        "target",
        "Khoản thu\tDự toán\tThực hiện\tTỷ trọng trên tổng thu\nThuế ngoài quốc doanh\t48.000\t50.400\t33,3%\nTiền sử dụng đất\t150.000\t97.500\t64,4%\nPhí, lệ phí\t3.200\t3.520\t2,3%",
    ),
    (
        "balance",
        "Chi bộ\tĐầu năm\tTăng\tKết nạp\tChuyển đến\tGiảm\tChuyển đi\tTừ trần\tCuối năm\nChi bộ 1\t12\t0\t0\t0\t0\t0\t0\t12\nChi bộ 2\t9\t0\t0\t0\t0\t0\t0\t9\nChi bộ 3\t15\t2\t1\t1\t1\t1\t0\t16\nChi bộ 4\t20\t0\t0\t0\t0\t0\t0\t20",
    ),
    (
        "balance",
        "Chi hội\tĐầu năm\tKết nạp mới\tGiảm (thực)\tCuối năm\nChi hội 1\t50\t0\t3\t47\nChi hội 2\t42\t0\t2\t40\nChi hội 3\t60\t5\t2\t58\nChi hội 4\t38\t0\t1\t37",
    ),
    (
        "balance",
        "Số hội viên (cột tăng là số tăng thực sau khi trừ số giảm):\nChi hội\tĐầu năm\tKết nạp\tTăng\tCuối năm\nChi hội 1\t50\t3\t3\t53\nChi hội 2\t42\t0\t0\t42\nChi hội 3\t60\t5\t2\t62\nChi hội 4\t38\t0\t0\t38",
    ),
    (
        "balance",
        "Chi bộ | Đầu năm | Tăng | Kết nạp | Chuyển đến | Giảm | Chuyển đi | Từ trần | Cuối năm\nChi bộ thôn 1 | 21 | 0 | 0 | 0 | 0 | 0 | 0 | 21\nChi bộ thôn 2 | 18 | 1 | 1 | 0 | 0 | 0 | 0 | 19\nChi bộ thôn 3 | 25 | 0 | 0 | 0 | 1 | 0 | 1 | 24\nChi bộ thôn 4 | 30 | 3 | 2 | 1 | 2 | 1 | 1 | 31\nChi bộ trường học | 12 | 0 | 0 | 0 | 0 | 0 | 0 | 12",
    ),
    (
        "share",
        "Khối\tSố tổ chức\tHTXSNV\tHTTNV\tHTNV\tKhông HTNV\tTỷ lệ tốt trở lên\nKhối xã\t21\t4\t15\t2\t0\t90,5%\nKhối cơ quan\t18\t3\t12\t2\t1\t83,3%\nKhối doanh nghiệp\t9\t2\t5\t2\t0\t77,8%\nBình quân\t48\t9\t32\t6\t1\t83,9%",
    ),
    (
        "share",
        "Khối | Số tổ chức | HTXSNV | HTTNV | HTNV | Không HTNV | Tỷ lệ tốt trở lên\nKhối xã | 21 | 4 | 15 | 2 | 0 | 90,5%\nKhối cơ quan | 18 | 3 | 12 | 2 | 1 | 83,3%\nKhối doanh nghiệp | 9 | 2 | 5 | 2 | 0 | 77,8%\nCộng | 48 | 9 | 32 | 6 | 1 | 83,9%",
    ),
]


@pytest.mark.parametrize("text,kind,figures", PLANTED)
def test_planted_table_slip_is_told(text: str, kind: str, figures: list[float]) -> None:
    checks = checks_of(text, kind)
    assert told(checks, kind, "inconsistent", figures), [
        (c.verdict, c.figures, c.why) for c in checks
    ]


@pytest.mark.parametrize("guard,text", TRAPS)
def test_clean_table_raises_no_alarm(guard: str, text: str) -> None:
    assert alarms(text) == [], guard
