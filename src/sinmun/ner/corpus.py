"""A training corpus reader that keeps the Kiwi tokens stored in the `.spacy` files.

spaCy's own `spacy.Corpus.v1` rebuilds every predicted doc with `nlp.make_doc(text)` — here a Kiwi
analysis of each sentence, again on every epoch, and several times while the pipeline initializes.
The DocBins written by `data` already hold exactly those tokens and tags (same tokenizer), so
this reader builds the predicted doc from them: the same examples, without re-running Kiwi.
"""

from collections.abc import Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example
from spacy.training.corpus import walk_corpus
from spacy.util import registry


@registry.readers("sinmun.TokenizedCorpus.v1")
def create_tokenized_corpus(path: Path | str | None, limit: int = 0) -> "TokenizedCorpus":
    return TokenizedCorpus(path, limit)


class TokenizedCorpus:
    """Examples from `.spacy` files (a file, or every one under a folder): predicted doc = the
    reference's own tokens, spaces and tags, without its annotations."""

    def __init__(self, path: Path | str | None, limit: int = 0):
        if path is None:
            raise ValueError("TokenizedCorpus needs a path: set it in [paths] or on the command line")
        self.path = Path(path)
        self.limit = limit

    def __call__(self, nlp: Language) -> Iterator[Example]:
        count = 0
        for file in walk_corpus(self.path, ".spacy"):
            for reference in DocBin().from_disk(file).get_docs(nlp.vocab):
                words = [t.text for t in reference]
                predicted = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in reference],
                                tags=[t.tag_ for t in reference])
                yield Example(predicted, reference)
                count += 1
                if self.limit and count >= self.limit:
                    return
