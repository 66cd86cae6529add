"""evalbook templates / fill: a blank standard form of every template, and the round trip
`fill` -> `check` for one record of each template.

- `templates list`: one line per template, id TAB family TAB region TAB year TAB title.
- `templates blank ID`: opens in openpyxl, has its drop-down lists and formulas where the
  template has levels, grades, totals or sections, and `check` recognises the template and reads
  an empty form.
- `fill ID --data RECORD.json`: for one real sample record per template (the mapped sample, else
  the first form of that template in any sample), `check` of the filled workbook gives back the
  identical record (same fields, same values, same list lengths; texts and numbers exactly) and
  the same template. A synthetic record built from the template's JSON (for templates no sample
  has, and for every template as a second case) comes back with every value it holds; members the
  reader adds are blank.
- Errors: unknown template and malformed JSON exit 2 with their codes, and leave no file.
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

from evalbook_test import EVALBOOK, ROOT, SAMPLES, main, run

TEMPLATES = os.path.join(ROOT, "templates")

# Templates with a sample named for them; others take the first form of their template found
# in any sample, else a synthetic record.
SAMPLE_FOR = {
    "project-2023": "004_project_01*.xlsx",
    "project-jinzhong-2020": "002_project_招商引资工作经费.xlsx",
    "project-2020": "001_project*.xlsx",
    "department-jinzhong-2020": "002_dept*.xlsx",
    "department-target-2021": "001_dept*.xlsx",
}

_check_cache = {}


def check_json(path):
    if path in _check_cache:
        return _check_cache[path]
    proc = run("check", path, "--format", "json", check=False)
    if proc.returncode not in (0, 1):
        raise AssertionError(f"check {path} exited {proc.returncode}: {proc.stderr.decode(errors='replace')}")
    doc = json.loads(proc.stdout.decode("utf-8"))
    _check_cache[path] = doc
    return doc


def forms_of(path):
    doc = check_json(path)
    return [form for f in doc["files"] for form in f["forms"]]


def template_list():
    proc = run("templates", "list")
    rows = []
    for line in proc.stdout.decode("utf-8").splitlines():
        fields = line.split("\t")
        assert len(fields) == 5, f"templates list: expected 5 TAB-separated fields, got {line!r}"
        rows.append(fields)
    return rows


def load_spec(template_id):
    for path in glob.glob(os.path.join(TEMPLATES, "*.json")):
        with open(path, encoding="utf-8") as f:
            spec = json.load(f)
        if spec.get("id") == template_id:
            return spec
    raise AssertionError(f"no template file with id {template_id}")


def sample_record(template_id):
    """(sample file, record) of one real form of the template, or None."""
    pattern = SAMPLE_FOR.get(template_id)
    candidates = sorted(glob.glob(os.path.join(SAMPLES, pattern))) if pattern else []
    candidates += sorted(glob.glob(os.path.join(SAMPLES, "*.xlsx")))
    for path in candidates:
        for form in forms_of(path):
            if form["template"] == template_id:
                return os.path.basename(path), form["record"]
    return None


# ---- comparison -------------------------------------------------------------------------------

def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def holds_nothing(v):
    if v is None or v == "":
        return True
    if isinstance(v, list):
        return len(v) == 0
    if isinstance(v, dict):
        return all(holds_nothing(x) for x in v.values())
    return False


def compare(path, want, got, errors, exact=True):
    """Differences of got from want. exact: the same members; else members only got has must be
    blank (the reader adds every field the form has)."""
    if isinstance(want, dict):
        if not isinstance(got, dict):
            errors.append(f"{path}: expected an object, got {got!r}")
            return
        for key, value in want.items():
            sub = f"{path}.{key}" if path else key
            if key not in got:
                errors.append(f"{sub}: missing (expected {value!r})")
            else:
                compare(sub, value, got[key], errors, exact)
        for key, value in got.items():
            if key in want:
                continue
            if exact or not holds_nothing(value):
                errors.append(f"{(path + '.') if path else ''}{key}: unexpected {value!r}")
    elif isinstance(want, list):
        if not isinstance(got, list) or len(got) != len(want):
            errors.append(f"{path}: expected {len(want)} items, got {got!r:.120}")
            return
        for i, (w, g) in enumerate(zip(want, got)):
            compare(f"{path}[{i}]", w, g, errors, exact)
    elif is_number(want):
        if not is_number(got) or float(got) != float(want):
            errors.append(f"{path}: expected {want!r}, got {got!r}")
    elif type(want) is not type(got) or want != got:
        errors.append(f"{path}: expected {want!r}, got {got!r}")


# ---- fill and read back -----------------------------------------------------------------------

def fill_and_check(template_id, record, workdir, name):
    data = os.path.join(workdir, name + ".json")
    out = os.path.join(workdir, name + ".xlsx")
    with open(data, "w", encoding="utf-8") as f:
        json.dump(record, f, ensure_ascii=False)
    proc = run("fill", template_id, "--data", data, "-o", out, check=False)
    stderr = proc.stderr.decode("utf-8", errors="replace")
    if proc.returncode != 0:
        raise AssertionError(f"fill {template_id} exited {proc.returncode}: {stderr}")
    leftovers = [f for f in os.listdir(workdir) if ".tmp" in f]
    assert not leftovers, f"temporary files left: {leftovers}"
    forms = forms_of(out)
    assert len(forms) == 1, f"{name}: expected one form in the filled workbook, got {len(forms)}"
    return forms[0], stderr


def roundtrip_real(template_id):
    found = sample_record(template_id)
    if found is None:
        return roundtrip_synthetic(template_id, required=True)
    sample, record = found
    with tempfile.TemporaryDirectory() as tmp:
        form, stderr = fill_and_check(template_id, record, tmp, "filled")
        errors = []
        if form["template"] != template_id:
            errors.append(f"read back as template {form['template']}")
        compare("", record, form["record"], errors, exact=True)
        if "读回差异" in stderr:
            errors.append("fill reported read-back differences: " + stderr)
        if errors:
            raise AssertionError(f"{template_id} ({sample}):\n  " + "\n  ".join(errors[:40]))


# ---- synthetic records from the template JSON ---------------------------------------------------

LEVEL_CANDIDATES = ["A 一级指标", "A1 二级指标", "A101 三级指标"]


def norm(text):
    return re.sub(r"\s+", "", text).lower()


def vocab_word(entries):
    """A value the vocabulary recognises: its first plain word, else a candidate its pattern matches."""
    for e in entries:
        if not e.startswith("re:") and not e.endswith("*"):
            return e
    for e in entries:
        if e.startswith("re:"):
            for c in LEVEL_CANDIDATES:
                if re.search(e[3:], norm(c)):
                    return c
    for e in entries:
        if e.endswith("*"):
            return e[:-1] + "甲"
    return None


def number_for(col, k):
    t = col.get("type", "text")
    if t == "percent_units":
        return 0.5
    return round(12.5 + k, 2) if t == "number" else None


def synthetic_record(spec):
    rec = {}
    for i, f in enumerate(spec.get("fields", [])):
        t = f.get("type", "text")
        if f.get("pattern"):
            if t == "number" and re.search(r"\[0-9\]\{4\}|\\d\{4\}", f["pattern"]):
                rec[f["field"]] = 2023
            elif t != "number":
                rec[f["field"]] = "测试单位"
            continue
        rec[f["field"]] = 100.25 + i if t in ("number", "percent_units") else f"字段内容{i}"
        if t == "percent_units":
            rec[f["field"]] = 0.75
        if t == "grade":
            rec[f["field"]] = "良"
    for b in spec.get("blocks", []):
        label_field = b.get("row_label_field", "source")
        total = {c["field"]: (number_for(c, 0) if b.get("total_row") else None) for c in b["columns"]}
        for c in b["columns"]:
            if c.get("type", "text") == "text":
                total[c["field"]] = ""
        if b.get("total_into"):
            rec[b["total_into"]] = total
        else:
            rec.update(total)
        items = []
        for k, name in enumerate(["来源甲", "来源乙"]):
            item = {label_field: name}
            for c in b["columns"]:
                item[c["field"]] = number_for(c, k + 1)
            items.append(item)
        rec[b["name"]] = items
    for t in spec.get("tables", []):
        carry = t.get("carry_down", [])
        vocab = t.get("vocabulary", {})
        implied = t.get("implied", {})
        numeric = [c["field"] for c in t["columns"] if c.get("type", "text") in ("number", "percent_units")]
        sections = [w for w in t.get("section_words", []) if not w.startswith("re:")][:2]
        count = 2 * max(1, len(sections))
        items = []
        for k in range(count):
            item = {}
            for c in t["columns"]:
                field = c["field"]
                if field in vocab:
                    item[field] = vocab_word(vocab[field])
                elif c.get("type", "text") in ("number", "percent_units"):
                    item[field] = number_for(c, k)
                else:
                    item[field] = f"内容{k}{field}"
            # An upper level consistent with the lower one (数量指标 under 产出指标).
            for upper, parents in implied.items():
                for parent, children in parents.items():
                    child = next((w for w in children if not w.startswith("re:")), None)
                    lower = next((f for f in carry if f != upper and f in vocab and child in vocab[f]), None)
                    if child and lower:
                        item[upper] = parent
                        item[lower] = child
                    break
            items.append(item)
        rec[t["name"]] = items
        if sections and numeric:
            rec[t.get("sections_into", "sections")] = {}
            weights = {}
            for s, word in enumerate(sections):
                part = items[2 * s:2 * s + 2]
                rec[t.get("sections_into", "sections")][word] = sum(x[numeric[-1]] for x in part)
                if len(numeric) >= 2:
                    weights[word] = sum(x[numeric[0]] for x in part)
            rec[t.get("section_weights_into", "section_weights")] = weights
    for tot in spec.get("totals", []):
        if tot.get("weight_field"):
            rec[tot["weight_field"]] = 100
        if tot.get("score_field"):
            rec[tot["score_field"]] = 88.5
        if tot.get("grade_field"):
            rec[tot["grade_field"]] = "良"
    for led in spec.get("ledgers", []):
        by_line = led.get("key", "code") == "line"
        items = []
        for k in range(2):
            item = {"line": k + 1} if by_line else {"code": ["201", "20101"][k]}
            if led.get("name_labels"):
                item["name"] = f"科目名称{k}"
            for c in led["columns"]:
                item[c["field"]] = 12.5 + k
            items.append(item)
        rec[led.get("name", "rows")] = items
        if led.get("total_labels"):
            rec[led.get("total_into", "total")] = {c["field"]: 25.5 for c in led["columns"]}
    for n in spec.get("numbered_rows", []):
        for k, field in enumerate(sorted(n["columns"], key=lambda f: n["columns"][f])):
            rec[field] = 3.5 + k
    return rec


def roundtrip_synthetic(template_id, required=False):
    spec = load_spec(template_id)
    record = synthetic_record(spec)
    with tempfile.TemporaryDirectory() as tmp:
        form, stderr = fill_and_check(template_id, record, tmp, "synthetic")
        errors = []
        if form["template"] != template_id:
            errors.append(f"read back as template {form['template']}")
        compare("", record, form["record"], errors, exact=False)
        if errors:
            raise AssertionError(f"{template_id} (synthetic record):\n  " + "\n  ".join(errors[:40]) +
                                 "\n  fill said: " + stderr)


# ---- blanks -----------------------------------------------------------------------------------

OPENPYXL_PROBE = r"""
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
dvs = [{"sqref": str(d.sqref), "formula1": d.formula1, "type": d.type} for d in ws.data_validations.dataValidation]
formulas = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("=")]
print(json.dumps({"sheets": len(wb.worksheets), "validations": dvs, "formulas": formulas}, ensure_ascii=False))
"""


def openpyxl_probe(path):
    proc = subprocess.run(["/usr/bin/python3", "-c", OPENPYXL_PROBE, path], capture_output=True, timeout=120)
    if proc.returncode != 0:
        raise AssertionError(f"openpyxl could not open {path}: {proc.stderr.decode(errors='replace')}")
    return json.loads(proc.stdout.decode("utf-8"))


def expects_lists(spec):
    if any(t.get("grade_field") for t in spec.get("totals", [])):
        return True
    for t in spec.get("tables", []):
        if any(c["field"] == "actual" for c in t["columns"]):
            return True
        for field in t.get("carry_down", []):
            if any(not w.startswith("re:") for w in t.get("vocabulary", {}).get(field, [])):
                return True
    return False


def expects_formulas(spec):
    if any(t.get("section_words") for t in spec.get("tables", [])):
        return True
    if any(b.get("total_row") for b in spec.get("blocks", [])):
        return True
    table_fields = {c["field"] for t in spec.get("tables", []) for c in t["columns"]}
    return any((t.get("score_field") and "score" in table_fields) or (t.get("weight_field") and "weight" in table_fields)
               for t in spec.get("totals", []))


def blank_checks(template_id):
    spec = load_spec(template_id)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "blank.xlsx")
        run("templates", "blank", template_id, "-o", out)
        probe = openpyxl_probe(out)
        assert probe["sheets"] == 1, probe
        if expects_lists(spec):
            assert probe["validations"], f"{template_id}: no drop-down lists"
            assert all(v["type"] == "list" for v in probe["validations"]), probe["validations"]
        if expects_formulas(spec):
            assert probe["formulas"], f"{template_id}: no formulas"
        for g in spec.get("totals", []):
            if g.get("grade_field"):
                assert any('"优,良,中,差"' == v["formula1"] for v in probe["validations"]), probe["validations"]
        forms = forms_of(out)
        assert len(forms) == 1 and forms[0]["template"] == template_id, \
            f"{template_id}: the blank reads as {[f['template'] for f in forms]}"
        labels = {b.get("row_label_field", "source") for b in spec.get("blocks", [])}

        def values(node, key=None):
            if isinstance(node, dict):
                for k, v in node.items():
                    yield from values(v, k)
            elif isinstance(node, list):
                for v in node:
                    yield from values(v, key)
            elif key not in labels:
                yield key, node
        filled = [(k, v) for k, v in values(forms[0]["record"]) if v not in (None, "")]
        assert not filled, f"{template_id}: the blank form reads values {filled[:5]}"


# ---- the tests --------------------------------------------------------------------------------

def test_templates_list():
    rows = template_list()
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids)), ids
    files = {json.load(open(p, encoding="utf-8"))["id"] for p in glob.glob(os.path.join(TEMPLATES, "*.json"))}
    assert set(ids) == files, (sorted(ids), sorted(files))
    for template_id, family, region, year, title in rows:
        assert family and title, (template_id, family, title)
        assert year == "" or year.isdigit(), year
    assert ids == sorted(ids)


def test_project_2023_blank_formulas():
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "blank.xlsx")
        run("templates", "blank", "project-2023", "-o", out)
        probe = openpyxl_probe(out)
        text = "\n".join(probe["formulas"])
        assert "*100,2)" in text, text            # 执行率 = 全年执行数 / 全年预算数, percent units
        assert "MIN(N(" in text, text             # 得分 = MIN(执行率, 100) / 100 × 10
        assert '>=90,"优"' in text, text          # 等级 from 总分
        assert "ROUND(SUM(" in text, text         # 总分
        levels = [v for v in probe["validations"] if "部分达成预期指标并具有一定效果" in (v["formula1"] or "")]
        assert levels, probe["validations"]


def test_fill_accepts_check_document():
    found = sample_record("project-2023")
    assert found, "no project-2023 sample"
    path = os.path.join(SAMPLES, glob.glob(os.path.join(SAMPLES, SAMPLE_FOR["project-2023"]))[0])
    proc = run("check", path, "--format", "json", check=False)
    with tempfile.TemporaryDirectory() as tmp:
        doc = os.path.join(tmp, "doc.json")
        with open(doc, "wb") as f:
            f.write(proc.stdout)
        out = os.path.join(tmp, "out.xlsx")
        run("fill", "project-2023", "--data", doc, "-o", out)
        errors = []
        compare("", found[1], forms_of(out)[0]["record"], errors)
        assert not errors, errors


def test_fill_picks_the_form_of_its_template():
    """A check document of a many-sheet workbook: fill takes the form of the template asked for."""
    path = glob.glob(os.path.join(SAMPLES, "004_final_accounts_*.xlsx"))[0]
    proc = run("check", path, "--format", "json", check=False)
    want = [f for f in forms_of(path) if f["template"] == "final-accounts-03"][0]["record"]
    with tempfile.TemporaryDirectory() as tmp:
        doc = os.path.join(tmp, "doc.json")
        with open(doc, "wb") as f:
            f.write(proc.stdout)
        out = os.path.join(tmp, "out.xlsx")
        run("fill", "final-accounts-03", "--data", doc, "-o", out)
        errors = []
        compare("", want, forms_of(out)[0]["record"], errors)
        assert not errors, errors[:10]


def test_fill_from_stdin_and_protected():
    record = {"project_name": "标准输入项目", "total_score": 91.5, "grade": "优"}
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.xlsx")
        proc = subprocess.run([EVALBOOK, "fill", "project-2023", "--data", "-", "-o", out, "--protect"],
                              input=json.dumps(record, ensure_ascii=False).encode("utf-8"), capture_output=True,
                              timeout=120)
        assert proc.returncode == 0, proc.stderr.decode(errors="replace")
        got = forms_of(out)[0]["record"]
        errors = []
        compare("", record, got, errors, exact=False)
        assert not errors, errors
        probe = subprocess.run(["/usr/bin/python3", "-c",
                                "import sys, openpyxl; print(openpyxl.load_workbook(sys.argv[1]).active.protection.sheet)",
                                out], capture_output=True, timeout=120)
        assert probe.stdout.strip() == b"True", probe
    # Without --protect the sheet stays editable.
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "blank.xlsx")
        run("templates", "blank", "project-2023", "-o", out)
        probe = subprocess.run(["/usr/bin/python3", "-c",
                                "import sys, openpyxl; print(openpyxl.load_workbook(sys.argv[1]).active.protection.sheet)",
                                out], capture_output=True, timeout=120)
        assert probe.stdout.strip() == b"False", probe


def test_fill_errors():
    with tempfile.TemporaryDirectory() as tmp:
        good = os.path.join(tmp, "good.json")
        with open(good, "w", encoding="utf-8") as f:
            json.dump({"project_name": "测试"}, f, ensure_ascii=False)
        out = os.path.join(tmp, "out.xlsx")
        proc = run("fill", "no-such-template", "--data", good, "-o", out, check=False)
        assert proc.returncode == 2, proc.returncode
        assert b"unknown_template" in proc.stderr, proc.stderr
        bad = os.path.join(tmp, "bad.json")
        with open(bad, "w", encoding="utf-8") as f:
            f.write('{\n  "project_name": "测试",\n  "total_score": 9x\n}\n')
        proc = run("fill", "project-2023", "--data", bad, "-o", out, check=False)
        assert proc.returncode == 2, proc.returncode
        err = proc.stderr.decode("utf-8")
        assert "bad_argument" in err and "第 3 行" in err, err
        proc = run("templates", "blank", "no-such-template", "-o", out, check=False)
        assert proc.returncode == 2 and b"unknown_template" in proc.stderr, proc.stderr
        assert not [f for f in os.listdir(tmp) if f.startswith("out")], os.listdir(tmp)  # nor a temporary


def make_tests():
    tests = [test_templates_list, test_project_2023_blank_formulas, test_fill_accepts_check_document,
             test_fill_picks_the_form_of_its_template, test_fill_from_stdin_and_protected, test_fill_errors]
    try:
        ids = [r[0] for r in template_list()]
    except Exception:  # test_templates_list says why
        ids = []
    for template_id in ids:
        safe = re.sub(r"\W", "_", template_id)

        def blank(template_id=template_id):
            blank_checks(template_id)

        def real(template_id=template_id):
            roundtrip_real(template_id)

        def synthetic(template_id=template_id):
            roundtrip_synthetic(template_id)

        blank.__name__ = f"test_blank_{safe}"
        real.__name__ = f"test_fill_roundtrip_{safe}"
        synthetic.__name__ = f"test_fill_synthetic_{safe}"
        tests += [blank, real, synthetic]
    return tests


if __name__ == "__main__":
    main(make_tests())
