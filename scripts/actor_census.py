"""(round 11, actors11) Gold actor census on the training sentences: of each gold actor slot, is its exact code produced
for some mention of the sentence (actor_for on noun/pronoun heads), only its country, or nothing.
Caches parsed docs + pre-event articles in /tmp/dateline_actor_census_cache (parse once; re-run actor coding fast).
Usage (from the worktree root): PYTHONPATH=src python scripts/actor_census.py [--sets c,r,w] [--out details.txt] [--rebuild]"""
import argparse, os, pickle, sys, time, collections
from pathlib import Path
os.environ["DATELINE_LEARNED_EVENTS"] = "off"
ap = argparse.ArgumentParser(); ap.add_argument("--sets", default="c,r,w"); ap.add_argument("--out", default="")
ap.add_argument("--rebuild", action="store_true"); ap.add_argument("--data", default="../shared/data")
a = ap.parse_args()
from dateline.events import learn_train as lt
from dateline.events.actors import ActorContext, actor_for
from dateline.events.learned import MENTION_POS
from dateline.events import coder
from dateline.api import load_pipeline
from dateline.model import Article
from spacy.tokens import DocBin
cache = Path("/tmp/dateline_actor_census_cache"); cache.mkdir(exist_ok=True)
pipe = load_pipeline()
recs = [r for r in lt._records(Path(a.data)) if r[0].startswith("train_") and r[0][6] in set(a.sets.split(","))]
groups = collections.OrderedDict()
for name, rec, make, key in recs:
    groups.setdefault(key, (make, []))[1].append((name, rec))
t0 = time.time()
tot = collections.Counter(); per = collections.defaultdict(collections.Counter); lines = []
pairs = collections.Counter()
for key, (make, items) in groups.items():
    f = cache / (__import__("hashlib").md5(repr(key).encode()).hexdigest() + ".pkl")
    if f.exists() and not a.rebuild:
        blob = pickle.loads(f.read_bytes())
        doc = list(DocBin().from_bytes(blob["doc"]).get_docs(pipe.nlp.vocab))[0]
        art = Article.from_dict(blob["art"])
    else:
        art = make(); doc = pipe.nlp(art.text)
        from dateline.pipeline import keep_text
        keep_text(doc, art.text)
        for nm, stage in pipe.stages:
            if nm == "events": break
            setattr(art, nm, stage(doc, art))
        db = DocBin(store_user_data=False); db.add(doc)
        f.write_bytes(pickle.dumps({"doc": db.to_bytes(), "art": art.to_dict()}))
    ctx = ActorContext.build(doc, art)
    for name, rec in items:
        span = doc.char_span(rec["start"], rec["end"], alignment_mode="expand")
        toks = list(span) if span is not None else []
        prod = {}
        for t in toks:
            if t.pos_ not in MENTION_POS or (t.dep_ in ("compound", "flat") and t.head.pos_ == "PROPN"):
                continue
            ac = actor_for(t, ctx)
            if ac is not None and ac.code:
                prod.setdefault(ac.code, t.text)
            try:
                for tt, ac in coder._resolve([t], ctx):
                    if ac is not None and ac.code:
                        prod.setdefault(ac.code, t.text)
            except Exception as ex:
                pass
        codes = set(prod)
        ctry = {c[:3] for c in codes}
        s = name[6]
        miss = []
        for e in rec["events"]:
            for g in (e["source_actor"], e["target_actor"]):
                if not g: continue
                k = "exact" if g in codes else ("country" if g[:3] in ctry else "none")
                tot[k] += 1; per[s][k] += 1
                if k != "exact": miss.append((g, k))
            if e["source_actor"] in codes and e["target_actor"] in codes: tot["pair"] += 1; per[s]["pair"] += 1
            tot["triples"] += 1; per[s]["triples"] += 1
        if miss:
            lines.append(f"{name} {rec['id']}\n    {art.text[rec['start']:rec['end']][:500]!r}\n    gold-miss: {miss}\n    produced: {sorted(prod.items())}\n")
def show(k, c):
    n = c["exact"] + c["country"] + c["none"]
    print(f"{k:4} slots={n} exact={c['exact']/n:.3f} country-only={c['country']/n:.3f} none={c['none']/n:.3f} pair={c['pair']/c['triples']:.3f}")
show("all", tot)
for s in sorted(per): show(s, per[s])
print(f"{time.time()-t0:.0f}s")
if a.out: Path(a.out).write_text("\n".join(lines))
