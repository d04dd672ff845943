"""Write a set's docs (`python3 mkdocs.py SET`, from SET/spec.json): the report's title line plus consecutive whole lines of full_text, verbatim."""
import csv, io, json, os, subprocess, sys
csv.field_size_limit(10**9)
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.abspath(os.path.join(HERE, "..", ".."))
R = "/work/.mirror/johncodes404+china-provincial-gov-reports-2026/repo"
COMMIT = "ad4c815c4acefe47240a3afaece74e1eb2011dd3"
spec = json.load(open(os.path.join(HERE, sys.argv[1], "spec.json"), encoding="utf-8"))
os.makedirs(os.path.join(CORPUS, "docs"), exist_ok=True)
for name, s in spec.items():
    path = f"output/2026_raw_text/2026_{s['prov']}_政府工作报告.csv"
    raw = subprocess.run(["git", "-C", R, "show", f"{COMMIT}:{path}"], capture_output=True, check=True).stdout.decode("utf-8")
    row = next(csv.DictReader(io.StringIO(raw)))
    L = row["full_text"].split("\n")
    out = [L[s["title"] - 1]] + L[s["from"] - 1:s["to"]]
    assert all(x.strip() for x in out), name
    txt = "\n".join(out) + "\n"
    open(os.path.join(CORPUS, "docs", name + ".txt"), "w", encoding="utf-8").write(txt)
    print(name, len(txt), len(out))
