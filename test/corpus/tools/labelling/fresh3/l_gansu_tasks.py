from lab import Doc
def doc():
    d = Doc("gansu-gwr-2026-tasks")
    C = d.c
    C(3, "20所", "普通高中", "支持", note="line 2 has no findings: 全覆盖 has no number, “双高计划” and “体育+” are names, 省第十六届运动会 an ordinal. 2026 plan text (2026年重点工作) with no time word: report-year default. 一是…十是 are ordinals, “强县中增学位” a name")
    C(3, "14个", "市州城区", note="the number of city districts where the places are added (the count of sites); borderline, it is the scope of the next deliverable")
    C(3, "2万个", "义务教育学位", "增补")
    C(3, "100个", "乡镇综合养老服务中心", "改造建设")
    C(3, "300个", "村级互助幸福院", "改造建设", note="改造建设 is shared with the preceding item")
    C(3, "1万名", "未就业普通高校毕业生", "支持到基层就业", note="unit 名 as written")
    d.t(3, "30万人", "城镇新增就业", note="a level of an indicator (seed convention 2)")
    C(3, "300个", "乡村全民健身提升工程", "建设")
    d.t(3, "1万元", "本科院校的一次性补助", note="a subsidy standard per student: a level, read as a target; borderline")
    d.t(3, "8000元", "专科院校的一次性补助")
    C(3, "1万名", "老年人白内障复明工程", "免费实施")
    C(3, "5000户", "困难重度残疾人家庭无障碍改造", "完成")
    C(3, "20个", "残疾人日间照料服务省级示范中心", "改造建设")
    C(3, "1000个", "农村“水盆子”项目", "建设")
    C(3, "7座", "小型水库", note="其中: a part of the 1000 projects, labelled as its own count")
    C(3, "993个", "水池等调蓄设施", note="“四个1”活动 that follows is a name")
    C(3, "100个", "社区儿童友好空间改造工程", "实施", note="一桩桩, 一年更比一年好 that follow are not quantities")
    return d
