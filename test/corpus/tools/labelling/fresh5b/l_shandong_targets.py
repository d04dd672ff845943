from lab import Doc
def doc():
    d = Doc("shandong-gwr-2026-targets")
    T = d.t
    d.date(2, "2026年", "2026-12-31", note="heading of the plan part (三、2026年重点工作)")
    T(4, "5%以上", "地区生产总值", "增长", note="line 3 has no findings: 今年是“十五五”开局之年 and 今年政府工作 are descriptive (not dates), 二十大/二十届 meeting numbers, “两个确立”“四个意识”“四个自信”“两个维护”, 两个大局, “十大工程” labels. Line 4's list (主要预期目标为：) has no 今年 or other time word of its own, so no date on line 4: report-year default 2026-12-31. 在实际工作中努力争取更好结果 has no number")
    T(4, "2%", "一般公共预算收入", "增长", note="居民收入增长和经济增长同步 that follows has no number")
    T(4, "5.5%左右", "城镇调查失业率", note="控制在…左右 → ~")
    T(4, "110万人以上", "城镇新增就业", note="新增 is part of the indicator name (change null). 居民消费价格保持合理水平 and 全面完成国家下达的…约束性指标 have no number. Line 5: 做好今年工作 is descriptive (not a date, as in the fresh set's decisions), 十个方面 an enumeration label; borderline, cf. 陕西's 今年要重点做好9个方面工作 (a date)")
    return d
