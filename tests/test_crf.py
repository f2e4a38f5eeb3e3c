"""The compiled CRF decoder gives CRFsuite's answers: same attributes, same labels, same marginals
(to 1e-4: CRFsuite lists its weights rounded to six decimals)."""

from pathlib import Path

import numpy as np
import pycrfsuite
import pytest

from kg import crf
from kg.layout import paragraphs
from kg.ner import MODEL, _featurizer, features
from kg.segment import tokenize

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TRICKY = [
    "工业和信息化部副部长王志军表示，今年新增5G基站60万个。",
    "^^记者：$$ 请问辛国斌副部长，𠮷野家（Yoshinoya）在华投资情况如何？",
    "美国国务卿布林肯、欧盟委员会主席冯德莱恩与巴西总统卢拉出席会议",
    "１２３ＡＢＣ 国家发展和改革委员会 主任 郑栅洁 说",
    "王",
]


def _paragraphs() -> list[str]:
    texts = list(TRICKY)
    for path in sorted(SEEDS.glob("*")):
        text = path.read_text(encoding="utf-8")
        texts += [text[s:e] for s, e in paragraphs(text) if text[s:e].strip()][:25]
    return texts


@pytest.fixture(scope="module")
def crfsuite_tagger():
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    return tagger


def test_integer_rows_are_the_training_attributes():
    featurizer = _featurizer()
    model = featurizer.model
    for text in _paragraphs():
        tokens = tokenize(text)
        rows = featurizer.rows([(text, tokens)])
        for i, attributes in enumerate(features(text, tokens)):
            expected = sorted(model.attributes[a] for a in attributes if a in model.attributes)
            got = sorted(r for r in rows[i].tolist() if r != model.missing)
            assert got == expected, (text, i, attributes)


def test_decoding_matches_crfsuite(crfsuite_tagger):
    featurizer = _featurizer()
    model = featurizer.model
    texts = _paragraphs()
    tokenized = [(text, tokenize(text)) for text in texts]
    bounds = np.cumsum([0] + [len(text) for text in texts])
    best, marginals = crf.decode(model, featurizer.rows(tokenized), bounds)
    for (text, tokens), a, b in zip(tokenized, bounds[:-1], bounds[1:]):
        tags = crfsuite_tagger.tag(features(text, tokens))
        assert [model.labels[k] for k in best[a:b]] == tags, text
        for i in range(len(text)):
            for k, label in enumerate(model.labels):
                assert marginals[a + i, k] == pytest.approx(crfsuite_tagger.marginal(label, i), abs=1e-4)
