from lab import Doc
def doc():
    d = Doc("xinjiang-gwr-2026-targets")
    T = d.t
    d.date(2, "2026年", "2026-12-31", note="heading of the plan part (三、2026年重点工作)")
    d.date(4, "今年", "2026-12-31", note="今年 at the head of the 主要预期目标 list. Line 3 has no findings: 2026年是中国共产党成立105周年，是…开局之年 is descriptive (fresh2: 宁夏), 105周年 an anniversary, 做好今年政府工作 descriptive, 十届十五次全会 a meeting number, “五大战略定位” a label")
    T(4, "5.5%—6%", "地区生产总值", "增长", note="range → min/max, comparator range")
    T(4, "7.5%左右", "规模以上工业增加值", "增长")
    T(4, "8%左右", "固定资产投资", "增长")
    T(4, "6%左右", "社会消费品零售总额", "增长")
    T(4, "10%左右", "外贸进出口总额", "增长")
    T(4, "10%左右", "一般公共预算收入", "增长")
    T(4, "7%左右", "城镇居民人均可支配收入", "增长")
    T(4, "8%左右", "农村居民人均可支配收入", "增长")
    T(4, "2%左右", "居民消费价格指数", "涨幅")
    T(4, "47万人以上", "城镇新增就业")
    T(4, "5.5%以内", "城镇调查失业率", note="控制在…以内 → <=; 单位地区生产总值二氧化碳排放完成目标任务 has no number. Line 5: “五个必须” is a label")
    return d
