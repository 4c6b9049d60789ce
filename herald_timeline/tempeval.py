"""TempEval-3 Task A scoring of our tagger on a folder of TimeML files.

As the TempEval-3 toolkit scores: gold and system TIMEX3 are matched one-to-one by
overlap in document order (the DCT is not scored); strict counts identical extents;
type and value F1 are attribute accuracy on matched pairs times relaxed F1.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from herald_timeline.model import TimeExpression
from herald_timeline.temporal import tag_text
from herald_timeline.timeml import parse_timeml, write_timeml


@dataclass
class Tally:
    documents: int = 0
    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    type_ok: int = 0
    value_ok: int = 0
    seconds: float = 0.0
    mistakes: list[tuple[str, str, str]] = field(default_factory=list)

    def add_document(self, name: str, gold: list[TimeExpression],
                     system: list[TimeExpression]) -> None:
        self.documents += 1
        self.gold += len(gold)
        self.system += len(system)
        for gold_timex, system_timex in match_one_to_one(gold, system):
            self.relaxed += 1
            same_extent = (gold_timex.start, gold_timex.end) == (system_timex.start,
                                                                 system_timex.end)
            self.strict += same_extent
            self.type_ok += gold_timex.type == system_timex.type
            value_ok = (gold_timex.value or "") == (system_timex.value or "")
            self.value_ok += value_ok
            if not (value_ok and same_extent):
                self.mistakes.append((name, f"{gold_timex.text}={gold_timex.value}",
                                      f"{system_timex.text}={system_timex.value}"))

    def scores(self) -> dict:
        def prf(hits: int) -> dict:
            precision = hits / self.system if self.system else 0.0
            recall = hits / self.gold if self.gold else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            return {"precision": round(precision, 4), "recall": round(recall, 4),
                    "f1": round(f1, 4)}

        relaxed = prf(self.relaxed)

        def attribute(hits: int) -> dict:
            accuracy = hits / self.relaxed if self.relaxed else 0.0
            return {"accuracy": round(accuracy, 4), "f1": round(accuracy * relaxed["f1"], 4)}

        return {
            "documents": self.documents, "gold": self.gold, "system": self.system,
            "seconds": round(self.seconds, 3), "strict": prf(self.strict), "relaxed": relaxed,
            "type": attribute(self.type_ok), "value": attribute(self.value_ok),
        }


def match_one_to_one(gold: list[TimeExpression], system: list[TimeExpression]):
    """Pairs of overlapping gold/system timexes, each used once, in document order."""
    pairs = []
    used = set()
    candidates = sorted(system, key=lambda t: t.start)
    for gold_timex in sorted(gold, key=lambda t: t.start):
        for index, system_timex in enumerate(candidates):
            if index in used:
                continue
            if system_timex.start < gold_timex.end and gold_timex.start < system_timex.end:
                used.add(index)
                pairs.append((gold_timex, system_timex))
                break
    return pairs


def evaluate_folder(gold_dir: Path, out_dir: Path | None = None) -> Tally:
    tally = Tally()
    files = sorted(gold_dir.rglob("*.tml"))
    if not files:
        raise FileNotFoundError(f"{gold_dir}: no .tml files")
    for path in files:
        document = parse_timeml(path.read_text(encoding="utf-8"), path.stem)
        started = time.perf_counter()
        system = tag_text(document.text, document.dct)
        tally.seconds += time.perf_counter() - started
        tally.add_document(path.name, document.timexes, system)
        if out_dir is not None:
            target = out_dir / path.relative_to(gold_dir)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(
                write_timeml(document.doc_id, document.text, document.dct_value, system),
                encoding="utf-8")
    return tally


def format_scores(scores: dict) -> str:
    lines = [f"documents {scores['documents']}  gold {scores['gold']}  "
             f"system {scores['system']}  seconds {scores['seconds']}"]
    for name in ("strict", "relaxed"):
        s = scores[name]
        lines.append(f"{name:8} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")
    for name in ("type", "value"):
        s = scores[name]
        lines.append(f"{name:8} accuracy {s['accuracy']:.3f}  F1 {s['f1']:.3f}")
    return "\n".join(lines)
