from lab import Doc
def doc():
    d = Doc("shanghai-gwr-2026-review")
    A = d.a
    A(3, "26个", "改造项目", "启动", note="2025 review paragraphs under (三)深入推进城市治理现代化 (line 2, a heading without findings); none of them has a 过去一年/去年 cue of its own. “加速度” is a word with no number")
    A(3, "43.6万平方米", "旧住房成套改造", "完成", note="小梁薄板房屋 names the housing type")
    A(3, "3295台", "电梯", "加装")
    A(3, "30.4平方公里", "低效产业用地", "盘活处置")
    A(4, "100座", "滨水驿站", "完善", note="完善100座黄浦江、苏州河滨水驿站功能: the count of stations whose functions were improved")
    A(4, "69公里", "岸线", "累计贯通", note="cumulative stock (seed convention 1)")
    A(4, "141公里", "架空线入地和杆箱整治", "完成")
    A(4, "116个", "“美丽街区”", "建成")
    A(4, "49个", "机关、企事业单位附属空间", "对外开放共享", note="“烟火气” that follows has no number")
    A(5, "13.5%", "全市刑事立案数", "下降", note="“多格合一”, “只报一次”, “1+6”, “5+2”, “黑飞”, “三所联动” are names/labels. 分别下降 over a written list: each value takes its own indicator (seed convention 8)")
    A(5, "8.6%", "电诈案件既遂数", "下降")
    A(5, "2.7%", "道路交通事故数", "下降", note="连续13年实现“双提升” that follows is a streak: not a finding")
    A(6, "4.6万辆", "国四柴油车", "淘汰", note="国四 is an emission-standard class (name), not a finding")
    A(6, "5座", "湿垃圾资源化处理设施", "建成")
    A(6, "214万千瓦", "光伏装机", "新增", note="金山海上风电一期 that follows is a phase (seed convention 13)")
    A(6, "37万辆", "新能源汽车", "新上牌")
    A(6, "137公里", "绿道", "新建")
    A(6, "2136公里", "绿道", note="累计达到: the cumulative level after the addition; level verb (change null), as fresh2's 累计达8000处")
    return d
