from lab import Doc
def doc():
    d = Doc("neimenggu-gwr-2026-tasks")
    C, T = d.c, d.t
    d.date(2, "2026年", "2026-12-31", note="heading of the annexed 2026年自治区民生实事 list (like a plan-part heading); every item takes 2026-12-31. The item numbers 1.–4. are ordinals")
    C(3, "20亿元以上", "劳务报酬", "发放", note="“以工代赈”, “三北” are names; 扩大…覆盖面, 提高…基础养老金标准 have no number; the (牵头单位：…) parentheses have none")
    T(4, "18万人以上", "城镇新增就业", note="a level of an indicator → target (seed convention 2), though inside the 民生实事 list; the family is scored as one")
    C(4, "50万个以上", "就业岗位", "发布")
    C(4, "4.5万个", "政策性岗位", "释放")
    C(4, "40万人次", "职业技能培训", "开展")
    d.b(5, "5元", "保费", note="保费由每生每年5元提高至10元: the current standard is the reference level (baseline, as 由X增长到Y in the corpus); 每生每年 is the per-recipient base, kept in the indicator phrase rather than the unit (like 每千人口托位数 → 个); borderline (a reader could write unit 元/生/年)")
    T(5, "10元", "保费", note="提高至 is a level verb (change null); a standard per student → target, like fresh3's subsidy standards")
    C(5, "5000个", "普通高中招生计划", "增加", note="每天提供“一杯奶” that follows is a quoted programme name, not a quantity")
    C(6, "2000例", "免费手术", "实施")
    T(6, "1万元", "救助", note="每人1万元救助 (“两癌”患病妇女): a standard per recipient → target, as fresh3's 一次性补助1万元; 每人 stays out of the unit. 三级中医（蒙医）医院 is a hospital grade (seed convention 13), not a finding")
    return d
