"""What a clerk reads is Chinese (issue 13 point 5): the text output of check, fix and summary on
every sample holds no English words. Allowed ASCII: cell references (B7, H11:H17), codes in brackets (错误[zip_bomb]), file and
part names, template ids, command names and options, and the names of products and formats
(Excel, WPS, PDF, ZIP…), which have no Chinese name a clerk would know better."""
import os
import re
import tempfile

from evalbook_test import all_samples, main, run

TMP = tempfile.mkdtemp(prefix="evalbook-messages-")

PROPER = {"Excel", "WPS", "LibreOffice", "OpenOffice", "PDF", "ZIP", "Zip", "zip", "XML", "JSON", "CSV", "Word",
          "PowerPoint", "OpenDocument", "UTF", "GBK", "BIFF", "OLE", "HTML", "PNG", "JPEG", "GIF", "BMP", "TIFF",
          "xlsx", "xls", "et", "ods", "docx", "pptx", "odt", "xlsm", "csv", "json", "evalbook", "MiB", "KB", "MB",
          "GB", "KiB", "ZIP64", "Zip64", "NaN"}
ALLOWED_PATTERNS = [
    r"\[[A-Za-z_0-9.\-]+\]",                        # codes in brackets: 错误[zip_bomb], [execution_rate]
    r"\$?[A-Z]{1,3}\$?[0-9]+(?::\$?[A-Z]{1,3}\$?[0-9]+)?",  # cell references and ranges
    r"(?:[\w.\-]+/)+[\w.\-\[\]]+",                  # part names and paths (xl/worksheets/sheet1.xml)
    r"[\w.\-]+\.(?:xml|rels|xlsx|xls|xlsm|et|ods|csv|json|zip|docx|pdf|bin|vml|png|txt)\b",  # file names
    r"--?[a-z][a-z\-]*",                            # options (-o, --apply-rules)
    r"evalbook(?: [a-z]+){0,2}",                    # a command to type (evalbook templates list)
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


def report(seen):
    return "\n".join(f"{w}: {len(where)}× e.g. {where[0]}" for w, where in sorted(seen.items()))


def test_samples_speak_chinese():
    out = os.path.join(TMP, "samples")
    os.makedirs(out, exist_ok=True)
    seen = scan(all_samples(), out)
    assert not seen, report(seen)


def test_the_scan_sees_english():
    # The scan itself: an English tail is found, the allowed tokens are not.
    names = {"/x/a.xlsx"}
    assert english_words("错误[zip_bomb]：/x/a.xlsx 的 xl/worksheets/sheet1.xml 第 3 行 B7、H11:H17 --apply-rules Excel", names) == []
    assert english_words("无法读取 / cannot read the workbook", names) == ["cannot", "read", "the", "workbook"]
    assert english_words("已知的表见 evalbook templates list", names) == []
    assert english_words("提示 / hint: 请确认", names) == ["hint"]


if __name__ == "__main__":
    main([test_the_scan_sees_english, test_samples_speak_chinese])
