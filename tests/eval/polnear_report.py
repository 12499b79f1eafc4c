#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""The analysis scored on a PolNeAR split: `./dev eval-polnear DATA_DIR [dev|train]` calls this.

usage: polnear_report.py DATA_DIR SPLIT ANALYZE.jsonl LEXICON_DIR

ANALYZE.jsonl is `parlance analyze --format json` over DATA_DIR/SPLIT/text/*.txt. Prints
1. the reference scorer's table (polnear_score.py, a verbatim copy of shared/eval's): content P/R/F1 at
   several overlaps, speaker accuracy on matched attributions, end-to-end F1;
2. the speech-only figures: gold attributions whose cue is a verb of speech (the `speech` class of
   LEXICON_DIR/reporting-verbs.txt, "according to", a colon) against the predictions that are not
   stances, beliefs or evidence, and the share of speech in the gold;
3. calibration: for each confidence band, how many predictions fall into it and their precision
   (content matched at overlap >= 0.5; and content and speaker both right).

Nothing of PolNeAR is written anywhere: the figures are printed only.
"""
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import polnear_score as ref  # noqa: E402

BANDS = [(0.0, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.01)]
NON_SPEECH_KINDS = {'stance'}


def speech_verbs(lexicon_dir):
    """Every form of the verbs whose class is speech, lower case."""
    forms = set()
    path = os.path.join(lexicon_dir, 'reporting-verbs.txt')
    for line in open(path, encoding='utf-8'):
        line = line.split('#', 1)[0].strip()
        if not line or line.startswith('phrase:') or '|' not in line:
            continue
        parts = [p.strip() for p in line.split('|')]
        if len(parts) >= 3 and parts[2].split()[0] == 'speech':
            forms.update(parts[0].lower().split())
    return forms


def is_speech_cue(cue, forms):
    words = re.findall(r"[a-z]+", cue.lower())
    if not words or cue.strip().startswith(':') or cue.strip() in ('—', '-', '–'):
        return True
    if 'according' in words:
        return True
    return any(w in forms for w in words)


def load_predictions(path):
    pred = collections.defaultdict(list)
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if not line:
            continue
        o = json.loads(line)
        doc = os.path.basename(o['file']).rsplit('.', 1)[0]
        for q in o.get('quotes', []):
            pred[doc].append({'content': q.get('content', []), 'cue': q.get('cue', []),
                              'source': q.get('source', []), 'kind': q.get('kind', ''),
                              'confidence': q.get('confidence', 1.0)})
    return pred


def match(text, G, P, threshold=0.5):
    """The reference scorer's greedy one-to-one matching; returns {pred index: (gold index, speaker ok)}."""
    gc = [ref.chars(g['content'], text) for g in G]
    pc = [ref.chars(p['content'], text) for p in P]
    cands = sorted(((len(gc[i] & pc[j]) / max(1, len(gc[i])), i, j)
                    for i in range(len(G)) for j in range(len(P)) if gc[i] & pc[j]), reverse=True)
    gused, pused, out = set(), set(), {}
    for sc, i, j in cands:
        if sc < threshold or i in gused or j in pused:
            continue
        gused.add(i)
        pused.add(j)
        gsrc = ref.chars(G[i]['source'], text)
        psrc = ref.chars(P[j].get('source', []), text)
        out[j] = (i, bool(gsrc & psrc) if gsrc else not psrc)
    return out


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(root, split, analyzed, lexicon_dir):
    pred = load_predictions(analyzed)
    converted = analyzed + '.polnear'
    with open(converted, 'w', encoding='utf-8') as f:
        for doc, quotes in pred.items():
            f.write(json.dumps({'doc': doc, 'quotes': quotes}) + '\n')
    print('== reference scorer (polnear_score.py)')
    sys.stdout.flush()
    ref.main(root, split, converted)
    os.remove(converted)

    gold = ref.load_gold(root, split)
    forms = speech_verbs(lexicon_dir)
    band_n, band_tp, band_ok = collections.Counter(), collections.Counter(), collections.Counter()
    kind_n, kind_tp, kind_ok = collections.Counter(), collections.Counter(), collections.Counter()
    sp = collections.Counter()
    for doc, (text, G) in gold.items():
        P = pred.get(doc, [])
        matched = match(text, G, P)
        for j, p in enumerate(P):
            b = next(k for k, (lo, hi) in enumerate(BANDS) if lo <= p['confidence'] < hi)
            band_n[b] += 1
            kind_n[p['kind']] += 1
            if j in matched:
                band_tp[b] += 1
                kind_tp[p['kind']] += 1
                if matched[j][1]:
                    band_ok[b] += 1
                    kind_ok[p['kind']] += 1
        # speech only: gold with a speech cue, predictions of speech kinds
        speech = [i for i, g in enumerate(G) if is_speech_cue(' '.join(text[a:b] for a, b in g['cue']), forms)]
        Gs = [G[i] for i in speech]
        Ps = [p for p in P if p['kind'] not in NON_SPEECH_KINDS]
        ms = match(text, Gs, Ps)
        sp['gold'] += len(G)
        sp['gold_speech'] += len(Gs)
        sp['pred_speech'] += len(Ps)
        sp['tp'] += len(ms)
        sp['ok'] += sum(1 for _, ok in ms.values() if ok)

    print('\n== speech only (cues of speech; predictions other than stances)')
    print(f"speech share of the gold            {100 * sp['gold_speech'] / max(1, sp['gold']):5.1f} %"
          f"  ({sp['gold_speech']} of {sp['gold']})")
    p, r, f = prf(sp['tp'], sp['pred_speech'], sp['gold_speech'])
    print(f'speech overlap>=0.5                  {100 * p:5.1f} {100 * r:5.1f} {100 * f:5.1f}')
    print(f"speech speaker accuracy              {100 * sp['ok'] / max(1, sp['tp']):5.1f}")
    p, r, f = prf(sp['ok'], sp['pred_speech'], sp['gold_speech'])
    print(f'speech end2end>=0.5                  {100 * p:5.1f} {100 * r:5.1f} {100 * f:5.1f}')

    print('\n== calibration: precision by confidence band (overlap >= 0.5)')
    print('band          predictions  content P  end-to-end P')
    for b, (lo, hi) in enumerate(BANDS):
        n = band_n[b]
        print(f'[{lo:.2f}, {min(hi, 1.0):.2f}{")" if hi <= 1 else "]"}  {n:11d}  {100 * band_tp[b] / max(1, n):9.1f}'
              f'  {100 * band_ok[b] / max(1, n):12.1f}')
    print('\n== by kind')
    print('kind          predictions  content P  end-to-end P')
    for k in sorted(kind_n):
        n = kind_n[k]
        print(f'{k:12s}  {n:11d}  {100 * kind_tp[k] / max(1, n):9.1f}  {100 * kind_ok[k] / max(1, n):12.1f}')


if __name__ == '__main__':
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:5])
