from lab import Doc
def doc():
    d = Doc("guizhou-gwr-2026-targets")
    T = d.t
    d.date(2, "2026年", "2026-12-31", note="heading of the plan part (三、2026年工作安排)")
    T(4, "5%左右", "地区生产总值", "增长", note="line 3 has no findings: 今年是…开局之年 is descriptive, “四新”, “四化”, 两条底线 are labels. The list (主要预期目标是：) has no time word of its own: report-year default")
    T(4, "3.5%左右", "一二三产增加值", "增长", note="一二三产增加值分别增长: the three sectors are written as one phrase (一二三产), so the phrase is kept for each value")
    T(4, "6%左右", "一二三产增加值", "增长")
    T(4, "5%左右", "一二三产增加值", "增长")
    T(4, "7.5%左右", "规模以上工业增加值", "增长")
    T(4, "3%左右", "固定资产投资", "增长")
    T(4, "4%左右", "社会消费品零售总额", "增长")
    T(4, "2%左右", "一般公共预算收入", "增长")
    T(4, "4%左右", "城镇和农村常住居民人均可支配收入", "增长", note="分别 over one written phrase: the phrase is kept for both values")
    T(4, "6%左右", "城镇和农村常住居民人均可支配收入", "增长")
    T(4, "60万人左右", "城镇新增就业")
    T(4, "5.5%左右", "城镇调查失业率")
    T(4, "2%左右", "居民消费价格", "涨幅")
    T(4, "59%左右", "常住人口城镇化率", note="达 is a level verb. Line 5 has no findings")
    return d
