"""Recall round 24a (granularity): GRIM slips said close after their base in words the other
readings do not take (see ``_near_rows`` and the bare "Trong số này, P% …" of
``_among_them_rows`` in vnreport_miner/checker/granularity.py). Every passage is written by us
(none is copied from a report).

- the count's own words or deed before the separator ("33 trường công lập,", "13 đại biểu dự,",
  "24 đại biểu trúng cử …;", "được đánh giá, xếp loại"), its year ("24 chi bộ năm 2024,") or a
  bracket that splits it into its own units ("24 chi bộ (17 chi bộ nông thôn, 7 chi bộ cơ quan);");
- a colon, a dash or a bracket as the separator;
- a member's attribute with no link ("; nữ 38,5%", "cơ cấu nữ …") or named after a bare percent
  ("37,5% nữ, 20,8% dưới 40 tuổi");
- the pass rate of an assessed set with no noun ("kiểm tra 24 tổ chức đảng, tỷ lệ đạt …") and the
  grades of an assessed set ("Xếp loại 24 chi bộ: hoàn thành tốt nhiệm vụ …");
- the rate of the count's own noun after any verb of assessing, or a bare percent and its
  predicate after ";" or ":", also as a later item of a list ("100% thôn có điện, 87,5% thôn
  có nhà văn hóa").

Each planted passage has a consistent twin (the right figure); the traps state a percent near a
small count that is not a share of it (a plan, another noun, another time, a wider body,
attendance over meetings, a vote share, a pool of two counts).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of

from vnreport_miner.records import Check


def _checks(text: str) -> list[Check]:
    return checks_of(text, "granularity")


# 81 planted slips the checker finds (of 101 written)
PLANTED = [
    "Năm 2023, Ủy ban Kiểm tra Huyện ủy đã kiểm tra 24 tổ chức đảng, tỷ lệ đạt 87,7%.",
    "Đảng ủy xã giám sát 17 chi bộ trực thuộc, tỷ lệ đạt yêu cầu 82,6%.",
    "Tổ chức sát hạch cho 31 công chức cấp xã, tỷ lệ đạt là 87,3%.",
    "Có 26 học viên dự thi cuối khóa, tỷ lệ đạt yêu cầu là 88,7%.",
    "Đánh giá chất lượng sinh hoạt của 38 chi bộ; tỷ lệ đạt loại khá trở lên 87,0%.",
    "Đã nghiệm thu 19 công trình giao thông nông thôn, tỷ lệ đạt chất lượng 79,1%.",
    "Thực hiện kiểm tra khi có dấu hiệu vi phạm đối với 16 đảng viên, tỷ lệ hoàn thành 81,5%.",
    "Kỳ thi tuyển viên chức có 42 thí sinh dự thi, tỷ lệ trúng tuyển 88,3%.",
    "Hội đồng đã xét 33 sáng kiến cấp cơ sở: tỷ lệ đạt 88,1%.",
    "Khảo sát 35 tổ chức cơ sở đảng về thực hiện quy chế dân chủ, tỷ lệ đạt yêu cầu 88,8%.",
    "Đại hội bầu Ban Chấp hành gồm 21 đồng chí; nữ 38,3%, trẻ dưới 40 tuổi 23,8%.",
    "Ban Thường vụ Huyện ủy có 15 đồng chí, nữ 26,9%.",
    "Hội đồng nhân dân xã khóa mới có 27 đại biểu; người dân tộc thiểu số 33,5%, nữ 37,0%.",
    "Ủy ban Kiểm tra Đảng ủy gồm 13 đồng chí: nữ 23,3%; dưới 40 tuổi 30,8%.",
    "Năm 2024 kết nạp 37 đảng viên, trong đó nữ 32,6%, người dân tộc thiểu số 54,1%.",
    "Chi ủy gồm 11 đồng chí - nữ 27,5%, trẻ 18,2%.",
    "Đoàn đại biểu dự Đại hội cấp trên gồm 19 đồng chí; đại biểu nữ 37,0%.",
    "Ban Chấp hành Đảng bộ tỉnh khóa mới gồm 45 đồng chí; nữ 35,8%, tái cử 64,4%.",
    "Kết quả bầu cử, 24 đại biểu trúng cử Hội đồng nhân dân huyện; nữ 29,4%, ngoài Đảng 12,5%.",
    "Tổ công tác của Ban Tổ chức gồm 17 cán bộ, cán bộ nữ 29,6%.",
    "Ban Chấp hành Hội Liên hiệp Thanh niên xã gồm 30 ủy viên; nữ: 36,9%.",
    "Hội nghị có 13 đại biểu dự, 46,4% là nữ.",
    "Có 29 đảng viên tham gia lớp học, 41,6% là đảng viên trẻ.",
    "Đại hội đã bầu 35 đồng chí vào Ban Chấp hành, 34,5% là nữ.",
    "Có 11 đồng chí trúng cử Ban Thường vụ, nữ chiếm 27,5%.",
    "Năm nay, 25 đảng viên được kết nạp, đảng viên nữ chiếm 36,2%.",
    "Tổng số 41 cán bộ được cử đi đào tạo, trong đó 41,7% là cán bộ nữ.",
    "Có 22 hội viên được bầu vào Ban Chấp hành Hội, 63,8% dưới 35 tuổi.",
    "Lớp trung cấp lý luận chính trị có 47 học viên theo học, học viên nữ chiếm tỷ lệ 42,8%.",
    "Có 16 đồng chí dự hội nghị tập huấn, trong đó 56,5% là bí thư chi bộ.",
    "Đợt này có 14 quần chúng ưu tú được xét kết nạp, 35,9% là nữ.",
    "Kỳ họp có 32 đại biểu có mặt, 40,8% là đại biểu nữ.",
    "Toàn xã có 23 đồng chí được khen thưởng, nữ chiếm 35,0%.",
    "Ban Chấp hành Đảng bộ phường có 15 đồng chí; 46,9% là nữ.",
    "Huyện có 21 xã; 62,1% có trạm y tế đạt chuẩn quốc gia.",
    "Tổ hòa giải có 12 thành viên; 41,9% đã qua tập huấn nghiệp vụ.",
    "Trường có 36 giáo viên, 86,3% đạt trình độ trên chuẩn.",
    "Xã có 28 tổ hợp tác; 68,1% số tổ hợp tác có hợp đồng tiêu thụ sản phẩm ổn định.",
    "Toàn khối có 14 chi bộ cơ quan; 64,5% chi bộ đã ban hành quy chế làm việc.",
    "Huyện có 46 hợp tác xã nông nghiệp, 82,8% số hợp tác xã hoạt động có hiệu quả.",
    "Đảng bộ có 10 chi bộ trực thuộc; 70,2% được xếp loại hoàn thành tốt nhiệm vụ.",
    "Có 27 thôn, bản; 74,3% số thôn, bản đã có đường bê tông.",
    "Năm 2024, thành phố có 33 trường công lập, 76,0% số trường đạt chuẩn quốc gia.",
    "Ban Chỉ đạo có 13 thành viên; 77,1% là lãnh đạo các phòng, ban chuyên môn.",
    "Huyện có 24 xã, thị trấn, tỷ lệ xã, thị trấn đạt chuẩn tiếp cận pháp luật 79,4%.",
    "Xã có 17 thôn, tỷ lệ thôn đạt danh hiệu thôn văn hóa đạt 70,8%.",
    "Đảng ủy khối có 31 tổ chức cơ sở đảng, tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên đạt 80,8%.",
    "Kiểm tra 22 đảng viên; tỷ lệ đảng viên chấp hành tốt đạt 77,5%.",
    "Phường có 14 khu phố. Tỷ lệ khu phố có mô hình tự quản đạt 78,8%.",
    "Chi bộ có 43 đảng viên, tỷ lệ đảng viên được xếp loại hoàn thành tốt nhiệm vụ đạt 81,6%.",
    "Ban Chấp hành Hội Nông dân có 37 ủy viên, tỷ lệ ủy viên có trình độ trung cấp trở lên là 81,3%.",
    "Đến nay huyện có 16 xã; tỷ lệ xã có chợ đạt chuẩn 69,0%.",
    "Đảng ủy đã giám sát 21 chi bộ, kết quả 76,4% số chi bộ thực hiện tốt.",
    "Thị trấn có 26 tổ dân phố, trong đó 73,3% số tổ dân phố có camera an ninh.",
    "Toàn huyện có 34 tổ chức cơ sở đảng; cuối năm, 79,6% số tổ chức cơ sở đảng được đánh giá hoàn thành tốt nhiệm vụ.",
    "Đoàn kiểm tra làm việc tại 15 xã: 73,5% số xã đã ban hành kế hoạch.",
    "Năm 2024 có 40 doanh nghiệp đăng ký mới, 72,7% số doanh nghiệp thuộc lĩnh vực thương mại.",
    "Ở 18 thôn vùng đồng bào có đạo, 66,9% số thôn đã có trưởng thôn là đảng viên.",
    "Xã có 11 chi hội phụ nữ, 54,7% số chi hội có mô hình tiết kiệm.",
    "Đã bồi dưỡng cho 32 bí thư chi bộ; 65,8% số bí thư chi bộ là người dân tộc thiểu số.",
    "Trên địa bàn có 25 nhà văn hóa thôn, 72,2% số nhà văn hóa có trang thiết bị đạt chuẩn.",
    "Chi bộ hiện có 19 đảng viên. Nữ chiếm 31,8%.",
    "Xã có 35 tổ liên gia tự quản. Trong số này, 63,1% hoạt động thường xuyên.",
    "Huyện có 12 xã. Trong đó, 58,5% số xã đạt chuẩn nông thôn mới nâng cao.",
    "Đợt 1 kết nạp 27 đảng viên (trong đó nữ 37,2%).",
    "Toàn Đảng bộ có 44 chi bộ trực thuộc — 68,4% chi bộ sinh hoạt chuyên đề hằng quý.",
    "Ban Chấp hành Đoàn khóa mới có 16 ủy viên. Tỷ lệ nữ: 31,5%.",
    "Trường có 38 cán bộ, giáo viên, nhân viên; trình độ đại học trở lên chiếm 71,3%.",
    "Có 30 hộ tham gia mô hình, tỷ lệ hộ có lãi đạt 70,2%.",
    "Kiểm tra 24 chi bộ, tỷ lệ đạt 90%.",
    "Hội nghị có 13 đại biểu dự, 48% là nữ.",
    "Đảng bộ có 24 chi bộ (17 chi bộ nông thôn, 7 chi bộ cơ quan); 87,7% số chi bộ hoàn thành tốt nhiệm vụ.",
    "Đánh giá 24 chi bộ năm 2024, tỷ lệ chi bộ hoàn thành tốt nhiệm vụ 87,7%.",
    "Đảng bộ có 24 chi bộ trực thuộc, tỷ lệ chi bộ đạt trong sạch, vững mạnh 87,7%.",
    "Ban Chấp hành có 21 đồng chí (7 đồng chí là Ủy viên Ban Thường vụ); 38,3% là nữ.",
    "Chi bộ có 16 đảng viên, 31,5% nữ, 18,8% dưới 35 tuổi.",
    "Kiểm tra 12 chi bộ năm 2024: 58,5% đạt yêu cầu.",
    "Hội Cựu chiến binh xã có 35 hội viên; 34,5% là đảng viên.",
    "Xã có 24 thôn, 100% thôn có điện lưới, 87,7% thôn có nhà văn hóa.",
    "Huyện có 18 xã; 100% số xã có trạm y tế, 61,3% số xã có bác sĩ.",
    "Toàn huyện có 32 trường học, 93,8% trường có phòng tin học, 78,3% trường có thư viện đạt chuẩn.",
]

# 20 planted slips still missed (not asserted):
#   Năm 2024, huyện tổ chức thẩm định 44 hồ sơ đề nghị công nhận gia đình văn hóa, tỷ lệ đạt 88,8%.
#   Qua kiểm tra 23 cơ sở sản xuất kinh doanh thực phẩm, tỷ lệ đạt yêu cầu về an toàn thực phẩm là 87,2%.
#   Ban Tuyên giáo chấm 29 bài thu hoạch của báo cáo viên; tỷ lệ đạt loại khá, giỏi 89,9%.
#   Trong năm, phúc tra 27 hộ được công nhận thoát nghèo, tỷ lệ đạt đúng tiêu chí 92,8%.
#   Năm 2024 rà soát 18 thôn theo bộ tiêu chí khu dân cư kiểu mẫu, tỷ lệ đạt 89,1%.
#   Kết nạp 33 đảng viên mới (nữ 33,5%, đoàn viên thanh niên 72,7%).
#   18 đồng chí được điều động, luân chuyển trong năm; nữ chiếm 28,0%.
#   Cuộc thi thu hút 26 đội tham gia, 27,1% số đội đến từ các xã vùng cao.
#   39 thí sinh trúng tuyển, 41,2% là người địa phương.
#   Đã tổ chức 19 buổi đối thoại; 79,1% số buổi do bí thư chủ trì.
#   Trong 20 hợp tác xã được đánh giá, tỷ lệ hợp tác xã khá, tốt đạt 65,2%.
#   Đảng bộ có 9 chi bộ, tỉ lệ chi bộ đạt trong sạch vững mạnh đạt 78,0%.
#   Thị xã có 28 trường mầm non và phổ thông; tỷ lệ trường đạt chuẩn quốc gia 82,3%.
#   Năm 2024, 12 cơ quan hành chính được đánh giá chỉ số cải cách hành chính, tỷ lệ cơ quan xếp loại tốt là 91,9%.
#   Đã phúc tra 23 đơn vị; kết luận 74,1% số đơn vị chấp hành nghiêm.
#   Ban Chấp hành khóa mới gồm 21 đồng chí:\n- Nữ: 38,3%;\n- Dưới 40 tuổi: 23,8%.
#   Cơ cấu Ban Chấp hành (29 đồng chí): nữ 34,7%, trẻ 20,7%, dân tộc thiểu số 37,9%.
#   Tổ chức 13 cuộc kiểm tra chuyên đề, 69,4% số cuộc phát hiện sai phạm.
#   Năm 2024, Ủy ban Kiểm tra giải quyết 21 đơn thư, tỷ lệ giải quyết đúng hạn 81,2%.
#   Thị trấn có 14 tổ dân phố (9 tổ dân phố cũ, 5 tổ dân phố mới thành lập), tỷ lệ tổ dân phố có nhà văn hóa đạt 64,5%.

# consistent twins: planted passages with the right figure
TWINS = [
    "Năm 2023, Ủy ban Kiểm tra Huyện ủy đã kiểm tra 24 tổ chức đảng, tỷ lệ đạt 87,5%.",
    "Có 26 học viên dự thi cuối khóa, tỷ lệ đạt yêu cầu là 88,5%.",
    "Hội đồng đã xét 33 sáng kiến cấp cơ sở: tỷ lệ đạt 87,9%.",
    "Năm 2024 kết nạp 37 đảng viên, trong đó nữ 32,4%, người dân tộc thiểu số 54,1%.",
    "Tổ công tác của Ban Tổ chức gồm 17 cán bộ, cán bộ nữ 29,4%.",
    "Tổng số 41 cán bộ được cử đi đào tạo, trong đó 41,5% là cán bộ nữ.",
    "Lớp trung cấp lý luận chính trị có 47 học viên theo học, học viên nữ chiếm tỷ lệ 42,6%.",
    "Kỳ họp có 32 đại biểu có mặt, 40,6% là đại biểu nữ.",
    "Toàn khối có 14 chi bộ cơ quan; 64,3% chi bộ đã ban hành quy chế làm việc.",
    "Ban Chỉ đạo có 13 thành viên; 76,9% là lãnh đạo các phòng, ban chuyên môn.",
    "Phường có 14 khu phố. Tỷ lệ khu phố có mô hình tự quản đạt 78,6%.",
    "Đảng ủy đã giám sát 21 chi bộ, kết quả 76,2% số chi bộ thực hiện tốt.",
    "Ở 18 thôn vùng đồng bào có đạo, 66,7% số thôn đã có trưởng thôn là đảng viên.",
    "Chi bộ hiện có 19 đảng viên. Nữ chiếm 31,6%.",
    "Ban Chấp hành Đoàn khóa mới có 16 ủy viên. Tỷ lệ nữ: 31,3%.",
    "Hội nghị có 13 đại biểu dự, 46% là nữ.",
    "Đảng bộ có 24 chi bộ (17 chi bộ nông thôn, 7 chi bộ cơ quan); 87,5% số chi bộ hoàn thành tốt nhiệm vụ.",
    "Đánh giá 24 chi bộ năm 2024, tỷ lệ chi bộ hoàn thành tốt nhiệm vụ 87,5%.",
    "Chi bộ có 16 đảng viên, 31,3% nữ, 18,8% dưới 35 tuổi.",
    "Hội Cựu chiến binh xã có 35 hội viên; 34,3% là đảng viên.",
    "Xã có 24 thôn, 100% thôn có điện lưới, 87,5% thôn có nhà văn hóa.",
    "Huyện có 18 xã; 100% số xã có trạm y tế, 61,1% số xã có bác sĩ.",
]

# traps: a percent beside a small count that is no share of it
TRAPS = [
    "Năm 2023, Ủy ban Kiểm tra đã kiểm tra 24 tổ chức đảng, tỷ lệ đạt 87,7% kế hoạch.",
    "Kiểm tra 24 tổ chức đảng, tỷ lệ đạt 87,7% chỉ tiêu Huyện ủy giao.",
    "Xã có 24 thôn, tỷ lệ hộ nghèo còn 4,4%.",
    "Huyện hiện có 16 xã; trước sáp nhập, tỷ lệ đạt chuẩn là 69,0%.",
    "Chi bộ có 24 đảng viên, tỷ lệ tham gia sinh hoạt đạt 87,7%.",
    "Ban Chấp hành gồm 21 đồng chí; tỷ lệ nữ trong toàn Đảng bộ 38,3%.",
    "Hội nghị có 13 đại biểu dự, tỷ lệ biểu quyết tán thành 92,5%.",
    "Kiểm tra 24 tổ chức đảng, tỷ lệ đảng viên đạt yêu cầu 87,7%.",
    "Có 26 học viên dự thi, tỷ lệ đạt của khóa trước là 88,7%.",
    "Đánh giá 38 chi bộ; tỷ lệ đạt loại khá trở lên toàn tỉnh 87,0%.",
    "Ban Chấp hành 21 đồng chí; nữ 38,3% tổng số cấp ủy viên các cấp.",
    "Trường có 36 giáo viên, 86,3% học sinh đạt học lực khá trở lên.",
    "Đại hội bầu 35 đồng chí vào Ban Chấp hành, đạt 94,5% số dư.",
    "Kỳ họp có 32 đại biểu có mặt, đạt 94,0% tổng số đại biểu.",
    "Có 27 thôn, bản; 74,3% số hộ đã có đường bê tông đến nhà.",
    "Thị trấn có 26 tổ dân phố, trong đó 73,3% số hộ có camera an ninh.",
    "Năm 2024 rà soát 18 thôn; tỷ lệ đạt chuẩn nông thôn mới của huyện 83,5%.",
    "Hội nghị có 13 đại biểu dự, tỷ lệ đại biểu phát biểu ý kiến bình quân mỗi kỳ 46,4%.",
    "Huyện có 21 xã; 62,1% dân số là người dân tộc thiểu số.",
    "Có 25 đảng viên được kết nạp, đảng viên nữ chiếm 36,2% tổng số đảng viên của Đảng bộ.",
    "Kiểm tra 24 tổ chức đảng, tỷ lệ đạt yêu cầu của toàn tỉnh 87,7%.",
    "Chi bộ có 24 đảng viên; tỷ lệ đảng viên dự sinh hoạt đạt 87,7%.",
    "Xã có 12 thôn, 83,5% hộ dân đã dùng nước sạch.",
    "Đoàn kiểm tra làm việc với 24 chi bộ; 87,7% ý kiến đề nghị tăng cường giám sát.",
    "Đảng bộ có 24 chi bộ; bình quân 87,7% đảng viên tham gia sinh hoạt.",
    "Có 18 đồng chí trúng cử Ban Chấp hành, đạt 83,5% số dư dự kiến.",
    "Có 40 doanh nghiệp đăng ký mới, 72,7% vốn thuộc lĩnh vực thương mại.",
    "Có 17 xã đạt chuẩn nông thôn mới, 70,8% số xã toàn huyện.",
    "Đảng bộ có 24 chi bộ (1.250 đảng viên); 37,7% là nữ.",
    "Có 86 học sinh bỏ học năm 2024, tỷ lệ học sinh bỏ học 1,4%.",
    "Huyện có 24 xã (năm 2020 có 26 xã); 87,7% số xã đạt chuẩn.",
    "Chi bộ có 16 đảng viên (5 đảng viên dự bị); 31,5% số đảng viên dự bị là nữ.",
    "Xã có 24 thôn, 100% thôn có điện, 87,7% hộ dùng nước sạch.",
    "Xã có 24 thôn, 100% thôn có điện, 87,7% số hộ toàn xã dùng nước sạch.",
    "Huyện có 18 xã; 100% số xã có trạm y tế, 61,3% dân số tham gia bảo hiểm y tế.",
]


@pytest.mark.parametrize("text", PLANTED)
def test_planted_slip_is_found(text: str) -> None:
    assert any(c.verdict == "inconsistent" for c in _checks(text)), text


@pytest.mark.parametrize("text", TWINS)
def test_twin_is_consistent(text: str) -> None:
    got = _checks(text)
    assert any(c.verdict == "consistent" for c in got), text
    assert not alarms(text), text


@pytest.mark.parametrize("text", TRAPS)
def test_trap_raises_no_alarm(text: str) -> None:
    assert not alarms(text), text
