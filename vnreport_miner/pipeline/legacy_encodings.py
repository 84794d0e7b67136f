"""Legacy 8-bit Vietnamese encodings: TCVN3 (ABC), VNI-Windows and Windows-1258.

Reports from the 1990s-2000s were typed in ``.VnTime`` (TCVN3) or ``VNI-Times`` fonts and
saved as plain bytes; some web pages still serve them. Python has a ``cp1258`` codec but
none for TCVN3 or VNI, so the tables live here, as data, with decoders and encoders.
The encoders exist for tests and for building fixtures ("Đảng ủy" -> TCVN3 b"\xa7\xb6ng \xf1y").

- TCVN3: the TCVN 5712:1993 table (its VN1 form, as glibc's ``TCVN5712-1``): lowercase
  letters in 0xA8-0xFE, the seven base capitals in 0xA1-0xA7, toned capitals in the C0/C1
  slots and gaps. ABC (VN3) files use only the lowercase block and base capitals, a
  subset, so one decoder reads both. Bytes 0xB0-0xB4 are combining tone marks.
- VNI-Windows: a letter is its base byte followed by one modifier byte that carries the
  vowel mark and tone together ("ấ" = "a" + 0xE1); a few letters are single bytes
  ("đ" = 0xF1, "ơ" = 0xF4, "ư" = 0xF6, "ị" = 0xF2). Capitals use the byte 0x20 lower
  (the Latin-1 capital of the same glyph). 0x80-0x9F are the Windows-1252 punctuation.
- Windows-1258: a letter is a base (with its vowel mark) plus a combining tone mark, so
  the decoded text is NFC-composed.
"""

from __future__ import annotations

import unicodedata

# Combining tone marks, in the order Vietnamese teaching lists them:
# huyền (grave), sắc (acute), hỏi (hook), ngã (tilde), nặng (dot below).
TONE_MARKS = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")

# Every vowel base (with its vowel mark) and "đ"; each vowel takes the five tones.
VOWEL_BASES = "aăâeêioôơuưy"
VIETNAMESE_LETTERS: tuple[str, ...] = tuple(
    unicodedata.normalize("NFC", base + mark)
    for base in VOWEL_BASES + VOWEL_BASES.upper()
    for mark in ("", *TONE_MARKS)
) + ("đ", "Đ")
"""All 146 vowel letters (12 bases x 6 tones x 2 cases) plus "đ", "Đ": "a", "ặ", "Ự" ..."""


def split_tone(letter: str) -> tuple[str, str]:
    """Split a precomposed letter into (base with vowel mark, tone mark or "").

    >>> split_tone("ặ")
    ('ă', '\u0323')
    """
    nfd = unicodedata.normalize("NFD", letter)
    tone = next((c for c in nfd if c in TONE_MARKS), "")
    base = unicodedata.normalize("NFC", nfd.replace(tone, "")) if tone else letter
    return base, tone


# ---------------------------------------------------------------------------
# TCVN3 (TCVN 5712:1993, VN1 superset of ABC/VN3). Bytes not listed decode as Latin-1
# (ASCII, NBSP 0xA0 and "ý" 0xFD, which the standard keeps at its Latin-1 place).
TCVN3_DECODE: dict[int, str] = {
    0x01: "Ú",  # a C0 control slot reused for a capital (VN1 only)
    0x02: "Ụ",  # a C0 control slot reused for a capital (VN1 only)
    0x04: "Ừ",  # a C0 control slot reused for a capital (VN1 only)
    0x05: "Ử",  # a C0 control slot reused for a capital (VN1 only)
    0x06: "Ữ",  # a C0 control slot reused for a capital (VN1 only)
    0x11: "Ứ",  # a C0 control slot reused for a capital (VN1 only)
    0x12: "Ự",  # a C0 control slot reused for a capital (VN1 only)
    0x13: "Ỳ",  # a C0 control slot reused for a capital (VN1 only)
    0x14: "Ỷ",  # a C0 control slot reused for a capital (VN1 only)
    0x15: "Ỹ",  # a C0 control slot reused for a capital (VN1 only)
    0x16: "Ý",  # a C0 control slot reused for a capital (VN1 only)
    0x17: "Ỵ",  # a C0 control slot reused for a capital (VN1 only)
    0x80: "À",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x81: "Ả",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x82: "Ã",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x83: "Á",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x84: "Ạ",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x85: "Ặ",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x86: "Ậ",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x87: "È",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x88: "Ẻ",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x89: "Ẽ",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x8A: "É",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x8B: "Ẹ",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x8C: "Ệ",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x8D: "Ì",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x8E: "Ỉ",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x8F: "Ĩ",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x90: "Í",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x91: "Ị",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x92: "Ò",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x93: "Ỏ",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x94: "Õ",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x95: "Ó",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x96: "Ọ",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x97: "Ộ",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x98: "Ờ",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x99: "Ở",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x9A: "Ỡ",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x9B: "Ớ",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x9C: "Ợ",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x9D: "Ù",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x9E: "Ủ",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0x9F: "Ũ",  # C1 slot: capital (VN1 only; ABC fonts type capitals with lowercase codes)
    0xA1: "Ă",
    0xA2: "Â",
    0xA3: "Ê",
    0xA4: "Ô",
    0xA5: "Ơ",
    0xA6: "Ư",
    0xA7: "Đ",
    0xA8: "ă",
    0xA9: "â",
    0xAA: "ê",
    0xAB: "ô",
    0xAC: "ơ",
    0xAD: "ư",
    0xAE: "đ",
    0xAF: "Ằ",  # capital in a gap of the lowercase block (VN1 only)
    0xB0: "\u0300",  # combining grave accent: VN1 spells some letters as base + mark
    0xB1: "\u0309",  # combining hook above: VN1 spells some letters as base + mark
    0xB2: "\u0303",  # combining tilde: VN1 spells some letters as base + mark
    0xB3: "\u0301",  # combining acute accent: VN1 spells some letters as base + mark
    0xB4: "\u0323",  # combining dot below: VN1 spells some letters as base + mark
    0xB5: "à",
    0xB6: "ả",
    0xB7: "ã",
    0xB8: "á",
    0xB9: "ạ",
    0xBA: "Ẳ",  # capital in a gap of the lowercase block (VN1 only)
    0xBB: "ằ",
    0xBC: "ẳ",
    0xBD: "ẵ",
    0xBE: "ắ",
    0xBF: "Ẵ",  # capital in a gap of the lowercase block (VN1 only)
    0xC0: "Ắ",  # capital in a gap of the lowercase block (VN1 only)
    0xC1: "Ầ",  # capital in a gap of the lowercase block (VN1 only)
    0xC2: "Ẩ",  # capital in a gap of the lowercase block (VN1 only)
    0xC3: "Ẫ",  # capital in a gap of the lowercase block (VN1 only)
    0xC4: "Ấ",  # capital in a gap of the lowercase block (VN1 only)
    0xC5: "Ề",  # capital in a gap of the lowercase block (VN1 only)
    0xC6: "ặ",
    0xC7: "ầ",
    0xC8: "ẩ",
    0xC9: "ẫ",
    0xCA: "ấ",
    0xCB: "ậ",
    0xCC: "è",
    0xCD: "Ể",  # capital in a gap of the lowercase block (VN1 only)
    0xCE: "ẻ",
    0xCF: "ẽ",
    0xD0: "é",
    0xD1: "ẹ",
    0xD2: "ề",
    0xD3: "ể",
    0xD4: "ễ",
    0xD5: "ế",
    0xD6: "ệ",
    0xD7: "ì",
    0xD8: "ỉ",
    0xD9: "Ễ",  # capital in a gap of the lowercase block (VN1 only)
    0xDA: "Ế",  # capital in a gap of the lowercase block (VN1 only)
    0xDB: "Ồ",  # capital in a gap of the lowercase block (VN1 only)
    0xDC: "ĩ",
    0xDD: "í",
    0xDE: "ị",
    0xDF: "ò",
    0xE0: "Ổ",  # capital in a gap of the lowercase block (VN1 only)
    0xE1: "ỏ",
    0xE2: "õ",
    0xE3: "ó",
    0xE4: "ọ",
    0xE5: "ồ",
    0xE6: "ổ",
    0xE7: "ỗ",
    0xE8: "ố",
    0xE9: "ộ",
    0xEA: "ờ",
    0xEB: "ở",
    0xEC: "ỡ",
    0xED: "ớ",
    0xEE: "ợ",
    0xEF: "ù",
    0xF0: "Ỗ",  # capital in a gap of the lowercase block (VN1 only)
    0xF1: "ủ",
    0xF2: "ũ",
    0xF3: "ú",
    0xF4: "ụ",
    0xF5: "ừ",
    0xF6: "ử",
    0xF7: "ữ",
    0xF8: "ứ",
    0xF9: "ự",
    0xFA: "ỳ",
    0xFB: "ỷ",
    0xFC: "ỹ",
    0xFE: "ỵ",
    0xFF: "Ố",  # capital in a gap of the lowercase block (VN1 only)
}

_TCVN3_DECODE_TABLE: dict[int, str] = dict(TCVN3_DECODE)
# Encoder: letters to their byte; Latin-1 bytes that TCVN3 reuses for letters cannot be
# written as themselves (an input "µ" must fail, not come back as "à").
_TCVN3_ENCODE_TABLE: dict[int, str | None] = {
    code: None for code in range(0x100) if code in TCVN3_DECODE
}
_TCVN3_ENCODE_TABLE.update({ord(char): chr(byte) for byte, char in TCVN3_DECODE.items()})


def decode_tcvn3(data: bytes) -> str:
    """Decode TCVN3 bytes. E.g. b"\xa7\xb6ng" -> "Đảng"."""
    return unicodedata.normalize("NFC", data.decode("latin-1").translate(_TCVN3_DECODE_TABLE))


def _translate_strict(text: str, table: dict[int, str | None], name: str) -> bytes:
    """Apply an encoder table; a character the table deletes or that is beyond Latin-1 fails."""
    text = unicodedata.normalize("NFC", text)
    out = text.translate(table)
    try:
        data = out.encode("latin-1")
    except UnicodeEncodeError as exc:
        raise UnicodeEncodeError(name, exc.object, exc.start, exc.end, f"no {name} byte") from None
    if any(table.get(ord(char), "") is None for char in text):
        bad = next(char for char in text if table.get(ord(char), "") is None)
        raise UnicodeEncodeError(name, bad, 0, 1, f"no {name} byte for this character")
    return data


def encode_tcvn3(text: str) -> bytes:
    """Encode to TCVN3 (toned capitals go to their VN1 slots). E.g. "Đảng" -> b"\\xa7\\xb6ng".

    Raises ``UnicodeEncodeError`` for a character TCVN3 cannot hold (e.g. "“").
    """
    return _translate_strict(text, _TCVN3_ENCODE_TABLE, "tcvn3")


# ---------------------------------------------------------------------------
# VNI-Windows. Lowercase bytes; a capital uses ``byte - 0x20``.
VNI_TONE = {  # tone byte after a, e, o, u, y, ơ, ư
    "\u0300": 0xF8,  # ø  huyền: "à" = "a" 0xF8
    "\u0301": 0xF9,  # ù  sắc
    "\u0309": 0xFB,  # û  hỏi
    "\u0303": 0xF5,  # õ  ngã
    "\u0323": 0xEF,  # ï  nặng
}
VNI_CIRCUMFLEX = {  # â ê ô: one byte carries the circumflex and the tone
    "": 0xE2,  # â  "â" = "a" 0xE2
    "\u0300": 0xE0,  # à
    "\u0301": 0xE1,  # á
    "\u0309": 0xE5,  # å
    "\u0303": 0xE3,  # ã
    "\u0323": 0xE4,  # ä
}
VNI_BREVE = {  # ă
    "": 0xEA,  # ê  "ă" = "a" 0xEA
    "\u0300": 0xE8,  # è
    "\u0301": 0xE9,  # é
    "\u0309": 0xFA,  # ú  (not ë: the hook-breve byte sits apart)
    "\u0303": 0xFC,  # ü
    "\u0323": 0xEB,  # ë
}
VNI_SINGLE = {  # letters that are one byte in VNI
    "đ": 0xF1,  # ñ
    "ơ": 0xF4,  # ô  (the byte of "ô" is "ơ"; the letter "ô" is "o" 0xE2)
    "ư": 0xF6,  # ö
    "ì": 0xEC,  # i keeps its own toned bytes ...
    "í": 0xED,
    "ỉ": 0xE6,  # æ
    "ĩ": 0xF3,  # ó
    "ị": 0xF2,  # ò
    "ỵ": 0xEE,  # î  ... and so does "ỵ" (the other y tones are "y" + tone byte)
}
_VNI_MODIFIER_BYTES = (
    frozenset(VNI_TONE.values())
    | frozenset(VNI_CIRCUMFLEX.values())
    | frozenset(VNI_BREVE.values())
)


def _vni_letter(letter: str) -> str:
    """VNI bytes (as Latin-1 characters) for one Vietnamese letter: "ấ" -> "a\xe1"."""
    upper = letter.isupper()
    low = letter.lower()
    if low in VNI_SINGLE:
        byte = VNI_SINGLE[low]
        return chr(byte - 0x20 if upper else byte)
    base, tone = split_tone(low)
    if base in "âêô":
        plain, byte = {"â": "a", "ê": "e", "ô": "o"}[base], VNI_CIRCUMFLEX[tone]
    elif base == "ă":
        plain, byte = "a", VNI_BREVE[tone]
    elif base in "ơư":
        plain, byte = chr(VNI_SINGLE[base]), VNI_TONE[tone]
    else:
        plain, byte = base, VNI_TONE[tone]
    if upper:
        plain, byte = plain.upper() if plain.isascii() else chr(ord(plain) - 0x20), byte - 0x20
    return plain + chr(byte)


_VNI_ENCODE_TABLE: dict[int, str | None] = {}
for _b in range(
    0x80, 0x100
):  # Latin-1 bytes VNI uses for marks/letters cannot stand for themselves
    if (_b | 0x20) in _VNI_MODIFIER_BYTES or (_b | 0x20) in VNI_SINGLE.values():
        _VNI_ENCODE_TABLE[_b] = None
for _b in range(0x80, 0xA0):  # Windows-1252 punctuation (“ ” – …) keeps its byte
    try:
        _VNI_ENCODE_TABLE[ord(bytes([_b]).decode("cp1252"))] = chr(_b)
    except UnicodeDecodeError:
        _VNI_ENCODE_TABLE[_b] = None
for _letter in VIETNAMESE_LETTERS:
    if not _letter.isascii():
        _VNI_ENCODE_TABLE[ord(_letter)] = _vni_letter(_letter)

# Decoder: modifier bytes become combining marks and NFC composes them with the base
# before them ("a" + 0xE1 -> "a" U+0302 U+0301 -> "ấ"); single-byte letters map directly.
_VNI_DECODE_TABLE: dict[int, str] = {}
for _marks, _table in (("", VNI_TONE), ("\u0302", VNI_CIRCUMFLEX), ("\u0306", VNI_BREVE)):
    for _tone, _byte in _table.items():
        _VNI_DECODE_TABLE[_byte] = _VNI_DECODE_TABLE[_byte - 0x20] = _marks + _tone
for _letter, _byte in VNI_SINGLE.items():
    _VNI_DECODE_TABLE[_byte], _VNI_DECODE_TABLE[_byte - 0x20] = _letter, _letter.upper()
for _b in range(0x80, 0xA0):
    try:
        _VNI_DECODE_TABLE[_b] = bytes([_b]).decode("cp1252")
    except UnicodeDecodeError:
        pass  # undefined in Windows-1252: keep the C1 control (the scorer counts it as junk)


def decode_vni(data: bytes) -> str:
    """Decode VNI-Windows bytes. E.g. b"\xd1a\xfbng" -> "Đảng"."""
    return unicodedata.normalize("NFC", data.decode("latin-1").translate(_VNI_DECODE_TABLE))


def encode_vni(text: str) -> bytes:
    """Encode to VNI-Windows. E.g. "Đảng" -> b"\\xd1a\\xfbng". Raises ``UnicodeEncodeError``."""
    return _translate_strict(text, _VNI_ENCODE_TABLE, "vni")


# ---------------------------------------------------------------------------
# Windows-1258: Python's codec, plus NFC on decode and base + tone mark on encode.
_CP1258_ENCODE_TABLE = {
    ord(letter): "".join(split_tone(letter))
    for letter in VIETNAMESE_LETTERS
    if split_tone(letter)[1]
}


def decode_cp1258(data: bytes) -> str:
    """Decode Windows-1258 and compose tone marks. E.g. b"\xd0a\xdeng" -> "Đảng"."""
    return unicodedata.normalize("NFC", data.decode("cp1258"))


def encode_cp1258(text: str) -> bytes:
    """Encode to Windows-1258 as Word did: base letter then a combining tone mark."""
    return unicodedata.normalize("NFC", text).translate(_CP1258_ENCODE_TABLE).encode("cp1258")


DECODERS = {"cp1258": decode_cp1258, "tcvn3": decode_tcvn3, "vni": decode_vni}
ENCODERS = {"cp1258": encode_cp1258, "tcvn3": encode_tcvn3, "vni": encode_vni}
