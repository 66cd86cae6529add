"""What a clerk reads is Chinese (issue 13 point 5): the text output of check, fix and summary on
every sample holds no English words, and neither do the refusals of check, dump and fix on every
hostile or broken workbook of tests/hostile/make_fixtures.py (zip bombs, XXE, truncated zips, bad
XML...): system errors are said in Chinese too. Allowed ASCII: cell references (B7, H11:H17), codes in brackets (错误[zip_bomb]), file and
part names, template ids, command names and options, and the names of products and formats
(Excel, WPS, PDF, ZIP…), which have no Chinese name a clerk would know better."""
import json
import os
import re
import subprocess
import sys
import tempfile

from evalbook_test import ROOT, SAMPLES, all_samples, main, run

TMP = tempfile.mkdtemp(prefix="evalbook-messages-")

PROPER = {"Excel", "WPS", "LibreOffice", "OpenOffice", "PDF", "ZIP", "Zip", "zip", "XML", "JSON", "CSV", "Word",
          "PowerPoint", "Office", "OpenDocument", "UTF", "GBK", "BIFF", "OLE", "HTML", "PNG", "JPEG", "GIF", "BMP", "TIFF",
          "xlsx", "xls", "et", "ods", "docx", "pptx", "odt", "xlsm", "csv", "json", "evalbook", "MiB", "KB", "MB",
          "GB", "KiB", "ZIP64", "Zip64", "NaN"}
ALLOWED_PATTERNS = [
    r"\[[A-Za-z_0-9.\-]+\]",                        # codes in brackets: 错误[zip_bomb], [execution_rate]
    r"\$?[A-Z]{1,3}\$?[0-9]+(?::\$?[A-Z]{1,3}\$?[0-9]+)?",  # cell references and ranges
    r"(?:[\w.\-]+/)+[\w.\-\[\]]+",                  # part names and paths (xl/worksheets/sheet1.xml)
    r"[\w.\-\[\]]*\.(?:xml|rels|xlsx|xls|xlsm|et|ods|csv|json|zip|docx|pdf|bin|vml|png|txt)\b",  # file names
    r"--?[a-z][a-z\-]*",                            # options (-o, --apply-rules)
    r"evalbook(?: [a-z]+){0,2}",                    # a command to type (evalbook templates list)
    r"0x[0-9A-Fa-f]+",                              # bytes and record types as found (0x1F, 0x0203)
    r"</?!?[A-Za-z_][\w:.\-]*>",                     # markup quoted from the file (</row>, <!DOCTYPE>)
]


def template_ids():
    return [line.split("\t")[0] for line in run("templates", "list").stdout.decode().splitlines()]


def english_words(text, names):
    for name in sorted(names, key=len, reverse=True):  # file, sheet and folder names as given
        if name:
            text = text.replace(name, " ")
    for pattern in ALLOWED_PATTERNS:
        text = re.sub(pattern, " ", text)
    return [w for w in re.findall(r"[A-Za-z][A-Za-z']+", text) if w not in PROPER]


def commands_for(path, out_dir, stem):
    return [["check", path], ["fix", path, "-o", os.path.join(out_dir, stem + "-fixed.xlsx")],
            ["summary", path, "-o", os.path.join(out_dir, stem + "-summary.xlsx")]]


def scan(paths, out_dir):
    """{english word: [where it was seen]} over check, fix and summary of each path."""
    ids = template_ids()
    seen = {}
    for k, path in enumerate(paths):
        names = {path, os.path.basename(path), os.path.dirname(path), out_dir, TMP, *ids}
        for args in commands_for(path, out_dir, f"o{k}"):
            proc = run(*args, check=False)
            text = proc.stdout.decode(errors="replace") + "\n" + proc.stderr.decode(errors="replace")
            names_here = names | {a for a in args[1:]}
            for line in text.splitlines():
                for word in english_words(line, names_here):
                    seen.setdefault(word, []).append(f"{args[0]} {os.path.basename(path)}: {line.strip()[:200]}")
    return seen


def hostile_fixtures():
    """(fixtures folder, {file name: spec}) as tests/hostile/make_fixtures.py writes them."""
    folder = os.path.join(TMP, "hostile")
    gen = subprocess.run([sys.executable, os.path.join(ROOT, "tests", "hostile", "make_fixtures.py"), folder,
                          "--samples", SAMPLES], capture_output=True, text=True)
    assert gen.returncode == 0, gen.stdout + gen.stderr
    with open(os.path.join(folder, "expected.json"), encoding="utf-8") as f:
        return folder, json.load(f)


def scan_hostile(folder, expected, out_dir):
    """{english word: [where]} over check, dump and fix of every fixture. The refusals are what is
    read here; dump's stdout is the workbook's own text (a fixture that reads fine prints its cells),
    so it is scanned only when dump refuses (it must then be empty or Chinese)."""
    ids = template_ids()
    seen = {}
    for name in sorted(expected):
        path = os.path.join(folder, name)
        out = os.path.join(out_dir, name + "-fixed.xlsx")
        for args in (["check", path], ["dump", path], ["fix", path, "-o", out]):
            proc = run(*args, check=False, timeout=60)
            text = proc.stderr.decode(errors="replace")
            if args[0] != "dump" or proc.returncode != 0:
                text += "\n" + proc.stdout.decode(errors="replace")
            names = {path, name, folder, out, os.path.basename(out), out_dir, TMP, *ids}
            for line in text.splitlines():
                for word in english_words(line, names):
                    seen.setdefault(word, []).append(f"{args[0]} {name}: {line.strip()[:200]}")
    return seen


def report(seen):
    return "\n".join(f"{w}: {len(where)}× e.g. {where[0]}" for w, where in sorted(seen.items()))


def test_samples_speak_chinese():
    out = os.path.join(TMP, "samples")
    os.makedirs(out, exist_ok=True)
    seen = scan(all_samples(), out)
    assert not seen, report(seen)


def test_hostile_refusals_speak_chinese():
    folder, expected = hostile_fixtures()
    refused = [n for n, spec in expected.items() if spec.get("outcome") != "ok"]
    assert len(refused) >= 40, f"only {len(refused)} refusing fixtures: make_fixtures.py changed?"
    out = os.path.join(TMP, "hostile-out")
    os.makedirs(out, exist_ok=True)
    seen = scan_hostile(folder, expected, out)
    assert not seen, report(seen)
    # The refusals still carry their context in the Chinese text: the zip bomb names its entry
    # and sizes, malformed XML its part and line (as the codes and parts test_hostile.py checks).
    bomb = run("check", os.path.join(folder, "zipbomb.xlsx"), check=False).stderr.decode()
    assert "错误[zip_bomb]" in bomb and "xl/worksheets/sheet1.xml" in bomb and "字节" in bomb, bomb
    bad = run("dump", os.path.join(folder, "malformed_sheet.xlsx"), check=False).stderr.decode()
    line = expected["malformed_sheet.xlsx"]["line"]
    assert "错误[malformed_xml]" in bad and "xl/worksheets/sheet1.xml" in bad and f"第{line}行" in bad, bad


def test_the_scan_sees_english():
    # The scan itself: an English tail is found, the allowed tokens are not.
    names = {"/x/a.xlsx"}
    assert english_words("错误[zip_bomb]：/x/a.xlsx 的 xl/worksheets/sheet1.xml 第 3 行 B7、H11:H17 --apply-rules Excel", names) == []
    assert english_words("无法读取 / cannot read the workbook", names) == ["cannot", "read", "the", "workbook"]
    assert english_words("已知的表见 evalbook templates list", names) == []
    assert english_words("提示 / hint: 请确认", names) == ["hint"]
    assert english_words("记录 0x0203 被截断；结束标签 </row> 与开始标签 <c> 不匹配", names) == []
    assert english_words("条目校验失败：x (corrupt entry, checksum 1a2b3c4d)", names) == ["corrupt", "entry", "checksum"]


if __name__ == "__main__":
    main([test_the_scan_sees_english, test_samples_speak_chinese, test_hostile_refusals_speak_chinese])
