"""`fill` takes what `export` writes (issue 13 point 8): the `export --format json` document as it
is, every form into one workbook one sheet each (or `--form N`), and `export` of that workbook
gives back the same records, on every sample; a record of another template than the one asked
for is refused with a named error and nothing is written."""
import json
import os
import tempfile

from evalbook_test import all_samples, main, run

TMP = tempfile.mkdtemp(prefix="evalbook-fill-export-")


def export(*paths):
    proc = run("export", *paths, "--format", "json", check=False)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return json.loads(proc.stdout)


def test_export_fill_export_round_trip_of_every_sample():
    failures = []
    for sample in all_samples():
        name = os.path.splitext(os.path.basename(sample))[0]
        doc = os.path.join(TMP, name + ".json")
        proc = run("export", sample, "--format", "json", "-o", doc, check=False)
        assert proc.returncode in (0, 1), proc.stderr.decode()
        before = json.load(open(doc, encoding="utf-8"))["forms"]
        out = os.path.join(TMP, name + ".xlsx")
        proc = run("fill", "--data", doc, "-o", out, check=False)
        err = proc.stderr.decode()
        if proc.returncode != 0:
            failures.append(f"{name}: fill exited {proc.returncode}: {err}")
            continue
        assert f"{len(before)} 张表" in err, err
        after = export(out)["forms"]
        got = [(f["template"], f["record"]) for f in after]
        want = [(f["template"], f["record"]) for f in before]
        if got != want:
            diffs = [i for i, (g, w) in enumerate(zip(got, want)) if g != w]
            failures.append(f"{name}: {len(want)} forms, {len(got)} read back; differ at {diffs[:5]}")
        if "读回差异" in err:
            failures.append(f"{name}: fill reported read-back differences: {err[:300]}")
    assert not failures, "\n".join(failures)


def test_one_form_by_number_and_template_refused():
    sample = next(p for p in all_samples() if "multi_sheet" in p and "001_all" in p)
    doc = os.path.join(TMP, "multi.json")
    run("export", sample, "--format", "json", "-o", doc)
    forms = json.load(open(doc, encoding="utf-8"))["forms"]
    assert len(forms) >= 2 and len({f["template"] for f in forms}) >= 2, [f["template"] for f in forms]
    out = os.path.join(TMP, "second.xlsx")
    run("fill", "--data", doc, "--form", "2", "-o", out)
    back = export(out)["forms"]
    assert [(f["template"], f["record"]) for f in back] == [(forms[1]["template"], forms[1]["record"])]
    # The form asked for is of another template than the one named: refused, nothing written.
    other = next(f["template"] for f in forms if f["template"] != forms[0]["template"])
    refused = os.path.join(TMP, "refused.xlsx")
    proc = run("fill", other, "--data", doc, "--form", "1", "-o", refused, check=False)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "错误[template_mismatch]" in err, err
    assert f"是模板“{forms[0]['template']}”的记录" in err, err
    assert not os.path.exists(refused)
    # A template none of the forms has.
    proc = run("fill", "final-accounts-05", "--data", doc, "-o", refused, check=False)
    assert proc.returncode == 2 and "错误[template_mismatch]" in proc.stderr.decode()
    assert not os.path.exists(refused)
    # A number past the end.
    proc = run("fill", "--data", doc, "--form", str(len(forms) + 1), "-o", refused, check=False)
    assert proc.returncode == 2 and f"共有 {len(forms)} 张" in proc.stderr.decode()
    # With a template: every form of it, one sheet each.
    mine = [f for f in forms if f["template"] == forms[0]["template"]]
    out = os.path.join(TMP, "mine.xlsx")
    run("fill", forms[0]["template"], "--data", doc, "-o", out)
    assert [f["record"] for f in export(out)["forms"]] == [f["record"] for f in mine]


def test_form_object_of_another_template_refused():
    sample = all_samples()[0]
    form = export(sample)["forms"][0]
    doc = os.path.join(TMP, "one.json")
    with open(doc, "w", encoding="utf-8") as f:
        json.dump({"template": form["template"], "record": form["record"]}, f, ensure_ascii=False)
    other = "project-2023" if form["template"] != "project-2023" else "project-2020"
    out = os.path.join(TMP, "one.xlsx")
    proc = run("fill", other, "--data", doc, "-o", out, check=False)
    assert proc.returncode == 2 and "错误[template_mismatch]" in proc.stderr.decode(), proc.stderr.decode()
    assert not os.path.exists(out)


if __name__ == "__main__":
    main([test_export_fill_export_round_trip_of_every_sample, test_one_form_by_number_and_template_refused,
          test_form_object_of_another_template_refused])
