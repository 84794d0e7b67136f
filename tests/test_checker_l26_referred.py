"""A total referred back by a bare "Trong" or "Phân tích" (twenty-sixth session), our own
sentences: "thi hành kỷ luật 29 đảng viên: khiển trách 17, …" then "Trong 27 đảng viên bị kỷ luật
trong quý có …". The earlier total must be confirmed by its parts and be the only total of the
event before; the later phrase names nothing but the event (and the report's own period).

Each row: (text, expected repeat verdict or None for no inconsistent verdict of any kind,
figures as stated: earlier, later).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

CASES = [
    (
        "Năm 2024, Đảng bộ huyện kết nạp 126 đảng viên mới: khối xã 84, khối cơ quan 30, khối lực lượng vũ trang 12. Công tác tạo nguồn được quan tâm. Trong 124 đảng viên được kết nạp có 41 đồng chí là người dân tộc thiểu số.",
        "inconsistent",
        [126, 124],
    ),
    (
        "Năm 2024, Đảng bộ huyện kết nạp 126 đảng viên mới: khối xã 84, khối cơ quan 30, khối lực lượng vũ trang 12. Trong 126 đảng viên được kết nạp có 41 đồng chí là người dân tộc thiểu số.",
        "consistent",
        [126, 126],
    ),
    (
        "Ủy ban kiểm tra các cấp đã thi hành kỷ luật 21 đảng viên, gồm khiển trách 12, cảnh cáo 6, cách chức 1, khai trừ 2. So với năm trước giảm 4 trường hợp.\n\nPhân tích 23 đảng viên bị kỷ luật cho thấy vi phạm chủ yếu về đất đai và tài chính.",
        "inconsistent",
        [21, 23],
    ),
    (
        "Trong đợt này, cấp ủy các cấp kiểm tra 64 chi bộ, trong đó chi bộ thôn 38, chi bộ cơ quan 17, chi bộ trường học 9. Nội dung kiểm tra tập trung vào chất lượng sinh hoạt.\n- Trong 62 chi bộ được kiểm tra, có 5 chi bộ còn hạn chế trong việc ghi biên bản.",
        "inconsistent",
        [64, 62],
    ),
    # narrowed after the event (and 27 = 19 + 8, some of the parts)
    (
        "Các cấp thi hành kỷ luật 31 đảng viên: khiển trách 19, cảnh cáo 8, khai trừ 4. Phân tích 27 đảng viên bị kỷ luật bằng hình thức khiển trách và cảnh cáo cho thấy vi phạm chủ yếu về đất đai.",
        None,
        [],
    ),
    # narrowed by a cause
    (
        "Các cấp thi hành kỷ luật 31 đảng viên: khiển trách 19, cảnh cáo 8, khai trừ 4. Trong 29 đảng viên bị kỷ luật do vi phạm đất đai có 3 đồng chí là cấp ủy viên.",
        None,
        [],
    ),
    # two totals of the event before: which one is meant is unsaid
    (
        "Năm 2023 các cấp thi hành kỷ luật 24 đảng viên: khiển trách 15, cảnh cáo 6, khai trừ 3. Năm 2024 các cấp thi hành kỷ luật 18 đảng viên: khiển trách 11, cảnh cáo 5, khai trừ 2. Trong 20 đảng viên bị kỷ luật có 4 đồng chí là cấp ủy viên.",
        None,
        [],
    ),
    # far from the total: another set
    (
        "Các cấp thi hành kỷ luật 31 đảng viên: khiển trách 19, cảnh cáo 8, khai trừ 4. Trong 12 đảng viên bị kỷ luật có 3 đồng chí là cấp ủy viên.",
        None,
        [],
    ),
    # a place named before the count
    (
        "Các cấp thi hành kỷ luật 31 đảng viên: khiển trách 19, cảnh cáo 8, khai trừ 4. Tại Đảng bộ xã Tân Lập, trong 30 đảng viên bị kỷ luật có 3 đồng chí là cấp ủy viên.",
        None,
        [],
    ),
    # a count added in between (31 + 2 = 33)
    (
        "Các cấp thi hành kỷ luật 31 đảng viên: khiển trách 19, cảnh cáo 8, khai trừ 4. Ngoài ra, các chi bộ kỷ luật 2 đảng viên. Trong 33 đảng viên bị kỷ luật có 3 đồng chí là cấp ủy viên.",
        None,
        [],
    ),
    # a wider span before the lead (after a comma, not a bare lead)
    (
        "Các cấp thi hành kỷ luật 31 đảng viên: khiển trách 19, cảnh cáo 8, khai trừ 4. Tính chung hai năm, trong 33 đảng viên bị kỷ luật có 3 đồng chí là cấp ủy viên.",
        None,
        [],
    ),
]


@pytest.mark.parametrize("text,verdict,figures", CASES)
def test_referred_back(text: str, verdict: str | None, figures: list[float]) -> None:
    if verdict is None:
        assert alarms(text) == []
        return
    checks = checks_of(text, "repeat")
    assert told(checks, "repeat", verdict, figures), [(c.verdict, c.figures, c.why) for c in checks]
    if verdict == "inconsistent":
        assert [k for k, _ in alarms(text)] == ["repeat"]
