from lab import Doc
def doc():
    d = Doc("tianjin-gwr-2026-targets")
    T = d.t
    d.date(2, "2026年", "2026-12-31", note="heading of the plan part (三、2026年重点工作)")
    d.date(4, "今年", "2026-12-31", note="今年 at the head of the 主要预期目标 list. Line 3 has no findings: 今年是“十五五”开局起步之年 is descriptive, “十项行动” a label")
    T(4, "4.5%", "地区生产总值", "增长", note="no comparator word is written: = (在实际工作中努力争取更好结果 is not a comparator). The list has no time word of its own beyond 今年: report-year default")
    T(4, "2%", "一般公共预算收入", "增长", note="固定资产投资提质增效 that follows has no number")
    T(4, "5.5%左右", "城镇调查失业率")
    T(4, "28万人", "城镇新增就业")
    T(4, "2%左右", "居民消费价格", "涨幅", note="居民收入增长和经济增长基本同步 and 节能减排减污降碳指标完成国家下达目标 have no number. Line 5 (“十项行动”, “三新”, “三量” are labels) and line 6 have no findings")
    return d
