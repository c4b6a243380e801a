#!/usr/bin/env python3
"""Plants errors at random into copies of the corpus pages (one seed = one set), for a recall
estimate on errors not chosen by hand. Usage: python3 bench/blind/plant.py SEED [CORPUS] [OUT]
Then: python3 bench/blind/score.py [CORPUS] [OUT]. Needs target/copydesk.jar."""
import random, re, sys
import planting
from planting import start, ents, offset, apply, finish
corpus, out = start('target/blind/pages')
truth = []
def mutate(word):
    return planting.mutate(word, ['swap', 'delete', 'vowel'])
for page in sorted(corpus.glob('*.html')):
    text = page.read_text(encoding='utf-8')
    e = ents(page)
    edits = []  # (offset, old, new, rule, expected_text)
    # 1. misspell one later body surname mention of a person with >= 3 body mentions
    people = [p for p in e['people'] if sum(1 for m in p['mentions'] if m['block']=='body') >= 3]
    if people:
        p = random.choice(people)
        body = [m for m in p['mentions'] if m['block']=='body'][1:]
        m = random.choice(body)
        sur = m['text'].split()[-1].split('-')[-1]
        if len(sur) >= 5:
            new = mutate(sur)
            if new:
                o = offset(text, m['line'], m['column']) + m['text'].rfind(sur)
                if text[o:o+len(sur)] == sur:
                    edits.append((o, sur, new, 'name-variant', new))
    # 2. remove the attribution from one attributed full quote ("…," he said.)
    m = [x for x in re.finditer(r'([.,!?])(["\u201d]|&rdquo;)\s*,?\s*(he|she|they) said\.', text)
         if text.rfind('<p', 0, x.start()) > text.rfind('</p>', 0, x.start()) and '<script' not in text[text.rfind('<p', 0, x.start()):x.start()]]
    if m:
        x = random.choice(m)
        edits.append((x.start(), x.group(0), '.' + x.group(2), 'orphan-quote', None))
    # 3. an unsourced allegation: "was" -> "was allegedly" in a body sentence without a source word
    ps = [x for x in re.finditer(r'<p[^>]*>([^<]{80,400})</p>', text) if ' was ' in x.group(1) and not re.search(r'police|court|said|says|told|insisted|according|report|prosecut|official|["\u201c\u201d]|&[lr]dquo;', x.group(1), re.I)]
    if ps:
        x = random.choice(ps)
        o = x.start(1) + x.group(1).index(' was ')
        edits.append((o, ' was ', ' was allegedly ', 'unsourced-allegation', 'allegedly'))
    # 4. title conflict: a different office before a later surname-only body mention of a titled person
    OFFICES = ['Senator', 'Governor', 'Prime Minister', 'Judge', 'General', 'Mayor', 'Ambassador']
    titled = [p for p in e['people'] if any(m['title'] and m['block']=='body' for m in p['mentions'])]
    random.shuffle(titled)
    for p in titled:
        first_title = next(m['title'] for m in p['mentions'] if m['title'] and m['block']=='body')
        later = [m for m in p['mentions'][1:] if m['block']=='body' and m['form']=='surname' and not m['title']]
        if not later:
            continue
        m = random.choice(later)
        office = random.choice([o for o in OFFICES if o.lower() not in first_title.lower()])
        o = offset(text, m['line'], m['column'])
        if text[o:o+len(m['text'])] == m['text'] and not any(abs(o - x[0]) < 40 for x in edits):
            edits.append((o, m['text'], office + ' ' + m['text'], 'title-conflict', office))
        break
    # 5. first reference: the first body mention loses its given name when a full mention comes later
    for p in e['people']:
        body = [m for m in p['mentions'] if m['block']=='body']
        if len(body) >= 2 and body[0]['form']=='full' and any(m['form']=='full' for m in body[1:]):
            m = body[0]
            sur = m['text'].split()[-1]
            o = offset(text, m['line'], m['column'])
            if text[o:o+len(m['text'])] == m['text'] and not any(abs(o - x[0]) < 40 for x in edits):
                edits.append((o, m['text'], sur, 'first-reference', sur))
            break
    apply(page, text, edits, truth, out)
finish(truth, out)
