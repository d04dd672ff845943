from lab import Doc
def doc():
    d = Doc("shanghai-gwr-2026-targets")
    T = d.t
    d.date(2, "2026年", "2026-12-31", note="heading of the plan part (三、2026年主要任务)")
    d.date(4, "今年", "2026-12-31", note="建议今年…主要预期目标是: 今年 at the head of the target list. Line 3 has no findings: 今年是实施“十五五”规划的开局之年 is descriptive and 做好今年工作 descriptive (fresh set), 十二届市委八次全会 a meeting number, “五个中心”, “四大功能” labels")
    T(4, "5%左右", "全市生产总值", "增长", note="the list has no time word of its own beyond 今年: report-year default")
    T(4, "2%", "地方一般公共预算收入", "增长", note="no comparator word is written: =")
    T(4, "4.6%左右", "全社会研发经费支出相当于全市生产总值的比例", note="达到 is a level verb (change null)")
    T(4, "5%以内", "城镇调查失业率")
    T(4, "2%左右", "居民消费价格", "涨幅", note="居民人均可支配收入增长与经济增长保持基本同步, 单位生产总值二氧化碳排放量进一步下降 and 完成国家下达目标 have no number")
    d.date(5, "今年", "2026-12-31", note="今年要重点做好以下工作 heads the task list (like 陕西's 今年要重点做好9个方面工作, fresh set). Line 6 (heading (一) with its run-in sentence) has no findings")
    return d
