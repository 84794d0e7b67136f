"""change and repeat on phrasings of our own: where the earlier level of a comparison stands,
the current level as the clause's subject (never a bracketed figure of another relation), a
change restated in another measure, reorganisations, and counts referred back to.

Each row of CASES is (kind, passage, verdict the kind must give, figures it must use); rows of
SILENT must raise no inconsistency (the relation is not certain from the text).
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def checks_of(text: str) -> list[Check]:
    return process_text(text, options=_OPTS).checks


CASES = [
    # -- the current level is the clause's subject, not the plan's bracketed amount
    (
        "change",
        "Thu ngân sách trên địa bàn đạt 52,5 tỷ đồng, bằng 105% kế hoạch (50 tỷ đồng) và tăng 12% so với năm trước (46,9 tỷ đồng).",
        "consistent",
        [46.9e9, 52.5e9, 12],
    ),
    (
        "change",
        "Thu ngân sách trên địa bàn đạt 52,5 tỷ đồng, bằng 105% kế hoạch (50 tỷ đồng) và tăng 20% so với năm trước (46,9 tỷ đồng).",
        "inconsistent",
        [46.9e9, 52.5e9, 20],
    ),
    (
        "change",
        "Năm 2024 kết nạp 96 hội viên, đạt 80% chỉ tiêu (120 hội viên), tăng 11 hội viên so với năm 2023 (85 hội viên).",
        "consistent",
        [85, 96, 11],
    ),
    (
        "change",
        "Năm 2024 kết nạp 96 hội viên, đạt 80% chỉ tiêu (120 hội viên), tăng 14 hội viên so với năm 2023 (85 hội viên).",
        "inconsistent",
        [85, 96, 14],
    ),
    # -- the comparison placed first, its base bracketed after the change (lead_after)
    (
        "change",
        "Trong quý, xảy ra 14 vụ cháy, làm hư hỏng 3 căn nhà, so với cùng kỳ giảm 4 vụ (cùng kỳ 18 vụ).",
        "consistent",
        [18, 14, 4],
    ),
    (
        "change",
        "Trong quý, xảy ra 14 vụ cháy, làm hư hỏng 3 căn nhà, so với cùng kỳ giảm 6 vụ (cùng kỳ 18 vụ).",
        "inconsistent",
        [18, 14, 6],
    ),
    # -- the base bracketed right after "so với" (lead_before), subject in the clause before
    (
        "change",
        "Đoàn kiểm tra 58 cơ sở kinh doanh; so với năm 2023 (50 cơ sở kinh doanh), tăng 8 cơ sở.",
        "consistent",
        [50, 58, 8],
    ),
    # -- the change restated as a percent: both measures tested
    (
        "change",
        "Tiếp nhận 64 đơn thư, giảm 16 đơn, tương ứng 20% so với năm 2023 (80 đơn).",
        "consistent",
        [80, 64, 16, 20],
    ),
    (
        "change",
        "Tiếp nhận 64 đơn thư, giảm 16 đơn, tương ứng 25% so với năm 2023 (80 đơn).",
        "inconsistent",
        [80, 64, 16, 25],
    ),
    (
        "change",
        "Xử lý 45 vụ vi phạm; so với năm trước (60 vụ vi phạm) giảm 15 vụ, tương đương 25%.",
        "consistent",
        [60, 45, 15, 25],
    ),
    # -- a fraction's numerator as the current level
    (
        "change",
        "Đến nay 12/15 hợp tác xã hoạt động hiệu quả, đạt 80%, tăng 4 hợp tác xã so với năm 2021 (8 hợp tác xã).",
        "consistent",
        [8, 12, 4],
    ),
    # -- the moment of the start inside a from-to pair, the drop restated with "tức"
    (
        "change",
        "Số tổ dân phố chưa có chi bộ giảm từ 30 tổ ở đầu nhiệm kỳ xuống còn 12 tổ, tức giảm 18 tổ.",
        "consistent",
        [30, 12, 18],
    ),
    (
        "change",
        "Số tổ dân phố chưa có chi bộ giảm từ 30 tổ ở đầu nhiệm kỳ xuống còn 12 tổ, tức giảm 16 tổ.",
        "inconsistent",
        [30, 12, 16],
    ),
    (
        "change",
        "Năm 2020 còn 22 chi hội hoạt động yếu; sau hai năm củng cố, con số này đã giảm xuống còn 7 chi hội, tức là giảm 15 chi hội.",
        "consistent",
        [22, 7, 15],
    ),
    # -- a reorganisation and the drop it makes; the drop stated before the pair it explains
    (
        "change",
        "Năm 2023, huyện hợp nhất 12 tổ dân phố thành 5 tổ dân phố, giảm 7 tổ dân phố.",
        "consistent",
        [12, 5, 7],
    ),
    (
        "change",
        "Năm 2023, huyện hợp nhất 12 tổ dân phố thành 5 tổ dân phố, giảm 6 tổ dân phố.",
        "inconsistent",
        [12, 5, 6],
    ),
    (
        "change",
        "Sau sắp xếp giảm 9 ấp; toàn huyện từ 84 xuống còn 75 ấp.",
        "consistent",
        [84, 75, 9],
    ),
    # -- repeat: a count referred back to ("nói trên", "kể trên")
    (
        "repeat",
        "Năm qua, các xã tổ chức 35 buổi tiếp xúc cử tri tại cơ sở. Thông qua 35 buổi tiếp xúc cử tri kể trên, đã tiếp thu nhiều ý kiến.",
        "consistent",
        [35, 35],
    ),
    (
        "repeat",
        "Năm qua, các xã tổ chức 35 buổi tiếp xúc cử tri tại cơ sở. Thông qua 33 buổi tiếp xúc cử tri kể trên, đã tiếp thu nhiều ý kiến.",
        "inconsistent",
        [35, 33],
    ),
    # -- repeat: a fraction's numerator restated by its words; a big count under another name
    (
        "repeat",
        "Toàn tỉnh có 9/12 huyện đạt chuẩn an toàn thực phẩm. Năm tới phấn đấu nâng số huyện đạt chuẩn an toàn thực phẩm từ 9 huyện lên 11 huyện.",
        "consistent",
        [9, 9],
    ),
    (
        "repeat",
        "Toàn ngành có 1.240 viên chức. Sau tuyển dụng, số viên chức tăng từ 1.180 người lên 1.240 người.",
        "consistent",
        [1240, 1240],
    ),
    # -- repeat: a count restated where the text looks back (a summary, "qua <activity>", what is
    # left), tied by the words that name its thing
    (
        "repeat",
        "Các hợp tác xã nông nghiệp hiện có 58 đảng viên đang làm việc trong hợp tác xã kiểu mới; trong số đó, 21 đồng chí là nữ. Nhiều chi bộ được kiện toàn. Như vậy, sau hai năm, huyện đã có đội ngũ 58 đảng viên đang làm việc trong hợp tác xã kiểu mới.",
        "consistent",
        [58, 58],
    ),
    (
        "repeat",
        "Các hợp tác xã nông nghiệp hiện có 58 đảng viên đang làm việc trong hợp tác xã kiểu mới; trong số đó, 21 đồng chí là nữ. Nhiều chi bộ được kiện toàn. Như vậy, sau hai năm, huyện đã có đội ngũ 56 đảng viên đang làm việc trong hợp tác xã kiểu mới.",
        "inconsistent",
        [58, 56],
    ),
    (
        "repeat",
        "Số cán bộ khối chính quyền xã giảm từ 182 người xuống còn 148 người, giảm 34 người. Các thôn được sắp xếp lại. Tóm lại, sau sắp xếp đã giảm 5 thôn và 36 cán bộ khối chính quyền xã.",
        "inconsistent",
        [34, 36],
    ),
    (
        "repeat",
        "Thanh tra huyện đã thanh tra công vụ tại 27 cơ quan, đơn vị trong năm. Đánh giá chung, qua thanh tra công vụ 29 cơ quan, đơn vị, kỷ cương hành chính được chấn chỉnh.",
        "inconsistent",
        [27, 29],
    ),
    (
        "repeat",
        "Thanh tra huyện đã thanh tra công vụ tại 27 cơ quan, đơn vị trong năm. Đánh giá chung, qua thanh tra công vụ 27 cơ quan, đơn vị, kỷ cương hành chính được chấn chỉnh.",
        "consistent",
        [27, 27],
    ),
    (
        "repeat",
        "Đầu năm toàn xã có 96 hộ cận nghèo; đến nay giảm còn 71 hộ, giảm 25 hộ. Năm tới, tiếp tục hỗ trợ vốn vay cho 74 hộ cận nghèo còn lại.",
        "inconsistent",
        [71, 74],
    ),
    (
        "repeat",
        "Đầu năm toàn xã có 96 hộ cận nghèo; đến nay giảm còn 71 hộ, giảm 25 hộ. Năm tới, tiếp tục hỗ trợ vốn vay cho 71 hộ cận nghèo còn lại.",
        "consistent",
        [71, 71],
    ),
    # -- repeat: a rough figure and the exact one, just under
    (
        "repeat",
        "Thành phố có gần 12 vạn người trong độ tuổi lao động; đã có 97.500/118.600 người có việc làm ổn định.",
        "consistent",
        [120000, 118600],
    ),
    # -- round 3. Both ends bare, the unit given by the stated change ("tức giảm", "thêm")
    (
        "change",
        "Toàn huyện có 140 tổ hòa giải. Số tổ hòa giải hoạt động yếu giảm từ 19 xuống 7, tức giảm 12 tổ.",
        "consistent",
        [19, 7, 12],
    ),
    (
        "change",
        "Toàn huyện có 140 tổ hòa giải. Số tổ hòa giải hoạt động yếu giảm từ 19 xuống 7, tức giảm 11 tổ.",
        "inconsistent",
        [19, 7, 11],
    ),
    (
        "change",
        "Ban Chấp hành có 45 ủy viên. Số nữ ủy viên tăng từ 16 ở khóa trước lên 21, thêm 5 đồng chí.",
        "consistent",
        [16, 21, 5],
    ),
    # -- a change explained by its cause ("do thành lập mới", "do sáp nhập")
    (
        "change",
        "Số tổ hợp tác tăng từ 52 lên 60 tổ hợp tác do thành lập mới 8 tổ hợp tác.",
        "consistent",
        [52, 60, 8],
    ),
    (
        "change",
        "Số tổ tự quản giảm từ 41 tổ xuống còn 36 tổ do sáp nhập 5 tổ ở các khu dân cư.",
        "consistent",
        [41, 36, 5],
    ),
    # -- a membership balance in brackets: start + entries - exits = end
    (
        "change",
        "Tổng số hội viên tăng từ 1.240 (đầu năm) lên 1.294 hội viên (kết nạp 75, chuyển đến 12; chuyển đi 19, từ trần 14 hội viên).",
        "consistent",
        [1240, 1294, 75, 12, 19, 14],
    ),
    (
        "change",
        "Tổng số hội viên tăng từ 1.240 (đầu năm) lên 1.296 hội viên (kết nạp 75, chuyển đến 12; chuyển đi 19, từ trần 14 hội viên).",
        "inconsistent",
        [1240, 1296, 75, 12, 19, 14],
    ),
    # -- a multiple in words: "gần" just under, "hơn" just over, within one unit
    (
        "change",
        "Số hợp tác xã tăng từ 24 hợp tác xã lên 47 hợp tác xã, tăng gần gấp đôi.",
        "consistent",
        [24, 47, 2],
    ),
    (
        "change",
        "Số hợp tác xã tăng từ 24 hợp tác xã lên 51 hợp tác xã, tăng gần gấp đôi.",
        "inconsistent",
        [24, 51, 2],
    ),
    (
        "change",
        "Lượt truy cập cổng thông tin tăng từ 120 nghìn lượt (năm 2021) lên 385 nghìn lượt (năm 2024), gấp hơn 3 lần.",
        "consistent",
        [120000, 385000, 3],
    ),
    (
        "change",
        "Doanh thu của hợp tác xã tăng từ 1,8 tỷ đồng lên 2,6 tỷ đồng, tức gấp rưỡi.",
        "consistent",
        [1.8e9, 2.6e9, 1.5],
    ),
    # -- repeat: what is left now restated against an undated table row of the same words
    (
        "repeat",
        "Kết quả đến tháng 9/2024 như sau:\nChỉ tiêu\tKế hoạch\tThực hiện\nSố thôn chưa có nhà văn hóa\tdưới 10 thôn\t14 thôn\n\nHiện toàn huyện còn 14 thôn chưa có nhà văn hóa, chủ yếu ở vùng cao.",
        "consistent",
        [14, 14],
    ),
    (
        "repeat",
        "Kết quả đến tháng 9/2024 như sau:\nChỉ tiêu\tKế hoạch\tThực hiện\nSố thôn chưa có nhà văn hóa\tdưới 10 thôn\t14 thôn\n\nHiện toàn huyện còn 15 thôn chưa có nhà văn hóa, chủ yếu ở vùng cao.",
        "inconsistent",
        [14, 15],
    ),
    # -- repeat: a result achieved, named again ("thành quả …", "… vừa qua")
    (
        "repeat",
        "Sau ba năm, toàn tỉnh đã có 1.420 hộ thoát nghèo bền vững. Các đoàn thể tiếp tục hỗ trợ sinh kế 350 hộ. Năm tới cần giữ vững thành quả 1.420 hộ thoát nghèo bền vững vừa qua.",
        "consistent",
        [1420, 1420],
    ),
    (
        "repeat",
        "Sau ba năm, toàn tỉnh đã có 1.420 hộ thoát nghèo bền vững. Các đoàn thể tiếp tục hỗ trợ sinh kế 350 hộ. Năm tới cần giữ vững thành quả 1.402 hộ thoát nghèo bền vững vừa qua.",
        "inconsistent",
        [1420, 1402],
    ),
]

# -- round 4 (own wording): a rate unit against its amount unit; a table total as the current
# level; the current level stated under another verb; both levels searched; a multiple against
# a dated earlier count; a table total restated in the prose
CASES += [
    (
        "change",
        "Năng suất lúa bình quân đạt 6,2 tấn/ha, tăng 0,4 tấn so với năm trước (5,8 tấn).",
        "consistent",
        [5.8, 6.2, 0.4],
    ),
    (
        "change",
        "Lương bình quân của người lao động ước đạt 8,1 triệu đồng/người/tháng, giảm 0,5 triệu đồng so với cùng kỳ (8,4 triệu đồng).",
        "inconsistent",
        [8.4e6, 8.1e6, 0.5e6],
    ),
    (
        "change",
        "Các chi hội phát triển nhiều tổ hợp tác:\n\nTên xã Số tổ hợp tác\nXã An Lạc 12\nXã Bình Minh 9\nXã Cẩm Phô 7\nTổng cộng 28\n\nSo với năm 2021 (19 tổ hợp tác), số tổ hợp tác tăng 9 tổ hợp tác.",
        "consistent",
        [19, 28, 9],
    ),
    (
        "change",
        "Trong năm, Hội đã huy động được 2,35 tỷ đồng. Kế hoạch được giao là 2 tỷ đồng. So với năm 2023 (1,9 tỷ đồng), số kinh phí ủng hộ tăng 0,45 tỷ đồng.",
        "consistent",
        [1.9e9, 2.35e9, 0.45e9],
    ),
    (
        "change",
        "Năm 2022, toàn đảng bộ có 14 tổ chức đảng đạt loại xuất sắc. Năm 2023, số tổ chức đảng xuất sắc lên 19 tổ chức đảng. Tính chung, so với năm 2022, tổ chức đảng xuất sắc tăng thêm 5 tổ chức đảng.",
        "consistent",
        [14, 19, 5],
    ),
    (
        "change",
        "Năm 2019, toàn tỉnh mới có 11 chi bộ trong hợp tác xã. Đến nay, 37 hợp tác xã đã có chi bộ, tăng hơn gấp ba so với năm 2019.",
        "consistent",
        [11, 37, 3],
    ),
    (
        "repeat",
        "Đảng bộ xã hiện có 26 chi bộ trực thuộc với 412 đảng viên.\nKết quả xếp loại chi bộ năm 2024:\n\nMức xếp loại Số chi bộ\nHoàn thành tốt nhiệm vụ 15\nHoàn thành nhiệm vụ 9\nKhông hoàn thành nhiệm vụ 2\nTổng cộng 26",
        "consistent",
        [26, 26],
    ),
]

# -- round 5 (own wording): a start with a bare year label; a goal's change after the stated one;
# a noun running on past a comma or holding a quoted label; a bare end after "nay còn"; two levels
# set against each other by "nếu như … thì"; the same count restated a few sentences later
CASES += [
    (
        "change",
        "Số hợp tác xã nông nghiệp tăng từ 14 hợp tác xã năm 2020 đã phát triển lên 21 hợp tác xã năm 2024, tương ứng tăng 50%.",
        "consistent",
        [14, 21, 50],
    ),
    (
        "change",
        "Số hợp tác xã nông nghiệp tăng từ 14 hợp tác xã năm 2020 đã phát triển lên 21 hợp tác xã năm 2024, tương ứng tăng 40%.",
        "inconsistent",
        [14, 21, 40],
    ),
    (
        "change",
        "Tỷ lệ che phủ rừng tăng từ 41,2% năm 2020 lên 44,5% năm 2024, tức tăng 3,3 điểm phần trăm, vượt mục tiêu tăng 3 điểm phần trăm.",
        "consistent",
        [41.2, 44.5, 3.3],
    ),
    (
        "change",
        "Tỷ lệ che phủ rừng tăng từ 41,2% năm 2020 lên 44,5% năm 2024, tức tăng 3,6 điểm phần trăm, vượt mục tiêu tăng 3 điểm phần trăm.",
        "inconsistent",
        [41.2, 44.5, 3.6],
    ),
    (
        "change",
        "Năm 2024, toàn huyện xảy ra 45 vụ cháy, nổ, giảm 10% so với năm 2023 (50 vụ).",
        "consistent",
        [50, 45, 10],
    ),
    (
        "change",
        "Năm 2024, toàn huyện xảy ra 45 vụ cháy, nổ, giảm 15% so với năm 2023 (50 vụ).",
        "inconsistent",
        [50, 45, 15],
    ),
    (
        "change",
        "Năm 2024, thị xã có 27 chi bộ đạt “trong sạch, vững mạnh”, tăng 4 chi bộ so với năm 2023 (23 chi bộ).",
        "consistent",
        [23, 27, 4],
    ),
    (
        "change",
        "Năm 2024, thị xã có 27 chi bộ đạt “trong sạch, vững mạnh”, tăng 6 chi bộ so với năm 2023 (23 chi bộ).",
        "inconsistent",
        [23, 27, 6],
    ),
    (
        "change",
        "Số thôn đặc biệt khó khăn giảm từ 31 thôn nay còn 19, tức giảm mười hai thôn.",
        "consistent",
        [31, 19, 12],
    ),
    (
        "change",
        "Số thôn đặc biệt khó khăn giảm từ 31 thôn nay còn 19, tức giảm 14 thôn.",
        "inconsistent",
        [31, 19, 14],
    ),
    (
        "change",
        "Nếu như năm 2019 cả xã còn 312 hộ nghèo thì nay chỉ còn 127 hộ, giảm 185 hộ.",
        "consistent",
        [312, 127, 185],
    ),
    (
        "change",
        "Nếu như năm 2019 cả xã còn 312 hộ nghèo thì nay chỉ còn 127 hộ, giảm 195 hộ.",
        "inconsistent",
        [312, 127, 195],
    ),
    (
        "repeat",
        "Năm 2024, Hội Cựu chiến binh xã kết nạp 42 hội viên mới, chủ yếu là quân nhân xuất ngũ. Tại hội nghị tổng kết, Hội biểu dương các chi hội đã góp phần kết nạp 24 hội viên mới trong năm 2024.",
        "inconsistent",
        [42, 24],
    ),
    (
        "repeat",
        "Năm 2024, Hội Cựu chiến binh xã kết nạp 42 hội viên mới, chủ yếu là quân nhân xuất ngũ. Tại hội nghị tổng kết, Hội biểu dương các chi hội đã góp phần kết nạp 42 hội viên mới trong năm 2024.",
        "consistent",
        [42, 42],
    ),
    (  # "toàn bộ": the whole named again
        "repeat",
        "Thị trấn hiện có 14 tổ dân phố với 2.310 hộ. Năm 2024, Đảng ủy chỉ đạo rà soát toàn bộ 16 tổ dân phố, kịp thời kiện toàn các tổ tự quản.",
        "inconsistent",
        [14, 16],
    ),
    (  # an amount named by the words before it, referred back by "này"
        "repeat",
        "Dự án nhà văn hóa xã được phê duyệt với tổng mức đầu tư 8,6 tỷ đồng từ ngân sách tỉnh. Sau 7 tháng thi công, dự án có tổng mức đầu tư 6,8 tỷ đồng này đã hoàn thành.",
        "inconsistent",
        [8.6e9, 6.8e9],
    ),
    (  # restated in a quoted speech
        "repeat",
        "Năm 2023, huyện hỗ trợ xây mới, sửa chữa 138 căn nhà tình nghĩa. Phát biểu tại lễ bàn giao, đồng chí Bí thư nói: “183 căn nhà tình nghĩa được xây mới, sửa chữa trong năm 2023 là tình cảm của cả cộng đồng”.",
        "inconsistent",
        [138, 183],
    ),
]


# -- round 6: a bracketed year inside a pair, a multiple after it, the drop named by the way out,
# an undated term start, the sole earlier level of the unit, the "nếu … thì" earlier level
CASES += [
    (
        "change",
        "Giá trị sản xuất trên 1 ha canh tác tăng từ 112 triệu đồng (năm 2019) lên 168 triệu đồng (năm 2023), gấp 1,5 lần.",
        "consistent",
        [112e6, 168e6, 1.5],
    ),
    (
        "change",
        "Số lượt khách du lịch tăng từ 24.000 lượt (năm 2021) lên 60.000 lượt (năm 2024), gấp 3,5 lần.",
        "inconsistent",
        [24000, 60000, 3.5],
    ),
    (
        "change",
        "Năm năm qua, xã đã hỗ trợ 64 hộ đồng bào dân tộc thoát nghèo; số hộ nghèo giảm từ 210 hộ (năm 2019) xuống còn 146 hộ.",
        "consistent",
        [210, 146, 64],
    ),
    (
        "change",
        "Đại hội nhiệm kỳ 2020-2025 xác định giảm nghèo bền vững là khâu đột phá. Tỷ lệ hộ nghèo giảm từ 5,1% đầu nhiệm kỳ xuống còn 2,4% cuối năm 2023, bình quân mỗi năm giảm 0,9%.",
        "consistent",
        [5.1, 2.4, 0.9],
    ),
    (
        "change",
        "Hội Cựu chiến binh huyện hiện có 3.412 hội viên. So với đầu nhiệm kỳ (3.150 hội viên), số hội viên tăng 262 hội viên.",
        "consistent",
        [3150, 3412, 262],
    ),
    (
        "change",
        "Hội Nông dân xã hiện có 1.845 hội viên. So với cuối nhiệm kỳ trước (1.700 hội viên), số hội viên tăng 154 hội viên.",
        "inconsistent",
        [1700, 1845, 154],
    ),
    (  # the plan's bracketed level is no candidate: the achieved 46 is the only level
        "change",
        "Xã kết nạp 46 hội viên, đạt 115% kế hoạch (40 hội viên). So với năm 2022 (38 hội viên), số hội viên tăng 9 hội viên.",
        "inconsistent",
        [38, 46, 9],
    ),
    (
        "change",
        "Toàn huyện hiện có 57 hợp tác xã có chi bộ đảng. Nếu như năm 2019 chỉ có 38 hợp tác xã có chi bộ đảng thì đến nay đã tăng 19 hợp tác xã.",
        "consistent",
        [38, 57, 19],
    ),
    (
        "change",
        "Đến nay có 26 trường học có chi bộ độc lập. Nhìn lại, nếu năm 2018 mới có 17 trường học có chi bộ độc lập, thì con số đã tăng 11 trường học.",
        "inconsistent",
        [17, 26, 11],
    ),
    # -- round 7: membership flows with a count of another noun, or a nested breakdown
    (
        "change",
        "Số đảng viên tăng từ 1.520 lên 1.561 đồng chí (kết nạp 60 đảng viên, thành lập mới 2 chi bộ; chuyển đi 12 đồng chí, từ trần 7 đồng chí).",
        "consistent",
        [1520, 1561, 60, 2, 12, 7],
    ),
    (
        "change",
        "Số đảng viên tăng từ 1.520 lên 1.565 đồng chí (kết nạp 60 đảng viên, thành lập mới 2 chi bộ; chuyển đi 12 đồng chí, từ trần 7 đồng chí).",
        "inconsistent",
        [1520, 1565, 60, 2, 12, 7],
    ),
    (
        "change",
        "Số đảng viên giảm từ 980 xuống 975 đồng chí (kết nạp 20, chuyển đến 5; chuyển đi 12, từ trần 10, ra khỏi Đảng 8, gồm xóa tên 6, khai trừ 2).",
        "consistent",
        [980, 975, 20, 5, 12, 10, 8, 6, 2],
    ),
    (
        "change",
        "Số đảng viên giảm từ 980 xuống 971 đồng chí (kết nạp 20, chuyển đến 5; chuyển đi 12, từ trần 10, ra khỏi Đảng 8, gồm xóa tên 6, khai trừ 2).",
        "inconsistent",
        [980, 971, 20, 5, 12, 10, 8, 6, 2],
    ),
    # a yearly average of a total (not per unit too)
    (
        "change",
        "Trong 4 năm, toàn tỉnh trồng mới 12.000 ha rừng, bình quân mỗi năm trồng 2.500 ha.",
        "inconsistent",
        [12000, 4, 2500],
    ),
]

# Near misses of those fits: the figures do not fit, or nothing ties them; no check of the kind
# with these figures may be given (neither a fit nor an alarm: the pairing is only a search).
NOT_FOUND = [
    (  # the table total does not fit: silence, not an alarm
        "change",
        "Các chi hội phát triển nhiều tổ hợp tác:\n\nTên xã Số tổ hợp tác\nXã An Lạc 12\nXã Bình Minh 9\nXã Cẩm Phô 7\nTổng cộng 28\n\nSo với năm 2021 (19 tổ hợp tác), số tổ hợp tác tăng 8 tổ hợp tác.",
        [19, 28, 8],
    ),
    (  # the table counts another noun
        "change",
        "Kết quả hỗ trợ hộ nghèo:\n\nTên xã Số hộ\nXã An Lạc 12\nXã Bình Minh 9\nXã Cẩm Phô 7\nTổng cộng 28\n\nSo với năm 2021 (19 tổ hợp tác), số tổ hợp tác tăng 9 tổ hợp tác.",
        [19, 28, 9],
    ),
    (  # the only amount that fits is the plan
        "change",
        "Kế hoạch được giao là 2,35 tỷ đồng. Trong năm, Hội đã huy động được 2,5 tỷ đồng. Nhiều hội viên đã tích cực ủng hộ. So với năm 2023 (1,9 tỷ đồng), số kinh phí ủng hộ tăng 0,45 tỷ đồng.",
        [1.9e9, 2.35e9, 0.45e9],
    ),
    (  # the subject's words name neither level
        "change",
        "Năm 2022, toàn đảng bộ có 14 chi bộ đạt loại xuất sắc. Năm 2023, có 19 chi bộ hoàn thành tốt nhiệm vụ. Tính chung, so với năm 2022, chi bộ vững mạnh tăng thêm 5 chi bộ.",
        [14, 19, 5],
    ),
    (  # "gấp ba" does not fit 37/11... and 20/11 is under twice: silence
        "change",
        "Năm 2019, toàn tỉnh mới có 11 chi bộ trong hợp tác xã. Đến nay, 20 hợp tác xã đã có chi bộ, tăng hơn gấp ba so với năm 2019.",
        [11, 20, 3],
    ),
    (  # the base is dated another year
        "change",
        "Năm 2018, toàn tỉnh mới có 11 chi bộ trong hợp tác xã. Đến nay, 37 hợp tác xã đã có chi bộ, tăng hơn gấp ba so với năm 2019.",
        [11, 37, 3],
    ),
    (  # the table total counts another noun than the prose count
        "repeat",
        "Đảng bộ xã hiện có 26 chi bộ trực thuộc với 412 đảng viên.\nKết quả hỗ trợ hộ nghèo năm 2024:\n\nTên thôn Số hộ\nThôn 1 15\nThôn 2 9\nThôn 3 2\nTổng cộng 26",
        [26, 26],
    ),
]


SILENT = [
    # round 3 near-misses: a bare pair with no stated change ("trong đó" names a part)
    "Toàn huyện có 140 tổ hòa giải. Số tổ hoạt động yếu giảm từ 19 xuống 7, trong đó giảm 3 tổ ở thị trấn.",
    # a cause that does not cover the whole change: other movements may exist
    "Số tổ hợp tác tăng từ 52 lên 61 tổ hợp tác do thành lập mới 8 tổ hợp tác.",
    # only entries listed: exits may be left out
    "Tổng số hội viên tăng từ 1.240 lên 1.296 hội viên (kết nạp 75, chuyển đến 12 hội viên).",
    # a multiple against a base found by search, not stated in the clause
    "Năm 2020 có 30 hợp tác xã. Đến nay có 47 hợp tác xã, tăng gần gấp đôi so với năm 2020.",
    # what is left now against a dated earlier count: another moment
    "Năm 2022 toàn huyện có 16 thôn chưa có nhà văn hóa. Hiện toàn huyện còn 14 thôn chưa có nhà văn hóa.",
    # a result of another period
    "Sau ba năm, toàn tỉnh đã có 1.420 hộ thoát nghèo bền vững. Các đoàn thể hỗ trợ 350 hộ. Cần giữ vững thành quả 1.402 hộ thoát nghèo bền vững của giai đoạn 2016-2020.",
    # another subject between the current level and the comparison: no certain pairing
    "Thu ngân sách đạt 52,5 tỷ đồng, chi thường xuyên tăng 20% so với năm trước (46,9 tỷ đồng).",
    # two counts of the unit before the comparison: which one changed is not told
    "Kết nạp 96 hội viên, trong đó 40 hội viên nữ, tăng 14 hội viên so với năm 2023 (85 hội viên).",
    # the bracket after the change carries no moment label: it may be the current level
    "Xảy ra 14 vụ cháy, so với cùng kỳ giảm 4 vụ (18 vụ).",
    # merged into existing units: the drop is not the difference of the two counts
    "Năm 2023 sáp nhập 6 thôn vào 4 thôn lân cận, giảm 6 thôn.",
    # two earlier counts of the words referred to: which one is meant is not told
    "Quý I tổ chức 20 lớp bồi dưỡng chính trị. Quý II tổ chức 24 lớp bồi dưỡng chính trị. Qua 26 lớp bồi dưỡng chính trị nói trên, học viên nắm vững nội dung.",
    # a referred count of other words
    "Năm qua tổ chức 35 buổi tiếp xúc cử tri. Qua 30 buổi đối thoại nói trên, nhiều ý kiến được giải quyết.",
    # a summary naming another moment, a wider place, or the opposite change: another scope
    "Các hợp tác xã hiện có 58 đảng viên đang làm việc trong hợp tác xã kiểu mới. Như vậy, đến năm 2026 phấn đấu có 62 đảng viên đang làm việc trong hợp tác xã kiểu mới.",
    "Các hợp tác xã hiện có 58 đảng viên đang làm việc trong hợp tác xã kiểu mới. Như vậy, toàn tỉnh có 61 đảng viên đang làm việc trong hợp tác xã kiểu mới.",
    "Số cán bộ khối chính quyền xã giảm từ 164 người xuống còn 148 người, giảm 16 người. Tóm lại, sau hai năm đã tăng 17 cán bộ khối chính quyền xã.",
    # the words of another group: "hộ nghèo" is not "hộ cận nghèo"
    "Đầu năm toàn xã có 96 hộ cận nghèo; đến nay giảm còn 71 hộ. Năm tới, tiếp tục hỗ trợ cho 74 hộ nghèo còn lại.",
    # another activity on the same unit, and a value too far off to be a slip
    "Thanh tra huyện đã thanh tra công vụ tại 27 cơ quan, đơn vị. Qua kiểm tra nội bộ 29 cơ quan, đơn vị, nhiều sai sót được chấn chỉnh.",
    "Thanh tra huyện đã thanh tra công vụ tại 27 cơ quan, đơn vị. Qua thanh tra công vụ 40 cơ quan, đơn vị, nhiều sai sót được chấn chỉnh.",
    # a part of the thing referred to ("trong số đó") is not the thing
    "Huyện có 58 đảng viên đang làm việc trong hợp tác xã; trong số đó, 57 đảng viên đang làm việc trong hợp tác xã nông nghiệp. Như vậy, đã có 59 đảng viên đang làm việc trong hợp tác xã nông nghiệp.",
    # round 5 near-misses: a level reached against a dated earlier count; a plan and its result;
    # a subset; two earlier counts competing; breakdown items of two years; a level against its verb
    "Năm 2022, xã có 120 hộ nghèo. Năm 2023, xã có 110 hộ nghèo, giảm mạnh so với trước.",
    "Huyện giao chỉ tiêu kết nạp 40 đảng viên mới. Kết quả, các chi bộ đã kết nạp 46 đảng viên mới, đạt 115% chỉ tiêu.",
    "Xã hiện có 420 đảng viên. Trong năm, có 380 đảng viên nữ tham gia sinh hoạt đều đặn.",
    "Chi bộ thôn Đông có 35 đảng viên cao tuổi. Chi bộ thôn Tây có 38 đảng viên cao tuổi. Cả 36 đảng viên cao tuổi đều được tặng quà.",
    "Năm 2022 dự xếp loại 412 đồng chí, trong đó hoàn thành nhiệm vụ có 41 đồng chí. Năm 2023 dự xếp loại 437 đồng chí, trong đó hoàn thành nhiệm vụ có 34 đồng chí.",
    "Nếu như năm 2019 cả xã có 312 hộ nghèo thì nay lên 327 hộ, giảm 15 hộ.",
    "Hội Nông dân xã có 1.250 hội viên. Đến cuối năm 2024, cả 1.320 hội viên đã tham gia bảo hiểm y tế.",
    "Phường đã lắp đặt 52 camera an ninh ở các tuyến phố. Kế hoạch đặt ra là 60 camera an ninh trong năm.",
    "Tên tổ | Số hộ | Hộ nghèo\nTổ 1 | 1.150 | 38\nTổ 2 | 1.040 | 31\nTổ 3 | 960 | 29",
    # two earlier levels of the unit compete: which one is "now" is not certain
    "Hội có 2.410 hội viên, trong đó 830 hội viên là nông dân. So với đầu nhiệm kỳ (2.300 hội viên), số hội viên tăng 150 hội viên.",
    "Năm 2023 thành phố có 44 doanh nghiệp có công đoàn; năm 2024 có 52 doanh nghiệp có công đoàn. Nếu như năm 2020 chỉ có 30 doanh nghiệp có công đoàn thì nay đã tăng 25 doanh nghiệp.",
    # "gấp 2,5 lần" for 2,56: cut, not rounded, never an alarm
    "Sản lượng tăng từ 1.250 tấn (năm 2019) lên 3.200 tấn (năm 2024), gấp 2,5 lần.",
    # the only earlier level is dated: it need not be the current one
    "Năm 2021 Hội có 2.100 hội viên. So với năm 2020 (2.000 hội viên), số hội viên tăng 150 hội viên.",
    # -- round 7: flows of part of the period only
    "Từ đầu nhiệm kỳ, số đảng viên tăng từ 1.520 lên 1.610 đồng chí (trong đó năm 2024 kết nạp 42 đồng chí, chuyển đi 9 đồng chí).",
    # an average per year and per unit: not the total over the years
    "Trong 4 năm, toàn tỉnh trồng mới 12.000 ha rừng, bình quân mỗi năm mỗi huyện trồng 300 ha.",
    "Giai đoạn 2021 - 2023, trong 3 năm toàn tỉnh kết nạp 6.300 đảng viên, bình quân mỗi năm mỗi đảng bộ huyện kết nạp 210 đảng viên.",
]


def test_checker_change_repeat_cases_relative_rise_is_explained() -> None:
    """ "từ 60% lên 69%, tăng 15%": 15% is the relative rise (9/60), and the why says so."""
    got = [
        c
        for c in checks_of("Tỷ lệ lao động qua đào tạo tăng từ 60% lên 69%, tăng 15%.")
        if c.kind == "change"
    ]
    assert [c.verdict for c in got] == ["consistent"], [(c.verdict, c.why) for c in got]
    assert "9/60" in got[0].why, got[0].why


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a))


@pytest.mark.parametrize(("kind", "text", "verdict", "figures"), CASES)
def test_checker_change_repeat_cases_verdicts(
    kind: str, text: str, verdict: str, figures: list[float]
) -> None:
    got = checks_of(text)
    mine = [
        c
        for c in got
        if c.kind == kind
        and c.verdict == verdict
        and len(c.figures) == len(figures)
        and all(_close(a, b) for a, b in zip(sorted(c.figures), sorted(figures), strict=True))
    ]
    assert mine, [(c.kind, c.verdict, c.figures, c.why) for c in got]
    if verdict != "inconsistent":
        bad = [(c.kind, c.why) for c in got if c.verdict == "inconsistent"]
        assert bad == []


@pytest.mark.parametrize("text", SILENT)
def test_checker_change_repeat_cases_silent(text: str) -> None:
    bad = [(c.kind, c.why) for c in checks_of(text) if c.verdict == "inconsistent"]
    assert bad == []


@pytest.mark.parametrize(("kind", "text", "figures"), NOT_FOUND)
def test_checker_change_repeat_cases_not_found(kind: str, text: str, figures: list[float]) -> None:
    got = checks_of(text)
    hits = [
        (c.verdict, c.why)
        for c in got
        if c.kind == kind
        and len(c.figures) == len(figures)
        and all(_close(a, b) for a, b in zip(sorted(c.figures), sorted(figures), strict=True))
    ]
    assert hits == []
    assert [c.why for c in got if c.verdict == "inconsistent"] == []
