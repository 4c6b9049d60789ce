from herald_timeline.events.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_news_abbreviations_do_not_end_sentences():
    text = ("Gen. Kim met U.S. officials on Nov. 3 in Washington. The No. 2 envoy, "
            "Mr. Lee, left for S. Korea on Friday. He returned to the U.S. The talks ended.")
    assert sentences(text) == [
        "Gen. Kim met U.S. officials on Nov. 3 in Washington.",
        "The No. 2 envoy, Mr. Lee, left for S. Korea on Friday.",
        "He returned to the U.S.",
        "The talks ended.",
    ]


def test_paragraphs_and_quotes():
    text = 'Title line\n\n"We will meet," he said. Talks follow.'
    assert sentences(text) == ["Title line", '"We will meet," he said.', "Talks follow."]


def test_empty_and_blank_text():
    assert sentences("") == []
    assert sentences("  \n ") == []
