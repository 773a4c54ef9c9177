#!/usr/bin/env python3
"""Build data/wordnet/lexicon.bin from WordNet 3.0 (Debian package wordnet-base).

Usage (from the repository root):

    python3 scripts/build-lexicon.py [--wordnet /usr/share/wordnet] [--out data/wordnet/lexicon.bin]

Standard library only, deterministic: the same WordNet files give the same
bytes (every set is sorted before it is written). data/wordnet/README.md
describes the format and the choices; src/lexical/mod.rs decodes it.
"""

import argparse
import os
import sys

POS_LETTERS = "nvar"  # the Rust Pos order: Noun, Verb, Adjective, Adverb
POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}

# The sense cut-off: a lemma's "core" senses are its first MAX_CORE senses in
# WordNet's index order (most frequent first), and a sense after the first
# only when the SemCor tag count of that sense is at least MIN_TAGS.
MAX_CORE = 3
MIN_TAGS = 1

# WordNet pointers that link one sense to another in one step ("linked").
LINK_POINTERS = {"+", "<", ">", "\\", "%m", "#m"}
# Of those, the ones that may meet another link (two steps through a shared
# synset). Members are left out (co-members are siblings: father/mother),
# and so is derivation with derivation (employer/employee, farm/farmer):
# a two-step meeting needs a cause, participle or pertainym pointer on one
# side (kill > die + death).
TWO_STEP_POINTERS = {"+", "<", ">", "\\"}
STRICT_TWO_STEP = {"<", ">", "\\"}

# Links WordNet 3.0 lacks, kept short and each explained in the README.
# (kind, lemma, pos, target synset (pos, offset), note)
SUPPLEMENT = [
    # detain.v has no pointer to arrest.v ("take into custody"); in news they
    # are the same act. detain joins arrest's synset as its second sense.
    ("member", "detain", "v", ("v", 1215155), 2),
    # WordNet lists "work_stoppage" in strike.n sense 1; news writes
    # "stoppage" alone. stoppage joins that synset as its first sense.
    ("member", "stoppage", "n", ("n", 1243674), 1),
    # dead.a sense 1 has no pointer to die.v sense 1 (dead is the old
    # participle of die): add the participle pointer WordNet uses for
    # wounded < wound.
    ("participle", "dead", "a", ("v", 358431), None),
]

# Classes of an entry (one byte after its tag count; see README.md): a noun
# whose frequent senses include a person (noun.person), or whose frequent
# senses include an event, an act, a process, a phenomenon or a
# communication (noun.event, noun.act, noun.process, noun.phenomenon,
# noun.communication): what a duration or a date can be of ("a 50-minute
# call", "a 90-day stay", "the 2019 election"). Stretches of time
# (noun.time: "year", "season", "day") are the measure, not the event.
CLASS_PERSON, CLASS_EVENT = 1, 2
LEX_NOUN_ACT, LEX_NOUN_COMMUNICATION, LEX_NOUN_EVENT = 4, 10, 11
LEX_NOUN_PHENOMENON, LEX_NOUN_PROCESS = 19, 22
EVENT_LEXFILES = {LEX_NOUN_ACT, LEX_NOUN_COMMUNICATION, LEX_NOUN_EVENT, LEX_NOUN_PHENOMENON, LEX_NOUN_PROCESS}

# Flags of one (entry, concept) feature; see README.md.
LEX_NOUN_ANIMAL, LEX_NOUN_PERSON, LEX_NOUN_PLANT = 5, 18, 20

F_CORE, F_SENSE, F_LINK, F_HYPER, F_LINK1, F_LINKX = 1, 2, 4, 8, 16, 32

MAGIC = b"FLWN"
VERSION = 2


def read_lines(path):
    with open(path, encoding="latin-1") as f:
        for line in f:
            if not line.startswith("  "):
                yield line


def load(wn):
    synsets = {}  # (pos, offset) -> {"words": [...], "ptrs": [...]}
    for p, name in POS_FILES.items():
        for line in read_lines(os.path.join(wn, "data." + name)):
            head = line.partition(" | ")[0].split()
            off = int(head[0])
            lexfile = int(head[1])
            n = int(head[3], 16)
            i = 4
            words = []
            capitalized = set()
            for _ in range(n):
                w = head[i]
                if "(" in w:  # adjective markers: (a), (p), (ip)
                    w = w[: w.index("(")]
                if w != w.lower():
                    capitalized.add(w.lower())
                words.append(w.lower())
                i += 2
            count = int(head[i])
            i += 1
            ptrs = []
            for _ in range(count):
                sym, to, tp, st = head[i : i + 4]
                i += 4
                tp = "a" if tp == "s" else tp
                ptrs.append((sym, (tp, int(to)), int(st[:2], 16), int(st[2:], 16)))
            synsets[(p, off)] = {"words": words, "ptrs": ptrs, "lexfile": lexfile, "capitalized": capitalized}
    index = {}  # (lemma, pos) -> [offset, ...] in WordNet's order
    for p, name in POS_FILES.items():
        for line in read_lines(os.path.join(wn, "index." + name)):
            t = line.split()
            ptr_count = int(t[3])
            index[(t[0], p)] = [int(x) for x in t[4 + ptr_count + 2 :]]
    tags = {}  # (lemma, pos, offset) -> SemCor tag count
    counts = {}
    with open(os.path.join(wn, "cntlist.rev"), encoding="latin-1") as f:
        for line in f:
            key, num, count = line.split()
            lemma, _, rest = key.partition("%")
            counts[(lemma, "nvara"[int(rest[0]) - 1], int(num))] = int(count)
    for (lemma, p), offs in index.items():
        for rank, off in enumerate(offs, 1):
            tags[(lemma, p, off)] = counts.get((lemma, p, rank), 0)
    exceptions = []  # (form, pos, [base, ...]) in file order
    for p, name in POS_FILES.items():
        for line in read_lines(os.path.join(wn, name + ".exc")):
            t = line.split()
            exceptions.append((t[0], p, t[1:]))
    return synsets, index, tags, exceptions


def apply_supplement(synsets, index):
    for kind, lemma, p, target, arg in SUPPLEMENT:
        if kind == "member":
            synsets[target]["words"].append(lemma)
            index[(lemma, p)].insert(arg - 1, target[1])
        else:
            for off in index[(lemma, p)][:1]:
                key = (p, off)
                word = synsets[key]["words"].index(lemma) + 1
                synsets[key]["ptrs"].append(("<", target, word, 0))
    return {(lemma, p, target[1]) for kind, lemma, p, target, _ in SUPPLEMENT if kind == "member"}


def is_single_word(lemma):
    return "_" not in lemma


def is_phrasal_verb(lemma, p):
    """A verb of two words, a verb and a particle or its object ("step_down",
    "give_way", "take_effect"): the frame reader looks it up from a verb and
    the word after it (see README)."""
    first, _, second = lemma.partition("_")
    return p == "v" and first.isalpha() and second.isalpha() and first.isascii() and second.isascii()


def keep_lemma(lemma, p, synsets, index, tags):
    """Whether a (lemma, pos) goes into the lexicon (see README)."""
    offs = index[(lemma, p)]
    if any(tags.get((lemma, p, off), 0) for off in offs):
        return True
    keys = [(p, off) for off in offs]
    # Names only (every sense written with a capital): places, people,
    # firms, taxa; nationalities and other groups of people stay.
    if all(lemma in synsets[k]["capitalized"] and synsets[k]["lexfile"] != LEX_NOUN_PERSON for k in keys):
        return False
    # Untagged animal and plant names (mostly Latin taxonomy).
    if all(synsets[k]["lexfile"] in (LEX_NOUN_ANIMAL, LEX_NOUN_PLANT) for k in keys):
        return False
    return True


def frequent_senses(lemma, p, index, tags, forced):
    """The frequent senses of an entry, in WordNet's order (the cut-off)."""
    out = []
    for rank, off in enumerate(index[(lemma, p)], 1):
        if rank > MAX_CORE:
            break
        if rank > 1 and tags.get((lemma, p, off), 0) < MIN_TAGS and (lemma, p, off) not in forced:
            continue
        out.append(off)
    return out


def classes(lemma, p, synsets, index, tags, forced):
    """The class byte of an entry: person, event (see CLASS_*)."""
    if p != "n":
        return 0
    senses = frequent_senses(lemma, p, index, tags, forced)
    lexfiles = [synsets[("n", off)]["lexfile"] for off in senses]
    byte = 0
    if LEX_NOUN_PERSON in lexfiles:
        byte |= CLASS_PERSON
    if any(lf in EVENT_LEXFILES for lf in lexfiles):
        byte |= CLASS_EVENT
    return byte


def is_person(synsets, key):
    return key[0] == "n" and synsets[key]["lexfile"] == LEX_NOUN_PERSON


def features(lemma, p, synsets, index, tags, forced):
    """The flags of each synset for one (lemma, pos) entry."""
    feats = {}

    def add(key, flag):
        feats[key] = feats.get(key, 0) | flag

    offs = index[(lemma, p)]
    for off in offs:
        add((p, off), F_SENSE)
    for rank, off in enumerate(offs, 1):
        if rank > MAX_CORE:
            break
        if rank > 1 and tags.get((lemma, p, off), 0) < MIN_TAGS and (lemma, p, off) not in forced:
            continue
        key = (p, off)
        add(key, F_CORE)
        words = synsets[key]["words"]
        own = words.index(lemma) + 1 if lemma in words else None
        for sym, target, src, _ in synsets[key]["ptrs"]:
            if src not in (0, own):
                continue  # a lexical pointer from another word of the synset
            if sym == "+" and is_person(synsets, key) != is_person(synsets, target):
                continue  # an agent: vote/voter, kill/killer, strike/striker
            if sym in LINK_POINTERS:
                add(target, F_LINK)
                if rank == 1 and sym in TWO_STEP_POINTERS:
                    add(target, F_LINK1)
                if rank == 1 and sym in STRICT_TWO_STEP:
                    add(target, F_LINKX)
            elif sym == "@" and rank == 1 and p == "n":
                add(target, F_HYPER)
    return feats


def useful_bits(own, others):
    """The bits of `own` that can match some bit in `others` (see README)."""
    bits = F_SENSE if others & F_LINK else 0
    if others & (F_CORE | F_HYPER):
        bits |= F_CORE
    if others & F_SENSE:
        bits |= F_LINK
    if others & (F_CORE | F_LINK1):
        bits |= F_HYPER
    if others & (F_LINKX | F_HYPER):
        bits |= F_LINK1
    if others & F_LINK1:
        bits |= F_LINKX
    return own & bits


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def common_prefix(a, b):
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def build(wn):
    synsets, index, tags, raw_exceptions = load(wn)
    forced = apply_supplement(synsets, index)
    entries = sorted((lemma.encode(), POS_LETTERS.index(p), lemma, p) for (lemma, p) in index
        if (is_single_word(lemma) or is_phrasal_verb(lemma, p)) and keep_lemma(lemma, p, synsets, index, tags)
    )
    for bytes_, *_ in entries:
        assert bytes_.isascii() and 0 < len(bytes_) < 256
    feats = [features(lemma, p, synsets, index, tags, forced) for _, _, lemma, p in entries]
    # Keep a flag only where another entry has a flag it can match.
    totals = {}
    for fs in feats:
        for key, flags in fs.items():
            totals.setdefault(key, []).append(flags)
    union_all = {}
    for key, fl in totals.items():
        # per flag bit, how many entries have it
        union_all[key] = [sum(1 for f in fl if f & (1 << b)) for b in range(6)]
    pruned = []
    for fs in feats:
        kept = {}
        for key, flags in fs.items():
            counts = union_all[key]
            others = 0
            for b in range(6):
                if counts[b] - (1 if flags & (1 << b) else 0) > 0:
                    others |= 1 << b
            bits = useful_bits(flags, others)
            if bits:
                kept[key] = bits
        pruned.append(kept)
    concept_keys = sorted({key for fs in pruned for key in fs}, key=lambda k: (POS_LETTERS.index(k[0]), k[1]))
    concept_id = {key: i for i, key in enumerate(concept_keys)}

    strings = sorted({e[0] for e in entries})
    string_id = {s: i for i, s in enumerate(strings)}
    entry_id = {(e[2], e[3]): i for i, e in enumerate(entries)}

    exceptions = {}
    for form, p, bases in raw_exceptions:
        if "_" in form:
            continue
        targets = [entry_id[(b, p)] for b in bases if (b, p) in entry_id]
        if targets:
            key = (form.encode(), POS_LETTERS.index(p))
            exceptions.setdefault(key, [])
            exceptions[key] += [t for t in targets if t not in exceptions[key]]
    exc_keys = sorted(exceptions)

    out = bytearray(MAGIC)
    out += bytes([VERSION])
    for n in (len(strings), len(entries), len(concept_keys), len(exc_keys), MAX_CORE, MIN_TAGS):
        out += varint(n)
    # Section 1: the lemma strings, front-coded, each followed by its entries.
    by_string = {}
    for i, e in enumerate(entries):
        by_string.setdefault(e[0], []).append(i)
    prev = b""
    n_features = 0
    for s in strings:
        k = min(common_prefix(prev, s), 255)
        out += bytes([k, len(s) - k]) + s[k:]
        prev = s
        ids = by_string[s]
        out += bytes([len(ids)])
        for i in ids:
            _, pos, lemma, p = entries[i]
            offs = index[(lemma, p)]
            tag_total = sum(tags.get((lemma, p, off), 0) for off in offs)
            out += bytes([pos | min(len(offs), 63) << 2]) + varint(tag_total)
            out += bytes([classes(lemma, p, synsets, index, tags, forced)])
            fs = sorted((concept_id[key], flags) for key, flags in pruned[i].items())
            out += varint(len(fs))
            last = 0
            for cid, flags in fs:
                out += varint(cid - last) + bytes([flags])
                last = cid
            n_features += len(fs)
    # Section 2: the exception lists: front-coded form, pos, base entry ids.
    prev = b""
    for form, pos in exc_keys:
        k = min(common_prefix(prev, form), 255)
        out += bytes([k, len(form) - k]) + form[k:]
        prev = form
        targets = exceptions[(form, pos)]
        out += bytes([pos, len(targets)])
        for t in targets:
            out += varint(t)
    out += b"END!"
    stats = {
        "strings": len(strings),
        "entries": len(entries),
        "concepts": len(concept_keys),
        "features": n_features,
        "exceptions": len(exc_keys),
        "bytes": len(out),
    }
    dump = [(i, p, off, synsets[(p, off)]["words"]) for i, (p, off) in enumerate(concept_keys)]
    return bytes(out), stats, dump


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--out", default="data/wordnet/lexicon.bin")
    parser.add_argument(
        "--dump-concepts",
        action="store_true",
        help="also print each concept id with its WordNet synset (pos, offset, words) on stdout",
    )
    args = parser.parse_args()
    data, stats, dump = build(args.wordnet)
    if args.dump_concepts:
        for i, p, off, words in dump:
            print(f"{i}\t{p}\t{off:08d}\t{' '.join(words)}")
    os.makedirs(os.path.dirname(args.out) or ".", exist_ok=True)
    with open(args.out, "wb") as f:
        f.write(data)
    print(" ".join(f"{k}={v}" for k, v in stats.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
