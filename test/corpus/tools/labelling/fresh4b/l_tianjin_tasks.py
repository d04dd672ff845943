from lab import Doc
def doc():
    d = Doc("tianjin-gwr-2026-tasks")
    C = d.c
    C(2, "800公里", "老旧供热", "改造", note="2026 plan text (三、2026年重点工作) with no time word: report-year default. 改造老旧供热、燃气、排水管网800公里、600公里、300公里: an implicit 分别 list, split as written, each value with its own written item (as the corpus splits 分别 lists); the head noun 管网 is written once, after the last item")
    C(2, "600公里", "燃气", "改造")
    C(2, "300公里", "排水管网", "改造", note="完成尔王庄水库增容工程 that follows has no number")
    C(2, "6处", "易积水点位", "消除", note="桥园里、和苑等 are examples of the 6. 一揽子化债方案 and “护城河” have no number")
    C(5, "32.8万亩", "高标准农田", "建成", note="lines 3–4 (heading (七) and its intro) have no findings")
    C(5, "22个", "国家级产业融合载体", "支持", note="支持22个…载体延伸上下游产业链: the count of supported carriers is the deliverable (like fresh3's 在30个县建设…); borderline. “津农精品” is a name")
    C(6, "10个", "宜居宜业和美乡村重点片区", "打造")
    C(6, "210公里", "农村公路", "提升改造")
    C(6, "120万平方米", "村内道路", "提升改造")
    d.t(6, "90%以上", "农村规模化供水覆盖率", note="达到…以上 → >=; a level of an indicator → target")
    return d
