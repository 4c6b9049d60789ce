"""Rules are data, checked when they load: a broken rule fails loudly, naming itself."""

from __future__ import annotations

import pytest

from herald_timeline.temporal.rules import (
    RuleError,
    _build_rule,
    _check_examples,
    load_lexicon,
    load_rules,
)


def build(entry: dict):
    lexicon = load_lexicon()
    rule = _build_rule(entry, lexicon)
    _check_examples(rule, entry, lexicon)
    return rule


BASE = {"name": "t", "pattern": "(?P<num>{num}) years", "type": "DURATION",
        "value": "DUR {num} year", "examples": ["three years"]}


def test_the_shipped_rules_load_and_each_has_examples():
    rules = load_rules()
    assert len(rules) > 30
    assert all(rule.examples for rule in rules)


def test_a_good_rule_builds():
    assert build(dict(BASE)).name == "t"


@pytest.mark.parametrize(("change", "message"), [
    ({"pattern": "(unclosed"}, "bad pattern"),
    ({"pattern": "x*"}, "empty string"),
    ({"pattern": "{nosuchtable} years"}, "unknown placeholder"),
    ({"examples": ["four days"]}, "does not match its example"),
    ({"type": "MOMENT"}, "is not one of"),
    ({"value": "DUR {missing} year"}, "no group captures"),
    ({"value": "NEVER {num}"}, "unknown instruction"),
    ({"not_examples": ["three years"]}, "which it must not"),
])
def test_a_broken_rule_fails_at_load_naming_itself(change, message):
    with pytest.raises(RuleError, match=message) as raised:
        build({**BASE, **change})
    assert "'t'" in str(raised.value)
