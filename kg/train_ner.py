"""Train the CRF of `kg/ner.py` on CLUENER2020-style JSON Lines.

    python -m kg.train_ner --data ../shared/ner/cluener-train.json --skip 2000

`--skip N` leaves the first N sentences out of training, so that scoring on them
(`../shared/eval/ner_score.py --limit N`) measures sentences the model has not seen.
The data stays where it is; only the weights are written (to kg/models/ner.crfsuite).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kg.ner import MODEL, features
from kg.segment import tokenize

C1, C2 = 0.02, 0.05  # L1 keeps the model small; both chosen on sentences 2000+ (see README)
CLUENER = {"name": "PER", "government": "GOV", "position": "ROLE", "organization": "ORG", "company": "COM"}


def bio(record: dict) -> list[str]:
    tags = ["O"] * len(record["text"])
    for label, found in record.get("label", {}).items():
        kind = CLUENER.get(label)
        if kind is None:
            continue
        for spans in found.values():
            for start, end in spans:
                tags[start] = "B-" + kind
                for i in range(start + 1, end + 1):
                    tags[i] = "I-" + kind
    return tags


def train(data: Path, skip: int, out: Path, iterations: int) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    with open(data, encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number < skip or not line.strip():
                continue
            record = json.loads(line)
            text = record["text"]
            trainer.append(features(text, tokenize(text)), bio(record))
    trainer.set_params({"c1": C1, "c2": C2, "max_iterations": iterations, "feature.possible_transitions": True,
                        "feature.minfreq": 2})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--skip", type=int, default=2000)
    parser.add_argument("--iterations", type=int, default=300)
    parser.add_argument("--out", type=Path, default=MODEL)
    args = parser.parse_args()
    train(args.data, args.skip, args.out, args.iterations)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
