from lab import Doc
def doc():
    d = Doc("ningxia-gwr-2026-targets")
    T = d.t
    d.date(2, "2026年", "2026-12-31", note="heading of the plan part (三、2026年重点工作)")
    T(5, "5%左右", "地区生产总值", "增长", note="line 3: 2026年是…第一年 is descriptive (like 今年是“十五五”开局之年), not a date; 105周年 is an anniversary. Line 4: “四稳”, “五大战略”, “五个新突破”, “六个开新局” are labels. The target list has no time word of its own: report-year default")
    T(5, "5%左右", "一产", "增长", note="一产、二产、三产增加值分别增长: split as written (shared head noun 增加值)")
    T(5, "5%以上", "二产", "增长")
    T(5, "5%左右", "三产增加值", "增长")
    T(5, "6%左右", "规模以上工业增加值", "增长")
    T(5, "5%左右", "固定资产投资", "增长")
    T(5, "3%左右", "社会消费品零售总额", "增长")
    T(5, "3%左右", "地方一般公共预算收入", "增长")
    T(5, "5%以上", "全体居民人均可支配收入", "增长")
    T(5, "5.5%左右", "城镇调查失业率", note="控制在…左右 → ~")
    T(5, "2%左右", "居民消费价格", "涨幅", note="粮食总产量、生态环境、节能降碳等指标全面完成任务 has no number; line 6 (五年规划) has no findings")
    return d
