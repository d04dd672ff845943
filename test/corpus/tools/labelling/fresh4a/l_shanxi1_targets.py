from lab import Doc
def doc():
    d = Doc("shanxi1-gwr-2026-targets")
    T = d.t
    d.date(2, "2026年", "2026-12-31", note="heading of the plan part (三、2026年工作安排)")
    d.date(4, "今年", "2026-12-31", note="今年 at the head of the 主要目标 list. Line 3 has no findings: 2026年是“十五五”开局之年 and 做好今年工作 are descriptive, 十二届十次、十一次全会 meeting numbers")
    T(4, "4.5%—5%", "地区生产总值", "增长", note="range → min/max, comparator range")
    T(4, "5%", "固定资产投资", "增长")
    T(4, "5%", "社会消费品零售总额", "增长", note="进出口总额争取实现正增长 and 居民人均可支配收入与经济增长同步 that follow have no number")
    T(4, "2%左右", "居民消费价格总水平", "上涨幅度", note="上涨幅度 is the rate word (like 涨幅); 控制在…左右 → ~")
    T(4, "45万人", "城镇新增就业人数", note="新增 is part of the indicator name (change null, as 城镇新增就业)")
    T(4, "5.5%左右", "城镇调查失业率", note="控制在…左右 → ~; 预期性指标增长高于经济增速 and 约束性指标…完成国家下达任务 have no number. Line 5 (（一）着力实施扩大内需战略) is a heading with no findings. Line 6: 建设5大微短剧基地 is an N大X enumeration label (seed convention 13, like 四大创新中心), not a finding (borderline: it could be read as a count of bases); “两新”, “体育+” are names")
    return d
