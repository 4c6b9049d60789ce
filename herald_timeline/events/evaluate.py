"""Score event extraction on PLOVER gold records (one sentence each, JSON Lines).

For each record: the event type of the first event we find (none found counts as wrong)
against the gold type, its older labels mapped to PLOVER 0.8 as the manual's table of
CAMEO cue categories says; and the countries and bodies we name as actors against the
gold source and target actors (precision, recall, F1 over the records' actor sets).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from herald_timeline.events.actors import find_mentions
from herald_timeline.model import Article
from herald_timeline.pipeline import analyse

OLD_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
              "FIGHT": "ASSAULT"}
# The gold file's own spellings of some countries.
GOLD_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
# Our codes for bodies that are not countries, as the gold file groups them.
BODY_GROUPS = {
    "UNO": "IGO", "NATO": "IGO", "EU": "IGO", "ASEAN": "IGO", "AU": "IGO", "IAEA": "IGO",
    "IMF": "IGO", "WBK": "IGO", "WTO": "IGO", "OPEC": "IGO", "ARL": "IGO", "OAS": "IGO",
    "OSCE": "IGO", "ECOWAS": "IGO", "GCC": "IGO", "OAU": "IGO", "EC": "IGO", "APEC": "IGO",
    "WARPACT": "IGO",
    # The gold file codes Amnesty International and the Red Cross / Red Crescent as IGO.
    "AMN": "IGO", "ICRC": "IGO", "HRW": "NGO", "MSF": "NGO", "ALQ": "IMG",
}


@dataclass
class EventScores:
    records: int = 0
    type_right: int = 0
    actor_gold: int = 0
    actor_found: int = 0
    actor_right: int = 0
    confusions: Counter = field(default_factory=Counter)
    misses: list[tuple[str, str, str]] = field(default_factory=list)

    def as_dict(self) -> dict:
        precision = self.actor_right / self.actor_found if self.actor_found else 0.0
        recall = self.actor_right / self.actor_gold if self.actor_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "records": self.records,
            "event_type_accuracy": round(self.type_right / self.records, 4)
            if self.records else 0.0,
            "actors": {"precision": round(precision, 4), "recall": round(recall, 4),
                       "f1": round(f1, 4)},
        }


def gold_type(record: dict) -> str:
    return OLD_LABELS.get(record["event"], record["event"])


def gold_actors(record: dict) -> set[str]:
    return {GOLD_CODES.get(a["code"], a["code"])
            for a in record["source"] + record["target"] if a.get("code")}


def as_gold_code(code: str) -> str:
    return BODY_GROUPS.get(code, code)


def score_records(records: list[dict]) -> EventScores:
    scores = EventScores()
    for record in records:
        article = analyse(Article(source=record.get("id", ""), text=record["text"]))
        predicted = article.events[0].type if article.events else "NONE"
        expected = gold_type(record)
        scores.records += 1
        scores.type_right += predicted == expected
        if predicted != expected:
            scores.confusions[(expected, predicted)] += 1
            scores.misses.append((expected, predicted, record["text"][:120]))
        if article.events:
            found = {as_gold_code(code) for event in article.events for code in event.actors}
        else:
            found = {as_gold_code(m.code) for m in find_mentions(record["text"])}
        gold = gold_actors(record)
        scores.actor_gold += len(gold)
        scores.actor_found += len(found)
        scores.actor_right += len(gold & found)
    return scores


def load_records(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
