from lab import Doc
def doc():
    d = Doc("guangxi-gwr-2026-tasks")
    C = d.c
    C(2, "890.59亿元", "十大为民办实事工程项目", "筹措", note="2026 plan paragraph ((十), 三、2026年重点工作) with no time word: report-year default. Funding raised for a deliverable in plan text → commitment (seed convention 15, like 发放180亿元创业担保贷款). 890.59亿元 is the total of the ten 惠民工程 amounts that follow (they sum to 890.59), kept as its own finding. 十大 is an N大X label (seed convention 13), not a count (borderline, cf. 贵州's “十件民生实事”); “暖心民政”三年行动 is a campaign length, not a finding")
    C(2, "7亿元", "就业惠民工程", "筹措", note="稳岗扩容提质行动, 大规模职业技能培训 etc. that follow have no number")
    C(2, "280.44亿元", "社保惠民工程", "筹措", note="继续提高城乡居民基础养老金 has no number; “线上网络化+线下网格化”, “村级养老服务站+养老协管员”, “一卡通” are names")
    C(2, "310.33亿元", "健康惠民工程", "筹措", note="“儿科和精神卫生服务年” is a campaign name")
    C(2, "133.25亿元", "科教惠民工程", "筹措", note="“攀高峰、强特色” is a programme name; 全学段 has no number")
    C(2, "8.26亿元", "安居惠民工程", "筹措")
    C(2, "8万户以上", "群众", "帮助…实现安居梦", note="帮助8万户以上群众实现安居梦: households to be housed → commitment, 以上 → >=, unit 户 as written")
    C(2, "111.74亿元", "助农惠民工程", "筹措")
    C(2, "12.42亿元", "生态惠民工程", "筹措")
    C(2, "17.53亿元", "水利惠民工程", "筹措")
    C(2, "2.29亿元", "文体惠民工程", "筹措", note="“新时代、新广西、新人物、新故事” that follows is a name")
    C(2, "7.33亿元", "交通惠民工程", "筹措")
    return d
