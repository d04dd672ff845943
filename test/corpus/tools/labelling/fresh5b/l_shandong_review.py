from lab import Doc
def doc():
    d = Doc("shandong-gwr-2026-review")
    A, B = d.a, d.b
    B(2, "2110公里", "高铁里程", note="“十四五” review (——subheads, 5年 cues, no 过去一年 of their own): achievements. 全国首个 is an ordinal. 由X增至Y: X is the baseline, Y the achievement")
    A(2, "3055公里", "高铁里程", note="增至 is a level verb (change null)")
    B(2, "7473公里", "高速公路")
    A(2, "9310公里", "高速公路", note="八车道里程全国第一: 八车道 is a road class and 全国第一 a rank, not findings")
    A(2, "11个", "通用机场", "增加")
    A(2, "25个", "通用机场", note="达到 is a level verb (the stock after the addition, like 累计达到46个)")
    A(2, "超过21亿吨", "沿海港口货物吞吐量", note="超过 → >; 居全国首位 is a rank")
    A(2, "1.6倍", "内河港口吞吐量", "增长", note="二级航道标准 earlier is a class (ordinal), not a finding; 5年 is the review span, not a finding")
    A(2, "翻番", "铁路水路货运周转量", "翻番", value=2, unit="倍", comparator="=", note="实现翻番 → 2 倍 (as 翻一番 / 倍增, seed convention 12)")
    A(2, "58座", "水源型水库", "新建扩建", note="国家省级水网先导区 has no number; 老岚水库 is an example of the 58")
    A(2, "9.5亿立方米", "供水能力", "新增")
    A(2, "4.3倍", "5G基站", "增长", note="5G is a name inside the indicator")
    A(2, "3.5倍", "算力规模", "增长")
    A(2, "超过50%", "智能算力占比", note="超过 → >")
    A(3, "超过30个", "千亿县", note="“两圈联动、三核引领…”, 两圈协同联动 earlier are labels. 千亿县: a class threshold followed by a count, only the count is a finding (seed convention 13); 超过 → >")
    A(3, "67.5%", "常住人口城镇化率", note="达到 is a level verb")
    A(3, "4.5个百分点", "常住人口城镇化率", "提高", note="subject carried over; 5年 is the review span")
    A(3, "2.12", "城乡收入比", note="a two-term ratio written without ∶1 (城乡收入比缩小至2.12): one number measures it, value 2.12, unit null, as fresh2's 2.52∶1; 缩小至 is a level verb (change null); borderline")
    A(3, "4.2万公里", "农村公路", "新改建")
    return d
