"""evalbook check --format json over every sample (and a broken file among them) follows the
machine-readable contract (CLI-CONTRACT.md): the document's shape, types, cell addresses, the
finding fields, and the exit codes."""
import glob
import json
import os
import re
import shutil
import tempfile

from evalbook_test import SAMPLES, main, run

CELL = re.compile(r"^[A-Z]{1,3}[1-9][0-9]*$")
TMP = tempfile.mkdtemp(prefix="evalbook-contract-")


def samples():
    return sorted(glob.glob(os.path.join(SAMPLES, "*.xlsx")) + glob.glob(os.path.join(SAMPLES, "multi_sheet", "*.xlsx")))


def check_form(form):
    assert isinstance(form["sheet"], str) and form["sheet"]
    assert isinstance(form["template"], str) and form["template"]
    assert isinstance(form["record"], dict)
    assert isinstance(form["recomputed"], dict)
    for path, cell in form["cells"].items():
        assert isinstance(path, str) and CELL.match(cell), (path, cell)
    # The extensions (docs/CLI-CONTRACT-EXTENSIONS.md): how the sheet was recognised.
    d = form["detection"]
    assert d["template"] == form["template"] and isinstance(d["forced"], bool)
    assert 0 < d["threshold"] <= d["score"] <= 1, d
    assert all(isinstance(label, str) for label in d["found"] + d["missing"]) and d["found"]
    assert d["runner_up"] is None or set(d["runner_up"]) == {"template", "score"}, d
    for f in form["findings"]:
        assert set(f) >= {"rule", "severity", "field", "sheet", "cell", "reported", "expected", "message"}, f
        assert f["class"] in ("arithmetic", "rule", "judgement", "structure", "unclassified"), f
        assert f["severity"] in ("error", "warning", "info"), f
        assert f["cell"] == "" or CELL.match(f["cell"]), f
        assert isinstance(f["message"], str) and f["message"], f


def test_every_sample_follows_the_contract():
    proc = run("check", *samples(), "--format", "json", check=False)
    assert proc.returncode in (0, 1), proc.returncode
    doc = json.loads(proc.stdout)
    assert [f["file"] for f in doc["files"]] == samples()
    any_error = False
    for entry in doc["files"]:
        assert entry["error"] is None
        assert entry["skipped_sheets"] == [], entry["skipped_sheets"]  # every sample sheet is a form
        for form in entry["forms"]:
            check_form(form)
            any_error = any_error or any(f["severity"] == "error" for f in form["findings"])
    assert proc.returncode == (1 if any_error else 0)


def test_an_unreadable_file_is_reported_and_the_others_still_checked():
    bad = os.path.join(TMP, "broken.xlsx")
    with open(bad, "wb") as f:
        f.write(b"PK\x03\x04 this is not really a zip")
    good = os.path.join(SAMPLES, "004_project_03_变压器更换.xlsx")
    proc = run("check", good, bad, "--format", "json", check=False)
    assert proc.returncode == 2
    doc = json.loads(proc.stdout)
    assert doc["files"][0]["error"] is None and len(doc["files"][0]["forms"]) == 1
    assert doc["files"][1]["forms"] == []
    assert doc["files"][1]["error"]["code"] == "truncated_zip", doc["files"][1]["error"]
    assert doc["files"][1]["error"]["message"]


if __name__ == "__main__":
    try:
        main([test_every_sample_follows_the_contract, test_an_unreadable_file_is_reported_and_the_others_still_checked])
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
