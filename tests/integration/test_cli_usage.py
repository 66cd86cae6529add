"""The command line forgives typos (issue 13 point 9): did-you-mean for commands, options and
actions; every command's own --help; an option given without its value named as such; a summary
or a form written only to an .xlsx name; `fix X -o X` refused with a message about the output
and nothing written; `--help` written for clerks, with the developer commands (scan, dump, set)
and the contract references in a developer section."""
import os
import shutil
import tempfile

from evalbook_test import SAMPLES, main, run, sha

TMP = tempfile.mkdtemp(prefix="evalbook-usage-")
SAMPLE = os.path.join(SAMPLES, "004_project_03_变压器更换.xlsx")


def stderr_of(*args, code=2):
    proc = run(*args, check=False)
    assert proc.returncode == code, (args, proc.returncode, proc.stderr.decode())
    return proc.stderr.decode()


def test_command_typo_suggests_the_command():
    for typed, meant in [("chek", "check"), ("summry", "summary"), ("exprot", "export"),
                         ("fixx", "fix"), ("tempaltes", "templates")]:
        err = stderr_of(typed, SAMPLE)
        assert f"未知命令 {typed}" in err, err
        assert f"evalbook {meant}？" in err, err


def test_unrelated_word_gets_no_guess():
    err = stderr_of("hello", SAMPLE)
    assert "未知命令 hello" in err and "是不是" not in err, err


def test_option_typo_suggests_the_option():
    cases = [(("check", "--fromat", "json", SAMPLE), "--fromat", "--format"),
             (("export", SAMPLE, "--tempalte", "project-2023"), "--tempalte", "--template"),
             (("summary", SAMPLES, "--jbos", "2", "-o", os.path.join(TMP, "s.xlsx")), "--jbos", "--jobs"),
             (("fix", SAMPLE, "--in-plce"), "--in-plce", "--in-place"),
             (("fill", "project-2023", "--dta", "x.json", "-o", os.path.join(TMP, "f.xlsx")), "--dta", "--data"),
             (("templates", "blank", "project-2023", "--protcet", "-o", os.path.join(TMP, "b.xlsx")),
              "--protcet", "--protect"),
             (("dump", SAMPLE, "--shet", "1"), "--shet", "--sheet")]
    for args, typed, meant in cases:
        err = stderr_of(*args)
        assert f"未知选项 {typed}，是不是要输入 {meant}？" in err, (args, err)
        assert f"evalbook {args[0]} --help" in err, err


def test_templates_action_typo():
    err = stderr_of("templates", "blnk", "project-2023", "-o", os.path.join(TMP, "b.xlsx"))
    assert "是不是要输入 blank？" in err, err


def test_every_command_has_its_help():
    for command in ["check", "fix", "summary", "export", "fill", "templates", "dump", "set", "scan"]:
        for flag in ["--help", "-h"]:
            proc = run(command, flag)
            out = proc.stdout.decode()
            assert f"evalbook {command}" in out, (command, out)
    # Help also wins when other arguments are there: nothing is read or written.
    out = run("check", SAMPLE, "--help").stdout.decode()
    assert out.startswith("用法：evalbook check"), out
    assert "文件夹" in out  # check takes folders
    assert run("help", "summary").stdout.decode().startswith("用法：evalbook summary")


def test_missing_option_value_is_named():
    err = stderr_of("summary", ".", "-o")
    assert "-o 后面缺少输出的文件名" in err, err
    assert "未知选项" not in err, err
    err = stderr_of("check", SAMPLE, "--format")
    assert "--format 后面缺少格式" in err, err
    err = stderr_of("fill", "project-2023", "-o", os.path.join(TMP, "x.xlsx"), "--data")
    assert "--data 后面缺少记录文件名" in err, err
    err = stderr_of("summary", "-o", os.path.join(TMP, "s.xlsx"))
    assert "没有给出要汇总的文件或文件夹" in err, err


def test_summary_output_must_be_a_workbook():
    for name in ["out.csv", "out.json", "out", "out.xlsx.bak"]:
        target = os.path.join(TMP, name)
        err = stderr_of("summary", SAMPLE, "-o", target)
        assert f"输出文件 {target} 不是 .xlsx 文件名" in err, err
        assert not os.path.exists(target)
    # Upper case is still a workbook name.
    target = os.path.join(TMP, "汇总.XLSX")
    run("summary", SAMPLE, "-o", target, check=False)
    assert os.path.exists(target)
    err = stderr_of("fill", "project-2023", "--data", "x.json", "-o", os.path.join(TMP, "f.csv"))
    assert "不是 .xlsx 文件名" in err, err
    err = stderr_of("templates", "blank", "project-2023", "-o", os.path.join(TMP, "b.txt"))
    assert "不是 .xlsx 文件名" in err, err


def test_set_and_fix_outputs_keep_the_workbook_kind():
    # set and fix write the input back changed: a name Excel would refuse is refused first.
    for command in (["set", SAMPLE, "A1=x"], ["fix", SAMPLE]):
        for name in ["out.txt", "out", "out.xlsx.tmp", "out.xlsm"]:  # .xlsm: the input is .xlsx
            target = os.path.join(TMP, name)
            err = stderr_of(*command, "-o", target)
            assert "错误[bad_argument]" in err and target in err, err
            assert not os.path.exists(target)
    macro = os.path.join(TMP, "宏.xlsm")
    shutil.copy(SAMPLE, macro)
    err = stderr_of("set", macro, "A1=x", "-o", os.path.join(TMP, "宏.xlsx"))
    assert "Excel 会拒绝打开" in err and ".xlsm" in err, err
    target = os.path.join(TMP, "宏2.XLSM")  # the same kind, any case
    run("set", macro, "A1=x", "-o", target)
    assert os.path.exists(target)


def test_fix_onto_itself_speaks_of_the_output():
    copy = os.path.join(TMP, "自己.xlsx")
    shutil.copy(SAMPLE, copy)
    before = sha(copy)
    for target in [copy, os.path.join(TMP, ".", "自己.xlsx")]:
        err = stderr_of("fix", copy, "-o", target)
        assert "就是输入文件本身" in err, err
        assert "--in-place" in err, err
        assert "单元格" not in err, err  # the old hint spoke of cell addresses
    assert sha(copy) == before


def test_main_help_is_for_clerks():
    out = run("--help").stdout.decode()
    clerk, _, developer = out.partition("Developer section")
    assert developer, "no developer section"
    for command in ["check", "fix", "summary", "export", "templates", "fill"]:
        assert f"evalbook {command}" in clerk, command
    for developer_only in ["scan", "dump", "CLI-CONTRACT", " set "]:
        assert developer_only not in clerk, developer_only
        assert developer_only.strip() in developer, developer_only
    # The clerk's part is Chinese: no line of it is English only.
    for line in clerk.splitlines():
        letters = [c for c in line if c.isalpha()]
        if letters and all(c.isascii() for c in letters):
            assert line.strip().startswith("evalbook "), line


if __name__ == "__main__":
    main([test_command_typo_suggests_the_command, test_unrelated_word_gets_no_guess,
          test_option_typo_suggests_the_option, test_templates_action_typo,
          test_every_command_has_its_help, test_missing_option_value_is_named,
          test_summary_output_must_be_a_workbook, test_set_and_fix_outputs_keep_the_workbook_kind,
          test_fix_onto_itself_speaks_of_the_output,
          test_main_help_is_for_clerks])
