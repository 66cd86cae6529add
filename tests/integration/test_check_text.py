"""check's text output is for people (issue 13 point 5): severity as 错误/警告/提示, no field paths
and no rule codes, each unreadable file's error printed once (on standard error), a count line at
the end, and --level error|warning|info choosing what is shown. The counts are checked against
check --format json on the same files; the 001 figures by hand: 3 errors (F6 分值 100, G13 分值合计
100, H18 6.67 < 8) and 5 warnings (H13, H15, H16, H17, H19 below full marks without a reason)."""
import json
import os
import re

from evalbook_test import SAMPLES, main, run

P001 = os.path.join(SAMPLES, "001_project_服务外向型经济工作经费.xlsx")
P012 = os.path.join(SAMPLES, "004_project_12_晋城市中心城区商业网点设施布局专项规划编制费用.xlsx")
NOT_A_WORKBOOK = os.path.join(SAMPLES, "README-seed.md")


def text(*args):
    proc = run("check", *args, check=False)
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


def counts(*paths):
    doc = json.loads(run("check", *paths, "--format", "json", check=False).stdout)
    c = {"error": 0, "warning": 0, "info": 0}
    forms = 0
    for f in doc["files"]:
        for form in f["forms"]:
            forms += 1
            for x in form["findings"]:
                c[x["severity"]] += 1
    return forms, c


def test_chinese_lines_and_the_count_line():
    code, out, err = text(P001, P012, NOT_A_WORKBOOK)
    assert code == 2, code
    forms, c = counts(P001, P012)
    last = out.strip().splitlines()[-1]
    assert last == (f"合计：3 个文件（1 个无法读取），{forms} 张表；错误 {c['error']} 条，警告 {c['warning']} 条，"
                    f"提示 {c['info']} 条"), last
    # 001 alone, by hand: 3 errors, 5 warnings.
    _, out001, _ = text(P001)
    assert out001.strip().splitlines()[-1] == "合计：1 个文件，1 张表；错误 3 条，警告 5 条，提示 0 条", out001
    body = "\n".join(out.splitlines()[:-1])
    assert not re.search(r"[a-z_]+\[\d+\]", body), "a field path in the text"
    assert not re.search(r"\b(error|warning|info|indicator_\w+|execution_\w+|total_score)\b", body), body
    assert "    错误  H18  " in body and "    警告  H13  " in body
    # The unreadable file: its error once, on standard error; standard output names only its code.
    assert err.count("README-seed.md") == 1, err
    message = err.split("README-seed.md", 1)[1].strip(": \n")
    assert "无法读取 [not_zip]" in out and message not in out, out


def test_level_chooses_what_is_shown():
    _, out, _ = text(P012, "--level", "error")
    assert "错误  H13" in out and "警告" not in out.splitlines()[-2] and "提示  G15" not in out, out
    assert not any(line.startswith("    警告") or line.startswith("    提示") for line in out.splitlines())
    _, out, _ = text(P012, "--level", "warning")
    assert "    警告  H14" in out and not any(line.startswith("    提示") for line in out.splitlines()), out
    _, out, _ = text(P012, "--level", "info")
    assert "    提示  G15" in out, out
    # The count line counts every finding, whatever is shown (by hand: errors H13, I16, H18; warnings
    # H14, F5; the infos as check --format json has them).
    _, c = counts(P012)
    assert c["error"] == 3 and c["warning"] == 2, c
    assert out.strip().splitlines()[-1].endswith(f"错误 3 条，警告 2 条，提示 {c['info']} 条"), out
    doc = json.loads(run("check", P012, "--format", "json", "--level", "error", check=False).stdout)
    assert {x["severity"] for x in doc["files"][0]["forms"][0]["findings"]} == {"error"}
    code, _, err = text(P012, "--level", "loud")
    assert code == 2 and "--level" in err, err


if __name__ == "__main__":
    main([test_chinese_lines_and_the_count_line, test_level_chooses_what_is_shown])
