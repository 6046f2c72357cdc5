"""The refactoring guard (tools/snapshot.py): what moves a document and what does not."""
import json

import snapshot


def _write(path, docs):
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")


DOC = {"doc_id": "a", "source": "/x/shared/corpus/f/1.txt", "title": "T", "pipeline_version": "1",
       "sentences": [{"doc_id": "a", "sent": 0, "text": "S"}], "entities": [], "roles": [],
       "figures": [{"doc_id": "a", "value": 1.0}], "dates": []}


def test_a_changed_value_moves_a_document_and_a_new_column_does_not(tmp_path):
    from pathlib import Path
    shared = Path("/x/shared")
    j = tmp_path / "d.jsonl"
    _write(j, [DOC])
    cols = snapshot._complete_columns(j)
    old = snapshot.hash_dataset(j, cols, shared)
    assert list(old["docs"]) == ["corpus/f/1.txt"]
    # a new column (a new contract version) and a new pipeline version: no move
    _write(j, [{**DOC, "pipeline_version": "2", "input_id": "", "figures": [{"doc_id": "a", "value": 1.0, "new": 3}]}])
    assert snapshot.diff(old, snapshot.hash_dataset(j, cols, shared)) == []
    # a changed value: that document and that table move
    _write(j, [{**DOC, "figures": [{"doc_id": "a", "value": 2.0}]}])
    assert snapshot.diff(old, snapshot.hash_dataset(j, cols, shared)) == [("corpus/f/1.txt", ["figures"])]
    _write(j, [])
    assert snapshot.diff(old, snapshot.hash_dataset(j, cols, shared)) == [("corpus/f/1.txt", ["(gone)"])]


def test_a_new_table_moves_only_the_documents_with_rows_in_it(tmp_path):
    from pathlib import Path
    shared = Path("/x/shared")
    j = tmp_path / "d.jsonl"
    other = {**DOC, "source": "/x/shared/corpus/f/2.txt"}
    _write(j, [DOC, other])
    old = snapshot.hash_dataset(j, snapshot._complete_columns(j), shared)
    for entry in old["docs"].values():   # a snapshot recorded before the table existed
        entry.pop("quotes")
    old["columns"].pop("quotes", None)
    _write(j, [{**DOC, "quotes": [{"doc_id": "a", "text": "„A“"}]}, {**other, "quotes": []}])
    assert snapshot.diff(old, snapshot.hash_dataset(j, old["columns"], shared)) == [("corpus/f/1.txt", ["quotes"])]


def test_a_split_folder_gives_only_its_non_test_documents(tmp_path):
    shared = tmp_path / "shared"
    (shared / "seeds").mkdir(parents=True)
    split = shared / "corpus" / "quotes"
    split.mkdir(parents=True)
    (split / "manifest.tsv").write_text("file\tsplit\tdate\n0001.txt\ttest\tx\n0002.txt\ttrain\tx\n"
                                        "0003.txt\tdev\tx\n", encoding="utf-8")
    for name in ("0001.txt", "0002.txt", "0003.txt"):
        (split / name).write_text("Text.\n", encoding="utf-8")
    plain = shared / "corpus" / "plain"
    plain.mkdir()
    (plain / "manifest.tsv").write_text("file\tdate\n0001.txt\tx\n", encoding="utf-8")
    (shared / "corpus" / "business_press").mkdir()
    got = snapshot.inputs(shared)
    assert got == [str(shared / "seeds"), str(plain), str(split / "0002.txt"), str(split / "0003.txt")]
