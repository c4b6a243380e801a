"""What the first two planters share: reading a seed and folders from the command line, asking
copydesk where the names are, misspelling a word, turning a line and column into an offset, and
writing the planted pages with their truth.tsv."""
import json, pathlib, random, subprocess, sys

def start(default_out):
    """Seeds the random choices; returns the corpus folder and an emptied output folder."""
    random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
    corpus = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else '../shared/corpus/news')
    out = pathlib.Path(sys.argv[3] if len(sys.argv) > 3 else default_out)
    out.mkdir(parents=True, exist_ok=True)
    for f in out.glob('*'):
        f.unlink()
    return corpus, out

def ents(path):
    r = subprocess.run(['java','-jar','target/copydesk.jar','entities','--format','json',str(path)], capture_output=True, text=True)
    return json.loads(r.stdout)['files'][0]

def offset(text, line, col):
    lines = text.split('\n')
    return sum(len(l)+1 for l in lines[:line-1]) + col - 1

def apply(page, text, edits, truth, out):
    """Makes the edits (offset, old, new, rule, expected) from the end backwards and writes the page."""
    for o, old, new, rule, exp in sorted(edits, reverse=True):
        assert text[o:o+len(old)] == old, (page, old)
        text = text[:o] + new + text[o+len(old):]
        truth.append((page.name, rule, exp))
    (out / page.name).write_text(text, encoding='utf-8')

def finish(truth, out):
    with open(out.parent / 'truth.tsv', 'w') as t:
        for row in truth:
            t.write('\t'.join(str(x) for x in row) + '\n')
    print(len(truth), 'plants')

def mutate(word, kinds):
    """`word` with one random edit of one of `kinds` ('swap' two inner letters, 'delete' or 'double' one,
    else change a vowel), or None when the edit leaves it unchanged or finds no vowel. Each planter
    passes its own kinds, so their misspellings differ."""
    w = list(word)
    inner = [i for i in range(1, len(w)-1) if w[i].isalpha()]
    kind = random.choice(kinds)
    if kind == 'swap' and len(inner) >= 2:
        i = random.choice(inner[:-1]); w[i], w[i+1] = w[i+1], w[i]
    elif kind == 'delete' and inner:
        del w[random.choice(inner)]
    elif kind == 'double' and inner:
        i = random.choice(inner); w.insert(i, w[i])
    else:
        vs = [i for i in inner if w[i] in 'aeiou']
        if not vs: return None
        i = random.choice(vs); w[i] = random.choice([v for v in 'aeiou' if v != w[i]])
    m = ''.join(w)
    return m if m != word else None
