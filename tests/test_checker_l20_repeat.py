"""repeat: a count of the body restated in the report's general assessment ("III. ĐÁNH GIÁ
CHUNG", "4. Đánh giá chung"), told when the two differ as a typing slip does.

Each row of CASES is (report, verdict the repeat check must give, figures it must use); rows
of SILENT must raise no repeat inconsistency (another set named by the next word, a plan in the
assessment, a difference no slip makes, a year on one side only, a heading that assesses one
topic, a compared level of the body). The passages are our own wording.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def checks_of(text: str) -> list[Check]:
    return process_text(text, options=_OPTS).checks


def _repeats(text: str) -> list[Check]:
    return [c for c in checks_of(text) if c.kind == "repeat"]


CASES = [
    (  # a Roman heading, one digit off
        "I. KẾT QUẢ THỰC HIỆN\n\n"
        "Hội Cựu chiến binh huyện đã vận động xây mới, sửa chữa 64 căn nhà nhân ái cho hội viên "
        "có hoàn cảnh khó khăn. Các chi hội duy trì sinh hoạt đều đặn.\n\n"
        "II. ĐÁNH GIÁ CHUNG\n\n"
        "Hoạt động của Hội có nhiều chuyển biến; Hội đã trao 62 căn nhà nhân ái cho hội viên, "
        "góp phần ổn định đời sống.\n",
        "unverifiable",
        [64, 62],
    ),
    (  # an Arabic heading, two digits swapped
        "2. Công tác ủy thác vốn vay\n\n"
        "Hội quản lý 96 tổ tiết kiệm, tổng dư nợ 152,6 tỷ đồng với 3.472 hộ vay; nợ quá hạn "
        "chiếm 0,2%.\n\n"
        "4. Đánh giá chung\n\n"
        "Nguồn vốn ủy thác được sử dụng đúng mục đích, giúp 3.427 hộ vay vốn làm ăn, cải thiện "
        "thu nhập.\n",
        "unverifiable",
        [3472, 3427],
    ),
    (  # a heading that goes on to the tasks, the count said after a colon
        "II. KẾT QUẢ CÔNG TÁC DÂN VẬN\n\n"
        "Các cấp, các ngành đã xây dựng 137 mô hình kinh tế tập thể gắn với phong trào thi đua. "
        "Nhiều mô hình cho thu nhập ổn định.\n\n"
        "III. ĐÁNH GIÁ CHUNG VÀ NHIỆM VỤ NĂM 2025\n\n"
        "Ưu điểm: phong trào thi đua lan tỏa rộng, nổi bật là 139 mô hình kinh tế tập thể hoạt "
        "động hiệu quả.\n",
        "unverifiable",
        [137, 139],
    ),
    (  # a "PHẦN" heading, two digits swapped
        "PHẦN I. KẾT QUẢ\n\nHội Nông dân các cấp giúp xây dựng 245 mô hình kinh tế hộ gia đình.\n\n"
        "PHẦN II. ĐÁNH GIÁ CHUNG\n\nPhong trào nông dân sản xuất giỏi phát triển; Hội đã hỗ trợ "
        "254 mô hình kinh tế hộ.\n",
        "unverifiable",
        [245, 254],
    ),
]


@pytest.mark.parametrize(("text", "verdict", "figures"), CASES)
def test_checker_repeat_assessment_restated(text: str, verdict: str, figures: list[float]) -> None:
    got = [c for c in _repeats(text) if c.verdict == verdict]
    assert any(c.figures == figures for c in got), [(c.verdict, c.figures, c.why) for c in got]


SILENT = [
    # the section ends at the next "PHẦN" heading: the tasks are not the assessment
    "PHẦN I. KẾT QUẢ\n\nHội Nông dân các cấp giúp xây dựng 245 mô hình kinh tế hộ gia đình.\n\n"
    "PHẦN II. ĐÁNH GIÁ CHUNG\n\nPhong trào nông dân sản xuất giỏi phát triển.\n\n"
    "PHẦN III. PHƯƠNG HƯỚNG NĂM 2025\n\nHỗ trợ 254 mô hình kinh tế hộ.\n",
    # another set: the word after the noun differs
    "II. KẾT QUẢ\n\nCác cấp đã xây dựng 137 mô hình kinh tế tập thể.\n\n"
    "III. ĐÁNH GIÁ CHUNG\n\nNổi bật là 139 mô hình dân vận khéo được nhân rộng.\n",
    # a plan said in the assessment section
    "II. KẾT QUẢ\n\nCác cấp đã xây dựng 137 mô hình kinh tế tập thể.\n\n"
    "III. ĐÁNH GIÁ CHUNG VÀ NHIỆM VỤ NĂM 2025\n\n"
    "Năm 2025, phấn đấu xây dựng 139 mô hình kinh tế tập thể.\n",
    # a difference no typing slip gives
    "I. KẾT QUẢ\n\nHội đã xây mới, sửa chữa 64 căn nhà nhân ái cho hội viên.\n\n"
    "II. ĐÁNH GIÁ CHUNG\n\nHội đã trao 57 căn nhà nhân ái cho hội viên khó khăn.\n",
    # a year named on the body's side only: another period
    "I. KẾT QUẢ\n\nNăm 2023, Hội đã xây mới 64 căn nhà nhân ái cho hội viên.\n\n"
    "II. ĐÁNH GIÁ CHUNG\n\nHội đã trao 62 căn nhà nhân ái cho hội viên khó khăn.\n",
    # a heading that assesses one topic reports its own figures
    "I. KẾT QUẢ\n\nHội đã xây mới 64 căn nhà nhân ái cho hội viên.\n\n"
    "3. Đánh giá, xếp loại chất lượng\n\nCác chi hội đã bàn giao 62 căn nhà nhân ái cho hội viên.\n",
    # the body's count is the level of a comparison, not this year's
    "I. KẾT QUẢ\n\nHội đã xây mới 71 căn nhà nhân ái, tăng 7 căn so với năm trước (64 căn nhà "
    "nhân ái).\n\nII. ĐÁNH GIÁ CHUNG\n\nHội đã trao 62 căn nhà nhân ái cho hội viên.\n",
]


@pytest.mark.parametrize("text", SILENT)
def test_checker_repeat_assessment_silent(text: str) -> None:
    bad = [c for c in _repeats(text) if c.verdict == "inconsistent"]
    assert not bad, [(c.figures, c.why) for c in bad]


# -- a percent just stated, then reached by a change: the end of the change is the same share
PERCENT_ENDS = [
    (
        "Toàn xã còn 58 hộ nghèo, chiếm 3,26% tổng số hộ; tỷ lệ hộ nghèo giảm từ 4,15% xuống "
        "còn 3,26%, giảm 0,89 điểm phần trăm.",
        [3.26, 3.26],
    ),
    (
        "Đảng bộ có 583 đảng viên; đảng viên nữ có 212 đồng chí, chiếm 36,4%. Tỷ lệ này tăng từ "
        "33,8% (năm 2020) lên 36,4%.",
        [36.4, 36.4],
    ),
    (
        "Tỷ lệ che phủ rừng của huyện đạt 47,2%. So với đầu nhiệm kỳ, chỉ số này đã tăng từ "
        "44,5% lên 47,2%, vượt mục tiêu Nghị quyết.",
        [47.2, 47.2],
    ),
]


@pytest.mark.parametrize(("text", "figures"), PERCENT_ENDS)
def test_checker_repeat_percent_end_restated(text: str, figures: list[float]) -> None:
    got = [(c.verdict, c.figures) for c in _repeats(text)]
    assert ("consistent", figures) in got, got


PERCENT_ENDS_SILENT = [
    # the end of one change is no share stated before the next one's
    (
        "Tỷ lệ hộ nghèo giảm từ 4,15% xuống 3,26%; tỷ lệ hộ cận nghèo giảm từ 5,02% xuống 3,26%.",
        3.26,
    ),
    # the share is stated far back: another passage, maybe another set
    (
        "Đảng viên nữ có 212 đồng chí, chiếm 36,4%. Chi bộ duy trì sinh hoạt đều đặn. Các đoàn "
        "thể hoạt động nền nếp. Công tác kiểm tra được tăng cường. Phong trào thi đua sôi nổi. "
        "Tỷ lệ hội viên phụ nữ tham gia tổ vay vốn tăng từ 33,8% lên 36,4%.",
        36.4,
    ),
    # another value reached: no restatement
    (
        "Toàn xã còn 58 hộ nghèo, chiếm 3,26% tổng số hộ; tỷ lệ hộ nghèo giảm từ 4,15% xuống "
        "còn 3,62%.",
        3.26,
    ),
]


@pytest.mark.parametrize(("text", "value"), PERCENT_ENDS_SILENT)
def test_checker_repeat_percent_end_silent(text: str, value: float) -> None:
    bad = [c for c in _repeats(text) if value in c.figures]
    assert not bad, [(c.verdict, c.figures, c.why) for c in bad]


# -- a rate named again by its words ("tỷ lệ X đạt P%"), every word of X in the earlier sentence
RATES = [
    (
        "Toàn huyện có 18.420 hộ dùng nước sạch, tỷ lệ hộ dùng nước sạch đạt 91,7%. Công tác vệ "
        "sinh môi trường có chuyển biến. Nhìn chung, tỷ lệ hộ dùng nước sạch đạt 91,7%, vượt "
        "chỉ tiêu.",
        [91.7, 91.7],
    ),
    (
        "Có 1.204/1.380 đoàn viên được xếp loại khá trở lên, chiếm 87,2%. Các chi đoàn sinh hoạt "
        "đều đặn. Tỷ lệ đoàn viên xếp loại khá trở lên đạt 87,2%, cao hơn năm trước.",
        [87.2, 87.2],
    ),
    (
        "Đã thu hồi 12,4 tỷ đồng tài sản tham nhũng, đạt 41,6%. Công tác phòng ngừa được chú "
        "trọng. Tuy vậy, tỷ lệ thu hồi tài sản tham nhũng mới đạt 41,6%.",
        [41.6, 41.6],
    ),
]


@pytest.mark.parametrize(("text", "figures"), RATES)
def test_checker_repeat_rate_named_again(text: str, figures: list[float]) -> None:
    got = [(c.verdict, c.figures) for c in _repeats(text)]
    assert ("consistent", figures) in got, got


RATES_SILENT = [
    # another rate with the same value
    "Tỷ lệ hộ dùng nước sạch đạt 91,7%. Công tác giáo dục có chuyển biến. Tỷ lệ trẻ em 5 tuổi "
    "đến trường đạt 91,7%.",
    # a word of the later rate ("cận") the earlier sentence lacks: another group
    "Hộ nghèo toàn xã còn 96 hộ (4,5%). Các chính sách được thực hiện đầy đủ. Tỷ lệ hộ cận "
    "nghèo là 4,5%.",
]


@pytest.mark.parametrize("text", RATES_SILENT)
def test_checker_repeat_rate_named_again_silent(text: str) -> None:
    bad = [c for c in _repeats(text) if len(c.figures) == 2 and c.figures[0] == c.figures[1]]
    assert not bad, [(c.verdict, c.figures, c.why) for c in bad]


# -- a bare count of a members' flow list restating the count its verb took with the noun
FLOWS = [
    (
        "Năm 2024, Đảng bộ kết nạp 64 đảng viên mới, đạt 106,7% chỉ tiêu. Đầu năm Đảng bộ có 812 "
        "đảng viên; trong năm kết nạp 64, chuyển đến 5, từ trần 7, chuyển đi 3.",
        [64, 64],
    ),
    (
        "Trong năm, các cơ sở Hội kết nạp được 238 hội viên. Số hội viên tăng từ 4.105 lên "
        "4.296 (tăng do kết nạp 238; giảm do từ trần 31, chuyển đi 16).",
        [238, 238],
    ),
    (
        "Huyện đoàn đã kết nạp 415 đoàn viên mới. Biến động đoàn viên: kết nạp mới 415, trưởng "
        "thành 120, chuyển đi 38.",
        [415, 415],
    ),
]


@pytest.mark.parametrize(("text", "figures"), FLOWS)
def test_checker_repeat_flow_count_restated(text: str, figures: list[float]) -> None:
    got = [(c.verdict, c.figures) for c in _repeats(text)]
    assert ("consistent", figures) in got, got


FLOWS_SILENT = [
    # another value in the list: maybe another span, never told as a fit
    (
        "Năm 2024, Đảng bộ kết nạp 64 đảng viên mới. Đầu năm có 812 đảng viên; trong năm kết nạp "
        "46, chuyển đến 5, từ trần 7.",
        46,
    ),
    # a bare count after the verb with no flow list around it
    (
        "Năm 2024, Đảng bộ kết nạp 64 đảng viên mới. Các chi bộ cơ sở đã kết nạp 64, đạt chỉ "
        "tiêu đề ra.",
        64,
    ),
    # the earlier count is a span of years, not the year's
    (
        "Từ năm 2021 đến nay, Đảng bộ kết nạp 212 đảng viên. Đầu năm 2024 có 812 đảng viên; "
        "trong năm kết nạp 212, chuyển đến 5, từ trần 7.",
        212,
    ),
]


@pytest.mark.parametrize(("text", "value"), FLOWS_SILENT)
def test_checker_repeat_flow_count_silent(text: str, value: float) -> None:
    bad = [c for c in _repeats(text) if c.figures == [value, value] or value in c.figures[1:]]
    assert not bad, [(c.verdict, c.figures, c.why) for c in bad]


# -- a set named back to break it down ("Trong N X, có …") and the earlier count of it
AMONG = [
    (
        "Xã có 8 thôn với 2.140 hộ. Năm qua, các thôn đẩy mạnh phong trào thi đua. Trong 8 thôn, "
        "có 6 thôn đạt chuẩn văn hóa.",
        [8, 8],
    ),
    (
        "Ủy ban Kiểm tra kiểm tra 15 đảng viên khi có dấu hiệu vi phạm. Kết luận 7 đảng viên có vi "
        "phạm; trong số 7 đảng viên vi phạm, 4 đồng chí phải thi hành kỷ luật.",
        [7, 7],
    ),
    (
        "Phường có 6 khu phố, 1.930 hộ dân. Công tác hòa giải được chú trọng. Trong tổng số 6 khu "
        "phố có 5 khu phố đạt danh hiệu văn hóa.",
        [6, 6],
    ),
]


@pytest.mark.parametrize(("text", "figures"), AMONG)
def test_checker_repeat_among_equal(text: str, figures: list[float]) -> None:
    got = [(c.verdict, c.figures) for c in _repeats(text)]
    assert ("consistent", figures) in got, got


AMONG_SILENT = [
    # another value: another set, maybe
    ("Xã có 9 thôn với 2.140 hộ. Trong 8 thôn, có 6 thôn đạt chuẩn văn hóa.", 8),
    # the earlier count is a change, not a set
    ("Số thôn đạt chuẩn văn hóa tăng 8 thôn. Trong 8 thôn, có 6 thôn có nhà văn hóa mới.", 8),
    # a span of time, not a set
    ("Kế hoạch đề ra trong 6 tháng. Trong 6 tháng đầu năm, có 12 hộ thoát nghèo.", 6),
]


@pytest.mark.parametrize(("text", "value"), AMONG_SILENT)
def test_checker_repeat_among_equal_silent(text: str, value: float) -> None:
    bad = [c for c in _repeats(text) if value in c.figures]
    assert not bad, [(c.verdict, c.figures, c.why) for c in bad]


# -- a shortfall restated among the shortcomings ("vẫn còn N X <grade>") and its earlier count
SHORTFALLS = [
    (
        "Xếp loại chi hội năm 2024: 21 chi hội vững mạnh, 3 chi hội khá, 2 chi hội yếu. Công tác "
        "hội phí được duy trì. Tuy nhiên, vẫn còn 2 chi hội xếp loại yếu ở vùng giáo.",
        [2, 2],
    ),
    (
        "Kết quả đánh giá: 38 tổ chức hoàn thành tốt nhiệm vụ, 5 tổ chức hoàn thành nhiệm vụ và "
        "3 tổ chức không hoàn thành nhiệm vụ.\n\nIII. HẠN CHẾ\n\nCòn 3 tổ chức cơ sở đảng không "
        "hoàn thành nhiệm vụ, chủ yếu ở khối doanh nghiệp.",
        [3, 3],
    ),
    (
        "Toàn huyện có 46 thôn, bản; đã có 42 thôn có chi bộ riêng, 4 thôn chưa có chi bộ riêng. "
        "Các xã tiếp tục tạo nguồn; hạn chế: còn 4 thôn chưa có chi bộ riêng do chưa đủ đảng viên.",
        [4, 4],
    ),
]


@pytest.mark.parametrize(("text", "figures"), SHORTFALLS)
def test_checker_repeat_shortfall_restated(text: str, figures: list[float]) -> None:
    got = [(c.verdict, c.figures) for c in _repeats(text)]
    assert ("consistent", figures) in got, got


SHORTFALLS_SILENT = [
    # another kind of unit named by the same grade
    (
        "Xếp loại: 21 chi hội vững mạnh, 3 chi hội khá, 2 chi hội yếu. Tuy nhiên, vẫn còn 2 tổ "
        "phụ nữ xếp loại yếu.",
        2,
    ),
    # another year named on the earlier side
    (
        "Năm 2023, Hội có 2 chi hội yếu. Năm 2024, Hội tập trung củng cố; vẫn còn 2 chi hội xếp "
        "loại yếu.",
        2,
    ),
    # another grade
    (
        "Xếp loại: 21 chi hội vững mạnh, 2 chi hội trung bình, 1 chi hội yếu. Tuy nhiên, vẫn còn "
        "2 chi hội xếp loại yếu.",
        2,
    ),
]


@pytest.mark.parametrize(("text", "value"), SHORTFALLS_SILENT)
def test_checker_repeat_shortfall_silent(text: str, value: float) -> None:
    bad = [c for c in _repeats(text) if c.figures == [value, value]]
    assert not bad, [(c.verdict, c.figures, c.why) for c in bad]
