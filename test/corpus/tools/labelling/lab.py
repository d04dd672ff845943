"""Helper for the fresh2 and fresh3 labels (`python3 lab.py SET [NAME...]`): locates each finding's text on its doc line (left to right, from a
per-line cursor), computes 0-based UTF-16 columns, folds the value/unit/comparator of the text, and
writes gold/<name>.jsonl (header first, sorted by line then start). Values, units and comparators
are printed by `python3 lab.py NAME` for a check by hand; any field can be given explicitly."""
import json, os, re, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.abspath(os.path.join(HERE, "..", ".."))

def u16len(s): return len(s.encode("utf-16-le")) // 2

MAG = {"万": 1e4, "亿": 1e8, "千": 1e3, "百": 1e2, "十": 10}
CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
PRE = [("不少于", ">="), ("至少", ">="), ("超过", ">"), ("突破", ">"), ("超", ">"), ("不到", "<"), ("不足", "<"), ("近", "~"), ("约", "~")]
SUF = [("以上", ">="), ("以下", "<="), ("以内", "<="), ("左右", "~")]

def num(s):
    """leading number with magnitude words folded → (value, rest)"""
    m = re.match(r"[0-9]+(?:\.[0-9]+)?", s)
    if m:
        v, rest = float(m.group()), s[m.end():]
    else:
        m = re.match(r"[一二两三四五六七八九]?", s)
        v = CN.get(m.group(), None); rest = s[m.end():]
        if v is None:
            v = 1  # 千万吨, 百亿次: a bare magnitude
    approx = None
    if rest[:1] in ("多", "余") and rest[1:2] in MAG:  # 2400多亿元, 3万余 → the 多/余 before a magnitude
        approx, rest = rest[0], rest[1:]
    while rest and rest[0] in MAG and not re.match(r"千(?:瓦|伏|米|克|卡)|百分点", rest):
        v *= MAG[rest[0]]; rest = rest[1:]
    if approx: rest = approx + rest
    return v, rest

def clean(v):
    r = round(v)
    if abs(v - r) < 1e-9 * max(1, abs(v)): return int(r)
    return round(v, 6)

def parse(text):
    t = text.replace("％", "%")
    comp = "="
    for w, c in PRE:
        if t.startswith(w): comp, t = c, t[len(w):]; break
    for w, c in SUF:
        if t.endswith(w): comp, t = c, t[:-len(w)]; break
    rng = re.fullmatch(r"([0-9.]+)[^0-9.]*?[-—–~至]([0-9.]+.*)", t)
    if rng and not re.search(r"[∶:：]", t):
        a, _ = num(rng.group(1)); b, unit = num(rng.group(2))
        return {"min": clean(a), "max": clean(b), "unit": norm(unit), "comparator": "range"}
    ratio = re.fullmatch(r"([0-9.]+)[∶:：]1", t)
    if ratio:
        return {"value": clean(float(ratio.group(1))), "unit": None, "comparator": comp}
    v, unit = num(t)
    if unit.startswith("多"): comp, unit = ">", unit[1:]
    if unit.startswith("余"): comp, unit = "~", unit[1:]
    return {"value": clean(v), "unit": norm(unit), "comparator": comp}

def norm(u):
    u = u.replace("％", "%")
    if u.startswith("个百分点"): u = u[1:]
    if u == "": return None
    return u

class Doc:
    def __init__(self, name, year=2026, default_deadline="2026-12-31"):
        self.name, self.year, self.dl = name, year, default_deadline
        raw = open(os.path.join(CORPUS, "docs", name + ".txt"), encoding="utf-8").read()
        self.lines = raw.split("\n")
        if self.lines[-1] == "": self.lines.pop()
        self.cur = {}
        self.out = []
    def _find(self, line, text, after):
        L = self.lines[line - 1]
        pos = self.cur.get(line, 0)
        if after is not None:
            a = L.find(after, pos); assert a >= 0, (self.name, line, after)
            pos = a
        i = L.find(text, pos)
        assert i >= 0, (self.name, line, text, pos)
        self.cur[line] = i + len(text)
        return u16len(L[:i]), u16len(L[:i]) + u16len(text)
    def date(self, line, text, deadline, after=None, note=None):
        s, e = self._find(line, text, after)
        o = {"kind": "date", "line": line, "start": s, "end": e, "text": text, "deadline": deadline}
        if note: o["note"] = note
        self.out.append(o)
    def q(self, kind, line, text, indicator, change=None, after=None, note=None, deadline=None, **kw):
        s, e = self._find(line, text, after)
        o = {"kind": kind, "line": line, "start": s, "end": e, "text": text, "indicator": indicator}
        if change: o["change"] = change
        p = parse(text); p.update(kw)
        for k in ("value", "min", "max", "unit", "comparator"):
            if k in p: o[k] = p[k]
        if kind in ("target", "commitment"):
            o["deadline"] = deadline or self.dl
        if note: o["note"] = note
        if indicator is not None:
            assert indicator in self.lines[line - 1], (self.name, line, indicator)
        self.out.append(o)
    def t(self, *a, **k): self.q("target", *a, **k)
    def c(self, *a, **k): self.q("commitment", *a, **k)
    def a(self, *a, **k): self.q("achievement", *a, **k)
    def b(self, *a, **k): self.q("baseline", *a, **k)
    def write(self, show=False):
        self.out.sort(key=lambda o: (o["line"], o["start"]))
        hdr = {"ranges": [[1, len(self.lines)]], "year": self.year}
        with open(os.path.join(CORPUS, "gold", self.name + ".jsonl"), "w", encoding="utf-8") as f:
            f.write(json.dumps(hdr, ensure_ascii=False) + "\n")
            for o in self.out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
        if show:
            for o in self.out:
                print(o["line"], o["start"], o["end"], o["kind"][:4], o["text"], "|", o.get("indicator"), "|", o.get("change"),
                      "|", o.get("value", (o.get("min"), o.get("max"))), o.get("unit"), o.get("comparator"), o.get("deadline", ""))
        return self.out

if __name__ == "__main__":
    # The label lists (SET/l_<prov>_<kind>.py) import Doc from this file.
    folder = os.path.join(HERE, sys.argv[1])
    sys.path[:0] = [folder, HERE]
    names = sys.argv[2:] or [f[:-3] for f in sorted(os.listdir(folder)) if f.startswith("l_") and f.endswith(".py")]
    for n in names:
        n = n if n.startswith("l_") else "l_" + n
        print("==", n)
        importlib.import_module(n).doc().write(show=True)
