from lab import Doc
def doc():
    d = Doc("gansu-gwr-2026-targets")
    T = d.t
    d.date(2, "2026年", "2026-12-31", note="heading of the plan part (2026年重点工作, written without a numeral prefix)")
    T(4, "5.5%左右", "地区生产总值", "增长", note="line 3 has no findings: 今年是“十五五”开局之年 is descriptive, “七地一屏一通道” a label. The list has no time word of its own: report-year default")
    T(4, "6%左右", "一产增加值", "增长")
    T(4, "6%左右", "二产增加值", "增长")
    T(4, "5.5%左右", "三产增加值", "增长")
    T(4, "8%左右", "规模以上工业增加值", "增长")
    T(4, "4.5%左右", "固定资产投资", "增长")
    T(4, "4%左右", "社会消费品零售总额", "增长")
    T(4, "10%以上", "外贸进出口总值", "增长")
    T(4, "5.5%左右", "一般公共预算收入", "增长", note="同口径增长 (comparable basis): the rate word is 增长")
    T(4, "5.5%左右", "城镇调查失业率")
    T(4, "5%", "城乡居民人均可支配收入", "增长", note="分别 over one written phrase (城乡居民): the phrase is kept for both values; the comparator follows each value's own words (5% has none; borderline, see jiangxi)")
    T(4, "6.5%左右", "城乡居民人均可支配收入", "增长")
    T(4, "1个百分点以上", "常住人口城镇化率", "提升")
    T(4, "2%", "居民消费价格", "涨幅", note="no comparator word is written: =")
    T(4, "1300万吨以上", "粮食产量", note="稳定在…以上 → >=; 碳排放强度、生态环境保护约束性指标完成国家下达控制目标 has no number. Line 5 (八个方面工作) is an enumeration label")
    return d
