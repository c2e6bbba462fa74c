"""Near-duplicate benchmark: planted rewrites among N documents built from real articles.

    python benchmarks/dedup.py --data ../shared/data --n 100000

Documents are collages of 8–14 random sentences (6–60 words each) from the real articles found under
``<data>/<dataset>/*.jsonl`` (fields ``text``, ``legit_text``, ``fake_text``). A share of them
(``--planted``) get a rewrite: sentence shuffle, synonym swaps, and (each with probability ½) an added
paragraph of foreign sentences and re-transliterated names. Reports recall and precision of the planted
pairs and the wall time of signing + banding + confirmation; writes benchmarks/results/dedup.json.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cablegram.provenance.dedup import DedupParams, near_duplicate_pairs  # noqa: E402
from cablegram.provenance.sentences import split_sentences  # noqa: E402

TEXT_FIELDS = ("text", "legit_text", "fake_text")
# A small synonym table of common news words (our own list), applied both ways.
SYNONYMS = {
    "said": "stated", "told": "informed", "killed": "slain", "attack": "assault", "police": "officers",
    "government": "administration", "president": "leader", "minister": "secretary", "people": "persons",
    "city": "town", "country": "nation", "large": "big", "big": "large", "help": "aid", "aid": "assistance",
    "army": "military", "troops": "soldiers", "soldiers": "troops", "talks": "negotiations", "meeting": "session",
    "began": "started", "started": "began", "week": "seven days", "agreed": "consented", "announced": "declared",
    "arrested": "detained", "detained": "held", "injured": "wounded", "wounded": "hurt", "fire": "blaze",
    "official": "functionary", "officials": "authorities", "area": "district", "crowd": "mob", "many": "numerous",
    "several": "a number of", "important": "significant", "support": "backing", "plan": "scheme", "law": "statute",
    "election": "vote", "campaign": "drive", "party": "faction", "fight": "battle", "violence": "unrest",
    "however": "but", "also": "additionally", "about": "roughly", "near": "close to", "after": "following",
    "before": "prior to", "because": "since", "show": "demonstrate", "showed": "demonstrated", "say": "state",
}
_TRANSLIT = ((r"y\b", "i"), (r"kh", "h"), (r"ov\b", "ow"), (r"ei", "ey"), (r"j", "y"))


def load_sentences(data: Path) -> list[str]:
    pool: list[str] = []
    for path in sorted(data.glob("*/*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                for f in TEXT_FIELDS:
                    if isinstance(rec.get(f), str) and len(rec[f]) > 200:
                        pool.extend(s.text for s in split_sentences(rec[f]) if 6 <= len(s.text.split()) <= 60)
    return list(dict.fromkeys(pool))  # the corpora repeat some sentences; keep each once


def swap_synonyms(sentence: str, rng: random.Random, rate: float) -> str:
    words = sentence.split(" ")
    for i, w in enumerate(words):
        low = w.lower()
        if low in SYNONYMS and rng.random() < rate:
            words[i] = SYNONYMS[low]
    return " ".join(words)


def retransliterate(sentence: str) -> str:
    def fix(m: re.Match) -> str:
        word = m.group(0)
        for pat, rep in _TRANSLIT:
            word = re.sub(pat, rep, word)
        return word
    return re.sub(r"\b[A-Z][a-z]{3,}\b", fix, sentence)


def rewrite(sents: list[str], pool: list[str], rng: random.Random) -> tuple[list[str], list[str]]:
    out = list(sents)
    rng.shuffle(out)
    out = [swap_synonyms(s, rng, 0.7) for s in out]
    kinds = ["shuffle", "synonyms"]
    if rng.random() < 0.5:
        at = rng.randrange(len(out) + 1)
        out[at:at] = [rng.choice(pool) for _ in range(rng.randint(2, 4))]
        kinds.append("paragraph")
    if rng.random() < 0.5:
        out = [retransliterate(s) for s in out]
        kinds.append("transliteration")
    return out, kinds


def build(pool: list[str], n: int, planted_share: float, seed: int) -> tuple[list[str], set[tuple[int, int]]]:
    rng = random.Random(seed)
    n_planted = int(n * planted_share)
    bases = [[rng.choice(pool) for _ in range(rng.randint(8, 14))] for _ in range(n - n_planted)]
    texts = [" ".join(b) for b in bases]
    planted = set()
    for base_i in rng.sample(range(len(bases)), n_planted):
        sents, _ = rewrite(bases[base_i], pool, rng)
        planted.add((base_i, len(texts)))
        texts.append(" ".join(sents))
    return texts, planted


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--planted", type=float, default=0.2, help="share of documents that are planted rewrites")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "dedup.json")
    args = ap.parse_args()
    if not args.data.is_dir():
        sys.exit(f"error: data folder {args.data} not found (pass --data DIR with <dataset>/*.jsonl)")
    t0 = time.perf_counter()
    pool = load_sentences(args.data)
    if len(pool) < 100:
        sys.exit(f"error: only {len(pool)} usable sentences under {args.data}")
    texts, planted = build(pool, args.n, args.planted, args.seed)
    t_build = time.perf_counter() - t0
    params = DedupParams()
    t1 = time.perf_counter()
    found = near_duplicate_pairs(texts, params)
    t_dedup = time.perf_counter() - t1
    got = {(i, j) for i, j, _ in found}
    tp = len(got & planted)
    recall = tp / len(planted) if planted else 0.0
    precision = tp / len(got) if got else 0.0
    result = {"documents": len(texts), "sentence_pool": len(pool), "planted_pairs": len(planted), "found_pairs": len(got),
              "true_positives": tp, "recall": round(recall, 4), "precision": round(precision, 4),
              "build_seconds": round(t_build, 2), "dedup_seconds": round(t_dedup, 2),
              "docs_per_second": round(len(texts) / t_dedup, 1), "params": params.__dict__}
    for k, v in result.items():
        print(f"{k:>16}: {v}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
