#!/usr/bin/env python3
"""A third random planter, written after the checks were tuned against the first two, that does
not ask copydesk where the names are: it plants on the 43 pages of the hand-annotated gold set
(bench/gold/pages), using the people the annotators found, into the story's <p> paragraphs.
Its forms differ from both other planters:
  - name-variant: a later lone surname with a letter dropped or a consonant changed ("Azzuz")
  - first-reference: the only full name and the surname after it swap places
  - title-conflict: a capitalised office put before a later surname ("Bishop Azzouz")
  - orphan-quote: ", she said." / ", he said." removed from a quote that closes a paragraph
  - unsourced-allegation: "is believed to have" put before a past-tense verb after a surname
Pages without a fitting person or sentence get fewer plants. Writes OUT/clean (the pages
unchanged) and OUT/pages (planted) and OUT/truth.tsv; score with
  python3 bench/blind/score.py OUT/clean OUT/pages
Usage: python3 bench/blind/plant3.py SEED [OUT]   (OUT defaults to target/blind-gold)"""
import gzip, json, pathlib, random, re, sys

random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
out = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else 'target/blind-gold')
for sub in ('clean', 'pages'):
    (out / sub).mkdir(parents=True, exist_ok=True)
    for f in (out / sub).glob('*'):
        f.unlink()
gold = pathlib.Path('bench/gold/pages')
corpus = pathlib.Path('fixtures/corpus')
OFFICES = ['Mayor', 'Judge', 'Bishop', 'Coach', 'Senator', 'Governor', 'Ambassador', 'Admiral']
CONSONANTS = 'bcdfgklmnprstvz'
QUOTE = re.compile('["\u201c\u201d]|&[lr]dquo;|&quot;')


def paragraphs(text):
    """(start, end) of the inner HTML of each <p> of 40 to 5000 chars (links and emphasis inside are kept)."""
    for m in re.finditer(r'<p(?:\s[^>]*)?>((?:(?!</?p[\s>]).){40,5000}?)</p>', text, re.S):
        yield m.start(1), m.end(1)


def in_text(text, o):
    """The offset is in text, not inside a tag."""
    return text.rfind('<', 0, o) <= text.rfind('>', 0, o)


def occurrences(text, word, spans):
    """Offsets of `word` as a whole word in the text of the given paragraphs, in page order."""
    found = []
    for s, e in spans:
        for m in re.finditer(r'(?<![\w-])' + re.escape(word) + r'(?![\w-])', text[s:e]):
            if in_text(text, s + m.start()):
                found.append(s + m.start())
    return found


def mutate(word):
    inner = [i for i in range(1, len(word) - 1) if word[i].isalpha()]
    if not inner:
        return None
    i = random.choice(inner)
    if random.random() < 0.5 and len(word) >= 6:
        new = word[:i] + word[i + 1:]  # a letter dropped
    else:
        c = word[i].lower()
        if c in 'aeiou':
            return None
        new = word[:i] + random.choice([x for x in CONSONANTS if x != c]) + word[i + 1:]
    return new if new != word else None


def free(o, edits):
    return all(abs(o - e[0]) > 80 for e in edits)


truth = []
for g in sorted(gold.glob('*.json')):
    ann = json.loads(g.read_text(encoding='utf-8'))
    page = ann['page']
    text = gzip.open(corpus / (page + '.source.html.gz'), 'rt', encoding='utf-8').read()
    (out / 'clean' / (page + '.html')).write_text(text, encoding='utf-8')
    all_spans = list(paragraphs(text))
    spans = [(s, e) for s, e in all_spans if not QUOTE.search(text[s:e])]
    people = [p for p in ann['people'] if len(p['name'].split()) >= 2 and "'" not in p['name'] and '\u2019' not in p['name']]
    random.shuffle(people)
    edits = []  # (offset, old, new, rule, expected)

    # 1. a later lone surname misspelt
    for p in people:
        sur = p['name'].split()[-1]
        if len(sur) < 5 or not sur[0].isupper():
            continue
        full = occurrences(text, p['name'], all_spans)
        lone = [o for o in occurrences(text, sur, all_spans) if not any(f <= o < f + len(p['name']) for f in full)]
        if full and len(lone) >= 2:
            o = random.choice(lone[1:])
            new = mutate(sur)
            if new and free(o, edits):
                edits.append((o, sur, new, 'name-variant', new))
                break

    # 2. first reference: the only full name and the next lone surname swap places
    for p in people:
        if p['name'] in [e[1] for e in edits]:
            continue
        sur = p['name'].split()[-1]
        full = occurrences(text, p['name'], all_spans)
        lone = [o for o in occurrences(text, sur, spans) if not any(f <= o < f + len(p['name']) for f in full)]
        if len(full) == 1 and lone and lone[0] > full[0] and free(full[0], edits) and free(lone[0], edits):
            edits.append((full[0], p['name'], sur, 'first-reference', sur))
            edits.append((lone[0], sur, p['name'], 'first-reference-move', None))
            break

    # 3. an office before a later lone surname of someone the annotator gave another title
    for p in people:
        first_title = next((m.get('title') for m in p['mentions'] if m.get('title')), None)
        if not first_title:
            continue
        sur = p['name'].split()[-1]
        full = occurrences(text, p['name'], spans)
        lone = [o for o in occurrences(text, sur, spans) if not any(f <= o < f + len(p['name']) for f in full)]
        lone = [o for o in lone if not text[max(0, o - 30):o].rstrip().endswith(('Mr.', 'Ms.', 'Mrs.', 'Dr.'))]
        choices = [t for t in OFFICES if t.lower() not in first_title.lower()]
        if full and lone and free(lone[-1], edits):
            o = random.choice(lone)
            if free(o, edits):
                t = random.choice(choices)
                edits.append((o, sur, t + ' ' + sur, 'title-conflict', t + ' ' + sur))
                break

    # 4. orphan: ", she said." removed from a quote that closes a paragraph
    cands = [m for m in re.finditer(r',(\u201d|&rdquo;|") (?:he|she) said\.(?=\s*</p>)', text)]
    if cands:
        m = random.choice(cands)
        if free(m.start(), edits):
            edits.append((m.start(), m.group(0), '.' + m.group(1), 'orphan-quote', None))

    # 5. "is believed to have" before a past-tense verb after a surname, in a paragraph with no source
    cands = []
    for s, e in spans:
        body = text[s:e]
        if re.search(r'said|says|told|according|report|police|official', body, re.I):
            continue
        for p in people:
            sur = p['name'].split()[-1]
            for v in re.finditer(r'(?<![\w-])' + re.escape(sur) + r' ((?:made|took|sent|gave|left|met|sold|paid|spent|won|lost|built|wrote|found)|[a-z]{3,}ed)\b', body):
                if in_text(text, s + v.start(1)):
                    cands.append((s + v.start(1), v.group(1)))
    if cands:
        o, verb = random.choice(cands)
        if free(o, edits):
            edits.append((o, verb, 'is believed to have ' + {'took': 'taken', 'gave': 'given', 'wrote': 'written'}.get(verb, verb),
                          'unsourced-allegation', 'is believed to have'))

    for o, old, new, rule, exp in sorted(edits, reverse=True):
        assert text[o:o + len(old)] == old, (page, old)
        text = text[:o] + new + text[o + len(old):]
        if rule != 'first-reference-move':
            truth.append((page + '.html', rule, exp))
    (out / 'pages' / (page + '.html')).write_text(text, encoding='utf-8')

with open(out / 'truth.tsv', 'w') as t:
    for row in truth:
        t.write('\t'.join(str(x) for x in row) + '\n')
print(len(truth), 'plants')
