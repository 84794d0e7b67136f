"""The checker on the short-passage battery (tests/battery/): planted inconsistencies
found, no false alarm on the clean passages with their look-alike traps.

The passages were written by authors who never saw the checker (see ``scripts/battery.py``):
120 with one planted inconsistency each, 150 clean ones full of look-alike traps; and
55 clean passages (battery_e) on which two white-box reviewers once made the checker raise a
false alarm, kept so none comes back; and 119 more (battery_f) from a third review of the
rules added later (parallel places and bodies, two activities, two moments, rates of
something other than a group's members): 33 of them raised an alarm until fixed; 130
(battery_h) from a fourth review of the older rules (28 alarms, 27 fixed, the one left out
is a debatable economic structure under 100%); and 100 (battery_j) from a fifth review of
the newest rules (29 alarms, all fixed); and 84 (battery_k) from a sixth review (27 alarms:
a subset item inside a colon list, grades that leave the exempt out, an earlier level of
another body, place or subset, a yearly goal against the year's own plan; all fixed); and
104 (battery_l) from a seventh review (44 alarms: asides and nested items inside lists,
incomplete lists, attribute bullets, completion rates read as shares, subjects differing by
a word, vote shares and rates of other nouns under GRIM, other moments; all fixed); and
102 (battery_m) from an eighth review (43 alarms: float equality of decimal levels, stages
and properties listed as parts, changes inside list items, amounts rounded to two digits,
plans after a sub-item, rates of other bodies; 42 fixed, the one left out is a result
against a round plan, "58,4 nghìn tấn/57 nghìn tấn kế hoạch, đạt 102,6%", told as 102,5%);
and 106 (battery_n) from a ninth review (47 alarms: changes said against another year or
a plan, flows and half-years as anchors, two terms or seasons of one noun, rests that go
on, grades of another body, plans of one block; 46 fixed, the one left out reads "245 thôn …
trên tổng số 268 …, trong đó 112 …, đạt 41,8%" as a share of 268, which a reader may too);
and 154 (battery_o) from a tenth review (25 alarms: a whole that members joined, left or were
exempted from before its rate, a rate naming its own whole or a wider scope, bodies whose
inspected people are no members, a direction that contradicts the levels found, a balance
explained after it, two rates or activities sharing digits, a back-reference that sums the
items, spans and scopes in a referred total, a heading of another body, a whole at its
founding; all fixed; one passage left out: "Trong đó, 8 đồng chí là cấp ủy viên, chiếm 30,8%;
đảng viên nữ chiếm 16,1%" after 26 disciplined reads as a share of the 26); and 140
(battery_p) from an eleventh review (12 alarms: a rate of a subgroup named "trong số …" or of
two counts one verb was done to, bodies named without a number in a list, two counts framed
as "tính riêng"/"tính cả" or under two standards, a referred total the text enlarged, a
back-reference that matches an equal count or a remainder; all fixed); and 10 whole reports
(battery_q, 4-6 kB each, 277 checks) from a twelfth review (13 alarms: a table's rate column
read as shares of its total row, a list that details what was done set against the plan in
brackets, "4 huyện hội nêu trên" after "10 huyện hội"; all fixed); and 10 more whole reports and 4
probes (battery_r) from a thirteenth review (13 alarms: GRIM on one named or best member's
rate, an average, a percent with its own fraction or naming another noun's whole, a rate of
people over a count of meetings, a vote share; a change of a year whose level is not stated,
a bracketed plan taken as last year's level; a unit picked out by rank; all fixed); and 173 (battery_s) from a fourteenth, white-box
review of that day's new rules (31 alarms: words after "trở lên", another year, span or body
between a breakdown and its item's share, shares of another population after a change, levels
by year read as flows, a span not covered by its bracket, attributes of places read as members,
a bracket dated to another year, new members taken as all members, a nested item, a gap
explained in the next sentence, a bracketed points change; all fixed); and 12 whole reports
(battery_t, 267 checks) from a fifteenth review (13 alarms: a series "từ A … lên B … và C" whose
change runs to C, rates of each item's own whole read as shares of the list, subgroups "đang sinh
hoạt thường xuyên"/"chính thức" of a restated body, a yearly plan against a term's target, two
splits of one total across ";", the exempt in brackets as a whole; all fixed); and 12 more
(battery_u, 239 checks) from a sixteenth review (5 alarms: two bodies or places with the same
count of chi bộ, a profile at the start of the term against today's, a subset scope against
the whole the percent names, an earlier term's level read as a share; all fixed); and 150 (battery_v) from a seventeenth,
white-box review of the newest rules (37 alarms: a series walked past a level of another set,
"thêm" with a set of its own, footnote marks, years and scaled amounts read as bare levels, a
subset in a level's bracket, percents naming their whole in words, rates inside one member, a
term in other words, the moments "tái lập"/"lúc sáp nhập", those who took part, nested
fractions, a list's rate read as its last item's; all fixed); and 12 whole reports
(battery_w) from an eighteenth review, written without probing the tool first: 169 checks and
no false alarm on their first run; and 125 (battery_x) from a nineteenth, white-box review of
the newest rules (31 alarms: a span's bracket naming another plan, rates in plan tables whose
excess is in points or which are better lower, "Phân tích N …" of one form or another span, a
fall netted of arrivals or partly listed, "cấp tỉnh, cấp huyện, cấp xã" that are not all the
levels, comparatives against another group, closing "còn lại" items of a nested list, a term's
plan column against a yearly rate; all fixed, three of those rules withdrawn); and 12 whole
reports (battery_y) from a twentieth review, written blind: 176 checks and no false alarm on
their first run; and 139 (battery_z) from a twenty-first, white-box review of the newest table
rules (50 alarms: a header of years read as a total row, "+"/"•" sub-items added to the dash
rows, rows of rates, averages, money or other units, overlapping or partial sub-indicators,
flows and cumulative periods read as parts; rate rows with words after "trở lên", over change,
ratio or rounded-share columns, or of another block; a percent naming its own base after a
nearer "trong đó" count; a half-year plan against "kế hoạch năm"; all fixed: dash rows are an
alarm only when their labels make a known whole split, a rate row only when its label is the
bare rate and its column's four grades add up to the graded); and 169 (battery_za) from a
twenty-second, white-box review of the day's rules (39 alarms, 17 of them from that day's rules:
brackets naming some of a count ("nổi bật là", "tiêu biểu như", roles, hamlet names with
numbers, a noun run on before the bracket), table rows of averages, rates or indexes, a total
row of posts allotted or members proposed, plans of another count, action or period, a
subset's level read as "người", shares of a whole stated at another moment or of one school
or group; all fixed); and 181 (battery_zb) from a twenty-third, white-box review (59 alarms on
57 passages, 21 from that day's rules: wholes named by words that are another moment's, a
subset's, one school's or an event's count, a "Tổng thu" row over rows that are not all its
parts, columns of means, extremes or shared things beside split rows, percent columns "So
2023", past levels in brackets after "kế hoạch và vượt …", roles and stated overlaps in
brackets, a district-wide rate against one body's count; all fixed); and 213 (battery_zc) from a
twenty-fourth, white-box review of the change, repeat, fraction and GRIM rules (65 alarms on 63
passages: a change of another subject after a pair, a change against another moment, per-year
rates said after the percent or compound, multiples of another base, growth columns naming their
base, flows and balances with sub-items or merges, averages in a sentence of two spans, other
movements told nearby, flows or mid-year levels read as the start, a rate's fall read as a
growth rate; restated counts the text accounts for; subgroup, label or respective fractions; rates
pooled over years, meetings or a wider body; all fixed); and 12 whole reports (battery_zd) from a
twenty-fifth review, written blind: 220 checks, one false alarm on their first run (a fall of
one series tied to the pair of another across "song"; fixed); and 345 (battery_ze) from a
twenty-sixth, white-box review of the share, part-whole and target rules (35 alarms on 34
passages: a "trong đó" part under a sub-total with its own rate, a bare "đạt" after a plan,
subtotal and group rows added to their own rows, table columns counting communes or awards
that repeat across rows, a plan of another body or group; all fixed); and 141 (battery_zf) from a
twenty-seventh, white-box review of that day's recall rules (45 alarms on 35 passages: rate
columns of another base, stocks that are subsets or of another moment, earlier levels found
by search, targets of a sub-body, percent columns against last year, later wholes that are
plans, flows or another body's; all fixed, three of those rules made fit-only); and 16 whole
reports (battery_zg, 228 checks) from a twenty-eighth review, written blind (one alarm: a
bracket of who is left out of a count read as its parts; fixed); and 14 more (battery_zh, 148
checks) from a twenty-ninth, also blind (one alarm: a "trong đó" after a list read as of its last
item; fixed); and 125 (battery_zi) from a thirtieth, white-box review of the list-parts rule
(48 alarms: shares and GRIM tests whose whole was one item of a listed breakdown, lists under a
header of their own measure summing to a count by chance; all fixed); and 169 (battery_zj) from a
thirty-first, white-box review of that day's fixes (57 alarms: a share after a list moved onto
the list's total although it fitted the item, a lone "(306 hộ)" after "chiếm 11,9%" stepped over
as if it were a list's item, a share whose clause names a listed item, a share's whole in words
read as an achievement; all fixed, the move onto the total now made only when it fits); and 16
whole reports (battery_zk, 305 checks) from a thirty-second review, written blind: no false
alarm on their first run; and 14 more (battery_zl, 273 checks) from a thirty-third, also blind,
at the end of that session: no false alarm either; and 14 more (battery_zm, 230 checks) from a
thirty-fourth, blind, at the start of the next session: no false alarm; and 14 more (battery_zn,
244 checks) from a thirty-fifth, blind (one alarm: a "gồm:" list read as of the bracketed earlier
level before it; fixed); and 122 (battery_zo) from a thirty-sixth, white-box review of that day's
rules (43 alarms on 41 passages: GRIM bases taken from a verb's outcome, a body's name or one of
two pooled bodies; "so với đầu năm" against an event of the year's start; a ";" clause's level
taken from a flow; table rate columns with marked, mean, change or sub-rows; wholes found by
search that were a kind, one unit or another moment of the named whole; all fixed, the one left
out a whole dated by a bare past year that the passage gives no later year against); and 14 whole reports (battery_zp, 213 checks) from a thirty-seventh, blind
(one alarm: a count checked and the part of it found at fault, which a confirmed share relates,
read as one count restated; fixed); and 139 (battery_zq) from a thirty-eighth, white-box review
of that day's later rules (18 alarms: titles pooled by "và" before a "trong đó", a split whose
percent names another whole, sub-rows and marked rows read against a table's total row, GRIM
bases of another span or beside a wider count, a start of the year that is a kind, a table row
under a footnote, two years' counts across ";"; all fixed, the total-row reading made fit-only);
and 143 (battery_zr) from a thirty-ninth, white-box review of that day's last rules (39 alarms:
bare "(%)" columns of a plan table that were shares, excesses or growth, or rows a note
explains; differences and their rates against a bracketed level of another group or base;
points of another rate; units reaching a rate read as a share; all fixed by telling those
rules' fits only, reading a plan table's bare percents only under a heading that names the
plan, and silencing table rows a note follows); and 14 whole reports (battery_zs, 299 checks)
from a fortieth, blind, at the end of that session: no false alarm on their first run; and 14
more (battery_zt, 344 checks) from a forty-first, blind, with many "Trong số N … có M đồng chí"
and "chiếm P% tổng số hội viên" shares over several totals: no false alarm either; and 271
(battery_zu) from a forty-second, white-box review in two parts of those sessions' last rules
(37 alarms: a "Tỷ lệ (%)" column beside named plan and done columns that was next year's plan
over this year's result, a share of the total or a sub-count's rate; age bands under a comma
heading set against a total of another moment or one that moved since; a list's whole lent
across ";" to a title's or another count's own clause; a whole of another body or place than
the share's sentence names; all fixed, the bare "Tỷ lệ (%)" reading made fit-only); and 134 (battery_zv) from a
forty-third, white-box review of the table total-column rule (32 alarms: people, households,
cases and projects counted per period and once in the year, a period column dropped for a "-",
a total over a longer span than its columns, a named split beside a "Chưa đánh giá" column or
under a note; all fixed by making the rule an alarm only for amounts and events per period and
for named splits with nothing beside them) with 14 whole reports from a forty-fourth, blind
(290 checks, no false alarm); and 122 (battery_zw) from a forty-fifth, white-box review of the
closed-split lists and the revised table totals (32 alarms: a list of the four forms or grades
after a count of another year, body or proposal, or one with exempt members; events and
people per quarter counted once in the year; a year column of another year; whole amounts
rounded; notes above a caption; pooled bases of two kinds of people; all fixed, the table
totals made an alarm for money, areas and volumes only); and 14 whole reports (battery_zx, 337
checks) from a forty-seventh, blind (one alarm: the plan in "(nghị quyết đề ra 12 đảng viên)"
read as the whole of a "trong đó" share; fixed); and 130 (battery_zy) from a forty-sixth,
white-box review of that session's last readings (25 alarms: a "Cả năm" column of another year
or beside a term's plan, a bracketed rate naming its own base, a bare "tổng số" of a wider whole,
table totals under notes of other wordings or of areas tended twice; all fixed by making the
"Cả năm" column, the bare "tổng số" and every split by periods tell only a fit); and 14 whole
reports (battery_zz, 382 checks) from a forty-eighth, blind (two alarms: a bracketed percent
naming its own whole read as the rate of "a trong tổng số b", a share after a change read as
the change's; both fixed); and 154 (battery_zza) from a forty-ninth, white-box review of every
alarm-capable reading of that session (33 alarms in 17 passages: named table splits under a
unit line, percents without "%" or notes on members not split; graded lists after "Trong số
này, … không phân loại", "năm ngoái" or "Ở các chi bộ"; GRIM bases a running total replaced; a
";" clause with its own subject; a remainder as the nearer whole; all fixed, every table total
made fit-only); and 14 whole reports (battery_zzb, 253 checks) from a fiftieth, blind, at
that session's last code (one alarm: a row label naming a body, "Chi bộ ấp Mỹ Phú", lent its
noun to the row's cells; fixed); and 14 more (battery_zzc, 386 checks) from a fifty-first,
blind (two alarms: holders of a post read as a share of all members; age bands set against the
one count in "người" among several counts of people; both fixed); and 14 more (battery_zzd,
251 checks) from a fifty-second, blind, at that session's last code: no false alarm; and 120
(battery_zze) from a fifty-third, white-box review of the tenth session's first readings (47
alarms: 31 from them, a swap across "giai đoạn 2016-2020" and "5 năm qua" in a 2025 report,
plans, school years and speakers of other bodies, shares "của ấp" whose whole was the
commune's; 15 older ones from quoted speakers of a company, a school or the district next
door; all fixed: the shares reverted, the stretch of years tied to the report's present, a
quotation whose speaker's role names another body made no proof); and 137 (battery_zzf) from a
fifty-fourth, white-box review of the revised readings (34 alarms: 25 from the stretch of years,
two things counted over one stretch; 3 from speakers of a commune or a twinned district read as
the report's own; 3 older ones, two counts told apart only by the words after them, "là người
Mông" / "là người Dao"; all fixed: the stretch reading withdrawn, every name in a speaker's role
must be the report's, a count's own topic after it sets two counts apart); and 152 (battery_zzg)
from a fifty-fifth, white-box review of plan tables with two done columns and of the nouns of
internal-affairs reports (12 alarms: the percent of a year estimate, a running total or the sum of
two halves read against the column of the plan's year; a "So sánh" column beside "Cùng kỳ";
fixed: a plan table with two or more done columns tells only a fit); and 287 (battery_zzh) from
a fifty-sixth, white-box review of new unit families (13 alarms: documents, the Youth Union's
units, pupils, teachers, youths and cooperative members as people let a list run on into the next
clause and a share take another group's base; fixed by withdrawing those families); and 14
whole reports (battery_zzi, 235 checks) from a fifty-seventh, blind (one alarm: "kết luận 25 tổ
chức đảng … thực hiện tốt; 2 tổ chức đảng … chưa tốt" read as a restatement of "kiểm tra 27 tổ
chức đảng"; fixed: the rest told right after a later count explains its gap); and 14 more
(battery_zzj, 296 checks) from a fifty-eighth, blind: no false alarm; and 12 (battery_zzk, 186
checks) from a fifty-ninth, blind, at the tenth session's last code: no false alarm; and 142
(battery_zzl) from a sixtieth, white-box review of the eleventh session's first readings (41
alarms, 16 from them: a percent of the beneficiaries against the second of two bracketed plans,
of a "(trong đó …)" subset against the subset's own plan, a list after "(không tính …)" that
adds the left-out back, a bracket of changes "(miễn nhiệm 2 …, bầu bổ sung 2 …)" or the last
item of one read as a list's total; all fixed); and 14 whole reports (battery_zzm, 322 checks)
from a sixty-first, blind (one alarm: the "3" of a quoted criterion "5 không, 3 sạch" read as a
fraction's numerator; fixed: short quoted names are no figures); and 130 (battery_zzn) from a
sixty-second, white-box review of the next readings (10 alarms, all from one: a count pointing
back ("trong số 66 mô hình …") read against a set up to 30 sentences before, which took other
years, halves, levels, bodies and subsets for the same set; the reading was withdrawn; and
straight quotes are paired in order, so a long quotation lends no mark to the next name); and
14 whole reports (battery_zzo, 236 checks) from a sixty-third, blind, at that code: no false
alarm; and 135 (battery_zzp) from a sixty-fourth, white-box review of the session's last
alarm-capable readings (36 alarms, 16 new: a fraction's rate after ", đạt tỷ lệ …" that was of
a wider population, a plan or another group; a target stepped back past the learners' own
words; 20 older: a rate after a clause of its own, "(tính theo …)" bases, brackets of changes
or of the exempt read as parts; all fixed: the ", đạt tỷ lệ" widening withdrawn, the step-back
made a fit, one comma at most before a fraction's "tỷ lệ"); and 14 whole reports (battery_zzq,
339 checks) from a sixty-fifth, blind, at the session's last alarm rules: no false alarm; and
130 (battery_zzr) from a sixty-sixth, white-box review of the twelfth session's GRIM readings
(80 alarms, 68 new: percents of a subset named after the group's noun, of a pooled whole, of
members, households or plans, bracketed items of another year; the new readings were made
fit-only, and the older ones guarded by the percent's own fraction later in the sentence, a
larger count of the kind before the base and later items of another moment); and 14 whole
reports (battery_zzs, 273 checks) from a sixty-seventh, blind: no false alarm; and 115
(battery_zzt) of 139 from a sixty-eighth, white-box review of the twelfth session's share and
list readings (44 alarms, 11 new: a whole that moved or a body counted, not named, for the
"tổng số X của <body>" reading; brackets that pick some items; items that overlap or pass the
total; "chưa kể"; another level after "các cấp"; all 11 fixed, with 9 of the 33 older ones; the
24 older ones left, shares of "tổng số X của …" read against the wrong earlier stock and two
partial lists, are kept in tests/known_alarms/); and 14 whole reports (battery_zzu, 329
checks) from a sixty-ninth, blind, at the session's last alarm rules: no false alarm; and 14
whole reports (battery_zzv, 278 checks) from a seventieth, blind, at the same rules: none; and
14 whole reports (battery_zzw, 248 checks) from a seventy-first, blind (two alarms: a list after a
bracket read as the bracketed count's breakdown, and a part after "; trong đó" read against the
bracketed base of the rate before it; both fixed); and 14 whole reports (battery_zzx, 267
checks) from a seventy-second, blind (one alarm: "số đơn đã giải quyết" read against 23 đơn
forwarded "đến cơ quan có thẩm quyền giải quyết" where the 38 of "Đã giải quyết 38/41 đơn"
fits; fixed); and 12 whole reports (battery_zzy, 210 checks) from a seventy-third, blind, at
the session's last alarm rules: none; and 14 whole reports (battery_zzz, 307 checks) from a
seventy-fourth, blind, at the same rules: none; and 10 whole reports (battery_zzz_b, 188 checks)
from a seventy-fifth, blind (one alarm: a rise of 144 read as the count "Số đoàn viên được kết
nạp Đảng" names; fixed: a change is never the count a subject names); and 9 whole reports
(battery_zzz_c, 179 checks) from a seventy-sixth, blind, at the session's last alarm rules: none;
and 158 (battery_zzz_d) of 161 from a seventy-seventh, white-box review of the thirteenth
session's "trong số N X …" reading (73 alarms: 22 new, from the reading, which was made
fit-only; 51 from older restatement readings: another moment said between the two statements or
in a heading, others who took part between them, a difference the next sentence explains, a scope
named before "trong số", a plan, a narrower qualifier, counts between them that make the gap;
guarded, 3 left in tests/known_alarms/); and 14 whole reports (battery_zzz_g, 273 checks) from
a seventy-eighth, blind: none; and 272 (battery_zzz_e) of 273 from a seventy-ninth, white-box
review of the older share, target and GRIM readings (17 alarms: a bracketed village read as the
whole of a percent of the commune, a rate the next sentence says is of another base, GRIM rates
of a wider area, another year or a pooled base; 16 fixed, one left in tests/known_alarms/); and
229 (battery_zzz_f) from an eightieth, white-box review of the older part-whole and change
readings (9 alarms: a balance whose other movements the next or previous sentence tells, an
earlier level of a scope its sentence opens with, a later level of a narrower group; all fixed);
and 133 (battery_zzz_h) of 136 from an eighty-first, white-box review of the restatement
readings (34 alarms: half a year against the year, a round, season, area, sex or body that sets
two counts apart, origin moments such as "Lúc mới phát động", members an activity reached,
movements or counts between the statements, a remainder's own qualifier; 31 fixed, 3 left in
tests/known_alarms/); and 134 (battery_zzz_i) of 137 from an eighty-second, white-box review of
the list and table readings (14 alarms: tables and bullets of some items under a total, a
heading's number read as a row, a note under a total, items of an item, kinds that overlap past
the total; 11 fixed, 3 left); and 14 whole reports (battery_zzz_j, 331 checks) from an
eighty-third, blind: none; and 142 (battery_zzz_k) from an eighty-fifth, white-box review of the
target readings (13 alarms: a plan named for a part told before it, a part carried over from the
year before, a change read as the rate compared with a target, a scope opening the achievement,
"đạt 100%" of the plan's part read as a share, a target's bracket read as last year's level; all
fixed); and 197 (battery_zzz_l) from an eighty-sixth, white-box review of the share readings (8
alarms: a sub-count named after the percent, a group away or exempt, parallel counts told with
the whole, two counts dated only by "đầu kỳ"/"cuối kỳ" headings; all fixed); and 14 whole reports
(battery_zzz_m, 330 checks) from an eighty-seventh, blind (one alarm: two grade rates of one
report, of organisations and of members, read as one rate with swapped digits; the swapped-rate
reading was withdrawn); and 146 (battery_zzz_n) of 161 from an eighty-fourth, white-box review
of the change readings (85 alarms: rounded ends of a pair, changes that name their own base, moments
inside a year said in words, plans and registrations, explanations in the next sentence, groups
named in the later sentence, intervals, multiples of another base, averages of a narrower group,
movements told in words the vocabularies lacked, bracket items with no verb before their number,
average growth columns; 70 fixed, 15 left in tests/known_alarms/); and 164 (battery_zzz_o) of
169 from an eighty-eighth, white-box review of the GRIM readings (15 alarms: a base the text gives
after the percent, members set aside or moved between, a percent of a measure; 10 fixed, 5 left);
and 145 (battery_zzz_p) from an eighty-ninth, white-box review of fractions and lists in prose (10
alarms: percents of a plan named with "so với", of a length, money or area, each item's own rate,
a rate of another noun before a bracketed fraction, a part read as the whole of a rest; all
fixed); and 14 whole reports (battery_zzz_q, 363 checks) from a ninetieth, blind: none; and 172
(battery_zzz_r) from a ninety-first, white-box review of lists in prose (7 alarms: brackets of the
main kinds, of another moment, items the next sentence says overlap, rests told in the next
sentence; all fixed); and 165 (battery_zzz_s) from a ninety-second, white-box review of shares in
prose (8 alarms: a percent of two counts joined by "và", a sibling read as the whole, a named
whole given in its bracket; all fixed); and 14 whole reports (battery_zzz_t, 354 checks) from a
ninety-third, blind, at the session's last alarm rules: none; and 126 (battery_zzz_u) from a
ninety-fourth, white-box review of the change readings again (2 alarms: the bracket after a second
"so với" taken as the first change's base; fixed); and 110 (battery_zzz_v) from a ninety-fifth,
white-box review of restatements in report-length passages: none; and from the sixteenth
session's reviews of its new rules (grades of a fraction's numerator, balances over sentences,
GRIM after ";", badges, ";" brackets, points changes): 131 (battery_zzz_w, 30 alarms), 235
(battery_zzz_x, 12 alarms), 161 (battery_zzz_y, 16 alarms, all in the balance) and 30 consistent
whole reports written blind (battery_zzz_z, 2 alarms: "cấp trên" read as a demonstrative), and
206 passages on membership balances in bullets and prose (battery_zzzz_a, 5 alarms in its extra
and probe passages: a term's total or a part of a movement read as a movement), and 80
bulleted balances (battery_zzzz_b, 16 alarms: a "Tổng số giảm" sub-total, members put forward to
the Party, a neighbouring body's figure read as movements); all fixed. The seventeenth session's
white-box review of its alarm-capable readings (a share named by a list item's label, a list read
past a bracket of names) wrote 117 clean passages (battery_zzzz_c, 15 alarms from those readings:
scopes, moments and standards said before the label, grades leaving the exempt out, brackets
that say why a list falls short, a list adding up to the other of two totals; 3 older: a named
whole wider than the list's total, a "kể cả" bracket); all fixed; and 12 whole reports
(battery_zzzz_d, 304 checks) written blind at that session's last code: no false alarm. The
eighteenth session's white-box review of its readings (gathering rates, tables of targets, what
is left of a target, those who have not taken part) wrote 68 clean passages (battery_zzzz_e, 30
alarms from those readings: counts of a group read as the membership, targets, other bodies,
scopes and moments around a gathering rate, narrower bases; rate columns of another rate or an
earlier term; remainders matched to another row by value); all fixed; and 12 whole reports
(battery_zzzz_f, 449 checks) written blind during that session: no false alarm on their first run;
and 110 (battery_zzzz_g) from a second white-box review of its change and GRIM readings (24
alarms: levels rounded to their written digits, levels found by search that were objects of an
activity, other places or moments, a member of a coordinated base, a list after a scoped rate;
all fixed, the search reading made fit-only); and 90 (battery_zzzz_h) from a third review of a
list's whole named by its verb and of table rates restated in the text (41 alarms: "xây mới" and
"sửa chữa" are no two sides of a whole, a verb's count may be of another moment, place or
programme; fixed by withdrawing the pair and telling such lists as fits only); and 71
(battery_zzzz_i) from a fourth review of the day's target readings (45 alarms: plans bare in
brackets that were years, footnotes or amounts in another scale, counts found through a rate's
subject that were of another moment, place or an increment, plans covering two coordinated counts,
running totals since the start of the term; 3 of them from older rules; fixed by telling those
readings as fits only); and 287 (battery_zzzz_j) from white-box review 20a of the twentieth
session's readings (19 alarms: 10 restatements in the general assessment that counted another set,
a plan, another span or actor, so that reading is told unverifiable; a shortfall with words of
its own, or a worse grade, as the rest of a fraction or of a "trong đó" pair; a discipline split
counting a body named after the members; a whole pointed back to with a group said in between;
the lowest grade after a grade above the plain one as a rest; two occasions of one gift; all
fixed); and 261 (battery_zzzz_k) of 264 from white-box review 20b of the same readings after
those fixes (33 alarms: a dated pair tested against a change of another thing, a plan "là N"
taken across a comma, GRIM rates of a plan or another whole, sibling "Số X là A, số Y là B"
clauses, a nested count, an authority split naming no level above the grassroots; 3 left in
tests/known_alarms/, from older rules); and 403 (battery_zzzz_l) of 409 from white-box review 20c
of the same readings at the session's end (44 alarms: inspection outcomes, two outcomes and the
rest of a fraction that did well tested against a whole the sentence before splits another way,
or overlapping with the good ones, so those readings are told as fits only; an index "bằng P% so
với cùng kỳ (năm Y …)" whose bracket is a whole year, a part, a plan or a stock; 6 from older
rules left in tests/known_alarms/); and 13 (battery_zzzz_m) known alarms (reviews 20b and 20c,
four of review 84) that the twenty-first session's guards silenced (a plan "là N" read as the achievement, a
rest between sibling counts, a sibling as a share's whole, GRIM of a part or of a flow beside a
stock, a rate's fall in points read as a relative change, a bracket naming a part); and 305
(battery_zzzz_p) from white-box review 21p of the part-whole readings (9 alarms: a bracket of
other years after a total dated to one year, a count that arrives read as a part done, a rest of
one kind under a whole of several kinds, one bracketed subset read as a breakdown; all fixed). White-box
review 21c of the change and target readings appended 357 clean passages to battery_zzzz_c (ids
r21c-…; 4 alarms at first: a bare start "từ 96 lên 124 triệu đồng" read without the end's scale,
a percent after a change that was of the level reached, a percent of the sum of two counts each
with its verb, a percent of the second of two plans in one bracket; all fixed). And 268
(battery_zzzz_s) of 270 from white-box review 21s of the share readings (7 share alarms: sibling
labels "đảng viên nam …, đảng viên nữ …" as whole and part, a scope split into the part's own
noun, those present at a meeting, two points of one year, a population named with words of its
own, one kind of members against "tổng số", a dated whole among rival counts; all fixed; 2
alarms of other kinds left in tests/known_alarms/). And 198 (battery_zzzz_t) from white-box
review 21t of the readings added that day (30 alarms: an occasion count that is a rate "mỗi thôn 4
buổi" or a difference, a percent of two counts listed side by side, a bracket after "vượt kế
hoạch P%" giving the excess, a whole in the bracket after the percent against another reading's
whole or part, a predicate negated inside ("có nhà văn hóa chưa đạt chuẩn"), a total of another
moment; all fixed). And 203 (battery_zzzz_n) from white-box review
21m of the change readings added that day (19 alarms: "từ đầu năm đến nay có N" read as a level
at the start, a change against another moment than the start, a percent that was the index, a
bracket of the term's start or of "cùng kỳ" after a year's or a quarter's rise, a programme's span
"từ năm Y0 đến năm Y1" or one before another span, a bracket of a plan, a wider area or a second
comparison; all fixed). The twenty-second session added the clean twins and traps of four
recall rounds, each written to generalise one kind's readings to other wordings: 164 more
(battery_zzzz_p) for part_whole, 147 (battery_zzzz_g22) for granularity, 233 (battery_zzzz_s22)
for share; and of two white-box reviews of that day's readings: 258 (battery_zzzz_ra) for change,
target and ratio_percent (9 alarms: a bracket labelled by its year's own change, a this-year/
last-year pair against another moment, a stated change as a level, an achievement that is a
part, a list item or a year against a term's plan, a plan named after "so với dự toán"; all
fixed) and 223 (battery_zzzz_rb) for granularity and part_whole (10 alarms: sets pooled over a
span of their own, a stock's rate of another moment or body, "hộ nghèo" as a subset, persons of
another noun than a total's people, theory levels read as schooling, an overlap said after the
list; all fixed) and 259 (battery_zzzz_rc) for share (8 alarms: a subset said again by its label,
a narrowed part or a flow against "tỷ lệ <its noun>", a pool of those liable, a group of people
the whole's sentence does not name, a subject restating the whole's noun with a qualifier; and a
change whose level was a share's bracketed count; all fixed). The twenty-third session moved
three known alarms of review 84 it fixed to battery_zzzz_k23 (a year's own change after a pair
over several years; a change in points worked out from unrounded rates) and eight of review 68
(a share of a wider body's total; a whole whose sentence counts more of its noun beside it), and
five more (partial lists "gồm cả …"/"… và một số …", table rows breaking down the row above, a
GRIM base that was the share's part or a count of another noun than the percent's); and the
traps and consistent twins of the day's two recall rounds on restatements (battery_zzzz_w23,
battery_zzzz_d23). And 147
(battery_zzzz_sw) of 168
from white-box review 23sw of the swapped-digit reading (20 alarms: two counts whose values are
two-digit swaps under two headings or list labels, of a body named by its role or two bodies of
the state, one phrase going on to two things, a stock then those of it who did something, a
stated gap, a year's window against the term's, a plan, a proposal or "cũng"; 19 fixed; 21
alarms left in tests/known_alarms/, 20 of them of the older restatement readings). And 134
(battery_zzzz_nb): 114 of 115 clean passages from white-box review 23nb of the older
restatement readings (32 alarms: two counts of one noun under two headings or rounds, of two
bodies named, by role or in the plural, a subset named before the count or after "là", a plans
section; 31 fixed) with the 20 known alarms of review 23sw the same guards fixed. And 133
(battery_zzzz_ra23) of 141 clean passages from white-box review 23ra of the stock-then-all-of-it
reading (29 alarms: a later "tất cả / trong số N X" narrowed right after its noun by a clause,
an owner or a level the stock lacks, and lists or bodies the older readings took as one; 21
fixed, 8 left in tests/known_alarms/). The twenty-fourth session added the consistent twins
and traps of its tables of targets named in other words (battery_zzzz_l24t: a done column named
by its deed, a rate with no sign, a running total's rate, a column named only by its time), and
the consistent twins and traps of its five recall rounds: GRIM (battery_zzzz_l24a), part-whole
(battery_zzzz_l24b), shares of a total stated before (battery_zzzz_l24c), changes' earlier
levels (battery_zzzz_l24d) and rates restated (battery_zzzz_l24e); and 130 clean tables from
white-box review 24t of the day's table readings (battery_zzzz_r24t: rates of a base or period
of their own, balances beside net movements, grade means; 8 alarms at first, all fixed).
The twenty-fifth session added the consistent twins and traps of four recall rounds:
restatements a few sentences later (battery_zzzz_l25a, 157), part-whole closed by a later total
or split in the next sentence (battery_zzzz_l25b, 194), shares of list items and percents before
their part (battery_zzzz_l25c, 191) and changes stated with one level and a percent
(battery_zzzz_l25d, 195); and 139 clean passages from white-box review 25r of that day's GRIM and
target readings (battery_zzzz_l25r: by-elections, other levels, members by another noun, two
moments, sub-items and other plans before a target's plan; 15 alarms, 13 fixed, 2 left in
tests/known_alarms/); and 121 clean passages from white-box review 26r of the sibling-line and
referred-back readings (battery_zzzz_l26r: notes after a blank line, in the title, the total's
head or row label; proposals, other verbs, running spans, restatements and headings between a
total and "Trong N …"; 37 alarms, all fixed); and 93 clean passages from white-box review 26s
of the named-plan and swapped-level readings (battery_zzzz_l26s: parts, other bodies and places,
revised plans, past moments and narrower subjects; 22 alarms of those readings fixed; 15 of the
older target reading, 10 fixed that session and the last 5 (revised plans, a part named before
the result) in the twenty-seventh); and 108 clean passages from white-box review
27p of the restatement readings (battery_zzzz_l27p: members named by their subject then reached
by an activity or qualified otherwise, "đổi mới", speakers introduced with another body's role,
counts added between a total and its "Phân tích N …", other moments, places, plans, running and
rounded totals; 4 alarms, all fixed); and 174 clean passages from white-box review 27q of those
readings (battery_zzzz_r27q: two tiers, school levels and bodies named after "của" in the
subject's qualifier, a sentence opening on a place of its own, ", kể cả …," asides; 7 alarms, 6
fixed, 1 of an older reading left in tests/known_alarms/); and 106 clean passages from the
twenty-seventh session's share round (battery_zzzz_l27s: a whole named after the percent by
its own words or "của <body>" against counts of other moments, bodies, brackets and plans; 4
alarms of the first version fixed); and 104 clean passages from white-box review 27t of that
session's restatement change (battery_zzzz_r27t: "chi hội"/"Toàn Hội" between a stock and "Tất
cả N hội viên", other bodies in a possessive or pointed at, "ở đó"/"nơi đây"; 11 alarms, 10
fixed, 1 left in tests/known_alarms/); and 128 clean passages from white-box review 27u of the
share round (battery_zzzz_r27u: "của <body>" of bodies counted twice or of two bodies, a whole
given only by its parts, start-of-period levels of a flow through the period; 2 alarms, 1 fixed,
1 of an older reading left in tests/known_alarms/); and 93 clean passages of admissions restated
with another noun ("quần chúng … được kết nạp" against "kết nạp … đảng viên": introduced,
eligible, proposed and planned people, parts, one kind of the admitted; battery_zzzz_l27v: the
reading they were written for was not merged, it found nothing on any measured set), and 83
clean passages from the sibling-share round (battery_zzzz_l27w: siblings of different wholes,
lists mixing shares and completion rates, a whole named after the bracket; 1 older alarm
fixed); and 96 clean passages from the full-fraction round (battery_zzzz_l27x: "d/d <unit>" after
a profile's "có M <unit>" of a subset, a program, another moment, place or body, a merger; 20
alarms of older readings on them, all fixed); and 73 clean passages from white-box review 27y of
that reading (battery_zzzz_r27y: profiles of two kinds of unit, another moment by "khi/lúc", a
kind of the units named between; 7 alarms, 6 fixed, 1 left in tests/known_alarms/); 154
clean passages from the table-restatement round (battery_zzzz_l28a: a table's total row or
whole-period column restated in the prose by equal values, or by counts of another moment, place,
row, subset, plan or comparison, or outside a summary; 5 alarms of the first version fixed); 117
clean passages from the listed-parts round (battery_zzzz_l28c: bare labelled parts with a place
word of one place, levels or sexes of another count, grades under a heading of another noun or
moment, kinds of classes or of the people they served, of a done part or of places a member
may hold twice; 4 alarms on them fixed); 125
clean passages from the stated-change round (battery_zzzz_l28b: a small bare level in brackets
beside a footnote mark, "con số này" with another base, unit or subset, the counts behind two
rates against a yearly mean, a part, a place, another year or the counts' relative change, "tỷ
lệ này" against a share of another group, part or moment, a measure's subject against a list
item of a narrower kind, another year, a plan or two places; 1 older alarm fixed); and 134
clean passages from the named-whole round (battery_zzzz_l28d: "chiếm P% số X được/đã V" and
"bằng P% số hộ nông dân" told right, and the whole as two counts saying the verb, two years
saying it, a scope after the words, another moment, noun, place or a change; 1 alarm of those
readings fixed on them, 6 on older batteries); 156 clean passages from white-box review 28f
of the stated-change readings (battery_zzzz_r28f: a rank or a footnote-sized bracket, "con số
này" after two counts or against another year, the counts behind two rates beside a count of
another measure, the whole or a later change, "tỷ lệ này" after two shares or against a share
of a body's part or of a later moment, list items of new planting, a season, a place, a plan or
a harvested or certified part; 27 alarms of those readings fixed on them); 212 clean
passages from white-box review 28h of the named-whole share readings (battery_zzzz_r28h: the
verb said of a plan, a proposal or a purpose, of another body's members, of three bodies one by chance the sum of the others, a count of the term or of
part of the year against the year, a profile count of a counted subset's whole or a level before
its later change, a whole of a wider level than the part's; 19 alarms, all fixed); 128 clean passages from white-box review
28e of the table-slip reading (battery_zzzz_r28e: tables with a total row or a whole-period
column under a summary of a sum with another count, some among them, a named subset, parts
listed side by side, two tables joined, places of one kind against the whole, a table of
targets, those eligible or proposed, a count in another unit or a level reached; 34 alarms, all
fixed); and 142 clean passages from white-box review 28g
of the listed-parts readings (battery_zzzz_r28g: "các cấp" beside sectors or other bodies, or a
count's clause with a subject of its own, sides of an approximate count, grades under a heading
of another year, moment or some units, a served place read as one numbered place, selections,
gatherings and "như" examples; 28 alarms, 22 fixed, 4 left in tests/known_alarms/); and 13
clean passages from the kinds-after-the-noun round (battery_zzzz_l29p, 13: "gồm" lists of people
served, of overlapping attributes, of places, of money; a bracket of the largest items, a ";"
that opens a clause, a rest said of another year; the older alarm on "(đông nhất là …)" fixed).
The twenty-ninth session added 10 clean passages beside its poverty-rate reading
(battery_zzzz_l29s: another level, place or moment, a subset of the poor, households that left
poverty, two profiles).
Review 29c added 79 clean passages of a plan table's result restated with its growth
(battery_zzzz_r29c: a value at current prices with a real growth, a month beside a cumulative
column, "cùng kỳ" of another span, the row's own growth cell, another noun with the same number;
15 alarms, all fixed).
Review 29g added 131 clean passages against the GRIM base-finders (battery_zzzz_r29g: a wider
scope before a percent naming its whole, an "N/N" of a qualified subset, a household item after a
member rate, an estimate the verb also governed, an item naming a bracketed part or repeating a
counted item's words, an earlier year's rate against units listed after the area; 7 alarms, all
fixed).
Review 29r added 112 clean passages against the admissions-restated reading
(battery_zzzz_r29r: two bodies or places under headings or named in the sentence before, a
whole province against a city, spans of two and of three years, a term against a year, part of
a year, a plan under a heading of targets, a named people within the minorities; 24 alarms of
that reading, 21 fixed, 2 cleared by stating the report's year beside "năm nay", 1 left out).
Review 29s added 116 clean passages against the poverty-rate reading and the new fits
(battery_zzzz_r29s: flood, relief or resettlement counts and sub-areas in the "N hộ, M nhân
khẩu" frame, targets, start of the year, a whole named after the percent, rates of villages or
subgroups; 12 alarms: 5 of the poverty-rate reading, 6 of older share rules (a whole said after
the bracket, a list's percents far under 100 together, a sibling in a clause on a part of the
place); all fixed; one granularity alarm of an older rule left out).
Review 29p added 128 clean passages against the kinds-after-the-noun reading
(battery_zzzz_r29p: overlapping items, examples, other nouns, sub-items, amounts, two totals a
sentence, rounding; 3 alarms, all fixed by a label of some kinds only making the list a fit; 10
older-reading alarms left out, kept in tests/known_alarms/review29p.jsonl).
The thirtieth session's part-whole round added 12 clean passages (battery_zzzz_l30p: cases
listed after a count of people, an intake with losses and a net rise, members under a total of
people, item lines with details, counts said "lần lượt" that fit no total). Review 30p added 149
(battery_zzzz_r30p: detailed item lines, members and shares of their own body, "lần lượt" counts
of other years or places, cases beside people, net rises; no alarm from that round's rules; a
rise or fall said of another count between labelled parts no longer drops the parts; one
older repeat alarm left out, "38 đối tượng trong 24 vụ; … 46 đối tượng trong 31 vụ").
The thirtieth session's share round added 17 clean passages beside its population readings
and its "lần lượt" fit (battery_zzzz_l30s: two profiles, households a flood or a programme
touched, another place or year, a subgroup's or a new flow's coverage over a rough population,
a count of people between the profile and the part, another population named after "dân số",
a "lần lượt" list with no stated sum). Review 30s added 132 clean passages against them
(battery_zzzz_r30s: profiles of a part, a group, an average, newcomers or another moment, the
district's profile against a commune, subsets and non-insured before a named coverage rate,
a population of another year or of a few units, shares in the profile sentence, "lần lượt"
lists; 23 alarms, all fixed by a profile's holder being the place and the insured count being
plain; 14 older granularity alarms on "tỷ lệ đảng viên so với dân số" left out by other
numbers).
Review 30r added 126 clean passages against the thirtieth session's confirm-only restatement
readings (battery_zzzz_r30r: rough and exact figures of two places, bodies, years, seasons,
levels, nouns or subsets; counts of units and members of two bodies or moments, or reached by an
act; rests of two things): no alarm; 42 wrong confirmations, 40 fixed (each must give no row in
tests/test_checker_review30r.py).
The thirtieth session's change/target round added 18 clean passages (battery_zzzz_l30g: levels
past a breakdown's items, a term named by its years, rates bracketed after their count or in
the sentence before, a year's bracket, targets set out in a list beside levels and annual
targets, a bare level of a graded list, a year read as a bare number); white-box review 30g
added 130 (battery_zzzz_r30g: rates bracketed after a count against other moments, bodies and
lists, rounding, terms and mergers as moments, shares that are also levels of a change, a rate
of members over the population, a share of all communes beside a target; 2 alarms of older
readings, both fixed).
older repeat alarm left out, "38 đối tượng trong 24 vụ; … 46 đối tượng trong 31 vụ"). The
second part-whole round added 14 (battery_zzzz_l30q: rests said before their count, "còn
thiếu", "vẫn còn … chưa", a fall "xuống còn", another place's rest; "lần lượt" years against a
count of one year, closed units against founded ones, years over a span). The thirty-third
session's four recall rounds (parts, restatements, shares, changes) were merged and then
reverted when two white-box reviews found 20 false alarms their readings raised on plausible
consistent text; those 20 passages are kept (battery_zzzz_rev33: one part's change read as the
pair's, a bracket of another year under "so với đầu nhiệm kỳ", a year after the noun of a swapped
restatement, "Trong số N X, P% …" whose whole is the N, changes inside "; label:" items, a second
"lần lượt" group, a nested "trong đó" item). The thirty-eighth session's four white-box reviews
of its readings drew 186 false alarms from look-alike passages at one version or another (closers
across a sentence or after "Tổng cộng,", header and union closers of wider or other wholes,
school levels with changes or double counting, sibling grades of other sets, "này" pointing at a
subset, rates "nói trên" of another group, wholes in the next sentence broader than the percent
names); all are silent now and kept (battery_zzzz_rev38), with 14 alarms of older readings the
same reviews met and that were fixed (member rates whose label repeats an earlier one and adds
a body, a term or a subset; counting closers of another deed or time; two crop seasons). The
thirty-ninth session's nine white-box reviews (a stock referred to as "toàn bộ … của huyện", a
plan beside its done count with the rate naming the plan after it, short or long, a term's
target in the sentence before progress "so far", a scope "Trong tổng số … năm 2023 …, có …",
members counted as "người"/"đồng chí" in a level compared with an earlier one) wrote 700
passages, 495 of them correct look-alikes: one alarmed on a first version of the members reading (an earlier count of members
"được tặng Huy hiệu"), fixed; two alarmed on older readings (trade-union members read as
youth-union "đoàn viên"; members "đang sinh hoạt tại" some branches read as all of them), both
fixed; all are kept (battery_zzzz_rev39). The floors sit a little under the measured figures,
so a change that finds fewer planted errors, or raises an alarm anywhere, fails here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import battery  # noqa: E402

MIN_FOUND = 0.88  # share of planted inconsistencies found as inconsistent (109/120 measured)
MAX_ALARMS = 0  # inconsistent verdicts that match no planted error


@pytest.fixture(scope="module")
def result() -> dict:
    rows = battery.load()
    if not rows:
        pytest.skip("no battery")
    return battery.score(rows)


def test_battery_is_what_its_authors_wrote(result: dict) -> None:
    assert result["planted_total"] == 120
    assert set(result["planted"]) == {
        "ratio_percent", "part_whole", "share", "target", "change", "repeat", "granularity"
    }  # fmt: skip


def test_battery_planted_inconsistencies_are_found(result: dict) -> None:
    found, planted = result["found_total"], result["planted_total"]
    assert found >= MIN_FOUND * planted, [m["id"] for m in result["missed"]]


def test_battery_raises_no_false_alarm(result: dict) -> None:
    assert result["false_alarms"] <= MAX_ALARMS, result["alarms"]
