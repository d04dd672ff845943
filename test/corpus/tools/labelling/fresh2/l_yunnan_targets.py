from lab import Doc
def doc():
    d = Doc("yunnan-gwr-2026-targets")
    T = d.t
    d.date(2, "2026年", "2026-12-31", note="heading of the plan part (三、2026年重点工作)")
    T(4, "4.5%左右", "地区生产总值", "增长", note="the target list has no time word of its own: report-year default. Line 3 (总体要求) has no findings")
    T(4, "50%以上", "产业投资占比", note="保持在 is a level verb")
    T(4, "2%", "地方一般公共预算收入", "增长")
    T(4, "5.5%以内", "城镇调查失业率")
    T(4, "50万人以上", "城镇新增就业", note="居民人均可支配收入增长与经济增长同步 has no number")
    T(4, "1955万吨以上", "粮食总产量", note="稳定在 is a level verb; 单位地区生产总值二氧化碳排放降低完成…目标 has no number. Line 5: “五个必须” is a label, 十一届九次全会 a meeting number; line 6: 9个方面 is an enumeration label")
    return d
