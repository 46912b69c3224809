"""Rewrites of a loaded NER model for prediction only: the same outputs, bit for bit, in fewer steps.

thinc's `maxout` runs an argmax loop over each output's pieces and keeps the argmax for a backward pass
prediction never takes; here the max over the pieces is an elementwise numpy maximum of the product's
columns, piece by piece. The product itself is thinc's call unchanged (a reordered weight matrix would
let BLAS round some outputs differently). The rewritten layers have no backward pass: never train them.
"""

from __future__ import annotations

import numpy
from thinc.api import Model


def piece_major(n_out: int, pieces: int) -> numpy.ndarray:
    """Column order that turns thinc's Maxout layout (output-major: o·pieces + p) into piece-major
    (p·n_out + o)."""
    return numpy.arange(n_out * pieces).reshape(n_out, pieces).T.reshape(-1)


def max_of_pieces(values: numpy.ndarray, n_out: int, pieces: int) -> numpy.ndarray:
    """The max over the pieces of piece-major pre-activations (tokens × pieces·n_out): the value thinc's
    `maxout` picks, whichever piece holds it."""
    best = values[:, :n_out].copy()
    for p in range(1, pieces):
        numpy.maximum(best, values[:, p * n_out:(p + 1) * n_out], out=best)
    return best


def fast_maxouts(model: Model) -> int:
    """Replace every thinc `maxout` layer inside `model` by its prediction-only form;
    returns how many were replaced."""
    replaced = 0
    for node in list(model.walk()):
        for i, layer in enumerate(node.layers):
            if layer.name == "maxout":
                node.layers[i] = _prediction_maxout(layer)
                replaced += 1
    return replaced


def _prediction_maxout(maxout: Model) -> Model:
    n_out, pieces, n_in = maxout.get_dim("nO"), maxout.get_dim("nP"), maxout.get_dim("nI")
    weights = maxout.get_param("W").reshape(n_out * pieces, n_in)
    bias = maxout.get_param("b").reshape(n_out * pieces)

    def forward(model: Model, X, is_train: bool):
        if is_train:
            raise NotImplementedError("the prediction-only maxout has no backward pass")
        values = numpy.dot(X, weights.T)  # thinc's product, as thinc computes it
        values += bias
        best = values[:, 0::pieces].copy()
        for p in range(1, pieces):
            numpy.maximum(best, values[:, p::pieces], out=best)
        return best, lambda d: d

    return Model("strided_maxout", forward, ops=maxout.ops, dims={"nO": n_out, "nI": n_in, "nP": pieces})
