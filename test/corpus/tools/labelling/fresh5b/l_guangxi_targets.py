from lab import Doc
def doc():
    d = Doc("guangxi-gwr-2026-targets")
    T = d.t
    d.date(2, "2026年", "2026-12-31", note="heading of the plan part (三、2026年重点工作); line 1 is the title, not a date")
    d.date(4, "今年", "2026-12-31", note="今年 at the head of the 主要预期目标 list. Line 3 has no findings: 今年是“十五五”开局之年 and 做好今年工作 are descriptive, 十二届十一次全会 and 二十大/二十届 meeting numbers, “两个生态” a label")
    T(4, "5%左右", "经济", "增长", note="经济增长5%左右: the measured base is 经济 (economic output), 增长 the rate word")
    T(4, "5.5%左右", "城镇调查失业率")
    T(4, "2%以内", "居民消费价格指数", "涨幅", note="以内 → <=. 居民人均可支配收入和经济增长同步, 粮食产量只增不减 and 减排降碳控制在国家下达目标内 that follow have no number. Line 5 has no findings (前所未有, “稳中求进、提质增效” are not quantities)")
    return d
