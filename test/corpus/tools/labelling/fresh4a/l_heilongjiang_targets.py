from lab import Doc
def doc():
    d = Doc("heilongjiang-gwr-2026-targets")
    T = d.t
    d.date(2, "2026年", "2026-12-31", note="heading of the plan part (三、2026年重点工作)")
    d.date(4, "今年", "2026-12-31", note="今年 at the head of the 主要预期目标 list. Line 3 has no findings: 2026年是“十五五”开局之年 is descriptive, 省第十三次党代会 an ordinal, 省委十三届 a meeting number, “五大安全”, “三基地一屏障一高地”, “六个龙江”, “八个振兴” labels")
    T(4, "4.5-5%", "地区生产总值", "增长", note="range → min/max, comparator range; 在实际工作中争取更好结果 has no number")
    T(4, "1600亿斤以上", "粮食产量")
    T(4, "30万人以上", "城镇新增就业")
    T(4, "5.7%左右", "城镇调查失业率")
    T(4, "2%左右", "居民消费价格", "涨幅", note="城乡居民收入增长与经济增长同步 that follows has no number")
    T(4, "3.8%左右", "单位地区生产总值二氧化碳排放", "降低", note="降低 is the rate word. Line 5 has no findings (“十五五”规划目标 is a plan name). Line 6: “五个必须”, “六个坚持” and 四个方面 are labels")
    return d
