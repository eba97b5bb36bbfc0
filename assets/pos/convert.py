#!/usr/bin/env python3
"""Convert the en-lexicon / en-pos npm data into the plain-text files read by src/extract/pos.

Sources (both MIT, by Alex Corvi; see LICENSE.md beside this file):
  - npm `en-lexicon` 1.0.11: dist/lexicon.js, an object `word -> "TAG|TAG|..."`
    (~112k words, most likely tag first; started from Eric Brill's lexicon).
  - npm `en-pos` 1.0.16: dist/smoothing/brill_rules.js, the contextual Brill rules
    (condition codes in dist/smoothing/brill_conditions.js).
The rest of en-pos (unknown-word guessing, pre/post-Brill smoothing) is ported as Rust code.

Rerun from the project root (the script needs only the Python 3 standard library):
    mkdir -p /tmp/npm/en-lexicon /tmp/npm/en-pos
    (cd /tmp/npm && npm pack en-lexicon@1.0.11 en-pos@1.0.16)
    tar xzf /tmp/npm/en-lexicon-1.0.11.tgz -C /tmp/npm/en-lexicon
    tar xzf /tmp/npm/en-pos-1.0.16.tgz -C /tmp/npm/en-pos
    python3 assets/pos/convert.py /tmp/npm/en-lexicon/package /tmp/npm/en-pos/package
It rewrites lexicon.txt and rules.txt next to this script (the output is deterministic).

Changes made to the data (all listed here, nothing else is altered):
  - lexicon: emoji entries (tag EM), entries with no letter or digit (punctuation is classified
    in code), and keys with leaked tags ("A.L/NNP.S/NNP.A.C.") are dropped; odd tags are mapped
    (NP->NNP, NPS->NNPS, PRP$R->PRP, JJSS->JJS); punctuation tags on words (`"has": "VBZ|VBN|."`)
    are dropped; OVERRIDES below replace noisy entries of function words and add a few news words.
  - rules: the one regular-expression rule (/^\\d{2,}s$/) becomes the named condition DECADE;
    the PREV2TAG rule with a single tag (which could never fire) becomes PREVTAG2;
    rules listed in DROP_RULES are left out (see the comments there).
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Tags as the Rust side spells them (Penn Treebank, plus punctuation classes).
TAGS = {
    "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP",
    "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB",
    "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", ",", ".", ":", '"', "(", ")",
    "$", "#",
}
TAG_MAP = {"NP": "NNP", "NPS": "NNPS", "PRP$R": "PRP", "JJSS": "JJS", ";": ":"}
# Punctuation tags are noise on a word ("a": "DT|VB|,|VBN"); currency ("US$") and "#" stay.
PUNCT_TAGS = {",", ".", ":", '"', "(", ")"}

# Entries replaced outright: function words whose expanded entries carry stray tags (which the
# Brill rules' lexicon checks would otherwise accept), and a few words common in news today.
OVERRIDES = {
    "the": "DT", "a": "DT", "an": "DT", "and": "CC", "or": "CC", "nor": "CC",
    "of": "IN", "at": "IN|RB|RP", "in": "IN|RB|RP|NNP", "on": "IN|RP|RB|JJ",
    "up": "RP|IN|RB|JJ|VB", "as": "IN|RB|JJ", "is": "VBZ", "was": "VBD", "has": "VBZ",
    "also": "RB", "he": "PRP", "we": "PRP", "you": "PRP", "them": "PRP", "her": "PRP$|PRP",
    "your": "PRP$", "my": "PRP$", "that": "IN|DT|WDT|RB", "though": "IN|RB",
    "could": "MD", "should": "MD", "would": "MD", "might": "MD|NN", "must": "MD|NN",
    "will": "MD|NN|VB", "can": "MD|NN|VB", "may": "MD|NNP", "been": "VBN", "being": "VBG|JJ|NN",
    "be": "VB", "am": "VBP|RB", "are": "VBP", "were": "VBD", "do": "VBP|VB", "does": "VBZ",
    "did": "VBD", "had": "VBD|VBN", "have": "VBP|VB", "having": "VBG", "to": "TO",
    "than": "IN", "if": "IN", "who": "WP", "whom": "WP", "which": "WDT", "what": "WP|WDT",
    "it": "PRP", "its": "PRP$", "they": "PRP", "their": "PRP$", "this": "DT", "these": "DT",
    "those": "DT", "many": "JJ|DT|NN", "said": "VBD|VBN|JJ", "says": "VBZ",
    # News words missing from (or odd in) the 2017 lexicon.
    "email": "NN|VB", "emails": "NNS|VBZ", "emailed": "VBD|VBN", "tweet": "NN|VB",
    "tweets": "NNS|VBZ", "website": "NN", "websites": "NNS", "internet": "NN", "online": "JJ|RB",
    "pandemic": "NN|JJ", "lockdown": "NN", "lockdowns": "NNS", "ceasefire": "NN",
    "ceasefires": "NNS", "livestream": "NN|VB", "smartphone": "NN", "smartphones": "NNS",
    "cyberattack": "NN", "cyberattacks": "NNS", "startup": "NN", "startups": "NNS",
    "percent": "NN", "%": "NN",
    "tenth": "JJ|NN", "second": "JJ|NN|RB|VB",
    # Verb forms the expanded lexicon put a noun first on.
    "abducted": "VBN|VBD|JJ", "worshipped": "VBD|VBN",
}

# Rules left out, as (from, to, condition, c1, c2).
DROP_RULES = {
    # "please" as a verb is rare in news; and tweet markers.
    ("VB", "UH", "WDNEXTTAG", "please", "VB"),
    ("VB", "UH", "WDNEXTTAG", "please", "JJ"),
    ("JJ", "VB", "PREVWORD", "please", None),
    ("NNP", "UH", "STARTWORD", "RT", None),
    ("NNP", "UH", "STARTWORD", "MT", None),
    # A verb before a comma, a period, a quote or at the end is not an interjection in news
    # ("the bill they hoped to pass, ..."), whatever the lexicon says.
    ("VB", "UH", "NEXTTAG", ",", None),
    ("VB", "UH", "NEXTTAG", ".", None),
    ("VB", "UH", "NEXTTAG", '"', None),
    ("VB", "UH", "END", None, None),
}

CONDITIONS = {
    0: "STARTWORD", 1: "PREV1OR2TAG", 2: "PREVTAG", 3: "NEXTTAG", 4: "NEXTTAG2", 41: "PREVTAG2",
    5: "PREVWORD", 51: "PREVWORDPREVTAG", 6: "CURRENTWD", 8: "WDPREVTAG", 81: "WDPREVWD",
    9: "NEXT1OR2OR3TAG", 10: "NEXTBIGRAM", 11: "NEXT2WD", 12: "WDNEXTTAG", 121: "WDNEXTWD",
    13: "PREV1OR2OR3TAG", 14: "SURROUNDTAG", 141: "SURROUNDTAGWD", 15: "NEXTWD",
    16: "NEXT1OR2TAG", 17: "PREV2TAG", 171: "NEXT2TAG", 172: "PREV2TAGNEXTTAG", 18: "NEXT1OR2WD",
    19: "PREV2WD", 20: "RBIGRAM", 21: "PREV1OR2WD", 22: "CURRENTWDRGX", 23: "END",
    24: "PREV2WORDS",
}

JS_STRING = r'"((?:[^"\\]|\\.)*)"'
ENTRY = re.compile(r"^\s*" + JS_STRING + r"\s*:\s*" + JS_STRING + r",?\s*$")
LEAKED_TAG = re.compile(r"/[A-Z]{2,}")


def clean_tags(tags):
    """Maps odd tags, drops emoji and punctuation tags; returns the cleaned list (maybe empty)."""
    out = []
    for tag in tags.split("|"):
        tag = TAG_MAP.get(tag, tag)
        if tag == "EM" or tag in PUNCT_TAGS or tag not in TAGS or tag in out:
            continue
        out.append(tag)
    return out


def convert_lexicon(src):
    entries = {}
    for line in (src / "dist" / "lexicon.js").read_text(encoding="utf-8").splitlines():
        m = ENTRY.match(line)
        if not m:
            continue
        word = json.loads('"' + m.group(1) + '"')
        tags = json.loads('"' + m.group(2) + '"')
        if not any(c.isalnum() for c in word) or LEAKED_TAG.search(word) or any(c.isspace() for c in word):
            continue
        cleaned = clean_tags(tags)
        if cleaned:
            entries[word] = cleaned
    for word, tags in OVERRIDES.items():
        entries[word] = tags.split("|")
    lines = [f"{w} {'|'.join(t)}" for w, t in sorted(entries.items(), key=lambda kv: kv[0].encode())]
    (HERE / "lexicon.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def convert_rules(src):
    text = (src / "dist" / "smoothing" / "brill_rules.js").read_text(encoding="utf-8")
    body = text[text.index("["): text.rindex("]") + 1]
    body = body.replace(r'"cr": /^\d{2,}s$/', '"cr": "DECADE"')
    body = re.sub(r",(\s*[}\]])", r"\1", body)
    rules = json.loads(body)
    out = [
        "# Contextual Brill rules from en-pos 1.0.16 (MIT, Alex Corvi), converted by convert.py.",
        "# One rule a line: FROM TO CONDITION C1 C2 C3 FLAGS; `_` is an empty field.",
        "# Rules are tried in order for each word; a rule fires when the word's current tag is FROM",
        "# and the condition holds, and later rules see the new tag. FLAGS: `2` = second pass only,",
        "# `v` = only when the word is unknown or its lexicon entry lists TO.",
        "# CONDITION arguments: tags for *TAG*, lower-case words for *WD*/*WORD* (see rules.rs).",
    ]
    kept = 0
    for r in rules:
        if not r.get("from"):  # the list ends with an empty placeholder
            continue
        cond = CONDITIONS[r["type"]]
        if cond == "CURRENTWDRGX":
            assert r["cr"] == "DECADE", r
            cond = "DECADE"
        if cond == "PREV2TAG" and not r.get("c2"):
            # One tag given: meant as "the tag two back" ("will be sold": VBD -> VBN).
            cond = "PREVTAG2"
        key = (r["from"], r["to"], cond, r.get("c1"), r.get("c2"))
        if key in DROP_RULES:
            continue
        fields = [r["from"], r["to"], cond] + [str(r.get(k) or "_") for k in ("c1", "c2", "c3")]
        flags = ("2" if r.get("secondRun") else "") + ("v" if r.get("verify") else "")
        fields.append(flags or "_")
        assert all(f and not any(c.isspace() for c in f) for f in fields), fields
        out.append(" ".join(fields))
        kept += 1
    (HERE / "rules.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
    return kept


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    lexicon, pos = Path(sys.argv[1]), Path(sys.argv[2])
    print("lexicon entries:", convert_lexicon(lexicon))
    print("rules:", convert_rules(pos))


if __name__ == "__main__":
    main()
