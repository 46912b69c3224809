"""The NER model's token embedding: spaCy's lexical attributes plus features that suit Kiwi's tokens.

spaCy's SUFFIX is the last three characters. A Kiwi morpheme is mostly one to three syllables, so that
suffix is usually the whole token, and the endings that carry a Korean name's kind (시, 군, 당, 청, 은행,
전자) are lost on the longer ones. This embedding adds the last `endings` (and first `beginnings`)
syllables of each token, and its spacing: whether a space comes before and after it. KLUE's spans start and end at word edges far
more often than inside a word, and a Kiwi token does not say where its word begins.
"""

import numpy
from spacy.attrs import ORTH, SPACY
from spacy.ml.featureextractor import FeatureExtractor
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d

from .prediction import max_of_pieces, piece_major

# Spacing of a token: no space around it, space before only, after only, both (the first and the last
# token of a doc count as spaced on their outer side).
SPACING_VALUES = 4
MAX_KNOWN = 500_000  # distinct tokens remembered; a long stream of new ones must not grow memory
_KNOWN: dict[tuple, dict[int, tuple[int, ...]]] = {}  # (endings, beginnings) → orth id → syllable ids


def _syllable_ids(text: str, endings: tuple[int, ...], beginnings: tuple[int, ...]) -> tuple[int, ...]:
    return (*(hash_string(f"{n}:{text[-n:]}") for n in endings), *(hash_string(f"{text[:n]}:{n}") for n in beginnings))


def token_features(doc: Doc, endings: tuple[int, ...], beginnings: tuple[int, ...] = ()) -> numpy.ndarray:
    """One row per token: the ids of its last `endings` and first `beginnings` syllables (a column
    for each entry), then its spacing."""
    return docs_token_features([doc], endings, beginnings)[0]


def docs_token_features(docs: list[Doc], endings: tuple[int, ...], beginnings: tuple[int, ...] = ()) -> list[numpy.ndarray]:
    """`token_features` of each doc, the syllable ids looked up once per distinct token of the docs."""
    width = len(endings) + len(beginnings)
    orths = [doc.to_array(ORTH) for doc in docs]
    if not any(len(o) for o in orths):
        return [numpy.zeros((0, width + 1), dtype="uint64") for _ in docs]
    distinct, where = numpy.unique(numpy.concatenate(orths), return_inverse=True)
    known = _KNOWN.setdefault((endings, beginnings), {})
    stores = list({id(doc.vocab): doc.vocab.strings for doc in docs}.values())  # one, unless docs mix vocabs
    rows = []
    for orth in distinct.tolist():
        found = known.get(orth)  # an orth id is a hash of the text, the same in every vocab
        if found is None:
            text = stores[0][orth] if len(stores) == 1 else next(s[orth] for s in stores if orth in s)
            found = _syllable_ids(text, endings, beginnings)
            if len(known) < MAX_KNOWN:
                known[orth] = found
        rows.append(found)
    syllables = numpy.array(rows, dtype="uint64").reshape(len(rows), width)[where.reshape(-1)]
    features, at = [], 0
    for doc, orth in zip(docs, orths):
        n = len(orth)
        if not n:
            features.append(numpy.zeros((0, width + 1), dtype="uint64"))
            continue
        space_after = doc.to_array(SPACY).astype("uint64")
        space_after[-1] = 1
        space_before = numpy.concatenate([[1], space_after[:-1]]).astype("uint64")
        features.append(numpy.hstack([syllables[at:at + n], (2 * space_before + space_after)[:, None]]))
        at += n
    return features


def KoreanFeatureExtractor(attrs: list[str], endings: tuple[int, ...], beginnings: tuple[int, ...]) -> Model[list[Doc], list[Ints2d]]:
    lexical = FeatureExtractor(attrs)

    def forward(model: Model, docs: list[Doc], is_train: bool):
        columns, _ = lexical(docs, is_train)
        features = [
            model.ops.asarray2i(numpy.hstack([numpy.asarray(col, dtype="uint64"), syllables]), dtype="uint64")
            for col, syllables in zip(columns, docs_token_features(docs, endings, beginnings))
        ]
        return features, lambda d_features: []

    return Model("korean_features", forward, attrs={"attrs": attrs, "endings": endings, "beginnings": beginnings})


@registry.architectures("sinmun.KoreanHashEmbed.v1")
def KoreanHashEmbed(
    width: int, attrs: list[str], rows: list[int], endings: list[int], ending_rows: int, beginnings: list[int] = []
) -> Model[list[Doc], list[Floats2d]]:
    """Like spacy.MultiHashEmbed.v2 (no static vectors), with the syllable endings (and beginnings)
    and the spacing embedded beside `attrs`; the syllable tables have `ending_rows` rows each."""
    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} rows for {len(attrs)} attrs")
    all_rows = [*rows, *[ending_rows] * (len(endings) + len(beginnings)), SPACING_VALUES * 4]
    embeddings = [HashEmbed(width, n, column=i, seed=8 + i, dropout=0.0) for i, n in enumerate(all_rows)]
    return chain(
        KoreanFeatureExtractor(attrs, tuple(endings), tuple(beginnings)),
        list2ragged(),
        with_array(concatenate(*embeddings)),
        with_array(Maxout(width, width * len(embeddings), nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )


def fuse_for_prediction(tok2vec: Model) -> bool:
    """Rewrite a loaded `KoreanHashEmbed` for prediction only: the Maxout after the tables is linear in
    each table's rows before its max, so each table is multiplied by its slice of the Maxout weights
    once, here, and a token's pre-activations become one sum of looked-up rows — no concatenation and
    no (tokens × 9·width) × (9·width × 3·width) product per batch. The outputs equal the original
    ones up to float rounding (~1e-6); the fused layer has no backward pass, so never train it.
    Returns whether an embedding was found and fused."""
    for node in tok2vec.walk():
        if len(node.layers) == 5 and node.layers[0].name == "korean_features":
            concat, mixer = node.layers[2].layers[0], node.layers[3]
            maxout = next(n for n in mixer.walk() if n.name == "maxout")
            norm = next(n for n in mixer.walk() if n.name == "layernorm")
            node.layers[2:4] = [with_array(chain(_fused_lookup(concat, maxout), norm))]
            for layer in node.walk():
                layer.ops = maxout.ops
            return True
    return False


def _fused_lookup(concat: Model, maxout: Model) -> Model:
    """The hash tables of `concat` (one per feature column) and `maxout`'s affine map and max in one layer."""
    n_out, pieces, n_in = maxout.get_dim("nO"), maxout.get_dim("nP"), maxout.get_dim("nI")
    weights = maxout.get_param("W").reshape(n_out * pieces, n_in)
    bias = maxout.get_param("b").reshape(n_out * pieces)
    tables, seeds, sizes, offsets = [], [], [], []
    column = offset = 0
    for embedding in concat.layers:  # ints_getitem(column) >> hashembed, in the columns' order
        hashed = embedding.layers[-1]
        table = hashed.get_param("E")
        tables.append(table @ weights[:, column:column + table.shape[1]].T)
        seeds.append(hashed.attrs["seed"])
        sizes.append(table.shape[0])
        offsets.append(offset)
        column += table.shape[1]
        offset += table.shape[0]
    if column != n_in:
        raise ValueError(f"the tables give {column} inputs, the Maxout takes {n_in}")
    # Columns piece by piece (all outputs' first piece, then their second…): the max over the pieces is
    # then an elementwise maximum of contiguous blocks, not thinc's argmax loop over triples.
    order = piece_major(n_out, pieces)
    fused = numpy.ascontiguousarray(numpy.vstack(tables)[:, order], dtype="float32")
    bias = numpy.ascontiguousarray(bias[order], dtype="float32")

    def forward(model: Model, ids: Ints2d, is_train: bool):
        if is_train:
            raise NotImplementedError("the fused embedding is for prediction only")
        if not len(ids):
            return model.ops.alloc2f(0, n_out), lambda d: d
        ops = model.ops
        # A token's row depends only on its ids, and a batch repeats most tokens (particles, endings,
        # names): the rows are summed, and their max taken, once per distinct row of ids, then copied.
        distinct, where = distinct_rows(ids)
        summed = None
        for k, (seed, size, offset) in enumerate(zip(seeds, sizes, offsets)):
            rows = ops.gather_add(fused, (ops.hash(ops.as_contig(distinct[:, k]), seed) % size + offset).astype("uint32"))
            if summed is None:
                summed = rows
            else:
                summed += rows
        summed += bias
        return max_of_pieces(summed, n_out, pieces).take(where, axis=0), lambda d: d

    return Model("fused_hash_maxout", forward)


_MIX = numpy.uint64(0x9E3779B97F4A7C15)  # odd: mixing the columns' ids into one key per row


def distinct_rows(ids: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """The distinct rows of `ids` (tokens × columns of uint64 ids) and, for each token, the index of its
    row among them. Rows are told apart by one 64-bit key mixing their columns; a collision of keys
    (never seen, but possible) is caught by comparing the rows, and then the rows are compared whole."""
    ids = numpy.ascontiguousarray(ids, dtype="uint64")
    key = ids[:, 0].copy()
    for k in range(1, ids.shape[1]):
        key *= _MIX
        key ^= ids[:, k]
    _, first, where = numpy.unique(key, return_index=True, return_inverse=True)
    distinct = ids[first]
    if not numpy.array_equal(distinct[where], ids):
        distinct, where = numpy.unique(ids, axis=0, return_inverse=True)
    return distinct, where.reshape(-1)
