"""Numbers written as words or digits, as news writes durations: "seven", "24", "twenty-four"."""

from __future__ import annotations

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a": 1, "an": 1, "dozen": 12, "a dozen": 12, "half a dozen": 6,
    "hundred": 100, "a hundred": 100, "one hundred": 100,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_WORDS = sorted(
    (k.replace(" ", r"\s+") for k in UNITS if k not in ("a", "an")), key=len, reverse=True
)

# Used by the rules as the {num} placeholder: digits (1,000 and 1.5 too; never a
# four-digit year) or words.
NUMBER_PATTERN = (
    r"(?<![\w.,$])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d+)?|"
    rf"(?:{'|'.join(TENS)})(?:[-\s](?:{_ONES}))?|{'|'.join(_WORDS)})(?![\w])"
)


def parse_number(text: str) -> float | None:
    """The value of a number in digits or words; None if it is not one."""
    words = " ".join(text.lower().replace("-", " ").split())
    if not words:
        return None
    try:
        return float(words.replace(",", ""))
    except ValueError:
        pass
    if words in UNITS:
        return float(UNITS[words])
    parts = words.split()
    if parts and parts[0] in TENS:
        rest = " ".join(parts[1:])
        if not rest:
            return float(TENS[parts[0]])
        if rest in UNITS and UNITS[rest] < 10:
            return float(TENS[parts[0]] + UNITS[rest])
    return None


def format_number(value: float) -> str:
    """TIMEX3 writes 3, not 3.0; 1.5 stays 1.5."""
    return str(int(value)) if value == int(value) else f"{value:g}"


_TEENS_AND_TENS = {**{k: v for k, v in UNITS.items() if 10 <= v < 20}, **TENS}


def spelled_year(text: str) -> int:
    """A year in words, as broadcast transcripts write it: "nineteen ninety-six" -> 1996,
    "two thousand" -> 2000, "two thousand and three" -> 2003."""
    words = text.lower().replace("-", " ").replace(" and ", " ").split()
    if words[:2] == ["the", "year"]:
        words = words[2:]
    if words[:2] == ["two", "thousand"]:
        rest = parse_number(" ".join(words[2:])) if words[2:] else 0
        return 2000 + int(rest or 0)
    century = _TEENS_AND_TENS.get(words[0])
    if century is None:
        raise ValueError(f"not a year in words: {text!r}")
    rest = " ".join(w for w in words[1:] if w != "hundred")
    return century * 100 + int(parse_number(rest) or 0) if rest else century * 100
