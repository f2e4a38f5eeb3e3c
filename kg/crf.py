"""Linear-chain CRF inference without CRFsuite's per-call cost: weights as a matrix, decoding compiled.

CRFsuite is how the model is trained (`kg.train_ner`), but tagging through it means building a
Python string per feature and character and copying them into C++: at news scale that was half
of the whole build. Here the trained weights become one matrix (a row per attribute, a column per
label); a character's emission scores are the sum of the rows of its attributes, looked up as
integers; Viterbi and forward-backward run compiled (numba) over every paragraph of a document in
one call. The numbers are CRFsuite's own: same best path, same marginals (up to float rounding;
tests compare both on real sentences).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import numba
import numpy as np

__all__ = ["ChainModel", "load", "decode"]


@dataclass(frozen=True)
class ChainModel:
    """A trained linear-chain CRF as arrays.

    `weights[a, y]` is the weight of attribute `a` for label `y`; its last row is all zeros and is
    where an attribute the model never kept points (`missing`)."""

    labels: tuple[str, ...]
    attributes: dict[str, int]
    weights: np.ndarray
    transitions: np.ndarray
    missing: int

    def row(self, attribute: str) -> int:
        return self.attributes.get(attribute, self.missing)

    def label_index(self, label: str) -> int:
        return self.labels.index(label)


@functools.cache
def load(path: Path) -> ChainModel | None:
    """The CRFsuite model at `path` as a ChainModel (None when there is no model file)."""
    import pycrfsuite

    if not path.exists():
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    info = tagger.info()
    labels = tuple(tagger.labels())
    label_at = {label: k for k, label in enumerate(labels)}
    attributes = {name: int(number) for name, number in info.attributes.items()}
    weights = np.zeros((len(attributes) + 1, len(labels)))
    for (attribute, label), weight in info.state_features.items():
        weights[attributes[attribute], label_at[label]] = weight
    transitions = np.zeros((len(labels), len(labels)))
    for (before, after), weight in info.transitions.items():
        transitions[label_at[before], label_at[after]] = weight
    tagger.close()
    return ChainModel(labels, attributes, weights, transitions, len(attributes))


def decode(model: ChainModel, rows: np.ndarray, bounds: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Best labels and marginal probabilities for sequences of characters.

    Args:
        rows: (characters, templates) attribute rows of every character of every sequence.
        bounds: where each sequence starts in `rows`, then the end of the last one.

    Returns:
        (labels, marginals): label indices (characters,) and probabilities (characters, labels).
    """
    return _decode(model.weights, rows, model.transitions, bounds.astype(np.int64))


def _compiled(function):
    """The function compiled, and cached on disk when numba finds somewhere to write (next to the
    code, else the user's cache folder); compiled afresh in each process when it finds nowhere."""
    try:
        return numba.njit(cache=True)(function)
    except RuntimeError:  # "no locator available": a read-only install and no writable home
        return numba.njit(function)


@_compiled
def _decode(weights, rows, transitions, bounds):  # pragma: no cover - compiled
    n_chars, n_labels = rows.shape[0], weights.shape[1]
    emissions = np.zeros((n_chars, n_labels))
    for i in range(n_chars):
        for f in range(rows.shape[1]):
            r = rows[i, f]
            for j in range(n_labels):
                emissions[i, j] += weights[r, j]
    best = np.zeros(n_chars, np.int64)
    marginals = np.zeros((n_chars, n_labels))
    exp_transitions = np.exp(transitions)
    for s in range(len(bounds) - 1):
        a, b = bounds[s], bounds[s + 1]
        n = b - a
        if n <= 0:
            continue
        # Viterbi; ties go to the lower label, as in CRFsuite
        score = np.empty((n, n_labels))
        back = np.zeros((n, n_labels), np.int64)
        score[0] = emissions[a]
        for i in range(1, n):
            for j in range(n_labels):
                top, arg = -np.inf, 0
                for k in range(n_labels):
                    v = score[i - 1, k] + transitions[k, j]
                    if v > top:
                        top, arg = v, k
                score[i, j] = top + emissions[a + i, j]
                back[i, j] = arg
        last, top = 0, -np.inf
        for j in range(n_labels):
            if score[n - 1, j] > top:
                top, last = score[n - 1, j], j
        for i in range(n - 1, -1, -1):
            best[a + i] = last
            last = back[i, last]
        # forward-backward, scaled per position
        state = np.empty((n, n_labels))
        for i in range(n):
            peak = emissions[a + i].max()
            for j in range(n_labels):
                state[i, j] = np.exp(emissions[a + i, j] - peak)
        alpha = np.empty((n, n_labels))
        beta = np.empty((n, n_labels))
        alpha[0] = state[0] / state[0].sum()
        for i in range(1, n):
            for j in range(n_labels):
                total = 0.0
                for k in range(n_labels):
                    total += alpha[i - 1, k] * exp_transitions[k, j]
                alpha[i, j] = total * state[i, j]
            alpha[i] /= alpha[i].sum()
        beta[n - 1] = 1.0
        for i in range(n - 2, -1, -1):
            for k in range(n_labels):
                total = 0.0
                for j in range(n_labels):
                    total += exp_transitions[k, j] * state[i + 1, j] * beta[i + 1, j]
                beta[i, k] = total
            beta[i] /= beta[i].sum()
        for i in range(n):
            p = alpha[i] * beta[i]
            marginals[a + i] = p / p.sum()
    return best, marginals
