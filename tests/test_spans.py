"""The span model: shipped in the package, finds bodies, offices and people, trains from a slice."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg import spans
from kg.analyse import tagger

from .conftest import ROOT

SHARED = ROOT.parent / "shared"


def predict(text):
    words = tagger().run(text)
    return {(text[s.start:s.end], s.label) for s in spans.model().predict(text, words)}


def test_the_model_ships_in_the_package_with_its_record():
    assert spans.MODEL_PATH.is_file() and spans.MODEL_PATH.parent.name == "models"
    assert spans.MODEL_PATH.stat().st_size < 20 * 2**20
    record = json.loads((spans.MODEL_PATH.parent / "spans.json").read_text(encoding="utf-8"))
    assert record["command"].startswith("scripts/train_spans.py") and record["data"]["resume_train"] > 0
    assert spans.model() is not None


def test_the_model_builds_features_with_the_word_lists_it_was_trained_with(tmp_path):
    import shutil
    shutil.copy(spans.MODEL_PATH, tmp_path / "spans.crfsuite")
    (tmp_path / "spans.json").write_text(json.dumps({"feature_words": {"org_suffixes": ["局"],
                                                                       "office_titles": ["局长"]}}))
    frozen = spans.SpanModel(tmp_path / "spans.crfsuite")
    assert frozen.office_titles == ("局长",) and frozen.org_suffixes == ("局",)
    # a title the lexicon has and the record lacks marks no word as an office
    words = [("某公司", "ORG"), ("董事", "n")]
    assert "sfx=post" not in spans.features("某公司董事", words, frozen.org_suffixes, frozen.office_titles)[-1]
    assert "sfx=post" in spans.features("某公司董事", words)[-1]


def test_bodies_offices_and_people_in_sentences_written_for_the_test():
    found = predict("东湖区人力资源和社会保障局局长王建平昨天在会上说,明年将新建三所学校。")
    assert ("王建平", "PER") in found
    assert any(label == "POST" and name.endswith("局长") for name, label in found)
    found = predict("据了解,东湖区人力资源和社会保障局今年为3000名青年提供了岗位。")
    assert ("东湖区人力资源和社会保障局", "ORG") in found


def test_tags_read_back_as_well_formed_spans():
    assert spans.bioes_spans(["B-ORG", "E-ORG", "O", "S-PER", "B-POST", "O", "M-ORG", "E-ORG"]) == \
        [(0, 2, "ORG"), (3, 4, "PER")]


@pytest.mark.skipif(not (SHARED / "bench" / "cluener" / "train.jsonl").exists(), reason="needs ../shared/bench")
def test_training_script_runs_on_a_tiny_slice(tmp_path):
    out = tmp_path / "m" / "spans.crfsuite"
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_spans.py"), "--limit", "40",
                        "--iterations", "5", "--out", str(out), "--shared", str(SHARED)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    record = json.loads((out.parent / "spans.json").read_text(encoding="utf-8"))
    assert out.is_file() and record["data"]["cluener_train_minus_every_10th"] == 40
    assert set(record["held_out_cluener_train_every_10th_f1"]) == {"ORG", "COM", "POST", "PER"}
    assert set(record["feature_words"]["office_titles"]) == set(spans.OFFICE_SUFFIXES)
