"""The learned coder never trains on the training annotations' holdout files, nor on conll_train."""
from dateline.events.learn_train import holdout_items, split


def _item(name: str) -> dict:
    return {"set": name, "group": name, "gold": [], "cands": []}


def test_split_keeps_holdout_and_validation_out_of_training():
    items = [_item(n) for n in ("wikinews", "reuters_dev", "conll_train", "train_c1", "train_c7",
                                "train_r9", "train_w3", "train_w8")]
    train, val = split(items)
    assert [i["set"] for i in train] == ["wikinews", "reuters_dev", "train_c1", "train_w3"]
    assert [i["set"] for i in val] == ["conll_train"]
    assert [i["set"] for i in holdout_items(items)] == ["train_c7", "train_r9", "train_w8"]
