from lab import Doc
def doc():
    d = Doc("xinjiang-gwr-2026-tasks")
    C = d.c
    C(3, "100万亩", "造林", "完成", note="2026 plan text (三、2026年重点工作) with no time word: report-year default. Earlier on the line: “十五五”碳达峰行动方案 is a plan name, “沙戈荒” and “含绿量” are names/words without a number")
    C(3, "450万亩", "退化草原修复治理", "完成", note="完成 is shared over the list")
    C(3, "350万亩", "沙化土地治理", "完成")
    d.t(3, "114亿立方米以内", "地下水开采量", note="控制在…以内 → <=; a cap on an indicator → target")
    return d
