"""The tagger's scores on the development corpora stay above the targets of issue 3."""

from __future__ import annotations

from pathlib import Path

import pytest

from herald_timeline.tempeval import evaluate_folder


@pytest.mark.parametrize(("corpus", "value_f1"), [("TimeBank", 0.80), ("AQUAINT", 0.75)])
def test_tbaq_scores(shared_dir: Path, corpus, value_f1):
    scores = evaluate_folder(shared_dir / "corpora" / "timeml" / "tbaq-cleaned" / corpus).scores()
    assert scores["value"]["f1"] >= value_f1, scores
    assert scores["relaxed"]["f1"] >= 0.90, scores
