"""Temporal expressions: find (finder), read (rules + lexicon), resolve (resolve).

Only `resolve` (with the arithmetic of `periods`) works out dates, and only it sees the
publication date.
"""

from herald_timeline.temporal.tagger import tag_text

__all__ = ["tag_text"]
