#!/usr/bin/env python3
"""Renders Readability's extraction of a corpus page as numbered plain-text paragraphs, the text a
gold annotator reads (so annotation never starts from copydesk's own output).

    bench/gold/render.py PAGE [CORPUS]      CORPUS defaults to fixtures/corpus
"""
import gzip
import html.parser
import json
import pathlib
import sys

BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figcaption", "td", "th",
         "dt", "dd", "tr", "section", "article", "ul", "ol", "table", "figure", "br", "hr"}


class Paragraphs(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.cur, self.stack = [], [], []

    def flush(self):
        text = " ".join("".join(self.cur).split())
        if text:
            tags = [t for t in self.stack if t in ("h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "blockquote", "li")]
            self.out.append((tags[-1] if tags else "p", text))
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()
        if tag not in ("br", "hr", "img"):
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.flush()
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data):
        self.cur.append(data)


def main():
    page = sys.argv[1]
    root = pathlib.Path(__file__).resolve().parents[2]
    corpus = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else root / "fixtures/corpus"
    expected = gzip.decompress((corpus / f"{page}.expected.html.gz").read_bytes()).decode("utf-8")
    meta = json.loads((corpus / f"{page}.metadata.json").read_text("utf-8"))
    p = Paragraphs()
    p.feed(expected)
    p.flush()
    print(f"# {page}: {meta.get('title')}")
    print(f"# byline: {meta.get('byline')} | site: {meta.get('siteName')} | publishedTime: {meta.get('publishedTime')}")
    for i, (kind, text) in enumerate(p.out, 1):
        print(f"[{i}] ({kind}) {text}")


if __name__ == "__main__":
    main()
