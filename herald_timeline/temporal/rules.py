"""Load the temporal rules and lexicon from resources/, and check them as they load.

A rule is data (resources/temporal/rules.toml): a regex with placeholders, a TIMEX3 type
and a value template. Loading expands the placeholders, compiles the regex and runs every
rule on its own examples, so a typo in a rule is an error at start-up that names the rule,
never a silent miss while tagging.
"""

from __future__ import annotations

import re as std_re
import tomllib
from dataclasses import dataclass
from functools import cache

import regex  # variable-width look-behind, which the rules use ("(?<=in |since )")

from herald_timeline.resources import load_toml
from herald_timeline.temporal.numbers import NUMBER_PATTERN, format_number, parse_number

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
_PLACEHOLDER = std_re.compile(r"\{([A-Za-z]+)(\d?)\}")
_TEMPLATE_FIELD = std_re.compile(r"\{([a-z]+\d?)\}")

BUILTIN_PATTERNS = {
    "num": NUMBER_PATTERN,
    "anum": rf"(?:{NUMBER_PATTERN}|(?<!\w)(?:an?|one)(?!\w))",
    "year": r"(?<!\d)(?:1\d{3}|20\d{2})(?!\d)",
    "day": r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
}
MISSING = "_"  # what an optional group that did not take part becomes in a template


class RuleError(ValueError):
    """A rule or lexicon entry in resources/ is broken."""


@dataclass(frozen=True)
class Lexicon:
    tables: dict[str, dict[str, str]]

    def pattern(self, table: str, capitalised: bool) -> str:
        keys = sorted(self.tables[table], key=len, reverse=True)
        if capitalised:
            keys = [k[:1].upper() + k[1:] for k in keys]
        alternatives = "|".join(regex.escape(k).replace(r"\ ", r"\s+") for k in keys)
        # Month and weekday names in capitals only: "May 2012", never "may" the verb.
        flags = "(?-i:" if capitalised else "(?:"
        return rf"(?<!\w){flags}{alternatives})(?!\w)"

    def lookup(self, table: str, text: str) -> str | None:
        entries = self.tables[table]
        key = " ".join(text.lower().split())
        if key in entries:
            return entries[key]
        if key.startswith("the ") and key[4:] in entries:
            return entries[key[4:]]
        return None


def normalise_group(lexicon: Lexicon, name: str, text: str | None) -> str | None:
    """The value a captured group stands for: "June" -> "06", "seven" -> "7"."""
    if text is None:
        return MISSING
    base = name.rstrip("0123456789").lower()
    if base in ("num", "anum"):
        number = parse_number(text)
        return format_number(number) if number is not None else None
    if base == "year":
        return text
    if text.isdigit() and base in ("month", "ordinal"):  # 2012-05-21, Q3
        return f"{int(text):02d}" if base == "month" else str(int(text))
    if base == "day":
        return f"{int(text[:2] if text[:2].isdigit() else text[:1]):02d}"  # "3rd" -> 03
    if base in lexicon.tables:
        return lexicon.lookup(base, text)
    return " ".join(text.lower().split())  # hour, minute, ampm, decade ...


@dataclass(frozen=True)
class Rule:
    name: str
    regex: regex.Pattern
    type: str
    value: str
    mod: str | None
    examples: tuple[str, ...]
    # A cheap pattern every match contains ("{unit}" for durations): the finder runs the
    # rule only near its hits instead of over the whole text. None: the whole text.
    anchor: regex.Pattern | None = None
    # ... or, cheaper still, words one of which every match contains: looked up in a
    # table while the text's words are read once, not searched for by a regex.
    anchor_words: frozenset[str] | None = None

    def fill(self, template: str, groups: dict[str, str | None], lexicon: Lexicon) -> str | None:
        """The template with every {field} replaced; None if a group has no known value."""
        out = []
        position = 0
        for found in _TEMPLATE_FIELD.finditer(template):
            value = normalise_group(lexicon, found.group(1), groups.get(found.group(1)))
            if value is None:
                return None
            out.append(template[position:found.start()])
            out.append(value)
            position = found.end()
        out.append(template[position:])
        return "".join(out)


def _expand(pattern: str, lexicon: Lexicon, rule_name: str, capture: bool = True) -> str:
    def replace(found: std_re.Match) -> str:
        name, suffix = found.group(1), found.group(2)
        table = name.lower()
        if table in BUILTIN_PATTERNS:
            body = BUILTIN_PATTERNS[table]
        elif table in lexicon.tables:
            body = lexicon.pattern(table, capitalised=name[0].isupper())
        else:
            raise RuleError(f"rule {rule_name!r}: unknown placeholder {{{name}}}")
        return f"(?P<{table}{suffix}>{body})" if capture else f"(?:{body})"

    return _PLACEHOLDER.sub(replace, pattern)


def _build_rule(entry: dict, lexicon: Lexicon) -> Rule:
    name = entry.get("name") or "<unnamed>"
    missing = [key for key in ("name", "pattern", "type", "value", "examples") if key not in entry]
    if missing:
        raise RuleError(f"rule {name!r}: missing {', '.join(missing)}")
    if entry["type"] not in TIMEX_TYPES:
        raise RuleError(f"rule {name!r}: type {entry['type']!r} is not one of {TIMEX_TYPES}")
    try:
        # Every expression starts a word: saying so first lets the engine skip the
        # middle of words at once instead of trying each rule's alternatives there.
        pattern = r"(?<!\w)(?:" + _expand(entry["pattern"], lexicon, name) + ")"
        compiled = regex.compile(pattern, regex.IGNORECASE)
    except regex.error as error:
        raise RuleError(f"rule {name!r}: bad pattern: {error}") from error
    if compiled.fullmatch(""):
        raise RuleError(f"rule {name!r}: pattern matches the empty string")
    for field in _TEMPLATE_FIELD.findall(entry["value"] + (entry.get("mod") or "")):
        if field not in compiled.groupindex:
            raise RuleError(f"rule {name!r}: template uses {{{field}}}, which no group captures")
    anchor, anchor_words = None, _anchor_words(entry.get("anchor"), lexicon)
    if entry.get("anchor") and anchor_words is None:
        try:
            anchor = regex.compile(_expand(entry["anchor"], lexicon, name, capture=False),
                                   regex.IGNORECASE)
        except regex.error as error:
            raise RuleError(f"rule {name!r}: bad anchor: {error}") from error
    return Rule(
        name=name, regex=compiled, type=entry["type"], value=entry["value"],
        mod=entry.get("mod"), examples=tuple(entry["examples"]), anchor=anchor,
        anchor_words=anchor_words,
    )


_ANCHOR_WORD = std_re.compile(r"[a-z]+")


def _anchor_words(spec: str | None, lexicon: Lexicon) -> frozenset[str] | None:
    """The words of an anchor made only of words and {tables}: "{unit}|ago" -> {"year",
    "years", ..., "ago"}; None when the anchor is a real pattern ("\\d:\\d\\d")."""
    if not spec:
        return None
    words: set[str] = set()
    for part in spec.split("|"):
        table = _PLACEHOLDER.fullmatch(part)
        if table and table.group(1).lower() in lexicon.tables:
            keys = lexicon.tables[table.group(1).lower()]
            words.update(_ANCHOR_WORD.match(key).group() for key in keys
                         if _ANCHOR_WORD.match(key))
        elif _ANCHOR_WORD.fullmatch(part.lower()):
            words.add(part.lower())
        else:
            return None
    return frozenset(words)


def _check_examples(rule: Rule, entry: dict, lexicon: Lexicon) -> None:
    from herald_timeline.temporal.resolve import RESOLVABLE_CHECK_DATE, check_template

    if not rule.examples:
        raise RuleError(f"rule {rule.name!r}: give at least one example")
    from herald_timeline.temporal.finder import find_candidates

    for example in rule.examples:
        text, span = _example_span(example)
        found = rule.regex.search(text, span[0])
        if not found or found.span() != span:
            raise RuleError(f"rule {rule.name!r}: does not match its example {example!r}")
        if not any((c.start, c.end) == span for c in find_candidates(text, (rule,))):
            raise RuleError(f"rule {rule.name!r}: its anchor misses its example {example!r}")
        value = rule.fill(rule.value, found.groupdict(), lexicon)
        if value is None:
            raise RuleError(f"rule {rule.name!r}: example {example!r} has a word no table knows")
        problem = check_template(value, found.group(), RESOLVABLE_CHECK_DATE)
        if problem:
            raise RuleError(f"rule {rule.name!r}: example {example!r}: {problem}")
    for counter in entry.get("not_examples", ()):
        if rule.regex.search(counter):
            raise RuleError(
                f"rule {rule.name!r}: finds something in {counter!r}, which it must not")


def _example_span(example: str) -> tuple[str, tuple[int, int]]:
    """An example is matched whole, or, written "in [June]", just its bracketed part."""
    if "[" in example and "]" in example:
        start = example.index("[")
        end = example.index("]") - 1
        return example.replace("[", "", 1).replace("]", "", 1), (start, end)
    return example, (0, len(example))


@cache
def load_lexicon() -> Lexicon:
    try:
        tables = load_toml("temporal", "lexicon.toml")
    except tomllib.TOMLDecodeError as error:
        raise RuleError(f"resources/temporal/lexicon.toml: {error}") from error
    for table, entries in tables.items():
        for key, value in entries.items():
            if key != key.lower() or not isinstance(value, str):
                raise RuleError(f"lexicon [{table}]: entry {key!r} must be lower case -> text")
    return Lexicon(tables)


@cache
def load_rules() -> tuple[Rule, ...]:
    lexicon = load_lexicon()
    try:
        entries = load_toml("temporal", "rules.toml").get("rule", [])
    except tomllib.TOMLDecodeError as error:
        raise RuleError(f"resources/temporal/rules.toml: {error}") from error
    rules = []
    names = set()
    for entry in entries:
        rule = _build_rule(entry, lexicon)
        if rule.name in names:
            raise RuleError(f"rule {rule.name!r} is defined twice")
        names.add(rule.name)
        _check_examples(rule, entry, lexicon)
        rules.append(rule)
    if not rules:
        raise RuleError("resources/temporal/rules.toml holds no rule")
    return tuple(rules)
