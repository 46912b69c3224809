"""The statistical NER: the spaCy stage, its model's embedding, its training and its evaluation.

Importing the package registers what spaCy needs to build the pipeline and load the shipped model:
the `sinmun_ner` and `sinmun_ner_release` factories (stage.py) and the `sinmun.KoreanHashEmbed.v1`
architecture (features.py). One concern per module: boundaries.py (KLUE's span ends inside Kiwi
tokens), data.py (KLUE-NER and the unlabelled text → DocBins), corpus.py (the `sinmun.TokenizedCorpus.v1`
reader training uses), training.py (`make train-ner`), evaluation.py (`make eval-ner`).
"""

from . import features, stage  # noqa: F401  (register the embedding and the NER factories)
