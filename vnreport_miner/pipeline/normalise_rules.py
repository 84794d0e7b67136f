"""Data for :mod:`.normalise`: character maps, tone-placement syllable table, page furniture.

Everything here is a table with a note per unusual entry; :mod:`.normalise` compiles it
once at import (a few ms) and holds the logic. Validated by ``tests/test_normalise.py``
(every furniture rule matches its examples and none of the negative sentences).
"""

from __future__ import annotations

from dataclasses import dataclass

# ---------------------------------------------------------------------------
# One character -> one character (offsets stay simple), or -> "" (invisible characters).
CHAR_MAP: dict[str, str] = {
    # dashes: every dash-like character becomes "-" ("2015–2020" -> "2015-2020")
    "\u2010": "-",  # ‐ hyphen
    "\u2011": "-",  # ‑ non-breaking hyphen
    "\u2012": "-",  # ‒ figure dash
    "\u2013": "-",  # – en dash: the usual range / "chính trị – xã hội" dash
    "\u2014": "-",  # — em dash
    "\u2015": "-",  # ― horizontal bar
    "\u2212": "-",  # − minus sign (Word autocorrect)
    "\ufe58": "-",  # ﹘ small em dash
    "\ufe63": "-",  # ﹣ small hyphen-minus
    "\uff0d": "-",  # － fullwidth hyphen-minus
    # quotes: the gold keeps curly “ ” ‘ ’ and straight " ', so those stay; rarer
    # variants join the curly pair so extractors look for two shapes, not six.
    "\u201e": "\u201c",  # „ low double quote -> “
    "\u201f": "\u201c",  # ‟ reversed double quote -> “
    "\u00ab": "\u201c",  # « -> “ (French-style quotes in some provincial sites)
    "\u00bb": "\u201d",  # » -> ”
    "\u201a": "\u2018",  # ‚ low single quote -> ‘
    "\u201b": "\u2018",  # ‛ reversed single quote -> ‘
    "\uff02": '"',  # ＂ fullwidth quotation mark
    # look-alike letters
    "\u00d0": "\u0110",  # Ð (Icelandic eth, from Latin-1 keyboards) -> Đ
    "\u00f0": "\u0111",  # ð -> đ
    "\u0189": "\u0110",  # Ɖ (African D) -> Đ
    "\u0256": "\u0111",  # ɖ -> đ
    # spaces: all become " "; runs are collapsed afterwards
    "\t": " ",
    "\u00a0": " ",  # NBSP, everywhere in HTML
    "\u1680": " ",
    "\u202f": " ",  # narrow NBSP (French typography)
    "\u205f": " ",
    "\u3000": " ",  # ideographic space
    # line separators
    "\r": "\n",  # a lone CR (old Mac); CRLF is replaced before the map runs
    "\x0b": "\n",  # vertical tab (Word's manual line break in plain-text export)
    "\x0c": "\n",  # form feed (PDF page break)
    "\x85": "\n",  # NEL
    "\u2028": "\n",  # line separator
    "\u2029": "\n",  # paragraph separator
    # invisible characters: dropped
    "\u00ad": "",  # soft hyphen
    "\u200b": "",  # zero-width space
    "\u200c": "",
    "\u200d": "",
    "\u2060": "",  # word joiner
    "\ufeff": "",  # a BOM in the middle of a concatenated file
}
CHAR_MAP.update({chr(c): " " for c in range(0x2000, 0x200B)})  # en quad .. hair space
# Other control characters carry no text (a stray \x01 from a bad export).
CHAR_MAP.update({chr(c): "" for c in (*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F)})
CHAR_MAP.update({chr(c): "" for c in range(0x80, 0xA0) if c != 0x85})

# Cyrillic and Greek letters that look Latin; replaced only inside a word that also has
# Latin letters ("Đảng vіên" with a Cyrillic "і"), never in a word that is all Cyrillic.
CONFUSABLES: dict[str, str] = {
    "а": "a",
    "е": "e",
    "о": "o",
    "р": "p",
    "с": "c",
    "у": "y",
    "х": "x",
    "і": "i",  # Cyrillic
    "ј": "j",
    "ѕ": "s",
    "һ": "h",
    "ԁ": "d",
    "ԛ": "q",
    "ԝ": "w",  # Cyrillic (rarer)
    "А": "A",
    "В": "B",
    "Е": "E",
    "К": "K",
    "М": "M",
    "Н": "H",
    "О": "O",
    "Р": "P",  # Cyrillic
    "С": "C",
    "Т": "T",
    "Х": "X",
    "У": "Y",
    "І": "I",
    "Ј": "J",
    "Ѕ": "S",  # Cyrillic
    "ο": "o",
    "ν": "v",
    "ι": "i",
    "κ": "k",  # Greek lowercase
    "Α": "A",
    "Β": "B",
    "Ε": "E",
    "Η": "H",
    "Ι": "I",
    "Κ": "K",
    "Μ": "M",  # Greek
    "Ν": "N",
    "Ο": "O",
    "Ρ": "P",
    "Τ": "T",
    "Χ": "X",
    "Υ": "Y",
    "Ζ": "Z",  # Greek
}

# ---------------------------------------------------------------------------
# One spelling of the syllables written with "i" or with "y" (both are in use; the rules are
# written with "y"): only the vowel changes, one character for one, so "tỉ lệ" and "tỷ lệ",
# "kỉ luật" and "kỷ luật", "quí I" and "quý I" read alike. Each rule: (regex of the vowel, our
# own examples "before -> after"). "tỉ" changes only as a number word or before the nouns it
# forms ("tỉ mỉ", meticulous, stays); "sĩ" ("bác sĩ", "chiến sĩ") is left as written.
IY_SPELLINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # (each pattern starts with "qu" or a rare toned vowel and looks back over it, so the scan
    # skips ahead quickly; "qu" must start its word, which normalise checks)
    (
        r"[qQ][uU][iíìỉĩịIÍÌỈĨỊ](?![\w])",
        ("qui định -> quy định", "quí I năm 2020 -> quý I năm 2020", "Quĩ vì người nghèo -> Quỹ vì người nghèo"),
    ),
    (r"[ỉĩỈĨ](?<=\b[kK].)(?![\w])", ("kỉ luật -> kỷ luật", "kĩ thuật -> kỹ thuật", "thế kỉ -> thế kỷ")),
    (r"[íÍ](?<=\b[lL].)(?![\w])", ("quản lí -> quản lý", "lí luận chính trị -> lý luận chính trị")),
    (
        r"[ỉỈ](?<=\b[tT].)(?=\s+(?i:lệ|trọng|suất|số|đồng|usd)(?![\w]))",
        ("tỉ lệ -> tỷ lệ", "TỈ LỆ -> TỶ LỆ", "tỉ trọng -> tỷ trọng", "3 tỉ đồng -> 3 tỷ đồng"),
    ),
    (r"[ỉỈ](?<=\d [tT].)(?![\w])", ("1.200 tỉ, -> 1.200 tỷ,",)),
)
IY_KEPT: tuple[str, ...] = ("tỉ mỉ", "tỉ tê", "bác sĩ", "chiến sĩ", "lì lợm", "tỉnh", "kìm", "quít")
I_TO_Y = str.maketrans("iíìỉĩịIÍÌỈĨỊ", "yýỳỷỹỵYÝỲỶỸỴ")

# ---------------------------------------------------------------------------
# Tone placement. One style: the one underthesea's text_normalize produces and most
# Vietnamese newspapers print ("hòa", "khỏe", "thủy", "ủy"; "hoàn", "quý", "thuở").
# Rule per syllable (initial "qu"/"gi" not counted as part of the vowel nucleus):
#   1. a vowel with its own mark (ă â ê ô ơ ư) takes the tone; with two, the last ("ươ" -> ơ);
#   2. else a single vowel takes it;
#   3. else with a final consonant, the last vowel ("oàn", "uýt");
#   4. else two vowels: the first ("hòa", "tài", "thủy"); three: the middle ("ngoài").
NUCLEI: tuple[str, ...] = (
    # two vowels, e.g. "hai", "hoa", "khuya" has three (below)
    "ai",
    "ao",
    "au",
    "ay",
    "âu",
    "ây",
    "eo",
    "êu",
    "ia",
    "iê",
    "iu",
    "oa",
    "oă",
    "oe",
    "oi",
    "ôi",
    "ơi",
    "oo",
    "ua",
    "uâ",
    "uê",
    "ui",
    "uô",
    "uơ",
    "uy",
    "ưa",
    "ưi",
    "ươ",
    "ưu",
    "yê",
    # three vowels, e.g. "tiêu", "ngoài", "tuổi", "người", "khuyên", "khuỷu"
    "iêu",
    "yêu",
    "oai",
    "oay",
    "oeo",
    "uây",
    "uôi",
    "ươi",
    "ươu",
    "uya",
    "uyê",
    "uyu",
)
# Vowels that may follow "qu" / "gi" (the u / i there belong to the initial): "quý", "già".
AFTER_QU: tuple[str, ...] = (
    "a",
    "ă",
    "â",
    "e",
    "ê",
    "i",
    "o",
    "ơ",
    "y",
    "ai",
    "ao",
    "ay",
    "ây",
    "oi",
    "ơi",
    "yê",
    "ya",
    "eo",
    "êu",
    "uy",
)
AFTER_GI: tuple[str, ...] = (
    "a",
    "ă",
    "â",
    "e",
    "ê",
    "o",
    "ô",
    "ơ",
    "u",
    "ư",
    "ai",
    "ao",
    "au",
    "ay",
    "âu",
    "ây",
    "eo",
    "êu",
    "oi",
    "ôi",
    "ơi",
    "ua",
    "uô",
    "ưa",
    "ươ",
    "ưu",
    "uôi",
    "ươi",
    "ươu",
)
CODAS: tuple[str, ...] = ("ch", "ng", "nh", "c", "m", "n", "p", "t")


# ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Furniture:
    """A line of page furniture: ``pattern`` must match the whole line (after an optional
    bullet). ``where`` is ``"line"`` (drop such a line anywhere), ``"tail"`` (only in the
    trailing run of furniture lines) or ``"cut"`` (a related-news heading: drop it and all
    that follows when every later line is short, i.e. a list of headlines)."""

    name: str
    pattern: str
    where: str
    examples: tuple[str, ...]


_NUM = r"\d[\d., \u00a0]*"  # "760341", "1 205", "1.205"

FURNITURE: tuple[Furniture, ...] = (
    Furniture(
        "visitor_counter",
        r"(?:Lượt xem|Lượt đọc|Lượt truy cập|Số lượt (?:truy cập|xem|đọc)|Tổng (?:số )?lượt truy cập"
        r"|Đang (?:truy cập|online|trực tuyến|xem)|Số người đang (?:xem|truy cập|online))"
        rf"(?:\s*:?\s*{_NUM})?",
        "line",
        ("Lượt xem: 1234", "Số lượt truy cập", "Đang truy cập: 35", "• Đang online: 10"),
    ),
    Furniture(
        "counter_heading",
        r"(?:Thống kê (?:lượt )?truy cập|Bộ đếm(?: truy cập)?|Thống kê)",
        "tail",
        ("Thống kê truy cập", "Bộ đếm"),
    ),
    Furniture(
        "counter_stat",
        r"(?:Hôm nay|Hôm qua|Trong (?:tuần|tháng|năm)|Tuần (?:này|trước)|Tháng (?:này|trước)"
        rf"|Tất cả|Tổng(?: cộng)?|Online|Khách|Thành viên)\s*:\s*{_NUM}",
        "tail",
        ("Hôm nay: 171", "Trong tuần: 1 205", "Tất cả: 760341"),
    ),
    Furniture(
        "pager",
        r"(?:(?:\d{1,3}|«|»|‹|›|<<|>>|<|>|“|”)\s+){2,}(?:\d{1,3}|\.{2,}|…|»|›|>>|>|”)(?:\s*(?:\.{2,}|…))?",
        "tail",
        ("1 2 3 4 5 ...", "1 2 3 4 5  ... ", "« 1 2 3 »"),
    ),
    Furniture(
        "page_of",
        r"Trang\s+\d{1,4}\s*(?:/|trên|của)\s*\d{1,4}|Trang (?:trước|sau|tiếp|đầu|cuối)",
        "line",
        ("Trang 1/3", "Trang 2 / 10", "Trang sau"),
    ),
    Furniture(
        "related_heading",
        r"(?:Tin cùng chuyên mục|Tin liên quan|Các tin khác|Tin khác|Tin bài liên quan|Bài liên quan"
        r"|Bài viết liên quan|Các bài (?:viết )?khác|Tin mới hơn|Tin cũ hơn|Tin đã đưa|Xem thêm)",
        "cut",
        ("Tin cùng chuyên mục", "Tin liên quan", "Các tin khác", "Bài viết liên quan:"),
    ),
    Furniture(
        "listing_heading",
        r"(?:Mới nhất|Tin mới(?: nhất)?|Xem nhiều(?: nhất)?|Đọc nhiều(?: nhất)?|Tin (?:xem|đọc) nhiều"
        r"|Tin nổi bật|Tiêu điểm|Tin tiêu điểm|Văn bản mới|VĂN BẢN MỚI|VIDEO CLIPS?|Video|Thư viện ảnh"
        r"|Liên kết website|Tra cứu (?:tạp chí|văn bản)[^\n]{0,60})",
        "tail",
        (
            "Mới nhất",
            "Xem nhiều nhất",
            "VĂN BẢN MỚI",
            "VIDEO CLIPS",
            "Tra cứu tạp chí in trước năm 2010:",
        ),
    ),
    Furniture(
        "feedback",
        r"(?:Phản hồi|Gửi phản hồi|Ý kiến bạn đọc|Ý kiến của bạn|Gửi ý kiến|Bình luận|Viết bình luận)",
        "tail",
        ("Phản hồi", "Ý kiến bạn đọc", "Gửi ý kiến"),
    ),
    Furniture(
        "share_buttons",
        r"(?:Chia sẻ(?: bài viết)?|Share|Tweet|Facebook|Zalo|Twitter|Like|In bài(?: viết)?|Bản in|Print"
        r"|Gửi (?:email|bài viết|cho bạn bè)|Lưu bài(?: viết)?|Email|Về đầu trang|Lên đầu trang|Đầu trang"
        r"|Quay lại|Trở về)"
        r"(?:\s*[|/·•,-]?\s*(?:Chia sẻ|Share|Tweet|Facebook|Zalo|Twitter|Like|In bài(?: viết)?|Bản in"
        r"|Print|Gửi (?:email|bài viết)|Lưu bài(?: viết)?|Email|Về đầu trang|Quay lại|Trở về))*",
        "line",
        ("Chia sẻ", "In bài", "Chia sẻ | In bài | Gửi email", "Facebook Zalo"),
    ),
    Furniture(
        "tags",
        r"(?:Từ khóa|Từ khoá|Tags?)\s*:[^\n]{0,200}",
        "tail",
        ("Từ khóa: xây dựng Đảng, chi bộ", "Tags: Điện Biên"),
    ),
)

# Sentences that mention the same words inside article text: no rule may remove them.
FURNITURE_NEGATIVE: tuple[str, ...] = (
    "Các đồng chí đã chia sẻ kinh nghiệm xây dựng chi bộ vững mạnh.",
    "Chia sẻ tại hội nghị, Bí thư Đảng ủy xã cho biết có 1 2 3 tổ công tác.",
    "Tổng cộng có 1.250 đảng viên được khen thưởng trong năm 2020.",
    "Hôm nay, Đảng bộ xã Hòa Phú tổ chức đại hội nhiệm kỳ 2020-2025.",
    "Trang 3 của báo cáo nêu rõ số liệu về công tác phát triển đảng viên.",
    "Phản hồi ý kiến cử tri, Thường trực Huyện ủy đã chỉ đạo giải quyết dứt điểm.",
    "Xem thêm phụ lục 2 kèm theo báo cáo này.",
    "Lượt xem xét hồ sơ kết nạp đảng viên được thực hiện công khai.",
    "Video clip tuyên truyền được phát trên sóng truyền hình tỉnh.",
)
