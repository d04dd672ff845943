from lab import Doc
def doc():
    d = Doc("neimenggu-gwr-2026-targets")
    T = d.t
    d.date(2, "“十五五”时期", "2030-12-31", note="heading of the plan part (“十五五”时期主要目标和2026年重点工作): “十五五”时期 names the five-year goal period (seed convention 20/21: “十四五”时期 → period end) → 2030-12-31; borderline in a heading")
    d.date(2, "2026年", "2026-12-31", note="heading of the plan part, like 三、2026年重点工作 (fresh set)")
    d.date(4, "“十五五”时期", "2030-12-31", note="line 3 has no findings: “十五五”时期是…关键时期 is descriptive (like 今年是…开局之年). Here 明确了“十五五”时期…主要目标: the period of the plan's goals (as seed 001's 提出…“十四五”时期…奋斗目标); 第十五个五年规划 is a plan name (ordinal)")
    d.date(4, "“十五五”时期", "2030-12-31", note="“十五五”时期要实现人均地区生产总值稳居全国上游…: goal period; 稳居全国上游 is a rank with no number")
    d.date(4, "到2035年", "2035-12-31", note="horizon of the long-range goal; “两个稳居”、“两个继续走在前列” are labels")
    d.date(6, "今年", "2026-12-31", note="今年 at the head of the 主要预期目标 list. Line 5 has no findings: 今年是“十五五”开局之年 is descriptive, 十一届十一次全会 a meeting number, “1571” a name, “十五五”良好开局 a name")
    T(6, "5%左右", "地区生产总值", "增长", note="the list has no time word of its own beyond 今年: report-year default")
    T(6, "5.7%左右", "城镇调查失业率")
    T(6, "18万人以上", "城镇新增就业")
    T(6, "2%左右", "居民消费价格", "涨幅", note="居民收入增长与经济增长同步 that follows has no number")
    T(6, "超过840亿斤", "粮食产量", note="超过 → >; 完成国家下达的降碳减排任务 has no number")
    return d
