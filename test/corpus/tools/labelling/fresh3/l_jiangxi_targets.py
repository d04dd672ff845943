from lab import Doc
def doc():
    d = Doc("jiangxi-gwr-2026-targets")
    T = d.t
    d.date(2, "2026年", "2026-12-31", note="heading of the plan part (三、2026年工作安排), as in the fresh set")
    T(4, "5%-5.5%", "地区生产总值", "增长", note="line 3 has no findings: 今年是实施“十五五”规划开局之年 is descriptive (fresh set), “三大高地”, “五大战略”, “两个更好统筹” are labels. The target list has no time word of its own: report-year default. Range → min/max, comparator range")
    T(4, "7.3%以上", "规模以上工业增加值", "增长")
    T(4, "3.5%左右", "固定资产投资", "增长")
    T(4, "4.5%以上", "社会消费品零售总额", "增长")
    T(4, "4.5%", "城镇、农村居民人均可支配收入", "增长", note="分别 over one written phrase: the phrase is kept for both values. The comparator follows the words attached to each value: 4.5% has none (=), though 左右 after the second value may be meant for both (borderline)")
    T(4, "5.5%左右", "城镇、农村居民人均可支配收入", "增长")
    T(4, "2%左右", "居民消费价格", "涨幅")
    T(4, "5.5%左右", "城镇调查失业率", note="控制在…左右 → ~. 碳排放双控达到国家下达“十五五”目标任务的序时进度 and 生态环境质量…保持优秀水平 that follow have no number. Line 5 (重点做好八方面工作) is an enumeration label: no findings")
    return d
