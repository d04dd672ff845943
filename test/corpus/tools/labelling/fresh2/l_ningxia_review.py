from lab import Doc
def doc():
    d = Doc("ningxia-gwr-2026-review")
    A = d.a
    A(2, "65个", "专项行动", "组织开展", note="2025 review (一是 of 过去一年's results); “六个攻坚战” and “稳增长促发展攻坚年” are labels; a count of actions carried out is labelled")
    A(3, "2800多个", "重点项目", "实施", note="a review paragraph with few review cues (only 这一年 at its end); 多 → >")
    A(3, "2400多亿元", "投资", "完成")
    A(3, "1700多个", "新项目", "开工", note="宝丰第二套 earlier is an ordinal")
    A(3, "160多个", "高科技项目", "投产")
    A(3, "500余场次", "促消费活动", "举办", note="余 → ~ (seed convention 11)")
    A(3, "76万", "“以旧换新”政策", "惠及", unit="人", note="76万群众: count of people, unit 人 from the noun (seed convention 17)")
    A(3, "100多家", "首店", "引进", note="消费“三新” that follows is a label")
    A(3, "14%", "全区游客人次", "增长", note="分别 over a list: split, each value with its own item")
    A(3, "10%", "旅游花费", "增长")
    A(3, "25%", "入境游客", "增长")
    A(4, "13.8%", "规模以上高技术制造业", "增长", note="三年行动计划 earlier is a campaign length; 分别 split as written (shared head noun 增加值)")
    A(4, "18.1%", "装备制造业增加值", "增长", note="三次产业结构…调整为8.3∶41.4∶50.3 that follows is a three-part structure ratio: not a finding (seed convention 18)")
    A(4, "600余项", "科技成果", "引进和落地")
    A(4, "30%以上", "技术合同成交额", "增长")
    A(4, "5项", "技术", "获得", note="行业科技创新一等奖 is a rank")
    A(4, "2个", "平台", "入选", note="首批 is an ordinal")
    A(4, "3个", "平台", "入选")
    return d
