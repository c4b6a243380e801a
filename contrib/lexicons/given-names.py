#!/usr/bin/env python3
"""Builds rules/lexicons/given-names-world.txt and given-name-genders.txt from the locale name lists of
datafaker (net.datafaker:datafaker, Apache-2.0; https://github.com/datafaker-net/datafaker), so the
people finder knows given names from many languages, and which are usually a man's or a woman's
(for resolving "he"/"she").

    contrib/lexicons/given-names.py DATAFAKER_JAR [CORPUS_DIR...]

Latin-script names are kept, and Cyrillic ones romanised the way English copy spells them, with
given-names-extra.txt for names the lists hold only in other scripts (stories are in English). A name that the corpus pages use as an
ordinary lower-case word ("will", "may", "grace", "bill") is left out of the plain list: a
capitalised common word at a sentence start is not evidence of a person. Gender is kept where one
gender dominates the locale lists (three to one, counting English locales double, and never on one
locale's say-so: "Barack" is a Hungarian woman's name); names used for both are left out.
"""
import collections
import gzip
import pathlib
import re
import sys
import zipfile

jar = sys.argv[1]
corpora = [pathlib.Path(p) for p in sys.argv[2:]]
root = pathlib.Path(__file__).resolve().parents[2]
lex = root / "rules/lexicons"

LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žȘ-țḀ-ỿ'’-]+$")
KEY = re.compile(r"^\s*(\w*?)(male_|female_)?first_name\s*:\s*(.*)$")

names = collections.Counter()
gender = collections.defaultdict(collections.Counter)
locale = ""


# Cyrillic names as English copy writes them: BGN/PCGN for Russian, Belarusian, Bulgarian and
# Macedonian, the national system for Ukrainian ("Volodymyr", "Oleksandr"), with the spellings
# papers also use ("Dmitry"/"Dmitri", "Alexei"/"Aleksey").
RU = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
              ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
               "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
UK = dict(RU, **{"г": "h", "ґ": "g", "е": "e", "є": "ye", "и": "y", "і": "i", "ї": "yi", "й": "y", "щ": "shch"})
CYRILLIC = re.compile(r"^[А-Яа-яЁёЄєІіЇїҐґЎў'’-]+$")


def romanised(word, table):
    out = "".join(table.get(ch, table.get(ch.lower(), "")) for ch in word.lower())
    forms = {out}
    if out.endswith("iy") or out.endswith("yy"):
        forms |= {out[:-2] + "y", out[:-2] + "i"}          # Dmitriy → Dmitry, Dmitri
    if out.endswith("ey"):
        forms.add(out[:-2] + "ei")                        # Aleksey → Aleksei
    for f in list(forms):
        if "ks" in f:
            forms.add(f.replace("ks", "x"))                # Aleksey → Alexey, Alexei
    return {f for f in forms if len(f) >= 2}


def add(raw, sex):
    for part in re.split(r"[\s]+", raw.strip().strip("\"'")):
        part = part.strip(",")
        if CYRILLIC.match(part) and part[0].isupper() and len(part) >= 2:
            table = UK if locale.startswith("uk") else RU
            for w in romanised(part, table):
                count(w, sex)
            continue
        if len(part) < 2 or not LATIN.match(part) or "#" in part or not part[0].isupper():
            continue
        count(part.lower(), sex)


def count(w, sex):
    names[w] += 1
    if sex:
        # an English-language locale counts double: it is the usage an English story follows
        gender[w][sex] += 2 if locale.startswith("en") else 1


with zipfile.ZipFile(jar) as z:
    for info in z.infolist():
        if not info.filename.endswith(".yml"):
            continue
        lines = z.read(info).decode("utf-8", "replace").split("\n")
        locale = pathlib.PurePath(info.filename).parts[0].replace(".yml", "")
        i = 0
        while i < len(lines):
            m = KEY.match(lines[i])
            i += 1
            if not m:
                continue
            sex = {"male_": "m", "female_": "f"}.get(m.group(2))
            rest = re.sub(r"^&\S+\s*", "", m.group(3).strip())  # a YAML anchor: "&male_first_name [ … ]"
            if rest.startswith("["):
                body = rest
                while not body.rstrip().endswith("]") and i < len(lines):
                    body += " " + lines[i].strip()
                    i += 1
                for item in body.strip("[] ").split(","):
                    add(item, sex)
            else:
                while i < len(lines) and lines[i].strip().startswith("- "):
                    add(lines[i].strip()[2:], sex)
                    i += 1

common = collections.Counter()
for corpus in corpora:
    for f in corpus.rglob("*"):
        if f.is_file() and (f.suffix in (".html", ".txt") or f.name.endswith(".html.gz")):
            data = f.read_bytes()
            if f.name.endswith(".gz"):
                data = gzip.decompress(data)
            text = re.sub(r"<[^>]+>", " ", data.decode("utf-8", "replace"))
            for w in re.findall(r"(?<![\w.])([a-z][a-z'-]+)\b", text):
                common[w] += 1

# Names the locale lists hold only in other scripts (Chinese, Japanese) or not at all, romanised as
# English copy writes them: given-names-extra.txt, one per line.
for line in (pathlib.Path(__file__).parent / "given-names-extra.txt").read_text("utf-8").split("\n"):
    entry = line.split("#")[0].strip()
    if entry:
        w, _, sex = (x.strip() for x in entry.partition("="))
        names[w.lower()] += 1
        if sex:
            gender[w.lower()][sex] += 2

hand = set()
for line in (lex / "given-names.txt").read_text("utf-8").split("\n"):
    entry = line.split("#")[0].strip()
    if entry:
        hand.add(entry)
# Words the other lexicons already claim: a title ("king"), a place, an organisation word, a non-name.
claimed = set()
for other in ("offices.txt", "roles.txt", "honorifics.txt", "places.txt", "org-words.txt", "not-names.txt"):
    for line in (lex / other).read_text("utf-8").split("\n"):
        entry = line.split("#")[0].strip()
        if entry and " " not in entry:
            claimed.add(entry)
kept = sorted(w for w in names if common[w] < 2 and w not in hand and w not in claimed)
dropped = sorted(w for w in names if common[w] >= 2)
(lex / "given-names-world.txt").write_text(
    "# Given names from many languages (datafaker locale lists, Apache-2.0), built by\n"
    "# contrib/lexicons/given-names.py; everyday lower-case words and the hand list (given-names.txt) left out.\n"
    + "".join(w + "\n" for w in kept), "utf-8")
g_lines = ["# Usual gender of a given name (m or f), where the datafaker locale lists agree; for resolving he/she."]
for w in sorted(gender):
    c = gender[w]
    m, f = c.get("m", 0), c.get("f", 0)
    # one locale's say-so is not enough ("Barack" is a Hungarian woman's name): two, or English
    if m >= 2 and m >= 3 * f:
        g_lines.append(f"{w} = m")
    elif f >= 2 and f >= 3 * m:
        g_lines.append(f"{w} = f")
hand_genders = {}
for line in (pathlib.Path(__file__).parent / "given-name-genders-hand.txt").read_text("utf-8").split("\n"):
    entry = line.split("#")[0].strip()
    if "=" in entry:
        k, v = (x.strip() for x in entry.split("=", 1))
        hand_genders[k] = v
g_lines = [l for l in g_lines if l.split(" = ")[0] not in hand_genders]
g_lines += [f"{k} = {v}" for k, v in sorted(hand_genders.items())]
(lex / "given-name-genders.txt").write_text("\n".join(g_lines) + "\n", "utf-8")
print(f"{len(kept)} given names kept, {len(dropped)} left out as common words; {len(g_lines) - 1} with a gender")
