"""The pipeline version follows the rule files, so a rule change re-processes stored articles."""
from pathlib import Path

from dateline import __version__
from dateline.pipeline import PIPELINE_VERSION, rules_fingerprint


def _tree(root: Path) -> Path:
    for rel, text in {"events/coder.py": "RULE = 1\n", "data/cameo/verbs.txt": "040 meet\n",
                      "cli/main.py": "print('hi')\n", "store/sql.py": "X = 1\n"}.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_fingerprint_is_stable_for_the_same_files(tmp_path):
    root = _tree(tmp_path)
    assert rules_fingerprint(root) == rules_fingerprint(root)
    assert len(rules_fingerprint(root)) == 12


def test_a_changed_rule_table_or_module_changes_it(tmp_path):
    root = _tree(tmp_path)
    before = rules_fingerprint(root)
    (root / "data/cameo/verbs.txt").write_text("040 meet\n042 visit\n", encoding="utf-8")
    after_data = rules_fingerprint(root)
    (root / "events/coder.py").write_text("RULE = 2\n", encoding="utf-8")
    assert len({before, after_data, rules_fingerprint(root)}) == 3


def test_a_renamed_rule_file_changes_it(tmp_path):
    root = _tree(tmp_path)
    before = rules_fingerprint(root)
    (root / "events/coder.py").rename(root / "events/coder2.py")
    assert rules_fingerprint(root) != before


def test_io_edges_and_bytecode_do_not_change_it(tmp_path):
    root = _tree(tmp_path)
    before = rules_fingerprint(root)
    (root / "cli/main.py").write_text("print('changed')\n", encoding="utf-8")
    (root / "store/sql.py").write_text("X = 2\n", encoding="utf-8")
    (root / "events/__pycache__").mkdir()
    (root / "events/__pycache__/coder.cpython-311.pyc").write_bytes(b"\0\1")
    assert rules_fingerprint(root) == before


def test_the_installed_pipeline_version_is_the_package_version_plus_its_fingerprint():
    assert PIPELINE_VERSION == f"{__version__}+{rules_fingerprint()}"
