"""Copies of real forms in 元: every amount × 10,000, written to 分 (two decimals) as a clerk
filling the form in 元 would, and the form's unit line changed to 元. What is an amount is said
from the forms' printed layout, never from evalbook's reading of them.

决算 公开01–10表 (004_final_accounts): every number on the sheet is an amount except
  - the 栏次 / 档次 row under the headers (1, 2, 3 ...), and 公开09表's column numbers (row 14);
  - the 行次 columns and the 科目代码 columns (their header, rows 11–13, says so);
  - 公开10表's vehicle counts (车辆数合计(辆), 8. 其他用车 ...: a row whose label names 车).
Project forms (004_project_*): the amounts are the numbers of the 项目资金 block's rows (资金总额,
市县区财政资金) before 执行率 and 得分: 目标申报数, 预算编制数, 全年预算数, 全年执行数, 资金结(转)余,
the first five numbers of each such row in reading order.
"""
import openpyxl

YUAN = 10_000


def in_yuan(value):
    """A 万元 amount in 元, to 分: 369.405 万元 -> 3694050.0 元."""
    return round(value * YUAN, 2)


def _is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _header_words(ws, column):
    return {str(ws.cell(row=r, column=column).value or "") for r in range(10, 14)}


def final_accounts_in_yuan(src, dst, unit_name=None, old_unit_name="晋城市商务局", unit_line="元"):
    """The 决算 set at `src` with its amounts in 元 and its 金额单位 line saying `unit_line` ("" drops
    the unit from the line: a set that states none). `unit_name` replaces the unit's name."""
    wb = openpyxl.load_workbook(src)
    for ws in wb:
        for row in ws.iter_rows():
            label = str(row[0].value or "")
            if label in ("栏次", "档次"):
                continue
            numbers = [c.value for c in row if _is_number(c.value)]
            if numbers and numbers == list(range(1, len(numbers) + 1)) and len(numbers) > 2:
                continue  # column numbers (公开09表 row 14)
            if "车" in label:
                continue  # vehicle counts (公开10表)
            for c in row:
                if isinstance(c.value, str):
                    text = c.value
                    if "单位：万元" in text:
                        text = text.replace("单位：万元", "单位：" + unit_line if unit_line else "")
                    if unit_name:
                        text = text.replace(old_unit_name, unit_name)
                    c.value = text
                    continue
                if not _is_number(c.value):
                    continue
                if _header_words(ws, c.column) & {"行次", "科目代码"}:
                    continue
                c.value = in_yuan(c.value)
    wb.save(dst)


def project_in_yuan(src, dst, unit_name=None, header_unit="(元)", project_name=None):
    """The project form at `src` with its 项目资金 amounts in 元 and its header saying
    `header_unit` ("" drops the unit: a form that states none)."""
    wb = openpyxl.load_workbook(src)
    ws = wb.worksheets[0]
    money_rows = []
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str) and c.value.startswith("项目资金"):
                c.value = c.value.replace("(万元)", header_unit).replace("（万元）", header_unit)
                money_rows = [c.row + 2, c.row + 3]  # under 年初预算数 and 目标申报数|预算编制数
            elif isinstance(c.value, str) and unit_name and c.value.endswith("-晋城市商务局") and c.column > 3:
                c.value = unit_name
            elif isinstance(c.value, str) and project_name and c.coordinate == "C1":
                c.value = project_name
    assert money_rows, src
    for r in money_rows:
        cells = [c for c in ws[r] if _is_number(c.value)]
        for c in cells[:5]:
            c.value = in_yuan(c.value)
    wb.save(dst)
