#!/usr/bin/env python3
"""Copies the extraction corpus into fixtures/corpus/ so the test suite stands alone.

For each page of CORPUS (default ../shared/corpus/extraction): NAME.source.html.gz (the page as
served, minus what no extractor reads: script bodies other than JSON-LD, style sheets, inline SVG,
HTML comments other than copydesk directives, base64 data URLs), NAME.expected.html.gz
(Readability's extraction, unchanged) and NAME.metadata.json. Tag structure, attributes and text
are untouched, so copydesk extracts the same blocks from the copy as from the page.

    bench/extraction/copy-corpus.py [CORPUS]
"""
import gzip
import pathlib
import re
import shutil
import sys

root = pathlib.Path(__file__).resolve().parents[2]
corpus = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else root.parent / "shared/corpus/extraction")
out = root / "fixtures/corpus"
out.mkdir(parents=True, exist_ok=True)

STRIP = [
    (re.compile(r"(<script(?![^>]*ld\+json)[^>]*>).*?(</script>)", re.S | re.I), r"\1\2"),
    (re.compile(r"(<style[^>]*>).*?(</style>)", re.S | re.I), r"\1\2"),
    (re.compile(r"(<svg[^>]*>).*?(</svg>)", re.S | re.I), r"\1\2"),
    (re.compile(r"<!--(?!\s*copydesk).*?-->", re.S), ""),
    (re.compile(r"data:[a-z/+]+;base64,[A-Za-z0-9+/=]+"), "data:,"),
]

count = 0
for page in sorted(p for p in corpus.iterdir() if (p / "source.html").is_file()):
    text = (page / "source.html").read_bytes().decode("utf-8", "surrogateescape")
    for pattern, repl in STRIP:
        text = pattern.sub(repl, text)
    (out / f"{page.name}.source.html.gz").write_bytes(
        gzip.compress(text.encode("utf-8", "surrogateescape"), 9, mtime=0))
    (out / f"{page.name}.expected.html.gz").write_bytes(
        gzip.compress((page / "expected.html").read_bytes(), 9, mtime=0))
    if (page / "expected-metadata.json").is_file():
        shutil.copy(page / "expected-metadata.json", out / f"{page.name}.metadata.json")
    count += 1
print(f"{count} pages copied to {out.relative_to(root)}")
