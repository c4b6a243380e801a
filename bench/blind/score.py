#!/usr/bin/env python3
"""Scores copydesk on the pages bench/blind/plant.py wrote: found / planted per rule, and any
new warning on a planted page that no plant explains (EXTRA). COPYDESK_JAR names the jar to score
(default target/copydesk.jar), so that a build can go on while a score runs."""
import json, os, subprocess, collections, sys
JAR = os.environ.get('COPYDESK_JAR', 'target/copydesk.jar')
def run(path):
    r = subprocess.run(['java','-jar',JAR,'check','--format','json','--fail-on','never',path], capture_output=True, text=True)
    return {f['path'].split('/')[-1]: [x for x in f['findings'] if x['severity'] in ('warning','error')] for f in json.loads(r.stdout)['files']}
planted = run(sys.argv[2] if len(sys.argv) > 2 else 'target/blind/pages'); clean = run(sys.argv[1] if len(sys.argv) > 1 else '../shared/corpus/news')
truth = [l.rstrip('\n').split('\t') for l in open((sys.argv[2] if len(sys.argv) > 2 else 'target/blind/pages') + '/../truth.tsv')]
stats = collections.defaultdict(lambda: [0,0])
for page, rule, exp in truth:
    got = planted.get(page, [])
    if rule == 'orphan-quote':
        hit = sum(1 for x in got if x['rule']=='orphan-quote') > sum(1 for x in clean.get(page, []) if x['rule']=='orphan-quote')
    else:
        # a finding marks the planted words, or more (a title with its name, a hedge with its claim)
        hit = any(x['rule']==rule and exp in x['text'] for x in got)
    stats[rule][0 if hit else 1] += 1
    if not hit: print('MISS', page, rule, exp)
# new false positives: findings in planted pages not in clean and not matching truth
for page, got in planted.items():
    base = collections.Counter((x['rule'], x['text']) for x in clean.get(page, []))
    exp = [(r, e) for p, r, e in truth if p == page]
    for x in got:
        key = (x['rule'], x['text'])
        if base[key] > 0: base[key] -= 1; continue
        if any(r == x['rule'] and (e == 'None' or e in x['text']) for r, e in exp): continue
        print('EXTRA', page, x['rule'], x['text'][:60], '|', x['message'][:100])
for r, (h, m) in stats.items(): print(f'{r}: {h}/{h+m} found')
