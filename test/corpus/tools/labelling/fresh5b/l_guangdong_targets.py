from lab import Doc
def doc():
    d = Doc("guangdong-gwr-2026-targets")
    T = d.t
    d.date(2, "2026年", "2026-12-31", note="heading of the plan part (三、2026年工作安排)")
    d.date(3, "今年", "2026-12-31", after="重要。", note="今年 at the head of the 主要预期目标 list (今年经济社会发展的 / 主要预期目标 / 是：… split over lines 3–5 by the scrape). 2026年是“十五五”第一年 earlier on the line is descriptive, not a date. Line 4 has no findings")
    T(5, "4.5%—5%", "地区生产总值", "增长", note="range → min/max, comparator range; 在实际工作中全力争取更好结果 has no number. The list has no time word on its own line: 今年 (line 3) and the report-year default give 2026-12-31")
    T(5, "3%左右", "地方一般公共预算收入", "增长", note="居民收入增长与经济增长同步 that follows has no number. 以下14个方面的工作 is an enumeration label (N个方面), not a finding. Line 6 ((一)… heading) has no findings: 一流湾区, 世界级城市群 have no number")
    return d
