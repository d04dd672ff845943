from lab import Doc
def doc():
    d = Doc("shanghai-gwr-2026-tasks")
    C = d.c
    C(2, "20个", "融合性服务消费新场景", "培育打造", note="2026 plan text (三、2026年主要任务) with no time word on this line: report-year default. Later on the line, “五五购物节” (the 5 May shopping festival) and “上海之夏” are names, not quantities")
    d.date(3, "全年", "2026-12-31", note="全年 in plan text governs the investment figure that follows (seed convention 20); “两重” is a name")
    C(3, "2550亿元", "重大工程投资", "完成", note="an investment size in plan text → commitment (seed conventions 2, 15); deadline from 全年")
    C(3, "7平方公里", "低效建设用地", "减量", note="嘉闵线, 崇明线, 13号线东延伸, 19号线, 20号线, 21号线, 23号线 are metro line names and 沪通铁路二期 a phase (seed convention 13): not findings. 7平方公里 has no time word of its own: report-year default")
    return d
