"""evalbook dump on every sample workbook prints exactly the seed text it was made from
(samples/README-seed.md names file and lines; the seed text is the ground truth)."""
import difflib

from evalbook_test import main, run, seed_lines, seed_manifest, split_dump


def compare(path, sheets):
    out = run("dump", path).stdout.decode("utf-8")
    dumped = split_dump(out)
    names = [n for s in sheets for n in (s[0] if isinstance(s[0], tuple) else (s[0],))]
    assert list(dumped) == names, f"{path}: sheets {list(dumped)}"
    for name, seed, first, last in sheets:
        if isinstance(name, tuple):
            compare_consecutive(path, dumped, name, seed_lines(seed, first, last), seed)
            continue
        want = seed_lines(seed, first, last)
        got = dumped[name]
        if got != want:
            diff = "\n".join(list(difflib.unified_diff(want, got, "seed", "dump", lineterm=""))[:40])
            raise AssertionError(f"{path} sheet {name} differs from {seed} lines {first}-{last}:\n{diff}")


def compare_consecutive(path, dumped, names, want, seed):
    """Several sheets made from one seed range (the 决算 tables one after another; the 重点评价
    tables between the report's narrative paragraphs): each sheet's lines stand as one unbroken
    block of the range, after the previous sheet's block."""
    pos = 0
    for name in names:
        got = dumped[name]
        assert got, f"{path}: sheet {name} dumped nothing"
        found = next((i for i in range(pos, len(want) - len(got) + 1) if want[i:i + len(got)] == got), None)
        if found is None:
            # Show the closest place: where the sheet's first line stands.
            start = next((i for i in range(pos, len(want)) if want[i] == got[0]), pos)
            part = want[start:start + len(got)]
            diff = "\n".join(list(difflib.unified_diff(part, got, "seed", "dump", lineterm=""))[:40])
            raise AssertionError(f"{path} sheet {name} is not a block of {seed}:\n{diff}")
        pos = found + len(got)


def make_test(path, sheets):
    def test():
        compare(path, sheets)
    test.__name__ = "dump_equals_seed:" + path.rsplit("/", 1)[-1]
    return test


if __name__ == "__main__":
    main([make_test(p, s) for p, s in seed_manifest()])
