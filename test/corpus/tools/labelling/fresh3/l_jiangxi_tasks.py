from lab import Doc
def doc():
    d = Doc("jiangxi-gwr-2026-tasks")
    C = d.c
    C(2, "10件", "民生实事", "办好", note="count of 民生实事 in a plan → commitment (seed convention 5); 2026 plan text (三、2026年工作安排) with no time word: report-year default. （六） is an ordinal")
    d.t(3, "41万人", "城镇新增就业", note="a level of an indicator (seed convention 2: 城镇新增就业11万人 → target); 5+2就业之家 earlier is a name, “技能照亮前程” a campaign name")
    C(3, "180亿元", "创业担保贷款", "发放", note="size of a deliverable (loans to be issued) → commitment; the family target/commitment is scored as one")
    C(4, "50家以上", "区域性中心敬老院", "新建改造", note="“一老一小” and “无自付” earlier are names; 二级以上医院 is a hospital grade (like 三级综合医院, seed convention 13), not a finding; 全覆盖 has no number")
    return d
