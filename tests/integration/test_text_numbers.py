"""Numbers stored as text: forms exported by budget systems or pasted from web pages hold every
figure as text. They are read as the numbers they are, and the clerk gets ONE warning per form that
names the cells (value_reading, with `cells` listing every one), not one per cell; a reading that
interprets the text (a Chinese numeral, a unit, full-width digits) is still its own warning.

Each case copies a real sample with openpyxl and writes every number of the form as the text the
form shows for it (`evalbook dump`, which equals the seed text: test_dump_seeds), in a cell
formatted as Text, as an exporting system writes it. The copy must check to the same record, the
same recomputed figures and the same findings as the numeric original, plus the one gathered
warning whose cells are counted by hand from the seed dump below."""
import json
import os
import shutil
import tempfile

import openpyxl
from openpyxl.cell.cell import MergedCell

from evalbook_test import SAMPLES, main, run, split_dump

TMP = tempfile.mkdtemp(prefix="evalbook-textnum-")

# 004 #4 出口信用保险 (project-2023), seed 004_80dc64eda384f1d0.txt lines 667-694; rows as the
# sheet has them:
#   5  资金总额:   D5 35 | E5 35 | F5 52.543 | G5 52.543 | H5 0 | I5 100 | J5 10           7 figures
#   6  市、县、区   B6 35 | C6 35 | D6 52.543 | E6 52.543 | F6 0 | G6 100.00 | H6 10.00    7 figures
#   10-14, 16-20   分值 G and 得分 H of ten indicator rows (10 10, 10 10, 5 5, 5 5, 10 10,
#                  5 5, 10 10, 5 5, 5 5, 10 10)                                          20 figures
#   15 成本指标    its row one column to the left: 分值 F15 10, 得分 G15 5                  2 figures
#   21 总分        G21 95                                                                  1 figure
# 7 + 7 + 20 + 2 + 1 = 37 figures read as numbers. D13, E13, F13 (-100%, 补助企业资质符合率's
# 指标值) are numbers too but indicator texts: stored as text they read the same, with no warning.
EXPORT = "004_project_04_出口信用保险.xlsx"
EXPORT_SHEET = "出口信用保险"
EXPORT_FIGURES = (["D5", "E5", "F5", "G5", "H5", "I5", "J5", "B6", "C6", "D6", "E6", "F6", "G6", "H6"]
                  + [f"{col}{row}" for row in range(10, 15) for col in "GH"]
                  + ["F15", "G15"]
                  + [f"{col}{row}" for row in range(16, 21) for col in "GH"]
                  + ["G21"])
assert len(EXPORT_FIGURES) == 37

# 决算 公开01表 收入支出决算总表 (seed 004_80dc64eda384f1d0.txt lines 81-125): amounts shown with
# thousands separators ("2,384.38").
ACCOUNTS = "004_final_accounts_晋城市商务局2023年度部门决算公开.xlsx"
ACCOUNTS_SHEET = "公开01表 收入支出决算总表"


def shown_texts(path):
    """{sheet: [row texts split at TAB]} as `evalbook dump` shows the workbook."""
    dumped = split_dump(run("dump", path).stdout.decode("utf-8"))
    return {sheet: [line.split("\t") for line in lines] for sheet, lines in dumped.items()}


def as_text_copy(sample, sheet, name, instead=None):
    """A copy of the sample with every number of `sheet` stored as the text the form shows for
    it, in a Text-formatted cell; `instead` {cell: text} writes other texts (a clerk's dressed
    figure) there. Returns the path and the cells changed."""
    src = os.path.join(SAMPLES, sample)
    shown = shown_texts(src)[sheet]
    wb = openpyxl.load_workbook(src)
    ws = wb[sheet]
    changed = []
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell, MergedCell) or cell.data_type != "n" or cell.value is None \
                    or isinstance(cell.value, bool):
                continue
            text = shown[cell.row - 1][cell.column - 1]
            assert text, f"{sheet}!{cell.coordinate}: number {cell.value} with no display text"
            cell.value = text
            cell.number_format = "@"
            changed.append(cell.coordinate)
    for ref, text in (instead or {}).items():
        ws[ref].value = text
        ws[ref].number_format = "@"
    path = os.path.join(TMP, name)
    wb.save(path)
    return path, changed


def check_forms(path, *extra):
    proc = run("check", path, "--format", "json", *extra, check=False)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    entry = json.loads(proc.stdout)["files"][0]
    assert entry["error"] is None, entry["error"]
    return {f["sheet"]: f for f in entry["forms"]}


def readings(form):
    return [f for f in form["findings"] if f["rule"] == "value_reading"]


def others(form):
    return [(f["rule"], f["severity"], f["cell"], f["message"]) for f in form["findings"]
            if f["rule"] != "value_reading"]


def assert_same_form(original, copy):
    assert copy["record"] == original["record"], "record differs"
    assert copy["recomputed"] == original["recomputed"], "recomputed differs"
    assert others(copy) == others(original), (others(original), others(copy))


def test_project_form_exported_as_text_is_one_warning():
    original = check_forms(os.path.join(SAMPLES, EXPORT))[EXPORT_SHEET]
    path, changed = as_text_copy(EXPORT, EXPORT_SHEET, "export_as_text.xlsx")
    assert len(changed) == 37 + 3, changed  # the 37 figures and the three -100% 指标值
    form = check_forms(path)[EXPORT_SHEET]
    assert readings(original) == []
    assert_same_form(original, form)
    # The error the form really has is still there: 分值 10+10+5+5+10+10+5+10+5+5+10 = 85, not 90.
    assert [(f["rule"], f["cell"]) for f in form["findings"] if f["severity"] == "error"] == \
        [("indicator_weight_sum", "G10")], form["findings"]
    [note] = readings(form)
    assert (note["severity"], note["cell"], note["cells"]) == ("warning", "D5", EXPORT_FIGURES), note
    assert note["message"] == (
        "本表 37 个单元格的数字以文本形式存储（D5、E5、F5、G5、H5、I5、J5、B6、C6、D6 等 37 个单元格），"
        "已按数字读取；请在 Excel 中转换为数字"), note["message"]


def test_check_text_counts_the_gathered_warning_once():
    path, _ = as_text_copy(EXPORT, EXPORT_SHEET, "export_as_text_counts.xlsx")
    original = run("check", os.path.join(SAMPLES, EXPORT), check=False).stdout.decode()
    text = run("check", path, check=False).stdout.decode()
    # The original: 错误 1 (G10), 警告 1 (G15 得分 5 < 分值 10 with no reason), 提示 4; the copy
    # adds the one gathered warning, not 37.
    assert original.rstrip().endswith("错误 1 条，警告 1 条，提示 4 条"), original
    assert text.rstrip().endswith("错误 1 条，警告 2 条，提示 4 条"), text
    assert text.count("以文本形式存储") == 1, text


def test_interpreted_readings_stay_their_own():
    # Three figures written as a clerk might, each a reading that interprets the text: H10 得分 10
    # as 十, I5 执行率 100 as 100% (the column is in percent), G21 总分 95 in full-width digits.
    dressed = {"H10": "十", "I5": "100%", "G21": "９５"}
    path, _ = as_text_copy(EXPORT, EXPORT_SHEET, "export_dressed.xlsx", dressed)
    original = check_forms(os.path.join(SAMPLES, EXPORT))[EXPORT_SHEET]
    form = check_forms(path)[EXPORT_SHEET]
    assert_same_form(original, form)
    gathered = [f for f in readings(form) if "cells" in f]
    own = sorted((f["cell"], f["message"]) for f in readings(form) if "cells" not in f)
    assert len(gathered) == 1 and len(readings(form)) == 4, readings(form)
    plain = [c for c in EXPORT_FIGURES if c not in dressed]  # 37 - 3 = 34
    assert gathered[0]["cells"] == plain and len(plain) == 34, gathered[0]
    assert "本表 34 个单元格" in gathered[0]["message"], gathered[0]
    assert [cell for cell, _ in own] == ["G21", "H10", "I5"], own
    assert "全角数字" in own[0][1] and "中文数字" in own[1][1] and "去掉单位“%”" in own[2][1], own


def test_one_text_number_keeps_its_own_message():
    src = os.path.join(SAMPLES, EXPORT)
    path = os.path.join(TMP, "one_text.xlsx")
    run("set", src, "-o", path, "G21=95", "--text")
    form = check_forms(path)[EXPORT_SHEET]
    [note] = readings(form)
    assert "cells" not in note, note
    assert (note["cell"], note["message"]) == (
        "G21", "单元格 G21 的“95”按 95 读取（以文本形式存储的数字），请填写为数字"), note
    assert_same_form(check_forms(src)[EXPORT_SHEET], form)


def test_final_accounts_amounts_with_thousands_separators():
    # 公开01表 as the seed shows it (lines 81-125; sheet rows 14-45), 金额 in 万元:
    #   amounts (C 收入, F 支出): C14 2,384.38 | F14 1,914.07 | F21 239.70 | F22 53.92 |
    #     F28 107.41 | F32 69.28 | C41 2,384.38 | F41 2,384.38 | C45 2,384.38 | F45 2,384.38   10
    #   行次 of the rows that name an item, read as each row's line number:
    #     收入 (B): 1-8 on rows 14-21, 27-29 on rows 41-43, 31 on row 45 (9-26 and 30 name no
    #     收入 item)                                                                           12
    #     支出 (E): 32-55 on rows 14-37, 56-60 on rows 39-43, 62 on row 45 (61 names none)      30
    # 10 + 12 + 30 = 52 cells; the first, row by row, is B14.
    amounts = ["C14", "F14", "F21", "F22", "F28", "F32", "C41", "F41", "C45", "F45"]
    lines_in = [f"B{r}" for r in [*range(14, 22), 41, 42, 43, 45]]
    lines_out = [f"E{r}" for r in [*range(14, 38), *range(39, 44), 45]]
    assert (len(lines_in), len(lines_out)) == (12, 30)
    position = lambda ref: (int(ref[1:]), ref[0])  # noqa: E731  (row, then column)
    expected = sorted(amounts + lines_in + lines_out, key=position)
    original = check_forms(os.path.join(SAMPLES, ACCOUNTS))[ACCOUNTS_SHEET]
    path, _ = as_text_copy(ACCOUNTS, ACCOUNTS_SHEET, "accounts_as_text.xlsx")
    form = check_forms(path)[ACCOUNTS_SHEET]
    assert_same_form(original, form)
    [note] = readings(form)
    assert (note["cell"], note["cells"]) == ("B14", expected), note
    assert note["message"].startswith(
        "本表 52 个单元格的数字以文本形式存储（B14、C14、E14、F14、B15、E15、B16、E16、B17、E17 等 52 个单元格）"), note
    # "2,384.38" is read as 2384.38, as the numeric cell held it (the whole record compared above).
    assert form["record"]["rows"][0] == {"line": 1, "name": "一、一般公共预算财政拨款收入", "amount": 2384.38}


def test_fix_converts_nothing_and_marks_every_text_cell():
    path, _ = as_text_copy(EXPORT, EXPORT_SHEET, "export_for_fix.xlsx")
    out = os.path.join(TMP, "export_fixed.xlsx")
    proc = run("fix", path, "-o", out, check=False)
    assert proc.returncode == 1, proc.stderr.decode()  # G10's 分值 is left to a person
    wb = openpyxl.load_workbook(out)
    ws = wb[EXPORT_SHEET]
    for ref in EXPORT_FIGURES:
        assert isinstance(ws[ref].value, str), (ref, ws[ref].value)  # still text: fix converts none
        # Each cell marked: orange, the warning; G10, where the 分值 error is, red (an error
        # outranks a warning on one cell).
        want = "FFFFC7CE" if ref == "G10" else "FFFFD8A8"
        assert ws[ref].fill.fgColor.rgb == want, (ref, ws[ref].fill.fgColor.rgb)
    results = wb["校验结果"]
    rows = [[c.value for c in r] for r in results.iter_rows(min_row=9)]
    text_rows = [r for r in rows if r[7] == "value_reading"]
    assert len(text_rows) == 1 and text_rows[0][1] == "D5", text_rows
    # The message names ten; the 说明 goes on with every cell.
    assert "G21" in text_rows[0][6] and "本表 37 个单元格" in text_rows[0][6], text_rows[0]


if __name__ == "__main__":
    try:
        main([test_project_form_exported_as_text_is_one_warning,
              test_check_text_counts_the_gathered_warning_once,
              test_interpreted_readings_stay_their_own, test_one_text_number_keeps_its_own_message,
              test_final_accounts_amounts_with_thousands_separators,
              test_fix_converts_nothing_and_marks_every_text_cell])
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
