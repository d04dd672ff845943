from lab import Doc
def doc():
    d = Doc("jilin-gwr-2026-targets")
    T = d.t
    d.date(2, "2026年", "2026-12-31", note="heading of the plan part (二、2026年工作安排)")
    d.date(4, "今年", "2026-12-31", note="今年 at the head of the 主要预期目标 list. Line 3 has no findings: 今年是“十五五”开局之年 is descriptive, 十二届七次、八次全会 meeting numbers")
    T(4, "5%左右", "地区生产总值", "增长")
    T(4, "5%左右", "社会消费品零售总额", "增长")
    T(4, "6%左右", "规上工业增加值", "增长")
    T(4, "3.7%", "一般公共预算收入", "增长", note="努力跑赢全国 has no number")
    T(4, "8%以上", "新能源产业产值", "增长")
    T(4, "10%左右", "装备制造业增加值", "增长", note="高技术制造业增加值、战略性新兴产业产值稳步提升 that follows has no number")
    T(4, "3%", "固定资产投资", "增长", note="城乡居民收入增长与经济增长同步 has no number")
    T(4, "5.5%左右", "城镇调查失业率", note="控制在…左右 → ~")
    T(4, "10%以上", "全社会研发经费投入", "增长")
    T(4, "6%", "农村低保标准", "提高", note="提高居民基础养老金 and 位次前移 that follow have no number")
    T(4, "2%左右", "CPI", "涨幅")
    T(4, "3%左右", "单位GDP二氧化碳排放", "下降", note="下降 is the rate word. Line 5 has no findings: 今年各类支撑条件 is descriptive (not a deadline), “五个必须” a label, “十五五” a period name. Line 6: 八个方面工作 is an enumeration label")
    return d
