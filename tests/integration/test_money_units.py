"""Forms in 元 beside forms in 万元 (docs/FORM-VARIANTS.md, 金额单位): copies of the samples with
every amount × 10,000 and the unit line saying 元 (money_unit_fixtures.py) are checked like their
originals, and summary brings them to 万元 exactly; a form whose unit cannot be told is said, not
summed."""
import json
import os
import shutil
import tempfile

import openpyxl

from evalbook_test import SAMPLES, main, run
from money_unit_fixtures import final_accounts_in_yuan, project_in_yuan

TMP = tempfile.mkdtemp(prefix="evalbook-money-")
ACCOUNTS = os.path.join(SAMPLES, "004_final_accounts_晋城市商务局2023年度部门决算公开.xlsx")
EXPORT = os.path.join(SAMPLES, "004_project_04_出口信用保险.xlsx")  # 全年预算数 52.543
SURVIVORS = os.path.join(SAMPLES, "004_project_02_2023年遗属补助.xlsx")  # 全年预算数 8.853
VOUCHERS = os.path.join(SAMPLES, "004_project_01_2023年市级“爱心消费券”专项资金.xlsx")  # 369.405
OTHER_UNIT = "阳城县某镇人民政府"


def path(name):
    return os.path.join(TMP, name)


def check_json(*files):
    return json.loads(run("check", *files, "--format", "json", check=False).stdout)


def findings_by_place(form):
    """{(sheet, cell, rule): finding}: the messages name amounts in the form's own unit, so they
    differ; what is found where must not."""
    return {(f.get("sheet", ""), f.get("cell", ""), f["rule"]): f for f in form["findings"]}


def forms_of(doc):
    return [form for entry in doc["files"] for form in entry["forms"]]


def summary_of(out, *files):
    folder = path(os.path.basename(out) + "-in")
    os.makedirs(folder)
    for f in files:
        shutil.copy(f, folder)
    proc = run("summary", folder, "-o", out, check=False)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return openpyxl.load_workbook(out, data_only=True)


def projects(wb):
    rows = list(wb["项目汇总"].iter_rows(min_row=3, values_only=True))
    header = list(rows[0])
    data = [dict(zip(header, r)) for r in rows[1:]]
    return data[:-1], data[-1]  # the projects, the 合计 row


def findings_rows(wb):
    rows = list(wb["问题清单"].iter_rows(min_row=1, values_only=True))
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def relabelled(src, name, relabel):
    """A copy of the one-sheet form at `src` with each text cell t replaced by relabel(t)."""
    wb = openpyxl.load_workbook(src)
    for row in wb.worksheets[0].iter_rows():
        for c in row:
            if isinstance(c.value, str):
                c.value = relabel(c.value)
    return wb, path(name)


def project_row(rows, name):
    (row,) = [r for r in rows if r["项目名称"] == name]
    return row


def assert_summed_as_wanyuan(wb, name, full_year, note, total_full_year):
    """Project `name` summed as 万元: its 全年预算数, 备注 saying why, the 合计, and no warning."""
    rows, total = projects(wb)
    row = project_row(rows, name)
    assert close(row["全年预算数"], full_year), row
    assert note in row["备注"], row["备注"]
    assert close(total["全年预算数"], total_full_year), total
    assert not [r for r in findings_rows(wb) if r["规则"] == "summary_money_unit_unknown"]


def close(a, b):
    return a is not None and abs(a - b) < 1e-6


def test_check_reads_the_unit_each_form_states():
    final_accounts_in_yuan(ACCOUNTS, path("决算-元.xlsx"))
    project_in_yuan(SURVIVORS, path("遗属补助-元.xlsx"))
    project_in_yuan(SURVIVORS, path("遗属补助-未注明.xlsx"), header_unit="")
    for form in forms_of(check_json(ACCOUNTS, EXPORT)):
        assert form["money_unit"] == {"declared": "万元", "assumed": "", "stated": ["万元"]}, form["money_unit"]
    for form in forms_of(check_json(path("决算-元.xlsx"), path("遗属补助-元.xlsx"))):
        assert form["money_unit"] == {"declared": "元", "assumed": "", "stated": ["元"]}, (form["sheet"], form["money_unit"])
    (form,) = forms_of(check_json(path("遗属补助-未注明.xlsx")))
    assert form["money_unit"] == {"declared": "", "assumed": "万元", "stated": []}, form["money_unit"]


def test_check_finds_the_same_in_yuan():
    # The identities (合计 = Σ 类, 本年收入 = Σ 来源, 执行率 = 执行数 ÷ 全年预算数 ...) are unit-free
    # and each figure is judged in the form's own unit, so the 元 copy of a form gives the findings
    # of its 万元 original, cell for cell, with one difference that is the point: the 尾差 a 决算
    # table in 万元 may carry (each item rounded from 元 to 0.01 万元: (n + 1) × 0.005 万元 for a sum
    # of n items) is no 尾差 in 元. 公开02表 C23: 208 = 20805 + 20899 = 229.96 + 9.73 = 239.69 万元
    # against 239.70 printed, 0.01 万元 within the 0.015 万元 tail (info); in 元 the same gap is
    # 2,397,000.00 − 2,396,900.00 = 100.00 元, far past the 0.015 元 tail of a form kept to 分.
    final_accounts_in_yuan(ACCOUNTS, path("决算-元-2.xlsx"))
    project_in_yuan(SURVIVORS, path("遗属补助-元-2.xlsx"))
    project_in_yuan(EXPORT, path("出口信用保险-元.xlsx"))
    tails = 0
    for original, copy in ((ACCOUNTS, "决算-元-2.xlsx"), (SURVIVORS, "遗属补助-元-2.xlsx"), (EXPORT, "出口信用保险-元.xlsx")):
        a = forms_of(check_json(original))
        b = forms_of(check_json(path(copy)))
        assert [f["sheet"] for f in a] == [f["sheet"] for f in b], copy
        for fa, fb in zip(a, b):
            wa, wb = findings_by_place(fa), findings_by_place(fb)
            assert sorted(wa) == sorted(wb), (copy, fa["sheet"], sorted(wa), sorted(wb))
            for place, x in wa.items():
                y = wb[place]
                if "在尾差范围内" in x["message"]:
                    tails += 1
                    assert "超出尾差范围" in y["message"], (place, y["message"])
                    # An error, unless the identity is only a reference check (final_accounts.soft).
                    assert y["severity"] == ("info" if "参考核对" in y["message"] else "error"), (place, y)
                else:
                    assert x["severity"] == y["severity"], (place, x, y)
    assert tails > 0  # the sample's 尾差 (公开02表 C23 and others) were met
    (c23,) = [f for f in forms_of(check_json(path("决算-元-2.xlsx"))) if f["sheet"].startswith("公开02表")]
    msg = findings_by_place(c23)[("公开02表 收入决算表", "C23", "final_accounts.02-hierarchy")]["message"]
    assert "2396900.00" in msg and "2397000.00" in msg and "差 100.00" in msg, msg
    # 执行率 of 遗属补助 is unit-free: 8.853 ÷ 9.494 of the original, 88530 ÷ 94940 of the copy.
    (fa,) = forms_of(check_json(SURVIVORS))
    (fb,) = forms_of(check_json(path("遗属补助-元-2.xlsx")))
    assert close(fa["recomputed"].get("execution_rate"), fb["recomputed"].get("execution_rate")), (fa["recomputed"], fb["recomputed"])


def test_summary_converts_yuan_projects_to_wanyuan():
    # 出口信用保险 in 万元 (its unit) and 遗属补助 in 元 (another unit's, every amount × 10,000).
    project_in_yuan(SURVIVORS, path("遗属补助-元-3.xlsx"), unit_name="001-" + OTHER_UNIT)
    wb = summary_of(path("项目-元.xlsx"), EXPORT, path("遗属补助-元-3.xlsx"))
    rows, total = projects(wb)
    assert len(rows) == 2, rows
    by_name = {r["项目名称"]: r for r in rows}
    # 遗属补助's 全年预算数 88,530 元 = 8.853 万元; 全年执行数 the same (test_summary.py: 8.853).
    assert close(by_name["2023年遗属补助"]["全年预算数"], 8.853), by_name["2023年遗属补助"]
    assert close(by_name["2023年遗属补助"]["全年执行数"], 8.853), by_name["2023年遗属补助"]
    assert "已换算为万元" in (by_name["2023年遗属补助"]["备注"] or ""), by_name["2023年遗属补助"]
    assert "换算" not in (by_name["出口信用保险"]["备注"] or ""), by_name["出口信用保险"]
    # 全年预算数 合计 = 52.543 + 8.853 = 61.396 万元 (not 52.543 + 88,530).
    assert close(total["全年预算数"], 61.396), total
    assert close(total["全年执行数"], 61.396), total
    converted = [r for r in findings_rows(wb) if r["规则"] == "summary_money_unit_converted"]
    assert len(converted) == 1 and "÷ 10000" in converted[0]["说明"], converted
    # 单位汇总: each unit's own, in 万元.
    units = list(wb["单位汇总"].iter_rows(min_row=4, values_only=True))
    other = [u for u in units if u[1] == "001-" + OTHER_UNIT]
    assert len(other) == 1 and close(other[0][4], 8.853), units


def test_summary_converts_yuan_final_accounts_to_wanyuan():
    final_accounts_in_yuan(ACCOUNTS, path("决算-元-4.xlsx"), unit_name=OTHER_UNIT)
    wb = summary_of(path("决算汇总-元.xlsx"), ACCOUNTS, path("决算-元-4.xlsx"))
    rows = list(wb["决算汇总"].iter_rows(min_row=1, values_only=True))
    data = [dict(zip(rows[0], r)) for r in rows[1:]]
    lines = [r for r in data if str(r["表"]).startswith("部门决算公开03表") and r["科目编码"] == "201"]
    # 公开03表 class 201 一般公共服务支出 (seed 004 line 185: 1,914.07 753.32 1,160.76) of both units:
    # the 元 copy's 19,140,700.00 元 is 1,914.07 万元, so 合计 = 1914.07 + 1914.07 = 3828.14,
    # 基本支出 753.32 + 753.32 = 1506.64, 项目支出 1160.76 + 1160.76 = 2321.52.
    assert len(lines) == 3, lines
    units = {r["单位"]: r for r in lines}
    assert close(units[OTHER_UNIT]["合计"], 1914.07), units[OTHER_UNIT]
    total = [r for r in lines if str(r["单位"]).startswith("合计")][0]
    assert close(total["合计"], 3828.14) and close(total["基本支出"], 1506.64) and close(total["项目支出"], 2321.52), total


def test_a_form_whose_unit_cannot_be_told_is_said_not_summed():
    # 爱心消费券 in 元 (3,694,050) with its header's unit removed, beside two forms stating 万元
    # (52.543 and 8.853; their median 30.698): 3694050 ÷ 30.698 ≈ 120,335 times, far past 1,000.
    project_in_yuan(VOUCHERS, path("爱心消费券-未注明.xlsx"), header_unit="")
    wb = summary_of(path("项目-存疑.xlsx"), EXPORT, SURVIVORS, path("爱心消费券-未注明.xlsx"))
    rows, total = projects(wb)
    doubtful = project_row(rows, "2023年市级“爱心消费券”专项资金")
    # Shown as written (text, so SUM and SUMIFS pass it by), with the reason in 备注.
    assert doubtful["全年预算数"] == "3694050", doubtful
    assert "未注明金额单位" in doubtful["备注"] and "未计入合计" in doubtful["备注"], doubtful["备注"]
    # 合计 = 52.543 + 8.853 = 61.396: the doubtful form left out, and the 合计 says so.
    assert close(total["全年预算数"], 61.396), total
    assert "金额单位存疑" in total["单位"], total["单位"]
    warned = [r for r in findings_rows(wb) if r["规则"] == "summary_money_unit_unknown"]
    assert len(warned) == 1 and warned[0]["严重程度"] == "警告", warned
    units = list(wb["单位汇总"].iter_rows(min_row=4, values_only=True))
    assert close(units[-1][4], 61.396), units[-1]


def test_final_accounts_stating_no_unit_in_yuan_are_said_not_summed():
    # The 元 copy of the 决算 set with its 金额单位 lines emptied, beside the 万元 original: each table
    # is judged against the same table of the original (公开03表: 23,843,800 against 2,384.38, 10,000
    # times), so none of its lines reaches a 合计: 201's 合计 stays 1,914.07 (the original's alone).
    final_accounts_in_yuan(ACCOUNTS, path("决算-未注明.xlsx"), unit_name=OTHER_UNIT, unit_line="")
    wb = summary_of(path("决算汇总-存疑.xlsx"), ACCOUNTS, path("决算-未注明.xlsx"))
    rows = list(wb["决算汇总"].iter_rows(min_row=1, values_only=True))
    data = [dict(zip(rows[0], r)) for r in rows[1:]]
    lines = [r for r in data if str(r["表"]).startswith("部门决算公开03表") and r["科目编码"] == "201"]
    units = {r["单位"]: r for r in lines}
    assert units[OTHER_UNIT]["合计"] == "19140700", units[OTHER_UNIT]  # as written, as text
    total = [r for r in lines if str(r["单位"]).startswith("合计")][0]
    assert close(total["合计"], 1914.07), total
    warned = [r for r in findings_rows(wb) if r["规则"] == "summary_money_unit_unknown"]
    # Every table of the copy whose 类 lines 决算汇总 sums: 02, 03, 05 and 06 (01, 04, 09 and 10 have
    # no three-digit 科目 lines, so nothing of them is summed; 07 and 08 hold no amounts).
    assert sorted(r["工作表"][:4] for r in warned) == ["公开02", "公开03", "公开05", "公开06"], [(r["工作表"], r["说明"]) for r in warned]
    assert "19140700.00" in warned[0]["说明"] and "10000 倍" in warned[0]["说明"], warned[0]["说明"]


def test_a_form_stating_no_unit_in_line_with_the_round_is_taken_as_wanyuan():
    # The same form in 万元 without the unit: 369.405 against the median 30.698 is 12 times, an
    # ordinary spread; it is summed as 万元 and 备注 says the unit was assumed.
    # 合计 = 52.543 + 8.853 + 369.405 = 430.801.
    wb0, copy = relabelled(VOUCHERS, "爱心消费券-万元.xlsx",
                           lambda t: t.replace("(万元)", "") if t.startswith("项目资金") else t)
    wb0.save(copy)
    wb = summary_of(path("项目-未注明.xlsx"), EXPORT, SURVIVORS, copy)
    assert_summed_as_wanyuan(wb, "2023年市级“爱心消费券”专项资金", 369.405, "未注明金额单位，按万元汇总", 430.801)


def test_a_form_stating_two_units_is_told_by_the_round_or_said():
    # 遗属补助 with its header in 万元 and its 全年预算数 label in 元: the sheet alone cannot say
    # which holds. Beside 出口信用保险 (万元, 52.543) its 8.853 is in line (6 times less, not
    # 10,000 times more): summed as 万元, 合计 = 52.543 + 8.853 = 61.396, 备注 saying both units.
    # Alone, nothing tells: shown as written, summed nowhere, a warning.
    wb0, copy = relabelled(SURVIVORS, "遗属补助-两种单位.xlsx",
                           lambda t: "全年预算数（元）" if t == "全年预算数" else t)
    wb0.worksheets[0]["L1"] = "补助标准（元/人）"  # a price per person: no money unit
    wb0.save(copy)
    (form,) = forms_of(check_json(copy))
    assert form["money_unit"] == {"declared": "", "assumed": "", "stated": ["万元", "元"]}, form["money_unit"]
    wb = summary_of(path("项目-两种单位.xlsx"), EXPORT, copy)
    assert_summed_as_wanyuan(wb, "2023年遗属补助", 8.853, "同时注明了万元、元两种金额单位，金额与本批同类表相当，按万元汇总", 61.396)

    wb = summary_of(path("项目-两种单位-单独.xlsx"), copy)
    rows, total = projects(wb)
    assert rows[0]["全年预算数"] == "8.853", rows[0]
    assert "无法确定" in rows[0]["备注"], rows[0]["备注"]
    assert total["全年预算数"] == 0, total  # nothing summed
    assert len([r for r in findings_rows(wb) if r["规则"] == "summary_money_unit_unknown"]) == 1


if __name__ == "__main__":
    main([
        test_check_reads_the_unit_each_form_states,
        test_check_finds_the_same_in_yuan,
        test_summary_converts_yuan_projects_to_wanyuan,
        test_summary_converts_yuan_final_accounts_to_wanyuan,
        test_a_form_whose_unit_cannot_be_told_is_said_not_summed,
        test_final_accounts_stating_no_unit_in_yuan_are_said_not_summed,
        test_a_form_stating_no_unit_in_line_with_the_round_is_taken_as_wanyuan,
        test_a_form_stating_two_units_is_told_by_the_round_or_said,
    ])
