from lab import Doc
def doc():
    d = Doc("beijing-gwr-2026-targets", default_deadline="2030-12-31")
    d.date(2, "到2035年", "2035-12-31", note="horizon of the long-range goal; 今后五年 and 再奋斗五年 are spans without a year; 一是…七是 are ordinals")
    N = "“十五五” plan indicators (今后五年, line 2): no time word on the line, so the five-year plan's default end 2030-12-31 applies"
    d.t(3, "4.5%-5%", "地区生产总值", "年均增速", note="range → min/max, comparator range. " + N + ". 6个维度 and 29项主要指标 (the count of the plan's own indicators) are not findings: they count parts of the document, like 十个方面工作; the indicators themselves are labelled")
    d.t(3, "58万元/人左右", "全员劳动生产率", note="达 is a level verb; 万元/人 → 元/人")
    d.t(3, "6%以上", "全社会研发投入占比")
    d.t(3, "5%以上", "城市副中心和平原新城地区生产总值", "年均增长")
    d.t(3, "5%左右", "服务贸易", "年均增速")
    d.t(3, "5%以内", "城镇调查失业率", note="控制在…以内 → <=")
    d.t(3, "0.6人/百亿元以下", "单位地区生产总值生产安全事故死亡率", note="a per-unit rate: the denominator 百亿元 is kept in the unit as written (人/百亿元) and not folded into the value; 以下 → <=")
    d.t(3, "24.2%", "彩化率")
    return d
