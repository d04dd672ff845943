from lab import Doc
def doc():
    d = Doc("ningxia-gwr-2026-tasks")
    d.t(3, "85%以上", "规划任务", "完成", note="2026 plan text with no time word in this sentence: report-year default. Line 2 has no findings: 一是 is an ordinal, 新一轮 has no number, “四源同治”, “九水共治”, “六废联治” are labels")
    d.t(3, "30%以上", "美丽河湖建成率", note="达到 is a level verb; 中国-中亚…“四个中心、六个基地” and 三维体系 earlier are labels")
    d.date(3, "3年内", "2028-12-31", note="a relative horizon: within three years counted from the report year (2026, 2027, 2028) → 2028-12-31; it governs no quantity (全部废弃矿山 has no number)")
    return d
