"""Rule data for legal references, validated on import (:func:`validate`).

Document-type words, the abbreviations of Party and State symbols, Party issuer
codes, the bodies that issue documents, and the 63 provinces (before the 2025
reorganisation) that tell one Tỉnh ủy's "04-NQ/TU" from another's. Each entry has a
short note or example beside it.
"""

from __future__ import annotations

from typing import Final

# Words that name a document type -> canonical doc_type. Matched with either case
# of the first letter ("Quy định 76", "quy định 76"); a type word alone, without a
# number, symbol, plenum or congress, is not a reference ("các nghị quyết chuyên đề").
DOC_TYPES: Final[dict[str, str]] = {
    "Nghị quyết": "Nghị quyết",  # e.g. "Nghị quyết số 04-NQ/TU"
    "Nghị": "Nghị quyết",  # a truncated "Nghị 09": kept only when it aliases a full reference
    "Chỉ thị": "Chỉ thị",  # e.g. "Chỉ thị số 05-CT/TW"
    "Quy định": "Quy định",  # e.g. "Quy định số 04-QĐi/TU", "quy định 76"
    "Quyết định": "Quyết định",  # e.g. "Quyết định số 4275-QĐ/TU", "Quyết định số 12/2020/QĐ-TTg"
    "Thông báo": "Thông báo",  # e.g. "Thông báo số 206-TB/ThU"
    "Hướng dẫn": "Hướng dẫn",  # e.g. "Hướng dẫn số 08"
    "Kết luận": "Kết luận",  # e.g. "Kết luận số 21-KL/TW"
    "Kế hoạch": "Kế hoạch",  # e.g. "Kế hoạch số 12-KH/TU"; not "kế hoạch 5 năm"
    "Công văn": "Công văn",  # e.g. "Công văn số 1234-CV/TU"
    "Đề án": "Đề án",  # e.g. "Đề án số 03-ĐA/TU"
    "Chương trình": "Chương trình",  # e.g. "Chương trình số 15-CTr/TU"
    "Quy chế": "Quy chế",  # e.g. "Quy chế số 05-QC/TU"
    "Thông tri": "Thông tri",  # e.g. "Thông tri số 03-TT/TW"
    "Luật": "Luật",  # e.g. "Luật số 22/2008/QH12"
    "Nghị định": "Nghị định",  # e.g. "Nghị định số 04/2016/NĐ-CP"
    "Thông tư": "Thông tư",  # e.g. "Thông tư số 15/2023/TT-BNV"
}

# Generic type words: the symbol's type code names the type ("Văn bản số 45-CV/TU" is
# a Công văn); without a symbol they are not a reference ("văn bản số 12").
GENERIC_TYPES: Final[tuple[str, ...]] = (
    "Văn bản",  # e.g. "Văn bản số 45-CV/TU", "văn bản số 123/UBND-VX"
)

# Words between a type word and "số <symbol>" that name the kind of document; the
# type word before them names the type. E.g. "Thông báo kết luận số 156-TB/TU" is a
# Thông báo, "Chương trình hành động số 15-CTr/TU" a Chương trình.
TYPE_MODIFIERS: Final[tuple[str, ...]] = (
    "hành động",  # e.g. "Chương trình hành động số 15-CTr/TU"
    "kết luận",  # e.g. "Thông báo kết luận số 156-TB/TU"
    "liên tịch",  # e.g. "Kế hoạch liên tịch số 05-KH/..."
    "phối hợp",  # e.g. "Kế hoạch phối hợp số 12-KH/..."
    "chỉ đạo",  # e.g. "Công văn chỉ đạo số 356-CV/TU"
    "triển khai",  # e.g. "Kế hoạch triển khai số 45-KH/TU"
    "thực hiện",  # e.g. "Kế hoạch thực hiện số 20-KH/HU"
    "chuyên đề",  # e.g. "Nghị quyết chuyên đề số 09-NQ/ĐU"
    "công tác",  # e.g. "Chương trình công tác số 08-CTr/HPN"
)

# Laws cited by name ("Luật Cán bộ, công chức"): the name as written after "Luật".
# A name not listed here is read only when "năm YYYY" closes it ("Luật Thủ đô năm 2024").
LAW_NAMES: Final[tuple[str, ...]] = (
    "Cán bộ, công chức",  # e.g. "Luật Cán bộ, công chức năm 2008"
    "Viên chức",  # e.g. "Luật Viên chức"
    "Đất đai",  # e.g. "Luật Đất đai năm 2013"
    "Tổ chức chính quyền địa phương",  # e.g. "Luật Tổ chức chính quyền địa phương năm 2015"
    "Tổ chức Chính phủ",
    "Tổ chức Quốc hội",
    "Ngân sách nhà nước",  # e.g. "Luật Ngân sách nhà nước"
    "Đầu tư công",  # e.g. "Luật Đầu tư công năm 2019"
    "Đầu tư",
    "Doanh nghiệp",
    "Hợp tác xã",
    "Phòng, chống tham nhũng",  # e.g. "Luật Phòng, chống tham nhũng năm 2018"
    "Thực hành tiết kiệm, chống lãng phí",
    "Tiếp công dân",
    "Khiếu nại",
    "Tố cáo",
    "Thanh tra",
    "Ban hành văn bản quy phạm pháp luật",
    "Bảo vệ môi trường",
    "Lâm nghiệp",
    "Thủy sản",
    "Giáo dục",
    "Bảo hiểm xã hội",
    "Bảo hiểm y tế",
    "Dân quân tự vệ",
    "Nghĩa vụ quân sự",
    "Công an nhân dân",
    "An ninh mạng",
    "Tín ngưỡng, tôn giáo",
    "Mặt trận Tổ quốc Việt Nam",
    "Thực hiện dân chủ ở cơ sở",
    "Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân",
    "Đơn vị hành chính",
)

# Type abbreviation in a Party symbol ("04-NQ/TU") -> doc_type (the words, when
# present, win: "Quy định số 76-QĐ/TW" is a Quy định).
PARTY_TYPE_CODES: Final[dict[str, str]] = {
    "NQ": "Nghị quyết",  # e.g. "04-NQ/TU"
    "CT": "Chỉ thị",  # e.g. "05-CT/TW"
    "QĐ": "Quyết định",  # e.g. "4275-QĐ/TU" (older Quy định also used QĐ: "76-QĐ/TW")
    "QĐi": "Quy định",  # e.g. "14-QĐi/TU"
    "TB": "Thông báo",  # e.g. "206-TB/ThU"
    "HD": "Hướng dẫn",  # e.g. "08-HD/BTCTU"
    "KL": "Kết luận",  # e.g. "21-KL/TW"
    "KH": "Kế hoạch",  # e.g. "12-KH/TU"
    "CV": "Công văn",  # e.g. "1234-CV/TU"
    "ĐA": "Đề án",  # e.g. "03-ĐA/TU"
    "CTr": "Chương trình",  # e.g. "15-CTr/TU"
    "QC": "Quy chế",  # e.g. "05-QC/TU"
    "TT": "Thông tri",  # e.g. "03-TT/TW"
}

# Type abbreviation in a State symbol ("04/2016/NĐ-CP") -> doc_type.
STATE_TYPE_CODES: Final[dict[str, str]] = {
    "NĐ": "Nghị định",  # e.g. "04/2016/NĐ-CP"
    "TT": "Thông tư",  # e.g. "15/2023/TT-BNV"
    "QĐ": "Quyết định",  # e.g. "12/2020/QĐ-TTg"
    "NQ": "Nghị quyết",  # e.g. "35/2021/NQ-HĐND"
    "CT": "Chỉ thị",  # e.g. "05/CT-TTg"
    "QH": "Luật",  # e.g. "22/2008/QH12"
    "KH": "Kế hoạch",  # e.g. "45/KH-UBND"
    "TB": "Thông báo",  # e.g. "12/TB-UBND"
    "HD": "Hướng dẫn",  # e.g. "05/HD-SNV"
}
# A State symbol whose first part is not a type code above is an official letter of
# that body: "1234/UBND-VX" is a Công văn of the UBND (VX is the drafting office).
STATE_LETTER_TYPE: Final = "Công văn"

# Party issuer codes (after "/" in a symbol) -> (meaning, central?).
ISSUER_CODES: Final[dict[str, tuple[str, bool]]] = {
    "TW": ("Trung ương: Ban Chấp hành, Bộ Chính trị, Ban Bí thư", True),  # e.g. "05-CT/TW"
    "TU": ("Tỉnh ủy, or Thành ủy of a centrally-run city", False),  # e.g. "04-NQ/TU"
    "HU": ("Huyện ủy", False),  # e.g. "3602-QĐ/HU"
    "ThU": ("Thị ủy, or Thành ủy of a provincial city", False),  # e.g. "206-TB/ThU"
    "QU": ("Quận ủy", False),  # e.g. "10-NQ/QU"
    "ĐU": ("Đảng ủy (xã, phường, cơ sở)", False),  # e.g. "05-NQ/ĐU"
    "ĐUK": ("Đảng ủy Khối (cơ quan, doanh nghiệp tỉnh)", False),  # e.g. "02-NQ/ĐUK"
    "BCSĐ": ("Ban cán sự đảng", False),  # e.g. "01-NQ/BCSĐ"
    "ĐĐ": ("Đảng đoàn", False),  # e.g. "03-NQ/ĐĐ"
    "BTCTU": ("Ban Tổ chức Tỉnh ủy", False),  # e.g. "08-HD/BTCTU"
    "BTGTU": ("Ban Tuyên giáo Tỉnh ủy", False),  # e.g. "12-HD/BTGTU"
    "UBKTTU": ("Ủy ban Kiểm tra Tỉnh ủy", False),  # e.g. "03-HD/UBKTTU"
    "ĐUQS": ("Đảng ủy Quân sự tỉnh", False),  # e.g. "45-NQ/ĐUQS"
    "ĐUCA": ("Đảng ủy Công an tỉnh", False),  # e.g. "10-NQ/ĐUCA"
    "BCĐ": ("Ban Chỉ đạo", False),  # e.g. "05-KH/BCĐ"
    "ĐUQSTW": ("Đảng ủy Quân sự Trung ương", True),  # e.g. "765-NQ/ĐUQSTW"
    "QUTW": ("Quân ủy Trung ương", True),  # e.g. "109-NQ/QUTW"
    "ĐUCATW": ("Đảng ủy Công an Trung ương", True),  # e.g. "12-NQ/ĐUCATW"
    "BTCTW": ("Ban Tổ chức Trung ương", True),  # e.g. "12-HD/BTCTW"
    "BTGTW": ("Ban Tuyên giáo Trung ương", True),  # e.g. "125-HD/BTGTW"
    "BDVTW": ("Ban Dân vận Trung ương", True),  # e.g. "21-HD/BDVTW"
    "BNCTW": ("Ban Nội chính Trung ương", True),  # e.g. "05-HD/BNCTW"
    "UBKTTW": ("Ủy ban Kiểm tra Trung ương", True),  # e.g. "02-HD/UBKTTW"
    "VPTW": ("Văn phòng Trung ương", True),  # e.g. "45-HD/VPTW"
    "ĐUKCQTW": ("Đảng ủy Khối các cơ quan Trung ương", True),  # e.g. "10-NQ/ĐUKCQTW"
    "ĐUKDNTW": ("Đảng ủy Khối Doanh nghiệp Trung ương", True),  # e.g. "08-NQ/ĐUKDNTW"
}

# State issuers (after "-" in "NĐ-CP", or "QH12") that are central.
STATE_CENTRAL: Final[tuple[str, ...]] = (
    "CP",  # Chính phủ, e.g. "04/2016/NĐ-CP"
    "TTg",  # Thủ tướng, e.g. "12/2020/QĐ-TTg"
    "QH",  # Quốc hội, e.g. "22/2008/QH12"
    "UBTVQH",  # Ủy ban Thường vụ Quốc hội
    "VPCP",  # Văn phòng Chính phủ
    "B",  # any ministry: "BNV", "BTC", "BCA" ... (prefix)
)

# Bodies named beside a reference ("của Ban Bí thư", "Tỉnh ủy Nghệ An đã ban hành").
# head -> issuer code when the body itself (or its standing committee) issues; None
# for a body with no code of its own.
ISSUER_HEADS: Final[dict[str, str | None]] = {
    "Ban Bí thư": "TW",  # e.g. "của Ban Bí thư Trung ương"
    "Bộ Chính trị": "TW",  # e.g. "Chỉ thị số 05-CT/TW của Bộ Chính trị"
    "Ban Chấp hành Trung ương": "TW",  # e.g. "của Ban Chấp hành Trung ương Đảng"
    "BCH Trung ương": "TW",
    "Trung ương": "TW",  # e.g. "của Trung ương"
    "Tỉnh ủy": "TU",  # e.g. "Tỉnh ủy Nghệ An", "BTV Tỉnh ủy"
    "Thành ủy": "TU",  # e.g. "Thành ủy Hà Nội"
    "Huyện ủy": "HU",  # e.g. "Huyện ủy Tuần Giáo"
    "Thị ủy": "ThU",  # e.g. "Thị ủy Mường Lay"
    "Quận ủy": "QU",  # e.g. "Quận ủy Ba Đình"
    "Đảng ủy Khối": "ĐUK",  # e.g. "Đảng ủy Khối các cơ quan tỉnh"
    "Đảng ủy": "ĐU",  # e.g. "Đảng ủy xã Yên Lập"
    "Đảng bộ": None,  # code from its level: "BCH Đảng bộ tỉnh Điện Biên" -> TU
    "Thủ tướng Chính phủ": "TTg",  # e.g. "Quyết định số 12/QĐ-TTg của Thủ tướng Chính phủ"
    "Chính phủ": "CP",  # e.g. "Nghị định của Chính phủ"
    "Quốc hội": "QH",  # e.g. "Luật của Quốc hội"
    "UBND": None,  # e.g. "UBND tỉnh"
    "Ủy ban nhân dân": None,
    "HĐND": None,
    "Hội đồng nhân dân": None,
}

# Level word after "Đảng bộ" -> issuer code: e.g. "BCH Đảng bộ tỉnh Điện Biên" -> TU.
PARTY_LEVELS: Final[dict[str, str]] = {
    "tỉnh": "TU",  # e.g. "Đảng bộ tỉnh"
    "thành phố": "TU",  # e.g. "Đảng bộ thành phố Hà Nội"
    "huyện": "HU",  # e.g. "Đảng bộ huyện Chiêm Hóa"
    "thị xã": "ThU",  # e.g. "Đảng bộ thị xã Mường Lay"
    "quận": "QU",  # e.g. "Đảng bộ quận Ba Đình"
    "xã": "ĐU",  # e.g. "Đảng bộ xã Hòa Phú"
    "phường": "ĐU",  # e.g. "Đảng bộ phường Hưng Bình"
    "thị trấn": "ĐU",  # e.g. "Đảng bộ thị trấn Vĩnh Lộc"
}

# Words before the body that keep the body's code (its own organs) vs. departments
# that have none ("Hướng dẫn số 08 của Ban Tổ chức Tỉnh ủy" has no code of its own).
ISSUER_PREFIXES: Final[dict[str, bool]] = {
    "BCH": True,  # e.g. "BCH Đảng bộ tỉnh Điện Biên"
    "Ban Chấp hành": True,  # e.g. "Ban Chấp hành Đảng bộ tỉnh"
    "BTV": True,  # e.g. "BTV Tỉnh ủy"
    "Ban Thường vụ": True,  # e.g. "Ban Thường vụ Tỉnh ủy"
    "Thường trực": True,  # e.g. "Thường trực Tỉnh ủy"
    "Ban Tổ chức": False,  # e.g. "Ban Tổ chức Tỉnh ủy Nghệ An"
    "Ban Tuyên giáo": False,  # e.g. "Ban Tuyên giáo Tỉnh ủy"
    "Ban Dân vận": False,
    "Ban Nội chính": False,
    "Ban Kinh tế": False,
    "Ủy ban Kiểm tra": False,  # e.g. "Ủy ban Kiểm tra Tỉnh ủy"
    "UBKT": False,
    "Văn phòng": False,  # e.g. "Văn phòng Tỉnh ủy"
    "Ban cán sự đảng": False,
    "Đảng đoàn": False,
}

# Words after a bare number that make it a count or a time, not a document number:
# e.g. "kế hoạch 5 năm", "chương trình 2 tháng".
NOT_A_NUMBER_AFTER: Final[tuple[str, ...]] = (
    "năm",  # e.g. "kế hoạch 5 năm"
    "tháng",  # e.g. "chương trình 6 tháng"
    "quý",
    "tuần",
    "giờ",
    "lần",
    "người",
    "đảng viên",
    "đồng chí",
    "xã",
    "tỷ",
    "triệu",
    "nghìn",
    "ngàn",
)

# Ordinal words for plenums: "Hội nghị lần thứ tư" -> 4.
ORDINALS: Final[dict[str, int]] = {
    "nhất": 1,  # e.g. "Hội nghị lần thứ nhất"
    "hai": 2,
    "ba": 3,
    "tư": 4,  # e.g. "Hội nghị lần thứ tư Ban Chấp hành Trung ương"
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
    "mười ba": 13,
    "mười bốn": 14,
    "mười lăm": 15,
}

# The 63 provinces and centrally-run cities before the 2025 reorganisation.
PROVINCES: Final[tuple[str, ...]] = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh",
    "Bến Tre", "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau",
    "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai",
    "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
    "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hồ Chí Minh", "Hưng Yên", "Khánh Hòa",
    "Kiên Giang", "Kon Tum", "Lai Châu", "Lạng Sơn", "Lào Cai", "Lâm Đồng", "Long An",
    "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình",
    "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
    "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang",
    "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
)  # fmt: skip

# Other spellings -> the name above.
PROVINCE_ALIASES: Final[dict[str, str]] = {
    "Bà Rịa-Vũng Tàu": "Bà Rịa - Vũng Tàu",  # e.g. "Tỉnh ủy Bà Rịa-Vũng Tàu"
    "Bà Rịa – Vũng Tàu": "Bà Rịa - Vũng Tàu",
    "Thừa Thiên - Huế": "Thừa Thiên Huế",  # e.g. "tỉnh Thừa Thiên - Huế"
    "Thừa Thiên – Huế": "Thừa Thiên Huế",
    "Đắc Lắc": "Đắk Lắk",  # old spelling
    "Đắk Lắc": "Đắk Lắk",
    "Bắc Cạn": "Bắc Kạn",  # old spelling
    "TP Hồ Chí Minh": "Hồ Chí Minh",
    "TP. Hồ Chí Minh": "Hồ Chí Minh",
}

# Words before a province name that make it the report's place: first word (either
# case) -> the words that may follow it ("" = none). E.g. "tỉnh Điện Biên", "Tỉnh ủy
# Nghệ An", "thành phố Hà Nội". "Hồ Chí Minh" alone is the leader's name ("tư tưởng Hồ
# Chí Minh"), so it counts only after one of these.
PLACE_TRIGGERS: Final[dict[str, tuple[str, ...]]] = {
    "tỉnh": ("", "ủy"),  # e.g. "Đảng bộ tỉnh Trà Vinh", "Tỉnh ủy Điện Biên"
    "thành": ("phố", "ủy"),  # e.g. "thành phố Hồ Chí Minh", "Thành ủy Cần Thơ"
}

# The rules of the extractor, by stable name, with examples.
RULES: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "party_symbol": (
        "type word + Party symbol",
        ("Nghị quyết số 04-NQ/TU ngày 23-5-2016", "Nghị quyết 09 – NQ/TU"),
    ),
    "state_symbol": (
        "type word + State symbol",
        ("Nghị định số 04/2016/NĐ-CP", "Thông tư 15/2023/TT-BNV"),
    ),
    "number_only": (
        "type word + number (a full reference or an alias)",
        ("Chỉ thị số 10", "Nghị quyết 04", "quy định 76"),
    ),
    "central_plenum": (
        "Central Committee plenum resolution",
        ("Nghị quyết Trung ương 4 (khóa XI, XII)",),
    ),
    "congress": ("resolution of a Party congress", ("Nghị quyết Đại hội Đảng bộ huyện",)),
    "party_charter": ("the Party Charter", ("Điều lệ Đảng",)),
    "bare_symbol": ("a Party symbol without a type word", ("04-NQ/TU",)),
    "named_law": ("a law cited by its name", ("Luật Cán bộ, công chức năm 2008", "Luật Đất đai")),
}


def validate() -> None:
    """Check the tables; raises ValueError on the first inconsistency."""
    doc_types = set(DOC_TYPES.values()) | {"Điều lệ"}
    if STATE_LETTER_TYPE not in doc_types or set(GENERIC_TYPES) & set(DOC_TYPES):
        raise ValueError("STATE_LETTER_TYPE must be a doc_type; GENERIC_TYPES are not doc types")
    if len(set(LAW_NAMES)) != len(LAW_NAMES) or not all(n[0].isupper() for n in LAW_NAMES):
        raise ValueError("LAW_NAMES: each name once, capitalised as written")
    for table in (PARTY_TYPE_CODES, STATE_TYPE_CODES):
        for code, doc_type in table.items():
            if doc_type not in doc_types:
                raise ValueError(f"type code {code}: unknown doc_type {doc_type!r}")
    for code, (meaning, central) in ISSUER_CODES.items():
        if not meaning or not isinstance(central, bool):
            raise ValueError(f"ISSUER_CODES[{code}]: meaning and central flag required")
        if code.endswith("TW") != central:
            raise ValueError(f"ISSUER_CODES[{code}]: a code is central exactly when it ends in TW")
    for head, code in ISSUER_HEADS.items():
        if code is not None and code not in ISSUER_CODES and code not in STATE_CENTRAL:
            raise ValueError(f"ISSUER_HEADS[{head}]: unknown code {code}")
    if len(PROVINCES) != 63 or len(set(PROVINCES)) != 63:
        raise ValueError("PROVINCES must list the 63 pre-2025 provinces once each")
    for alias, name in PROVINCE_ALIASES.items():
        if name not in PROVINCES:
            raise ValueError(f"PROVINCE_ALIASES[{alias}]: {name!r} is not a province")
    if sorted(ORDINALS.values()) != list(range(1, len(ORDINALS) + 1)):
        raise ValueError("ORDINALS must number 1..n without gaps")
    for name, (note, examples) in RULES.items():
        if not note or not examples:
            raise ValueError(f"rule {name}: a note and at least one example are required")


validate()
