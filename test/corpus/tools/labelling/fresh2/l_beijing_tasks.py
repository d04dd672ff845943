from lab import Doc
def doc():
    d = Doc("beijing-gwr-2026-tasks")
    d.c(2, "507栋", "危旧简易楼", "抓好", note="2026 plan text with no time word: report-year default")
    d.c(2, "300个以上", "老旧小区", "改造完工")
    d.c(2, "800台以上", "电梯", "加装", note="第三轮回天行动 that follows is an ordinal")
    d.c(3, "1000公里", "老旧管线", "更新改造")
    d.c(3, "20个", "重点区域", "推进", note="two 关键小事 later on the line is an enumeration label")
    d.c(3, "3000个", "小区", "设置", note="在3000个小区设置智能回收机: the count of sites is the deliverable")
    d.c(3, "800个", "老旧小区", "引入")
    d.t(4, "40公里以上", "轨道交通运营里程", "新增")
    d.t(4, "93%", "公交与轨道50米内换乘比例", note="提升至 is a level verb; 50米内 is a class inside the indicator name (like 3岁以下), not a finding")
    d.c(4, "30项", "市级疏堵工程", "实施", note="“八站两场” earlier is a name")
    d.c(4, "50条", "断头路", "打通")
    d.c(4, "3.5万个", "机动车停车位", "新增")
    d.c(4, "3万个", "充电桩", "新建")
    d.c(4, "1000处", "信号灯联网", "新增")
    d.t(4, "8000处", "信号灯联网", note="累计达8000处: the cumulative level after the addition; 累计达 is a level verb (change null)")
    return d
