"""Vocabulary of the cross-checker, as data: unit families and the cue words that tie figures.

Every entry carries a short note and an example, so a reviewer can see why it is here.
Keys are lowercase, NFC, with the tone placement ``normalise`` produces ("ủy", "hòa").
Code lives in the check modules; nothing here runs at import time beyond building
small dicts and compiling a handful of regexes.
"""

from __future__ import annotations

import re
from typing import Final

# --------------------------------------------------------------------------------------
# Unit heads -> families. A unit is matched by its longest known head at the start
# ("chi bộ cơ sở" -> head "chi bộ"), so descriptors after the head never matter.
# A family names what is counted; parts of a total must share (or be covered by) it.
# --------------------------------------------------------------------------------------
# Abbreviated units the checker reads as the noun they stand for (the figures extractor's
# ``unit_lemma``), so "12 đ/c" and "5 đồng chí" are one noun: "đ/c" (đồng chí, written before
# names and after counts in Party reports), "TCCS đảng" (tổ chức cơ sở đảng). ("TCCSĐ" keeps
# its own entry below: a family of its own that covers đảng bộ and chi bộ.)
READ_AS_LEMMA: Final[frozenset[str]] = frozenset({"đ/c", "tccs đảng"})
# A currency abbreviated inside a written unit, read as its word: "12,5 tỷ đ", "45 tr.đ/người/năm"
# are amounts in "đồng" like "45 triệu đồng/người/năm".
READ_AS_WORD: Final[dict[str, str]] = {"đ": "đồng"}

UNIT_HEADS: Final[dict[str, tuple[str, str]]] = {
    # head: (family, note / example)
    "tổ chức cơ sở đảng": ("tccsđ", "503 tổ chức cơ sở đảng = đảng bộ cơ sở + chi bộ cơ sở"),
    "tccsđ": ("tccsđ", "625 TCCSĐ, abbreviation of the line above"),
    "tổ chức đảng": ("tổ chức đảng", "any party organisation: đảng bộ or chi bộ"),
    "đảng bộ": ("đảng bộ", "13 đảng bộ trực thuộc Tỉnh ủy"),
    "đảng ủy": ("đảng bộ", "22 đảng ủy cơ sở: a committee counted for its đảng bộ"),
    "chi bộ": ("chi bộ", "171 chi bộ; 39 chi bộ cơ sở; 17 chi bộ khối dân cư"),
    "đảng viên": ("person", "40.240 đảng viên"),
    "đồng chí": ("person", "classifier for members and cadres: 119 đồng chí"),
    "cán bộ": ("person", "31 cán bộ"),
    "lượt cán bộ": ("person", "31 lượt cán bộ (person-times, still people)"),
    "người": ("person", "1.009.168 người"),
    "quần chúng": ("person", "74 quần chúng ưu tú"),
    "công chức": ("person", "12 công chức"),
    "đại biểu": ("person", "27 đại biểu Hội đồng nhân dân; 150 đại biểu dự đại hội"),
    "cấp ủy viên": ("person", "7 cấp ủy viên (members of a party committee)"),
    "ủy viên": ("person", "9 ủy viên (5 đồng chí chuyên trách, 4 đồng chí kiêm chức)"),
    "viên chức": ("person", "20 viên chức"),
    "lao động": ("person", "1.420 lao động: workers are people"),
    "nhân khẩu": ("person", "11.927 nhân khẩu: the people of the households"),
    "khẩu": ("person", "5.582 khẩu: short for nhân khẩu"),
    "hộ": ("hộ", "hộ nghèo: households, never people"),
    "xã": ("commune", "115 xã"),
    "phường": ("commune", "9 phường"),
    "thị trấn": ("commune", "5 thị trấn"),
    "huyện": ("district", "07 huyện"),
    "quận": ("district", "3 quận"),
    "thị xã": ("district", "01 thị xã"),
    "thành phố": ("district", "01 thành phố (provincial city, district level)"),
    "thôn": ("village", "thôn, bản, ấp, khóm: villages and urban blocks"),
    "bản": ("village", "95 bản"),
    "ấp": ("village", "ấp (southern provinces)"),
    "khóm": ("village", "khóm (southern towns)"),
    "làng": ("village", "làng"),
    "xóm": ("village", "xóm (northern mountain provinces): 19 xóm chưa có đảng viên"),
    "buôn": ("village", "buôn (Central Highlands)"),
    "sóc": ("village", "sóc (Khmer villages)"),
    "tổ dân phố": ("village", "tổ dân phố (urban blocks)"),
    "khu phố": ("village", "khu phố"),
    "trường hợp": ("case", "29 trường hợp vi phạm: cases (of people or households), not schools"),
    "bị can": ("person", "41 bị can: the accused in criminal cases"),
    "bị cáo": ("person", "29 bị cáo: the defendants at trial"),
    "bản án": ("bản án", "62 bản án: court judgements, not villages ('bản')"),
    "trường học": ("school", "33 trường học"),
    "trường": ("school", "trường"),
    "trạm y tế": ("health", "88 trạm y tế"),
    "nghị quyết": ("nghị quyết", "33 nghị quyết"),
    "đoàn viên": ("person", "9.836 đoàn viên: Youth Union members are people"),
    "thuyền viên": ("person", "29 thuyền viên: crew members are people"),
}

# Modifiers that also place a unit at an administrative level, so a count of district
# party committees can be compared with the count of districts ("09 đảng bộ cấp huyện"
# = 07 huyện + 01 thị xã + 01 thành phố).
LEVEL_TAGS: Final[dict[str, tuple[str, str]]] = {
    "cấp huyện": ("district", "09 đảng bộ cấp huyện; 10 đơn vị hành chính cấp huyện"),
    "cấp xã": ("commune", "đảng bộ cấp xã; đơn vị hành chính cấp xã"),
}

# Families a total may be broken down into, besides its own.
COVERS: Final[dict[str, frozenset[str]]] = {
    "tccsđ": frozenset({"đảng bộ", "chi bộ"}),  # 503 TCCSĐ (197 đảng bộ, 306 chi bộ cơ sở)
    "tổ chức đảng": frozenset({"tccsđ", "đảng bộ", "chi bộ"}),
    "đơn vị hành chính": frozenset({"district", "commune"}),  # 10 đơn vị hành chính cấp huyện
    "person": frozenset({"case"}),  # 29 đảng viên vi phạm: 6 trường hợp …, 11 trường hợp …
    "case": frozenset({"person", "hộ"}),  # 37 trường hợp: 21 người nghỉ hưu, 16 người chuyển đi
}

# Units whose count is a duration or a frequency: never a base, a total or a repeat.
TIME_UNITS: Final = frozenset(
    {"năm", "tháng", "ngày", "tuần", "quý", "lần", "kỳ", "tuổi", "giờ", "đợt", "buổi"}
)

# Scale words before a currency: "tỷ đồng" counts "đồng" (values are normalised).
SCALE_WORDS: Final = frozenset({"nghìn", "ngàn", "triệu", "tỷ", "vạn"})
# One-syllable nouns that name what is counted on their own, so the words after them are a
# description, not part of the noun: "15 vụ về đất đai" and "27 vụ vi phạm" count "vụ".
SINGLE_NOUNS: Final = frozenset(
    {
        "đồng", "tấn", "tạ", "kg", "ha", "km", "m", "m2", "m3", "con", "vụ", "việc", "căn", "nhà",
        "cái", "chiếc", "lượt", "lớp", "đơn", "hồ", "ca", "em", "cây", "lít", "tàu", "xe", "bộ",
        "khu", "cụm", "điểm", "ngôi", "suất", "phần", "gói",
    }
)  # fmt: skip

# Measure words written before the counted noun; dropped when finding the head.
MEASURE_PREFIXES: Final = ("lượt ", "số ")
# Classifiers before a noun: "99 ngôi nhà" and "45 nhà" count one thing, "12 chiếc xe" counts "xe".
CLASSIFIERS: Final = frozenset(
    {"căn", "ngôi", "chiếc", "cái", "con", "tòa", "bức", "tấm", "cuốn", "quyển"}
)

# --------------------------------------------------------------------------------------
# Cue regexes. Each is anchored on the text BETWEEN two figures (a "gap") or just
# before/after one, never run over a whole document.
# --------------------------------------------------------------------------------------
_QUAL = r"(?:khoảng|gần|xấp xỉ|trên|hơn|dưới|ít nhất|không quá)"

# Between a count and the percent that states its share, e.g.
#   "1.349/1.443 thôn bản có chi bộ (chiếm 93,5%" -> tail after "(" is "chiếm "
#   "9/2.725 chi bộ ... nhiệm vụ, chiếm 0,33%"     -> tail after "," is " chiếm "
# Only the tail after the last separator may hold the connector, and nothing else, so
# a new subject ("…, tỷ lệ đảng viên nữ đạt 40%") never links.
SHARE_CONNECTOR: Final = re.compile(
    r"\s*(?:(?:chiếm|bằng|đạt|=|là|với)?(?:\s+(?:tỷ lệ|tỉ lệ))?)?\s*"
)  # also a bare ", tỷ lệ 92,1%" and ", với tỷ lệ 98,1%" right before the percent
# Words that introduce another measured subject before the connector: no link.
NEW_SUBJECT: Final = re.compile(
    r"\b(?:tỷ lệ|tỉ lệ|(?<!thiểu )(?<!đa )số|trong đó|còn)\b"
)  # not "thiểu số"
# Percent first, then its counts in parentheses: "chiếm 0,37% (5/1.343 đơn vị)".
PAREN_OPEN: Final = re.compile(r"^\s*\(\s*$")
# "45 trong tổng số 50 chi bộ" / "45 trên tổng số 50": two counts that form a fraction.
OUT_OF: Final = re.compile(r"^\s*(?:[^\s\d;]+\s+){0,3}?(?:trên|trong|/)\s*(?:tổng\s+)?(?:số\s+)?$")

# Breakdown markers after a total, strongest first:
#   "879 đồng chí, trong đó: HTXSNV có 119 đồng chí, ..." (colon: an exhaustive list)
#   "có 24 chi bộ: 17 chi bộ khối dân cư, ..."
#   "gồm 85 xã, 11 phường ..."
BREAKDOWN_STRONG: Final = re.compile(
    r"(?:trong đó|bao gồm|gồm|cụ thể|chia ra|chia thành)\s*:|(?:bao gồm|gồm)\b"
)
# "trong đó 17 chi bộ ..., 3 chi bộ ..." without a colon: may list subsets only.
BREAKDOWN_WEAK: Final = re.compile(r"trong đó(?:\s+có)?\b")
# A single subset: "trong đó có 29 xã biên giới" (never a breakdown on its own).
SUBSET_ONLY: Final = re.compile(r"trong đó\s+có\b")

# Labels that name overlapping attributes (a woman may also be young): parts carrying
# them are subsets, not a partition, so their sum proves nothing.
OVERLAP_WORDS: Final = re.compile(
    r"\b(?:nữ|trẻ|dưới \d+ tuổi|dân tộc|tôn giáo|đoàn viên|trình độ|đại học|cao đẳng|thạc sĩ|"
    r"tiến sĩ|lý luận|chính trị|mới|biên giới|khó khăn|nghèo|"
    # a member's past or side role: "cán bộ hưu trí 21, cựu chiến binh 17, chủ trang trại 4"
    # (not "cựu chiến binh", "cựu quân nhân": the veterans' association counts its members so)
    r"hưu trí|chủ trang trại|người có uy tín)\b"
)
# The four grades of the annual review of members and Party organisations, top to bottom
# (their index is the level): a list that names each once is the whole of the graded.
GRADES: Final = (
    "hoàn thành xuất sắc nhiệm vụ",
    "hoàn thành tốt nhiệm vụ",
    "hoàn thành nhiệm vụ",
    "không hoàn thành nhiệm vụ",
)
# Grading categories are disjoint by definition: a list of them partitions the graded.
GRADING: Final = re.compile(
    r"xếp loại|đánh giá|phân loại|htxsnv|httnv|htnv|tsvm|trong sạch,? vững mạnh|"
    r"hoàn thành (?:xuất sắc |tốt )?nhiệm vụ|không hoàn thành|yếu kém|vi phạm tư cách"
)
# Words that open a new clause inside a list, ending it.
CLAUSE_OPENERS: Final = re.compile(
    r"^\s*(?:đồng thời|ngoài ra|bên cạnh đó|hằng năm|hàng năm|năm \d{4}|qua đó|nhờ đó|từ đó|"
    r"tuy nhiên|song|nhưng)\b"
)
# Zero parts written as words: "không có đảng viên vi phạm tư cách".
ZERO_PART: Final = re.compile(r"^\s*không có\b")

# "so với dân số toàn tỉnh" -> the base is the population.
POPULATION_AFTER: Final = re.compile(r"^\s*(?:so với|của|trên)\s+(?:tổng\s+)?(?:dân số|số dân)")
POPULATION_BEFORE: Final = re.compile(r"(?:dân số|số dân|nhân khẩu)[^.;\d]{0,20}$")
POPULATION_UNITS: Final = frozenset({"người", "dân", "nhân khẩu", "người dân"})

# Target statements and achievements.
#   "phấn đấu hằng năm kết nạp 2.000 đảng viên" ; "đề ra chỉ tiêu hàng năm kết nạp 9 đảng viên"
TARGET_BEFORE: Final = re.compile(
    r"(?:phấn đấu|chỉ tiêu|mục tiêu|đề ra|kế hoạch|dự toán)[^.;]{0,60}?(?:là\s+)?$"
)
# The achievement counts one year only: compare with the annual target, not the term.
ONE_YEAR: Final = re.compile(r"\bnăm \d{4}\b|chỉ tiêu năm|kế hoạch năm|trong năm|hằng năm|hàng năm")
# "có 33 đồng chí, nữ chiếm 20,1%": an attribute of the base's members (GRIM label).
ATTRIBUTE_LABEL: Final = re.compile(
    r"^\s*(?:tỷ lệ\s+)?(?:cán bộ |đảng viên |đồng chí |người |đại biểu |hội viên |đoàn viên |thành viên "
    r"|ủy viên )?(?:nữ|trẻ|người dân tộc|dân tộc|dưới \d+ tuổi)"
)
ANNUAL: Final = re.compile(r"(?:hằng|hàng|mỗi)\s+năm")
# An achievement over several years, even when single years are listed before it:
# "năm 2021 kết nạp 268, năm 2022 ...; tổng cộng 785, bằng 104,7% chỉ tiêu của ba năm 2021-2023"
MULTI_YEAR: Final = re.compile(
    r"tổng cộng|cộng lại|\b(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) năm\b|\b\d{4}\s*[-–]\s*\d{4}\b"
    # "Từ năm 2021 đến năm 2024, … kết nạp 1.086 đảng viên": a span named by its two ends
    r"|\btừ\s+(?:năm\s+)?\d{4}\s+(?:đến|tới)\s+(?:hết\s+)?(?:năm\s+)?\d{4}\b"
)
# A target set per year, named after its count: "250 đảng viên/năm", "40 ha mỗi năm".
ANNUAL_AFTER: Final = re.compile(r"^\s*(?:/\s*năm\b|(?:mỗi|hằng|hàng|một)\s+năm\b)")
#   "kết nạp được 9.694 đảng viên, đạt 96,94% chỉ tiêu" -> gap ", đạt ", tail " chỉ tiêu"
#   "giải ngân được 320 tỷ đồng, hoàn thành 80% kế hoạch vốn"; "thu 93,5 tỷ đồng, đạt 110% dự toán"
ACHIEVED_GAP: Final = re.compile(r"^[^\d;.]{0,12}?(?:đạt|bằng|hoàn thành)(?:\s+tỷ lệ)?\s*$")
TARGET_AFTER: Final = re.compile(
    r"^\s*(?:so với\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu|dự toán"
    r"|chương trình (?:năm|công tác|kiểm tra|giám sát)\b)"  # "đạt 112,5% chương trình năm (8 cuộc)"
)
# So far, not the whole term: the elapsed years are unknown, so a miss is not proof.
SO_FAR: Final = re.compile(
    r"đến nay|hiện nay|đến thời điểm|giữa nhiệm kỳ|nửa đầu|bước đầu|nửa nhiệm kỳ|nửa chặng đường"
)
TERM_YEARS: Final = re.compile(r"(nhiệm kỳ|giai đoạn)\s+(\d{4})\s*[-–]\s*(\d{4})", re.IGNORECASE)

# Changes: "từ 95 bản xuống còn 5 bản", "tăng từ 120 lên 150 đảng viên".
CHANGE_FROM: Final = re.compile(r"\btừ\s*$")
CHANGE_GAP: Final = re.compile(
    r"^\s*(?:(?:\S+\s+){0,3}?)(?:(?P<down>giảm xuống còn|giảm xuống|xuống còn|xuống|còn lại|còn)"
    r"|(?P<up>tăng lên|lên))\s*$"
)
DELTA_BEFORE: Final = re.compile(r"(?P<dir>giảm|tăng)(?:\s+(?:được|thêm|đi))?\s*$")
# New units set up, consistent with the drop of the units lacking them:
#   "thành lập mới 329 chi bộ thôn, bản" = (95 - 5) + (328 - 89)
SET_UP_BEFORE: Final = re.compile(r"(?:thành lập mới|thành lập|thành lập thêm)[^.;\d]{0,40}$")

SEPARATOR_GAP: Final = re.compile(r"^\s*(?:,|;|và|, và|,và)\s*$")
QUALIFIER_WORD: Final = re.compile(rf"^{_QUAL}\b")

# --------------------------------------------------------------------------------------
# Subjects and descriptors: what a count is a count OF, to tie two statements together.
# --------------------------------------------------------------------------------------
# The subject of a change: "Số chi bộ không hoàn thành nhiệm vụ giảm từ 11 …" ->
# "chi bộ không hoàn thành nhiệm vụ"; "tỷ lệ hộ nghèo của huyện giảm từ …" -> "hộ nghèo của huyện".
CHANGE_SUBJECT: Final = re.compile(
    r"(?:^|[\s,;:(])(?:số|tỷ lệ|tỉ lệ)\s+([^\d;,.()%]{3,70}?)\s+(?:(?:đã|tiếp tục|tương ứng)\s+)?"
    r"(?:giảm|tăng)(?:\s+(?:dần|mạnh|nhanh))?\s+từ\s*$"
)
# Same meaning, different words: "thôn “trắng” đảng viên" = "thôn chưa có đảng viên".
DESCRIPTOR_SYNONYMS: Final = (
    (re.compile(r"\b(?:còn\s+)?trắng\b"), "chưa có"),
    (re.compile(r"\bkhông có\b"), "chưa có"),
)
# Time words that move a statement to another moment: two different values of the same
# thing are only a contradiction when neither sentence names its own year or period.
TIME_MARK: Final = re.compile(
    r"\b(?:19|20)\d{2}\b|nhiệm kỳ|giai đoạn|đầu năm|cuối năm|năm trước|năm qua|trước đây|"
    r"trước khi|sau khi|khi ban hành|thời điểm|tháng \d+|quý [IV]+|trước sáp nhập|sau sáp nhập|"
    r"\b\d{1,2}/\d{1,2}\b|đợt \d+|trước đại hội|sau đại hội"
)
# Words between a count and a percent that open an age or duration label inside it:
# "2 đồng chí dưới 40 tuổi (chiếm 18,2%)" -> the share is of the 2, not of the 40.
AGE_OR_TIME_UNITS: Final = frozenset({"tuổi", "năm", "tháng"})
# A claim scoped to the whole place or body ("toàn xã", "cả huyện", "toàn Hội"): a count stated
# of one of its units ("Thôn Đông có 412 hộ") is no whole of it, nor the same count.
WHOLE_SCOPE: Final = re.compile(
    r"\b(?:toàn|cả)\s+(?:huyện|xã|tỉnh|hội|đảng bộ|thành phố|thị xã|phường|thị trấn|quận|khối)\b"
)

# The year that labels the figure right after it: "(năm 2023: 86 vụ; năm 2024: 70 vụ)", "năm 2022 là
# 138 căn" (searched on the few words before a figure).
YEAR_LABEL_BEFORE: Final = re.compile(r"\bnăm\s+((?:19|20)\d{2})\s*(?::|là|đạt|có)?\s*$")
