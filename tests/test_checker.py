"""The cross-checker: tables of short report passages (written by us) -> verdicts.

Unit tests build mentions with a tiny regex figure finder below (test-only), so they
do not depend on the figures extractor; end-to-end tests run ``process_text`` and skip
while that extractor yields nothing.
"""

from __future__ import annotations

import json
import re

import pytest

from vnreport_miner.checker import check_document, summarise
from vnreport_miner.checker.context import unit_info
from vnreport_miner.checker.templates import TEMPLATES, fmt
from vnreport_miner.checker.tolerance import grim, judge_percent, round_half_up, truncate
from vnreport_miner.records import Check, Document, Mention

# ------------------------------------------------------------------ test-only figure finder
UNITS = sorted(
    [
        "xã, phường, thị trấn", "xã, thị trấn", "xã", "phường", "thị trấn", "huyện", "thị xã",
        "thành phố", "chi bộ cơ sở", "chi bộ", "đảng bộ cấp huyện", "đảng bộ", "tổ chức cơ sở đảng",
        "đảng viên", "đồng chí", "lượt cán bộ", "cán bộ", "người", "thôn, bản", "thôn", "bản",
        "trường học", "hộ", "tuổi", "năm", "mô hình dân vận khéo", "nghị quyết", "quần chúng",
        "thôn, tổ dân phố", "tổ dân phố", "thôn, bản", "trường hợp", "tổ chức", "triệu đồng",
    ],
    key=len,
    reverse=True,
)  # fmt: skip
_U = "|".join(re.escape(u) for u in UNITS)
_N = r"\d{1,3}(?:\.\d{3})+|\d+"
_RATIO = re.compile(rf"(?P<a>{_N})/(?P<b>{_N})(?:\s+(?P<u>{_U})\b)?")
_FIG = re.compile(
    rf"(?:(?P<q>gần|khoảng|trên|hơn|dưới)\s+)?(?P<n>{_N})(?:,(?P<d>\d+))?(?:(?P<pct>%)|\s+(?P<u>{_U})\b)?"
)
_QUAL = {
    None: "exact",
    "gần": "approx",
    "khoảng": "approx",
    "trên": "min",
    "hơn": "min",
    "dưới": "max",
}
_SENT = re.compile(r"(?:[^\n.]|\.(?=\S))+\.?")


def _num(s: str) -> int:
    return int(s.replace(".", ""))


def make_doc(text: str) -> Document:
    """A Document with sentences and figure mentions found by the regexes above."""
    mentions: list[Mention] = []
    taken = [False] * len(text)
    for m in _RATIO.finditer(text):
        attrs = {"numerator": _num(m["a"]), "denominator": _num(m["b"]), "unit": m["u"]}
        mentions.append(Mention("ratio", m.start(), m.end(), m.group(), "test", attrs))
        taken[m.start() : m.end()] = [True] * (m.end() - m.start())
    for m in _FIG.finditer(text):
        s, e = m.start(), m.end()
        if taken[s] or (len(m["n"]) == 4 and m["n"][:2] in ("19", "20") and not m["pct"]):
            continue  # inside a fraction, or a year
        if text[s - 1 : s] == "(" and text[e : e + 1] == ")" and not (m["pct"] or m["u"]):
            continue  # footnote marker "(1)"
        value: float = _num(m["n"]) + (float("0." + m["d"]) if m["d"] else 0)
        qual = _QUAL[m["q"]]
        if m["pct"]:
            attrs = {"value": value, "qualifier": qual, "low": None, "high": None}
            mentions.append(Mention("percent", s, e, m.group(), "test", attrs))
        else:
            attrs = {"value": value, "unit": m["u"], "qualifier": qual}
            mentions.append(Mention("quantity", s, e, m.group(), "test", attrs))
    mentions.sort(key=lambda x: x.start)
    for i, x in enumerate(mentions):
        x.id = f"t:m{i}"
    sentences = [
        (m.start() + len(m.group()) - len(m.group().lstrip()), m.end())
        for m in _SENT.finditer(text)
        if m.group().strip()
    ]
    return Document(path="t.txt", doc_id="t", text=text, sentences=sentences, mentions=mentions)


def checks_of(text: str, kind: str | None = None) -> list[Check]:
    return [c for c in check_document(make_doc(text)) if kind is None or c.kind == kind]


def verdicts(text: str, kind: str) -> list[str]:
    return [c.verdict for c in checks_of(text, kind)]


# ------------------------------------------------------------------ passages -> verdict
# (kind, passage, expected verdict). Planted errors and correct figures, every kind.
CASES = [
    # ratio_percent
    ("ratio_percent", "Toàn huyện có 45/50 chi bộ đạt trong sạch vững mạnh (chiếm 90%).", "consistent"),
    ("ratio_percent", "Toàn huyện có 45/50 chi bộ đạt trong sạch vững mạnh, chiếm 95%.", "inconsistent"),
    ("ratio_percent", "Đến nay đã có 212/230 thôn có chi bộ (chiếm 92,2%).", "consistent"),
    ("ratio_percent", "Đến nay đã có 212/230 thôn có chi bộ (chiếm 93,2%).", "inconsistent"),
    ("ratio_percent", "Số chi bộ yếu kém chiếm 1,2% (3/250 chi bộ).", "consistent"),
    ("ratio_percent", "Số chi bộ yếu kém chiếm 2,5% (3/250 chi bộ).", "inconsistent"),
    ("ratio_percent", "Có 18 trong tổng số 20 xã đạt chuẩn, đạt 90%.", "consistent"),
    ("ratio_percent", "Có 18 trong tổng số 20 xã đạt chuẩn, đạt 80%.", "inconsistent"),
    ("ratio_percent", "Đã có 119/150 đảng viên tham gia, chiếm gần 80%.", "consistent"),
    ("ratio_percent", "Đã có 100/150 đảng viên tham gia, chiếm trên 80%.", "inconsistent"),
    ("ratio_percent", "Năm qua chỉ còn 7/2.150 chi bộ xếp loại yếu kém, chiếm 0,33%.", "consistent"),
    # part_whole: brackets right after the total
    ("part_whole", "Huyện có 18 xã, thị trấn (16 xã, 3 thị trấn).", "inconsistent"),
    ("part_whole", "Huyện có 19 xã, thị trấn (16 xã, 3 thị trấn).", "consistent"),
    ("part_whole", "Đảng bộ có 52 chi bộ (20 chi bộ cơ sở và 32 chi bộ trực thuộc).", "consistent"),
    ("part_whole", "Đảng bộ có 52 chi bộ (20 chi bộ cơ sở và 30 chi bộ trực thuộc).", "inconsistent"),
    ("part_whole", "Toàn tỉnh có 60 tổ chức cơ sở đảng (25 đảng bộ, 35 chi bộ cơ sở).", "consistent"),
    ("part_whole", "Toàn tỉnh có 61 tổ chức cơ sở đảng (25 đảng bộ, 35 chi bộ cơ sở).", "inconsistent"),
    # part_whole: "trong đó:" / "gồm" lists, graded members with the classifier "đồng chí"
    ("part_whole", "Đảng bộ xã có 15 chi bộ với 420 đảng viên, trong đó: 10 chi bộ thôn, 3 chi bộ trường học và 1 chi bộ quân sự.", "inconsistent"),
    ("part_whole", "Đảng bộ xã có 14 chi bộ với 420 đảng viên, trong đó: 10 chi bộ thôn, 3 chi bộ trường học và 1 chi bộ quân sự.", "consistent"),
    ("part_whole", "Năm 2022 có 300 đồng chí được xếp loại, trong đó: hoàn thành xuất sắc nhiệm vụ có 40 đồng chí, hoàn thành tốt nhiệm vụ có 250 đồng chí, hoàn thành nhiệm vụ có 20 đồng chí.", "inconsistent"),
    ("part_whole", "Năm 2022 có 300 đồng chí được xếp loại, trong đó: hoàn thành xuất sắc nhiệm vụ có 40 đồng chí, hoàn thành tốt nhiệm vụ có 250 đồng chí, hoàn thành nhiệm vụ có 10 đồng chí, không có đảng viên vi phạm.", "consistent"),
    ("part_whole", "Thị xã có 12 đơn vị, gồm 8 phường và 4 xã.", None),  # "đơn vị" is no known family: silence
    ("part_whole", "Thành phố có 16 xã, phường gồm 9 phường và 6 xã.", "inconsistent"),
    # part_whole: a footnote breaks the total down
    ("part_whole", "Đảng bộ tỉnh có 12 đảng bộ trực thuộc(1), với hơn 30.000 đảng viên.\n(1) Có 8 đảng bộ cấp huyện; 4 đảng bộ khối.", "consistent"),
    # part_whole: parts and total stated apart (consistent only)
    ("part_whole", "Tỉnh có 90 xã, 8 phường và 6 thị trấn. Toàn bộ 104 xã, phường, thị trấn đều có chi bộ quân sự.", "consistent"),
    ("part_whole", "Tỉnh có 7 huyện, 1 thị xã và 1 thành phố. Tỉnh ủy có 9 đảng bộ cấp huyện.", "consistent"),
    ("part_whole", "Đảng bộ có 24 chi bộ. Năm 2021, có 20 chi bộ hoàn thành tốt nhiệm vụ, 4 chi bộ hoàn thành nhiệm vụ.", "consistent"),
    # share
    ("share", "Dân số toàn tỉnh là 500.000 người. Đảng bộ có 25.000 đảng viên, chiếm tỷ lệ 5% so với dân số toàn tỉnh.", "consistent"),
    ("share", "Dân số toàn tỉnh là 500.000 người. Đảng bộ có 25.000 đảng viên, chiếm tỷ lệ 6% so với dân số toàn tỉnh.", "inconsistent"),
    ("share", "Dân số toàn tỉnh là 500.000 người. Đảng bộ có 25.000 đảng viên, chiếm trên 4,9% so với dân số.", "consistent"),
    ("share", "Toàn tỉnh kết nạp được 2.000 đảng viên; trong đó khối xã kết nạp được 1.500 đảng viên, chiếm 75%.", "consistent"),
    ("share", "Toàn tỉnh kết nạp được 2.000 đảng viên; trong đó khối xã kết nạp được 1.500 đảng viên, chiếm 70%.", "inconsistent"),
    ("share", "Toàn tỉnh kết nạp được 2.000 đảng viên; trong đó khối xã kết nạp được 1.510 đảng viên, chiếm gần 76%.", "consistent"),
    # target
    ("target", "Nghị quyết nhiệm kỳ 2020-2025 đề ra chỉ tiêu hằng năm kết nạp 100 đảng viên. Cả nhiệm kỳ, Đảng bộ kết nạp được 450 đảng viên, đạt 90% chỉ tiêu.", "consistent"),
    ("target", "Nghị quyết nhiệm kỳ 2020-2025 đề ra chỉ tiêu hằng năm kết nạp 100 đảng viên. Cả nhiệm kỳ, Đảng bộ kết nạp được 450 đảng viên, đạt 95% chỉ tiêu.", "inconsistent"),
    ("target", "Nghị quyết nhiệm kỳ 2020-2025 đề ra chỉ tiêu hằng năm kết nạp 100 đảng viên. Từ đầu nhiệm kỳ đến nay, Đảng bộ kết nạp được 300 đảng viên, đạt 95% chỉ tiêu.", "unverifiable"),
    ("target", "Đảng bộ phấn đấu kết nạp 500 đảng viên. Sau ba năm, Đảng bộ kết nạp được 400 đảng viên, đạt 80% kế hoạch.", "consistent"),
    ("target", "Giai đoạn 2016-2020, phấn đấu mỗi năm kết nạp 40 đảng viên. Cả giai đoạn kết nạp được 150 đảng viên, đạt 75% chỉ tiêu.", "consistent"),
    # change
    ("change", "Số bản chưa có đảng viên giảm từ 40 bản xuống còn 45 bản.", "inconsistent"),
    ("change", "Số bản chưa có đảng viên giảm 30 bản (từ 40 bản xuống còn 10 bản).", "consistent"),
    ("change", "Số bản chưa có đảng viên giảm 25 bản, từ 40 bản xuống còn 10 bản.", "inconsistent"),
    ("change", "Đầu nhiệm kỳ còn 40 bản chưa có đảng viên. Đến nay số bản chưa có đảng viên giảm từ 40 bản xuống còn 10 bản.", "consistent"),
    ("change", "Số hộ nghèo giảm từ 200 hộ xuống còn 150 hộ, giảm 25%.", "consistent"),
    ("change", "Số hộ nghèo giảm từ 200 hộ xuống còn 150 hộ, giảm 30%.", "inconsistent"),
    ("change", "Tỷ lệ hộ nghèo giảm từ 30,5% xuống còn 24,1%, giảm 6,4%.", "consistent"),  # points
    ("change", "Tỷ lệ hộ nghèo giảm từ 30,5% xuống còn 24,1%, giảm 7,4%.", "inconsistent"),
    ("target", "Chỉ tiêu kết nạp đảng viên năm 2022 là 20 đảng viên; xã kết nạp được 23 đảng viên, đạt 115% chỉ tiêu.", "consistent"),
    ("target", "Chỉ tiêu kết nạp đảng viên năm 2022 là 20 đảng viên; xã kết nạp được 23 đảng viên, đạt 125% chỉ tiêu.", "inconsistent"),
    ("share", "Ban Chấp hành có 40 đồng chí, trong đó nữ 9 đồng chí (22,5%), trẻ 6 đồng chí (16%).", "inconsistent"),
    ("share", "Ban Chấp hành có 40 đồng chí, trong đó nữ 9 đồng chí (22,5%).", "consistent"),
    ("granularity", "Ban Chấp hành Đảng bộ có 27 đồng chí, nữ chiếm 20,1%.", "inconsistent"),
    ("granularity", "Ban Thường vụ có 9 đồng chí, trong đó nữ chiếm 33,3%.", "consistent"),
    # repeat
    ("repeat", "Toàn tỉnh có 1.200/1.500 thôn có đảng viên. Đến nay đã có 1.350/1.500 thôn có chi bộ.", "consistent"),
    ("repeat", "Các xã xây dựng 45 mô hình dân vận khéo. Huyện đã nhân rộng 45 mô hình dân vận khéo ra toàn huyện.", "consistent"),
    # granularity (GRIM)
    ("granularity", "Có 31 cán bộ được đưa vào quy hoạch, trong đó cán bộ nữ chiếm 18,2%.", "inconsistent"),
    ("granularity", "Có 31 cán bộ được đưa vào quy hoạch, trong đó cán bộ nữ chiếm 19,4%.", "consistent"),
    ("granularity", "Có 31 lượt cán bộ được quy hoạch, trong đó tỷ lệ cán bộ nữ chiếm 38,7%, cán bộ trẻ là 31%.", "inconsistent"),
    ("granularity", "Có 40 cán bộ được quy hoạch, trong đó cán bộ nữ chiếm 37,5%.", "consistent"),
    # --- mechanisms for relations stated apart (own passages, varied phrasing) ---
    # tables flattened to "cell | cell" (docx) or tab-separated: plan / done / % of plan
    ("target", "Kết quả chủ yếu:\nNội dung | Kế hoạch 2023 | Thực hiện 6 tháng | Tỷ lệ so với kế hoạch\nKết nạp đảng viên | 300 đảng viên | 150 đảng viên | 50%\nThành lập chi bộ | 20 chi bộ | 9 chi bộ | 45%", "consistent"),
    ("target", "Nội dung | Kế hoạch 2023 | Thực hiện 6 tháng | Tỷ lệ so với kế hoạch\nKết nạp đảng viên | 300 đảng viên | 150 đảng viên | 55%", "inconsistent"),
    ("target", "Nhiệm vụ\tChỉ tiêu giao\tKết quả đạt được\tTỷ lệ (%)\nBồi dưỡng quần chúng\t400 quần chúng\t310 quần chúng\t77,5%", "consistent"),
    ("target", "Nội dung | Kế hoạch năm | Thực hiện | Tỷ lệ\nKết nạp đảng viên | 300 đảng viên | 120 đảng viên | 40%\nCòn lại, cần kết nạp ít nhất 180 đảng viên để hoàn thành kế hoạch.", "consistent"),
    # the target in brackets, "vượt X%" (the excess over 100%), a long description before "đạt"
    ("target", "Cả nhiệm kỳ kết nạp được 520 đảng viên, đạt 104% chỉ tiêu đại hội (500 đảng viên).", "consistent"),
    ("target", "Cả nhiệm kỳ kết nạp được 520 đảng viên, đạt 106% chỉ tiêu đại hội (500 đảng viên).", "inconsistent"),
    ("target", "Huyện A kết nạp 84 đảng viên, vượt 5% chỉ tiêu được giao (80 đảng viên).", "consistent"),
    ("target", "Huyện A kết nạp 84 đảng viên, vượt 8% chỉ tiêu được giao (80 đảng viên).", "inconsistent"),
    ("target", "Đảng bộ đề ra chỉ tiêu mỗi năm kết nạp 60 đảng viên. Năm 2022 kết nạp 69 đảng viên, vượt 15% chỉ tiêu.", "consistent"),
    ("target", "Xã đã huy động 45 triệu đồng tiền đóng góp của nhân dân, đạt 90% kế hoạch vận động (50 triệu đồng).", "consistent"),
    ("target", "Nghị quyết đề ra chỉ tiêu hằng năm có từ 80% trở lên chi bộ hoàn thành tốt nhiệm vụ. Năm 2022, tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên đạt 88%, vượt chỉ tiêu nghị quyết.", "consistent"),
    # the complement: "a/b đã có X" and the units "chưa có X" left
    ("part_whole", "Hiện nay 230/250 tổ dân phố đã có chi bộ, đạt 92%; số tổ dân phố chưa có chi bộ giảm từ 40 tổ dân phố xuống còn 20 tổ dân phố.", "consistent"),
    ("part_whole", "Hiện nay 230/250 tổ dân phố đã có chi bộ, đạt 92%; số tổ dân phố chưa có chi bộ giảm từ 40 tổ dân phố xuống còn 25 tổ dân phố.", "inconsistent"),
    ("part_whole", "Toàn xã còn 3 thôn chưa có chi bộ. Đến nay 17/20 thôn đã có chi bộ.", "consistent"),
    # breakdowns: "trong N X … có a X …, b X …"; a shortened unit; cases ("trường hợp")
    ("part_whole", "Năm 2023, trong 200 chi bộ được đánh giá có 50 chi bộ hoàn thành xuất sắc nhiệm vụ, 130 chi bộ hoàn thành tốt nhiệm vụ, 20 chi bộ hoàn thành nhiệm vụ.", "consistent"),
    ("part_whole", "Năm 2023, trong 200 chi bộ được đánh giá có 50 chi bộ hoàn thành xuất sắc nhiệm vụ, 130 chi bộ hoàn thành tốt nhiệm vụ, 30 chi bộ hoàn thành nhiệm vụ.", "inconsistent"),
    ("part_whole", "Trong 25 tổ chức cơ sở đảng có 6 tổ chức hoàn thành xuất sắc nhiệm vụ, 17 tổ chức hoàn thành tốt nhiệm vụ, 2 tổ chức hoàn thành nhiệm vụ.", "consistent"),
    ("part_whole", "Đã thi hành kỷ luật 21 đảng viên, trong đó khiển trách 12 trường hợp, cảnh cáo 7 trường hợp, cách chức 2 trường hợp.", "consistent"),
    # running totals: "thêm N …, nâng tổng số … lên T" with T - N stated before
    ("part_whole", "Năm 2022 kết nạp 150 đảng viên. Năm 2023 kết nạp thêm 170 đảng viên, nâng tổng số đảng viên mới lên 320 đảng viên.", "consistent"),
    # shares whose base is named "tổng số …", parallel changes, graded lists, ages in labels
    ("share", "Năm 2022, các chi bộ đã kiểm điểm 1.250 đảng viên, có 25 đảng viên bị xử lý kỷ luật; số đảng viên bị xử lý kỷ luật chiếm 2% tổng số đảng viên được kiểm điểm.", "consistent"),
    ("share", "Năm 2022, các chi bộ đã kiểm điểm 1.250 đảng viên, có 25 đảng viên bị xử lý kỷ luật; số đảng viên bị xử lý kỷ luật chiếm 3% tổng số đảng viên được kiểm điểm.", "inconsistent"),
    ("share", "Sau hợp nhất còn 80 tổ dân phố; có 60 tổ dân phố, chiếm 75% tổng số tổ dân phố, thực hiện mô hình bí thư kiêm tổ trưởng.", "consistent"),
    ("share", "Toàn xã có 2.500 hộ. Tỷ lệ hộ nghèo giảm từ 8% xuống còn 5%, tương ứng từ 200 hộ xuống còn 125 hộ.", "consistent"),
    ("share", "Năm 2023, trong 200 chi bộ được đánh giá có 50 chi bộ hoàn thành xuất sắc nhiệm vụ, 130 chi bộ hoàn thành tốt nhiệm vụ, 20 chi bộ hoàn thành nhiệm vụ. Tỷ lệ chi bộ hoàn thành xuất sắc nhiệm vụ đạt 25%; tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên đạt 90%.", "consistent"),
    ("share", "Năm 2023, trong 200 chi bộ được đánh giá có 50 chi bộ hoàn thành xuất sắc nhiệm vụ, 130 chi bộ hoàn thành tốt nhiệm vụ, 20 chi bộ hoàn thành nhiệm vụ. Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên đạt 95%.", "inconsistent"),
    ("share", "Ban Thường vụ có 9 đồng chí, trong đó 3 đồng chí dưới 45 tuổi (chiếm 33,3%).", "consistent"),
    ("share", "Năm 2022 kết nạp 300 đảng viên; trong đó 240 đảng viên là người dân tộc thiểu số, chiếm 80%.", "consistent"),
    # changes: the end restated by its words, the difference restated later, a yearly average
    ("change", "Năm 2022 có 4 chi bộ xếp loại yếu kém. Số chi bộ xếp loại yếu kém giảm từ 9 chi bộ (năm 2020) xuống còn 4 chi bộ.", "consistent"),
    ("change", "Số hộ nghèo giảm từ 320 hộ xuống còn 250 hộ. Như vậy, trong hai năm xã đã giảm 70 hộ nghèo.", "consistent"),
    ("change", "Tỷ lệ hộ nghèo giảm từ 40,5% (năm 2016) xuống còn 22,5% (năm 2020), bình quân mỗi năm giảm 4,5%.", "consistent"),
    ("change", "Tỷ lệ hộ nghèo giảm từ 40,5% (năm 2016) xuống còn 22,5% (năm 2020), bình quân mỗi năm giảm 7%.", "inconsistent"),
    ("change", "Tỷ lệ hộ nghèo giảm từ 40,5% (năm 2016) xuống còn 22,5% (năm 2020), bình quân mỗi năm giảm 3,6%.", "unverifiable"),  # 18/5: both end years counted
    # repeats: a profile total reused as a denominator, one per unit, a restated end, a restated profile
    ("repeat", "Huyện có 145 thôn, bản. Đến nay 140/145 thôn, bản đã có chi bộ, đạt 96,6%.", "consistent"),
    ("repeat", "Sau sáp nhập, xã còn 12 thôn. 12 chi bộ thôn được kiện toàn, mỗi thôn một chi bộ.", "consistent"),
    ("repeat", "Số bản chưa có đảng viên giảm từ 12 bản xuống còn 3 bản. Thời gian tới tiếp tục tạo nguồn ở 3 bản còn “trắng” đảng viên.", "consistent"),
    ("repeat", "Đảng bộ phường hiện có 14 chi bộ với 512 đảng viên. Với 521 đảng viên sinh hoạt tại 14 chi bộ, Đảng bộ phường tiếp tục đổi mới sinh hoạt.", "inconsistent"),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "text", "expected"), CASES)
def test_checker_passage_verdicts(kind: str, text: str, expected: str | None) -> None:
    got = verdicts(text, kind)
    if expected is None:
        assert got == []
    else:
        assert expected in got, (got, [c.why for c in checks_of(text)])
        if expected != "inconsistent":
            assert "inconsistent" not in got


# ------------------------------------------------------------------ must stay silent
NO_ALARM = [
    "Tỉnh có 120 xã, trong đó có 29 xã biên giới.",  # a single subset
    "Đảng bộ có 120 đảng viên, trong đó: 30 đảng viên nữ, 15 đảng viên trẻ.",  # overlapping subsets
    "Toàn tỉnh có 500 đảng viên, trong đó 200 đảng viên là nữ, 150 đảng viên là người dân tộc thiểu số.",
    "Có 24 chi bộ, kết nạp 30 đảng viên (15 đảng viên nữ, 5 đảng viên trẻ).",  # parts of another unit
    "Xã có 12 chi bộ (340 đảng viên, 25 đảng viên mới).",  # brackets in another unit
    "Huyện có 31 xã, trong đó tỷ lệ hộ nghèo chiếm 18,2%.",  # the percent is not a share of the 31
    "Có 25 cán bộ tham gia, tỷ lệ hộ nghèo giảm 18,3% so với năm trước.",
    "Có 45/50 chi bộ đạt trong sạch vững mạnh, tỷ lệ đảng viên nữ đạt 38%.",  # a new subject
    "Số đảng viên tăng từ 120 đảng viên lên 150 đảng viên.",
    "Có 45 mô hình dân vận khéo năm 2020 và 50 mô hình dân vận khéo năm 2021.",  # another year, another value
    "Năm 2016 có 5/1.343 chi bộ yếu kém; năm 2018 có 9/2.725 chi bộ yếu kém.",
    "Dân số năm 2015 là 480.000 người. Dân số năm 2020 là 500.000 người. Đảng bộ có 25.000 đảng viên, chiếm 7% so với dân số.",  # two populations
    "Từ đầu nhiệm kỳ đến nay kết nạp được 300 đảng viên, đạt 70% chỉ tiêu.",  # no target stated
    "Huyện có 18 xã, thị trấn; năm 2021 có 16 xã, 3 thị trấn đạt chuẩn.",  # no breakdown marker
    # tables: a percent against last year, not against the plan
    "Nội dung | Kế hoạch | Thực hiện | So với cùng kỳ\nKết nạp đảng viên | 300 đảng viên | 150 đảng viên | 120%",
    "Nội dung | Thực hiện | Tỷ lệ\nKết nạp đảng viên | 150 đảng viên | 120%",  # no plan column
    # complements at another moment, or of another thing, or in another sentence
    "Đến nay 230/250 thôn đã có chi bộ; năm 2018 còn 35 thôn chưa có chi bộ.",
    "Đến nay 230/250 thôn đã có chi bộ; còn 12 thôn chưa có đảng viên.",
    "Đến nay 230/250 thôn đã có chi bộ. Riêng huyện Bắc Hà còn 12 thôn chưa có chi bộ.",
    # differing member counts: another year, another place, a subset
    "Năm 2019 Đảng bộ có 14 chi bộ với 480 đảng viên. Đến năm 2023, Đảng bộ có 14 chi bộ với 512 đảng viên.",
    "Đảng bộ xã Tân An có 12 chi bộ với 300 đảng viên. Đảng bộ xã Phú Mỹ có 12 chi bộ với 280 đảng viên.",
    "Đảng bộ có 14 chi bộ với 512 đảng viên. Trong năm, 14 chi bộ đã kết nạp 35 đảng viên mới.",
    # parallel shares with no base that fits; a yearly average open to two readings
    "Toàn xã có 2.500 hộ. Tỷ lệ hộ nghèo giảm từ 9% xuống còn 5%, tương ứng từ 200 hộ xuống còn 125 hộ.",
    "Tỷ lệ hộ nghèo giảm từ 40,5% (năm 2016) xuống còn 22,5% (năm 2020), bình quân mỗi năm giảm 3,6%.",
    # "vượt 105%" read as the achievement; a rate below its target is only unverifiable
    "Huyện A kết nạp 84 đảng viên, vượt 105% chỉ tiêu được giao (80 đảng viên).",
    "Chỉ tiêu hằng năm có từ 80% trở lên chi bộ hoàn thành tốt nhiệm vụ. Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ đạt 78%, vượt chỉ tiêu.",
    # "tổng số" bases that the words do not single out: only a fit is reported
    "Xã có 90 tổ dân phố; năm 2020 có 110 tổ dân phố. Có 60 tổ dân phố, chiếm 70% tổng số tổ dân phố.",
]


@pytest.mark.parametrize("text", NO_ALARM)
def test_checker_negative_passages_raise_no_alarm(text: str) -> None:
    bad = [c.why for c in checks_of(text) if c.verdict == "inconsistent"]
    assert bad == []


def test_checker_single_subset_is_not_a_breakdown() -> None:
    assert checks_of("Tỉnh có 120 xã, trong đó có 29 xã biên giới.", "part_whole") == []


# ------------------------------------------------------------------ GRIM table
@pytest.mark.parametrize(
    ("pct", "n", "decimals", "verdict", "rounding"),
    [
        (18.2, 31, 1, "inconsistent", None),  # 5/31 = 16.13%, 6/31 = 19.35%
        (84, 31, 0, "consistent", "half-up"),  # 26/31 = 83.87%
        (31, 31, 0, "inconsistent", None),  # 9/31 = 29.03%, 10/31 = 32.26%
        (45.1, 31, 1, "consistent", "truncation"),  # 14/31 = 45.16%: only truncation gives 45.1
        (50, 2, 0, "consistent", "half-up"),
        (67, 3, 0, "consistent", "half-up"),  # 2/3 = 66.67%
        (66, 3, 0, "consistent", "truncation"),
        (12.5, 8, 1, "consistent", "half-up"),
        (12.4, 8, 1, "inconsistent", None),
        (0.5, 200, 1, "consistent", "half-up"),
        (33.3, 12, 1, "consistent", "half-up"),  # 4/12
        (35, 12, 0, "inconsistent", None),  # 4/12 = 33.33%, 5/12 = 41.67%
    ],
)
def test_tolerance_grim_table(
    pct: float, n: int, decimals: int, verdict: str, rounding: str | None
) -> None:
    got = grim(pct, n, decimals)
    assert got[:2] == (verdict, rounding)
    if verdict == "inconsistent":
        k0, k1 = got[2:]
        assert 100 * k0 / n < pct < 100 * k1 / n and k1 == k0 + 1


# ------------------------------------------------------------------ rounding / tolerance table
@pytest.mark.parametrize(
    ("computed", "stated", "decimals", "qualifier", "text", "verdict", "rounding"),
    [
        (93.4858, 93.5, 1, "exact", "93,5%", "consistent", "half-up"),
        (93.44, 93.5, 1, "exact", "93,5%", "inconsistent", None),
        (57.78, 57, 0, "exact", "57%", "consistent", "truncation"),  # only truncation saves it
        (57.78, 58, 0, "exact", "58%", "consistent", "half-up"),
        (0.372, 0.37, 2, "exact", "0,37%", "consistent", "half-up"),
        (12.5, 13, 0, "exact", "13%", "consistent", "half-up"),  # half-up, not banker's
        (61.50, 62, 0, "approx", "gần 62%", "consistent", None),  # just under, within one unit
        (62.3, 62, 0, "approx", "gần 62%", "consistent", None),  # rounds to it
        (60.5, 62, 0, "approx", "gần 62%", "unverifiable", None),
        (55.0, 62, 0, "approx", "gần 62%", "inconsistent", None),
        (63.0, 62, 0, "approx", "khoảng 62%", "consistent", None),
        (4.52, 4.5, 1, "min", "trên 4,5%", "consistent", None),
        (4.47, 4.5, 1, "min", "trên 4,5%", "consistent", "half-up"),  # rounds to the bound
        (4.42, 4.5, 1, "min", "trên 4,5%", "unverifiable", None),
        (4.2, 4.5, 1, "min", "trên 4,5%", "inconsistent", None),
        (9.5, 10, 0, "max", "dưới 10%", "consistent", None),
        (12.0, 10, 0, "max", "dưới 10%", "inconsistent", None),
    ],
)
def test_tolerance_judge_percent_table(
    computed: float,
    stated: float,
    decimals: int,
    qualifier: str,
    text: str,
    verdict: str,
    rounding: str | None,
) -> None:
    j = judge_percent(computed, stated, decimals, qualifier, text)
    assert (j.verdict, j.rounding) == (verdict, rounding)


@pytest.mark.parametrize(
    ("x", "d", "half_up", "trunc"), [(93.45, 1, 93.5, 93.4), (2.5, 0, 3, 2), (45.16, 1, 45.2, 45.1)]
)
def test_tolerance_rounding_helpers(x: float, d: int, half_up: float, trunc: float) -> None:
    assert round_half_up(x, d) == half_up
    assert truncate(x, d) == trunc


def test_checker_truncation_case_is_consistent_and_flagged() -> None:
    text = "Có 20/23 chi bộ đạt trong sạch vững mạnh, chiếm 86%."  # 86.96% rounds to 87
    (c,) = checks_of(text, "ratio_percent")
    assert (c.verdict, c.rounding) == ("consistent", "truncation")
    assert "truncation" in c.why and "86.96" in c.why


# ------------------------------------------------------------------ explanations and spans
@pytest.mark.parametrize(
    ("text", "kind", "numbers_en", "numbers_vi"),
    [
        ("Đến nay đã có 1.349/1.500 thôn có chi bộ (chiếm 89,9%).", "ratio_percent", ["1349/1500", "89.93"], ["1.349/1.500", "89,93"]),
        ("Huyện có 18 xã, thị trấn (16 xã, 3 thị trấn).", "part_whole", ["16 + 3", "19", "18"], ["19", "18"]),
        ("Có 31 cán bộ được đưa vào quy hoạch, trong đó cán bộ nữ chiếm 18,2%.", "granularity", ["5/31 = 16.13", "6/31 = 19.35"], ["16,13", "19,35"]),
        ("Toàn tỉnh kết nạp được 2.000 đảng viên; trong đó khối xã kết nạp được 1.500 đảng viên, chiếm 70%.", "share", ["1500/2000", "75"], ["1.500/2.000"]),
        ("Số hộ nghèo giảm từ 200 hộ xuống còn 150 hộ, giảm 30%.", "change", ["50/200", "25"], ["25"]),
    ],
)  # fmt: skip
def test_checker_why_shows_the_recomputed_numbers(
    text: str, kind: str, numbers_en: list[str], numbers_vi: list[str]
) -> None:
    (c,) = checks_of(text, kind)
    for s in numbers_en:
        assert s in c.why
    for s in numbers_vi:
        assert s in c.why_vi
    assert "\n" not in c.why and c.why != c.why_vi


@pytest.mark.parametrize("kind_text", [c[:2] for c in CASES if c[2]])
def test_checker_rows_are_well_formed(kind_text: tuple[str, str]) -> None:
    kind, text = kind_text
    doc = make_doc(text)
    ids = {m.id for m in doc.mentions}
    for c in check_document(doc):
        assert doc.text[c.start : c.end] == c.text and c.text.strip() == c.text
        assert set(c.mention_ids) <= ids
        assert c.verdict in ("consistent", "inconsistent", "unverifiable")
        assert all(isinstance(x, int | float) for x in c.figures)
        json.dumps(c.to_row("t", "t.txt"), ensure_ascii=False)
        # the claim holds every figure it tests that lies in the same sentence as its start
        first = next(m for m in doc.mentions if m.id == c.mention_ids[-1])
        assert c.start <= first.end or c.kind in ("repeat", "part_whole", "change", "granularity")


def test_checker_figures_follow_the_gold_order() -> None:
    (c,) = checks_of(
        "Đảng bộ có 52 chi bộ (20 chi bộ cơ sở và 30 chi bộ trực thuộc).", "part_whole"
    )
    assert c.figures == [52, 20, 30]  # total first, then the parts
    (c,) = checks_of("Số chi bộ yếu kém chiếm 1,2% (3/250 chi bộ).", "ratio_percent")
    assert c.figures == [3, 250, 1.2]  # numerator, denominator, percent as stated
    assert c.text == "Số chi bộ yếu kém chiếm 1,2% (3/250 chi bộ)"


def test_checker_claim_is_the_clause_of_the_stated_figure() -> None:
    text = "Năm 2020 kết nạp 40 đảng viên; đã có 45/50 chi bộ đạt trong sạch vững mạnh (chiếm 95%); các xã đều có chi bộ."
    (c,) = checks_of(text, "ratio_percent")
    assert c.text == "đã có 45/50 chi bộ đạt trong sạch vững mạnh (chiếm 95%)"


def test_templates_have_both_languages_and_same_placeholders() -> None:
    field = re.compile(r"\{(\w+)\}")
    for key, (en, vi) in TEMPLATES.items():
        assert en and vi, key
        assert set(field.findall(en)) == set(field.findall(vi)), key


@pytest.mark.parametrize(
    ("x", "en", "vi"),
    [(1349, "1349", "1.349"), (93.49, "93.49", "93,49"), (1009168.0, "1009168", "1.009.168")],
)
def test_templates_fmt_numbers_per_language(x: float, en: str, vi: str) -> None:
    assert (fmt(x, "en"), fmt(x, "vi")) == (en, vi)


@pytest.mark.parametrize(
    ("unit", "head", "fams"),
    [
        ("chi bộ cơ sở", "chi bộ", {"chi bộ"}),
        ("xã, phường, thị trấn", "xã", {"commune"}),
        ("đảng bộ cấp huyện", "đảng bộ", {"đảng bộ", "district"}),
        ("lượt cán bộ", "cán bộ", {"person"}),  # person-times are still people
        ("TCCSĐ", "tccsđ", {"tccsđ"}),
        (None, None, set()),
    ],
)
def test_context_unit_families(unit: str | None, head: str | None, fams: set[str]) -> None:
    info = unit_info(unit)
    assert (info.head, set(info.fams)) == (head, fams)


# ------------------------------------------------------------------ summary and speed
def test_checker_summarise_lists_each_inconsistency() -> None:
    doc = make_doc(
        "Huyện có 18 xã, thị trấn (16 xã, 3 thị trấn). Có 45/50 chi bộ đạt chuẩn (chiếm 90%)."
    )
    checks = check_document(doc)
    for n, c in enumerate(checks):
        c.id = f"t:c{n}"
    out = summarise(checks)
    lines = out.splitlines()
    assert lines[0] == "checks: 1 consistent, 1 inconsistent, 0 unverifiable"
    assert (
        len(lines) == 2
        and "part_whole" in lines[1]
        and "16 + 3 = 19" in lines[1]
        and "t:c" in lines[1]
    )


def test_checker_without_figures_returns_nothing() -> None:
    assert check_document(Document(path="x", text="Không có số liệu.")) == []


# ------------------------------------------------------------------ end to end (real extractors)
E2E = [
    ("Huyện có 18 xã, thị trấn (16 xã, 3 thị trấn).", "part_whole", "inconsistent"),
    (
        "Đảng bộ có 171 chi bộ (39 chi bộ cơ sở và 132 chi bộ trực thuộc đảng ủy cơ sở).",
        "part_whole",
        "consistent",
    ),
    ("Đến nay đã có 212/230 thôn có chi bộ (chiếm 92,2%).", "ratio_percent", "consistent"),
    (
        "Có 31 cán bộ được đưa vào quy hoạch, trong đó cán bộ nữ chiếm 18,2%.",
        "granularity",
        "inconsistent",
    ),
]


@pytest.mark.parametrize(("text", "kind", "expected"), E2E)
def test_checker_end_to_end(text: str, kind: str, expected: str) -> None:
    from vnreport_miner.pipeline import process_text
    from vnreport_miner.records import Options

    doc = process_text(text, options=Options(entities=False))
    assert expected in [c.verdict for c in doc.checks if c.kind == kind]


def test_checker_seeds_against_gold(shared_dir) -> None:  # noqa: ANN001 (fixture)
    """Every gold inconsistency found, >= 90% of firm consistent relations confirmed, no alarm."""
    from vnreport_miner.evaluate import align
    from vnreport_miner.pipeline import process_text
    from vnreport_miner.records import Options

    found = gold_inc = confirmed = gold_cons = alarms = 0
    for seed in sorted((shared_dir / "seeds").glob("*.txt")):
        doc = process_text(seed.read_text("utf-8"), path=seed.name, options=Options(entities=False))
        gold_file = shared_dir / "gold" / f"{seed.stem}.gold.jsonl"
        gold = [
            g
            for g in map(json.loads, gold_file.read_text("utf-8").splitlines())
            if g["type"] == "check"
        ]
        spans = align(gold, doc.text)
        for g, (s, e) in zip(gold, spans, strict=True):
            hits = {
                c.verdict for c in doc.checks if c.kind == g["kind"] and c.start < e and s < c.end
            }
            if g["verdict"] == "inconsistent" and not g.get("borderline"):
                gold_inc += 1
                found += "inconsistent" in hits
            elif g["verdict"] == "consistent" and not (g.get("weak") or g.get("borderline")):
                gold_cons += 1
                confirmed += "consistent" in hits
        for c in doc.checks:
            if c.verdict == "inconsistent" and not any(
                g["kind"] == c.kind
                and (g["verdict"] == "inconsistent" or g.get("borderline"))
                and c.start < e
                and s < c.end
                for g, (s, e) in zip(gold, spans, strict=True)
            ):
                alarms += 1
    assert found == gold_inc
    assert confirmed >= 0.9 * gold_cons
    assert alarms == 0
