#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Candidate reporting verbs from WordNet, with the complement frames each takes.

usage: wordnet-reporting-verbs.py [WORDNET_DIR] > reporting-verbs.candidates.txt

WORDNET_DIR is a WordNet 3.0 database (Debian's `wordnet-base`: /usr/share/wordnet; inside the build
root: ./dev exec python3 resources/lexicons/wordnet-reporting-verbs.py). Reads data.verb, index.verb,
verb.exc and cntlist.rev directly (no other dependency) and prints, for every verb with a sense in the
lexicographer files of communication, cognition or emotion that takes a clause or an object, one line
in the format of reporting-verbs.txt:

    forms | frames | class    # senses, tagged uses, first gloss

forms are the base and its inflections (irregular ones from verb.exc, the rest by rule); frames are
read from WordNet's generic sentence frames: 26 "Somebody ----s that CLAUSE" → that, 8/9/11/14 →
object, 28/32 → inf, 29 → wh, 13 → on, 18 → of, 27 → to; class is speech for verb.communication,
belief for verb.cognition, stance for verb.emotion. Verbs are listed by how often SemCor tags them
(cntlist.rev), most frequent first, and a verb tagged fewer than MIN_TAGS times is left out.

The output is a list of candidates to review, not a lexicon: a person reads it, keeps what reports
speech or thought in news, fixes the frames (WordNet's frames are coarse: "quote" and "bare", the
clause without "that", are never in it) and copies the lines into reporting-verbs.txt.
"""
import collections
import os
import sys

MIN_TAGS = 3
LEXFILES = {31: 'belief', 32: 'speech', 37: 'stance'}  # verb.cognition, verb.communication, verb.emotion
FRAMES = {26: 'that', 34: 'that', 8: 'object', 9: 'object', 11: 'object', 14: 'object', 28: 'inf', 32: 'inf',
          24: 'inf', 29: 'wh', 13: '+on', 18: '+of', 27: '+to'}
WANTED = {'that', 'inf', 'wh'}  # a verb needs one of these (a clause) to report anything
DOUBLING = {'admit', 'commit', 'submit', 'regret', 'refer', 'prefer', 'confer', 'deter', 'compel', 'rebut',
            'omit', 'permit', 'transmit', 'concur', 'infer', 'aver', 'abhor', 'abet', 'allot', 'repel',
            'propel', 'impel', 'expel', 'dispel', 'excel', 'patrol', 'control', 'forbid', 'beget', 'emit',
            'remit', 'acquit', 'equip', 'occur', 'incur', 'recur'}

NOTICE = """# This list is derived from WordNet 3.0. WordNet 3.0 Copyright 2006 by Princeton University. All rights
# reserved. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON
# UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR
# PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY
# THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or
# Princeton may not be used in advertising or publicity pertaining to distribution of the software
# and/or database. Title to copyright in this software, database and any associated documentation
# shall at all times remain with Princeton University and LICENSEE agrees to preserve same."""


def inflect(base, exceptions):
    """base, -s, past forms, -ing."""
    def third(b):
        if b.endswith(('s', 'x', 'z', 'ch', 'sh', 'o')):
            return b + 'es'
        if b.endswith('y') and b[-2:-1] not in 'aeiou':
            return b[:-1] + 'ies'
        return b + 's'

    def stem_for_suffix(b):
        if b in DOUBLING or (len(b) <= 4 and len(b) >= 3 and b[-1] not in 'aeiouwxy'
                             and b[-2] in 'aeiou' and b[-3] not in 'aeiou'):
            return b + b[-1]
        return b

    def past(b):
        if b.endswith('e'):
            return b + 'd'
        if b.endswith('y') and b[-2:-1] not in 'aeiou':
            return b[:-1] + 'ied'
        return stem_for_suffix(b) + 'ed'

    def ing(b):
        if b.endswith('ie'):
            return b[:-2] + 'ying'
        if b.endswith('e') and not b.endswith(('ee', 'ye', 'oe')):
            return b[:-1] + 'ing'
        return stem_for_suffix(b) + 'ing'

    forms = [base, third(base)]
    irregular = exceptions.get(base, [])
    # "shown" alone is a participle beside a regular past ("showed").
    if not irregular or all(f.endswith('n') for f in irregular):
        forms.append(past(base))
    forms += irregular
    forms.append(ing(base))
    out = []
    for f in forms:
        if f not in out:
            out.append(f)
    return out


def main(root):
    exceptions = collections.defaultdict(list)
    for line in open(os.path.join(root, 'verb.exc'), encoding='utf-8'):
        parts = line.split()
        if len(parts) >= 2 and not parts[0].endswith('ing') and not (parts[0].endswith('s') and parts[0] != 'was'):
            for base in parts[1:]:
                exceptions[base].append(parts[0])

    tags = collections.Counter()  # lemma -> SemCor tag count over the senses of interest
    sense_tags = {}
    for line in open(os.path.join(root, 'cntlist.rev'), encoding='utf-8'):
        key, _num, count = line.split()
        sense_tags[key] = int(count)

    verbs = collections.defaultdict(lambda: {'frames': set(), 'classes': collections.Counter(), 'gloss': '',
                                             'senses': 0, 'best': -1})
    for line in open(os.path.join(root, 'data.verb'), encoding='utf-8'):
        if line.startswith(' '):
            continue
        data, _, gloss = line.partition('|')
        f = data.split()
        lexfile = int(f[1])
        if lexfile not in LEXFILES:
            continue
        w_cnt = int(f[3], 16)
        words = [(f[4 + 2 * i].lower(), int(f[5 + 2 * i], 16)) for i in range(w_cnt)]
        i = 4 + 2 * w_cnt
        p_cnt = int(f[i])
        i += 1 + 4 * p_cnt
        frames = collections.defaultdict(set)  # word number (0: all) -> frames
        if i < len(f):
            f_cnt = int(f[i])
            i += 1
            for _ in range(f_cnt):
                _plus, f_num, w_num = f[i], int(f[i + 1]), int(f[i + 2], 16)
                i += 3
                if f_num in FRAMES:
                    frames[w_num].add(FRAMES[f_num])
        for n, (word, lex_id) in enumerate(words, start=1):
            if '_' in word:
                continue  # phrasal verbs are written by hand with their particle
            fr = frames[0] | frames[n]
            v = verbs[word]
            v['frames'] |= fr
            v['senses'] += 1
            v['classes'][LEXFILES[lexfile]] += 1
            key = f'{word}%2:{lexfile:02d}:{lex_id:02d}::'
            count = sense_tags.get(key, 0)
            tags[word] += count
            if not v['gloss'] or count > v['best']:
                v['gloss'] = gloss.strip().split(';')[0][:70]
                v['best'] = count

    rows = [(tags[w], w, v) for w, v in verbs.items() if v['frames'] & WANTED and tags[w] >= MIN_TAGS]
    rows.sort(key=lambda r: (-r[0], r[1]))
    print('# Candidate reporting verbs generated from WordNet 3.0 by wordnet-reporting-verbs.py: NOT read by')
    print('# Parlance. Regenerate with `./dev exec python3 resources/lexicons/wordnet-reporting-verbs.py`;')
    print('# review, then copy lines into reporting-verbs.txt (its header explains the format).')
    print('#')
    print(NOTICE)
    print('#')
    print('# forms | frames | class    # WordNet senses in these files, SemCor tags, first gloss')
    order = ['that', 'inf', 'wh', 'object', '+of', '+on', '+to']
    for count, word, v in rows:
        frames = ' '.join(x for x in order if x in v['frames'])
        cls = v['classes'].most_common(1)[0][0]
        forms = ' '.join(inflect(word, exceptions))
        print(f"{forms} | {frames} | {cls}    # {v['senses']} senses, {count} tags: {v['gloss']}")


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else '/usr/share/wordnet')
