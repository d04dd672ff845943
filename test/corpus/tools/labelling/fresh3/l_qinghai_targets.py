from lab import Doc
def doc():
    d = Doc("qinghai-gwr-2026-targets")
    T = d.t
    d.date(2, "2026年", "2026-12-31", note="heading of the plan part (三、2026年重点工作任务)")
    d.date(4, "今年", "2026-12-31", note="今年 at the head of the 主要预期目标 list. Line 3 has no findings: 今年是“十五五”开局之年 is descriptive, 十四届十次全会 a meeting number, 产业“四地” a label")
    T(4, "4.5%左右", "全省地区生产总值", "增长")
    T(4, "6万人以上", "城镇新增就业")
    T(4, "106万人次以上", "农牧区劳动力转移就业")
    T(4, "5.5%左右", "城镇调查失业率")
    T(4, "2%左右", "居民消费价格", "涨幅", note="全体居民人均可支配收入增长与经济增长同步 that follows has no number")
    T(4, "110万吨以上", "粮食总产量", note="保持在…以上 → >=; 水质…保持在Ⅱ类及以上 is a water-quality class (like Ⅲ类, seed convention 13), 全国前列 a rank, and 完成国家下达…目标 has no number. Line 5 has no findings")
    return d
