#!/usr/bin/env python3
"""A second random planter with other forms than plant.py, so that a check tuned to one
planter's forms shows: titles in apposition after a later surname ("Werner, the city's mayor,"),
misspellings inside a later full name, "reportedly" before a verb, a given name dropped from the
first of two full mentions, and "he said" removed from a quote that closes a paragraph.
Usage: python3 bench/blind/plant2.py SEED [CORPUS] [OUT]; score with bench/blind/score.py."""
import random, re, sys
import planting
from planting import start, ents, offset, apply, finish
corpus, out = start('target/blind-alt/pages')
truth = []
def mutate(word):
    return planting.mutate(word, ['swap', 'double', 'vowel'])
# Titles that conflict with anything but themselves, written as an apposition.
APPOSITIONS = [('the city\'s mayor', 'mayor'), ('the state\'s governor', 'governor'), ('a federal judge', 'judge'),
               ('the country\'s foreign minister', 'foreign minister'), ('a surgeon', 'surgeon'),
               ('the company\'s chief financial officer', 'chief financial officer'), ('a retired general', 'general')]
def safe(text, o, edits):
    return not any(abs(o - x[0]) < 60 for x in edits)
for page in sorted(corpus.glob('*.html')):
    text = page.read_text(encoding='utf-8')
    e = ents(page)
    edits = []
    people = [p for p in e['people'] if sum(1 for m in p['mentions'] if m['block']=='body') >= 2]
    # 1. a later full-name mention with its surname misspelt
    full_later = [(p, m) for p in people for m in [x for x in p['mentions'] if x['block']=='body'][1:] if m['form']=='full']
    if full_later:
        p, m = random.choice(full_later)
        sur = m['text'].split()[-1]
        new = mutate(sur) if len(sur) >= 5 else None
        o = offset(text, m['line'], m['column']) + m['text'].rfind(sur)
        if new and text[o:o+len(sur)] == sur and safe(text, o, edits):
            edits.append((o, sur, new, 'name-variant', new))
    # 2. a title in apposition after a later surname mention of a titled person, unlike the first title
    titled = [p for p in e['people'] if any(m['title'] and m['block']=='body' for m in p['mentions'])]
    random.shuffle(titled)
    for p in titled:
        first = next(m['title'] for m in p['mentions'] if m['title'] and m['block']=='body').lower()
        later = [m for m in p['mentions'][1:] if m['block']=='body' and m['form']=='surname' and not m['title']]
        if not later:
            continue
        m = random.choice(later)
        o = offset(text, m['line'], m['column'])
        end = o + len(m['text'])
        if text[o:end] != m['text'] or text[end:end+1] not in (' ',) or not safe(text, o, edits):
            continue
        choices = [a for a in APPOSITIONS if a[1].split()[-1] not in first]
        phrase, head = random.choice(choices)
        edits.append((end, '', ', ' + phrase + ',', 'title-conflict', phrase))
        break
    # 3. "reportedly" before the past-tense verb after a person's surname in a body sentence without a source
    cands = []
    for x in re.finditer(r'<p[^>]*>([^<]{60,500})</p>', text):
        body = x.group(1)
        if re.search(r'police|court|said|says|told|according|report|official|["\u201c\u201d]|&[lr]dquo;', body, re.I):
            continue
        for v in re.finditer(r'\b([A-Z][a-z]{3,}) (had|was|made|took|sent|gave|left|met|sold|paid|spent|hired|signed|won|lost)\b', body):
            cands.append((x.start(1) + v.start(2), v.group(2)))
    if cands:
        o, verb = random.choice(cands)
        if safe(text, o, edits):
            edits.append((o, verb, 'reportedly ' + verb, 'unsourced-allegation', 'reportedly'))
    # 4. first reference: the first of two full body mentions loses its given name
    for p in people:
        body = [m for m in p['mentions'] if m['block']=='body']
        if body[0]['form']=='full' and any(m['form']=='full' for m in body[1:]) and len(body[0]['text'].split()) == 2:
            m = body[0]
            sur = m['text'].split()[-1]
            o = offset(text, m['line'], m['column'])
            if text[o:o+len(m['text'])] == m['text'] and safe(text, o, edits):
                edits.append((o, m['text'], sur, 'first-reference', sur))
                break
    # 5. orphan: remove "said Name." / "Name said." after a closing quote at a paragraph's end
    m = [x for x in re.finditer(r'([,])(["\u201d]|&rdquo;) (?:said [A-Z][a-z]+|[A-Z][a-z]+ said)\.(?=\s*</p>)', text)]
    if m:
        x = random.choice(m)
        if safe(text, x.start(), edits):
            edits.append((x.start(), x.group(0), '.' + x.group(2), 'orphan-quote', None))
    apply(page, text, edits, truth, out)
finish(truth, out)
