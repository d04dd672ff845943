from lab import Doc
def doc():
    d = Doc("shandong-gwr-2026-tasks")
    C, T = d.c, d.t
    C(2, "17个", "领域", "抓好", note="2026 plan paragraph ((七) under 三、2026年重点工作) with no time word: report-year default. （七） is an ordinal, “双碳” a name. 工业等17个领域: the count of sectors covered by the 碳达峰 work, like the counts of listed or covered places in fresh3; borderline (it gives the scope of the work)")
    C(2, "20家", "省级以上零碳园区", "打造", note="“两高” earlier is a name; 省级以上 is a class without a number, kept in the indicator")
    T(2, "1.5亿千瓦", "非化石能源装机", note="a level of an indicator (达到, change null) → target; 千瓦 is the unit (亿 folds)")
    C(2, "10个", "绿电产业园", "建设", note="推进…建设; 新一代 has no number, 万华新一代电池材料 is an example of the 10. 源网荷储一体化 has no number")
    T(2, "70%以上", "全流程超低排放改造", "完成", note="完成水泥、焦化行业70%以上产能全流程超低排放改造: a share of the sectors' capacity → target (%), indicator the retrofit as written (the sector phrase 水泥、焦化行业 could serve too); borderline. 中央生态环保督察 has no number")
    C(2, "30个以上", "传统产业集群", "开展", note="开展…大气污染综合治理")
    C(2, "25条", "重点河湖", "生态流量达标", note="推进25条重点河湖生态流量达标: the count of rivers and lakes brought up to standard")
    T(2, "30%", "美丽河湖", note="美丽河湖、美丽海湾建成率分别达到30%、50%: split as written, each value with its own item (shared head noun 建成率); 达到 is a level verb")
    T(2, "50%", "美丽海湾建成率")
    C(2, "16处", "大宗工业固废回填试点", "实施")
    T(2, "30%", "美丽乡村整县建成比例", note="“一市一品牌” earlier is a label; 达到 is a level verb. 黄河口国家公园, 长岛国家公园, 国际零碳岛 have no number")
    return d
