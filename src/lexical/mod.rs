//! Words that mean the same thing: lemmas, parts of speech and related
//! senses from WordNet 3.0, and a Snowball stemmer for the words WordNet
//! does not have.
//!
//! The data is `data/wordnet/lexicon.bin`, built from the Debian package
//! `wordnet-base` by `scripts/build-lexicon.py` (its README says what it
//! holds, how to rebuild it and why). It is embedded in the library and
//! decoded once, on the first lookup.
//!
//! # Lemmas
//!
//! [`lemma`] is WordNet's *morphy*: the exception lists (`fled` → flee,
//! `children` → child), then the word itself, then the detachment rules
//! (`killed` → kill, `injuries` → injury), each checked against the lemma
//! table; of several bases the one with the most SemCor tags wins (`found`
//! → find, `sales` → sale). Lookups lower-case ASCII into a stack buffer,
//! drop a possessive (`Putin's`, `workers'`) and never allocate; a word
//! with other than ASCII letters has no lemma.
//!
//! The lexicon holds the single-word lemmas of WordNet, less names (every
//! sense capitalised, except groups of people such as nationalities) and
//! untagged animal and plant names: 68,924 texts, 76,117 (lemma, part of
//! speech) entries.
//!
//! # Related lemmas
//!
//! Two lemmas are [`related`] when their frequent senses meet (the
//! [`RelationKind`] says how):
//!
//! - **Synonym**: they share a synset (ballot/vote, injure/wound,
//!   hurt/injury).
//! - **Linked**: one WordNet pointer from a frequent sense of one lands on a
//!   sense of the other: derivation (die → death, arrest v → arrest n,
//!   injure → injury, fatal → fatality), cause (kill → die), participle
//!   (wounded → wound), pertainym, or member (people → person); not a
//!   derivation between a person and a non-person (vote/voter).
//! - **Hypernym**: the first sense of a noun has a frequent sense of the
//!   other as its direct hypernym (blaze → fire, wound → hurt, fatality →
//!   death).
//! - **Two steps**: the first senses' pointers meet, when one of the two is
//!   a cause, participle or pertainym pointer (kill causes die, of which
//!   dead is the participle and death the derivation), or one is a
//!   derivation and the other a hypernym (die derives death, the hypernym
//!   of fatality).
//!
//! A sense is *frequent* when it is among the first three of its lemma and
//! part of speech in WordNet's order, and, after the first, has at least one
//! SemCor tag (fire n sense 3, "combustion", is in; million n sense 2, "a
//! very large indefinite number", is out). Antonyms, verb groups, "similar
//! to" and "also see" are not used, nor are two hypernym steps (rise and
//! fall are both kinds of "travel") nor two derivations meeting (employer
//! and employee both derive from employ). WordNet 3.0 lacks three links
//! the news needs, which the build adds: detain joins arrest's synset
//! ("take into custody"), stoppage joins strike's ("work stoppage"), and
//! dead a gets a participle pointer to die.
//!
//! Kept apart, as the tests check: kill/injure, phone/video,
//! arrest/release, rise/fall, buy/sell, death/injury, first/second.
//!
//! # Unknown words
//!
//! [`stem_key`] hashes the Snowball English stem of a word, for comparing
//! words WordNet does not have, and context words, cheaply.

mod data;

use std::cmp::Reverse;
use std::sync::OnceLock;

use data::Lexicon;

/// A part of speech of WordNet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Pos {
    /// A noun.
    #[default]
    Noun,
    /// A verb.
    Verb,
    /// An adjective (with WordNet's satellite adjectives).
    Adjective,
    /// An adverb.
    Adverb,
}

impl Pos {
    /// The four parts of speech, in this order.
    pub const ALL: [Pos; 4] = [Pos::Noun, Pos::Verb, Pos::Adjective, Pos::Adverb];

    fn from_index(i: u8) -> Option<Pos> {
        Pos::ALL.get(usize::from(i)).copied()
    }

    fn bit(self) -> u8 {
        1 << self as u8
    }

    /// WordNet's letter for the part of speech: n, v, a or r.
    pub fn letter(self) -> char {
        match self {
            Pos::Noun => 'n',
            Pos::Verb => 'v',
            Pos::Adjective => 'a',
            Pos::Adverb => 'r',
        }
    }
}

/// A set of parts of speech.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct PosSet(u8);

impl PosSet {
    /// The empty set.
    pub const EMPTY: PosSet = PosSet(0);

    /// Whether `pos` is in the set.
    pub fn contains(self, pos: Pos) -> bool {
        self.0 & pos.bit() != 0
    }

    /// The set with `pos` added.
    #[must_use]
    pub fn with(self, pos: Pos) -> PosSet {
        PosSet(self.0 | pos.bit())
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// How many parts of speech are in the set.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The parts of speech in the set, nouns first.
    pub fn iter(self) -> impl Iterator<Item = Pos> {
        Pos::ALL.into_iter().filter(move |&p| self.contains(p))
    }
}

impl FromIterator<Pos> for PosSet {
    fn from_iter<I: IntoIterator<Item = Pos>>(iter: I) -> Self {
        iter.into_iter().fold(PosSet::EMPTY, PosSet::with)
    }
}

/// A lemma in one part of speech: a small id into the embedded lexicon.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Lemma(u32);

impl Lemma {
    /// The id (an index into the lexicon's entries; stable for one data file).
    pub fn id(self) -> u32 {
        self.0
    }

    fn entry(self) -> data::Entry {
        lexicon().entries.get(self.0 as usize).copied().unwrap_or_default()
    }

    /// The lemma's text, lower case.
    pub fn text(self) -> &'static str {
        let lex = lexicon();
        lex.string(self.entry().string as usize).unwrap_or_default()
    }

    /// The part of speech.
    pub fn pos(self) -> Pos {
        self.entry().pos
    }

    /// SemCor tag count over all the senses: how often the lemma was seen in
    /// this part of speech (0 for most rare words).
    pub fn tag_count(self) -> u32 {
        self.entry().tags
    }

    /// How many WordNet senses the lemma has in this part of speech (at
    /// most 63).
    pub fn sense_count(self) -> u8 {
        self.entry().senses
    }

    /// The concepts (kept synsets) of the lemma's frequent senses.
    pub fn concepts(self) -> impl Iterator<Item = Concept> {
        lexicon().features_of(self.0).iter().filter(|&&f| f & FLAG_CORE != 0).map(|&f| Concept(f >> 6))
    }

    /// How often the lemma is used, for ordering readings: tag count, then
    /// sense count.
    fn frequency(self) -> (u32, u8) {
        let e = self.entry();
        (e.tags, e.senses)
    }
}

impl std::fmt::Display for Lemma {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.text(), self.pos().letter())
    }
}

/// A WordNet synset kept in the lexicon, by a dense id (the rank of the
/// synset's part of speech and offset among the kept synsets; stable for
/// one data file; `scripts/build-lexicon.py --dump-concepts` lists them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Concept(pub u32);

/// How two related lemmas meet, strongest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RelationKind {
    /// The same lemma.
    Same,
    /// A shared synset among the frequent senses.
    Synonym,
    /// One pointer (derivation, cause, participle, pertainym, member).
    Linked,
    /// A direct hypernym of a noun's first sense.
    Hypernym,
    /// Two pointers of the first senses meeting.
    TwoSteps,
}

/// Why two lemmas are related.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Relation {
    /// How they meet.
    pub kind: RelationKind,
    /// Where they meet (`None` for [`RelationKind::Same`]).
    pub concept: Option<Concept>,
}

// Feature flags (see data/wordnet/README.md).
const FLAG_CORE: u32 = 1;
const FLAG_SENSE: u32 = 2;
const FLAG_LINK: u32 = 4;
const FLAG_HYPER: u32 = 8;
const FLAG_LINK1: u32 = 16;
const FLAG_LINKX: u32 = 32;

/// How two features on the same concept relate, if they do.
fn meet(a: u32, b: u32) -> Option<RelationKind> {
    let has = |f: u32, flag: u32| f & flag != 0;
    if has(a, FLAG_CORE) && has(b, FLAG_CORE) {
        Some(RelationKind::Synonym)
    } else if (has(a, FLAG_LINK) && has(b, FLAG_SENSE)) || (has(a, FLAG_SENSE) && has(b, FLAG_LINK)) {
        Some(RelationKind::Linked)
    } else if (has(a, FLAG_HYPER) && has(b, FLAG_CORE)) || (has(a, FLAG_CORE) && has(b, FLAG_HYPER)) {
        Some(RelationKind::Hypernym)
    } else if (has(a, FLAG_LINKX) && has(b, FLAG_LINK1))
        || (has(a, FLAG_LINK1) && has(b, FLAG_LINKX))
        || (has(a, FLAG_LINK1) && has(b, FLAG_HYPER))
        || (has(a, FLAG_HYPER) && has(b, FLAG_LINK1))
    {
        Some(RelationKind::TwoSteps)
    } else {
        None
    }
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| data::decode(data::DATA).unwrap_or_default())
}

/// Counts of the embedded lexicon, as documented in its README.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stats {
    /// Distinct lemma texts.
    pub lemmas: usize,
    /// (lemma, part of speech) entries.
    pub entries: usize,
    /// Kept synsets.
    pub concepts: usize,
    /// (entry, concept) features.
    pub features: usize,
    /// (form, part of speech) exceptions.
    pub exceptions: usize,
    /// Size of the data file in bytes.
    pub bytes: usize,
    /// The sense cut-off: most senses per lemma and part of speech.
    pub max_senses: u32,
    /// The sense cut-off: tags a sense after the first needs.
    pub min_tags: u32,
}

/// The counts of the embedded lexicon (all zero if it failed to decode).
pub fn stats() -> Stats {
    let lex = lexicon();
    Stats {
        lemmas: lex.strings.len().saturating_sub(1),
        entries: lex.entries.len(),
        concepts: lex.concepts as usize,
        features: lex.features.len(),
        exceptions: lex.exc_pos.len(),
        bytes: data::DATA.len(),
        max_senses: lex.max_core,
        min_tags: lex.min_tags,
    }
}

/// Longest word looked up (WordNet's longest single-word lemma has 33
/// letters; detachment never lengthens a word by more than two).
const MAX_WORD: usize = 40;

/// `word` lower-cased into `buf`, without a possessive `'s`, `’s` or `'`;
/// `None` when it is empty, too long or holds other than ASCII.
fn normalize<'b>(word: &str, buf: &'b mut [u8; MAX_WORD]) -> Option<&'b [u8]> {
    let word = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("'S"))
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .or_else(|| word.strip_suffix("\u{2019}S"))
        .or_else(|| word.strip_suffix('\''))
        .or_else(|| word.strip_suffix('\u{2019}'))
        .unwrap_or(word);
    let bytes = word.as_bytes();
    if bytes.is_empty() || !bytes.is_ascii() {
        return None;
    }
    let out = buf.get_mut(..bytes.len())?;
    for (o, b) in out.iter_mut().zip(bytes) {
        *o = b.to_ascii_lowercase();
    }
    Some(out)
}

/// WordNet's detachment rules: (suffix, ending).
fn rules(pos: Pos) -> &'static [(&'static [u8], &'static [u8])] {
    match pos {
        Pos::Noun => &[
            (b"s", b""),
            (b"ses", b"s"),
            (b"xes", b"x"),
            (b"zes", b"z"),
            (b"ches", b"ch"),
            (b"shes", b"sh"),
            (b"men", b"man"),
            (b"ies", b"y"),
        ],
        Pos::Verb => &[
            (b"s", b""),
            (b"ies", b"y"),
            (b"es", b"e"),
            (b"es", b""),
            (b"ed", b"e"),
            (b"ed", b""),
            (b"ing", b"e"),
            (b"ing", b""),
        ],
        Pos::Adjective => &[(b"er", b""), (b"est", b""), (b"er", b"e"), (b"est", b"e")],
        Pos::Adverb => &[],
    }
}

/// Morphy on a normalized word: every base in `pos`, given to `found`
/// (the same base may come twice).
fn candidates(lex: &Lexicon, word: &[u8], looked_up: data::Found, pos: Pos, mut found: impl FnMut(Lemma)) {
    if let Some(e) = looked_up.string.and_then(|s| lex.entry_in(s, pos)) {
        found(Lemma(e));
    }
    let exceptions = lex.exceptions(looked_up.exception, pos);
    for &e in exceptions {
        found(Lemma(e));
    }
    // As WordNet does: a listed exception is not also detached; nor is a
    // noun in -ss or of two letters.
    if !exceptions.is_empty() || (pos == Pos::Noun && (word.ends_with(b"ss") || word.len() <= 2)) {
        return;
    }
    let mut buf = [0u8; MAX_WORD];
    for &(suffix, ending) in rules(pos) {
        let Some(stem) = word.strip_suffix(suffix) else { continue };
        if stem.is_empty() {
            continue;
        }
        let Some(out) = buf.get_mut(..stem.len() + ending.len()) else { continue };
        let (head, tail) = out.split_at_mut(stem.len());
        head.copy_from_slice(stem);
        tail.copy_from_slice(ending);
        if let Some(e) = lex.find_string(out).and_then(|s| lex.entry_in(s, pos)) {
            found(Lemma(e));
        }
    }
}

/// Morphy on a normalized word: the most frequent base in `pos` (the
/// first found of equally frequent ones: the word itself, then the
/// exceptions, then the rules).
fn morphy(lex: &Lexicon, word: &[u8], looked_up: data::Found, pos: Pos) -> Option<Lemma> {
    let mut best: Option<Lemma> = None;
    candidates(lex, word, looked_up, pos, |candidate| {
        if best.is_none_or(|b| candidate.frequency() > b.frequency()) {
            best = Some(candidate);
        }
    });
    best
}

/// Every base of a word in every part of speech (at most [`MAX_BASES`]).
struct Bases {
    items: [Lemma; MAX_BASES],
    len: usize,
}

/// More bases than a word can have: per part of speech the word, its
/// exceptions (at most three) and the rules (at most eight).
const MAX_BASES: usize = 48;

impl Bases {
    fn of(word: &str) -> Bases {
        let mut bases = Bases { items: [Lemma(0); MAX_BASES], len: 0 };
        let mut buf = [0u8; MAX_WORD];
        if let Some(key) = normalize(word, &mut buf) {
            let lex = lexicon();
            let looked_up = lex.lookup(key);
            for pos in Pos::ALL {
                candidates(lex, key, looked_up, pos, |l| {
                    if !bases.as_slice().contains(&l) {
                        if let Some(slot) = bases.items.get_mut(bases.len) {
                            *slot = l;
                            bases.len += 1;
                        }
                    }
                });
            }
        }
        bases
    }

    fn as_slice(&self) -> &[Lemma] {
        self.items.get(..self.len).unwrap_or_default()
    }
}

/// The lemma of `word` as `pos`: WordNet's morphy (exception lists, the
/// word itself, detachment rules), the most frequent base when there are
/// several. `None` when WordNet has no such word.
///
/// ```
/// use factlint::lexical::{lemma, Pos};
/// assert_eq!(lemma("killed", Pos::Verb).map(|l| l.text()), Some("kill"));
/// assert_eq!(lemma("Children", Pos::Noun).map(|l| l.text()), Some("child"));
/// ```
pub fn lemma(word: &str, pos: Pos) -> Option<Lemma> {
    lemma_any(word).iter().find(|l| l.pos() == pos)
}

/// The verb of two words that `verb` makes with the word after it, when
/// WordNet has one ("step" and "down": "step_down"; "give" and "way":
/// "give_way"). `word` is written as in the text ("Down" is "down").
///
/// ```
/// use factlint::lexical::{lemma, phrasal_verb, Pos};
/// let step = lemma("stepped", Pos::Verb).unwrap();
/// assert_eq!(phrasal_verb(step, "down").map(|l| l.text()), Some("step_down"));
/// assert_eq!(phrasal_verb(step, "forward").map(|l| l.text()), Some("step_forward"));
/// assert_eq!(phrasal_verb(step, "inside"), None);
/// ```
pub fn phrasal_verb(verb: Lemma, word: &str) -> Option<Lemma> {
    if verb.pos() != Pos::Verb || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut buf = [0u8; MAX_WORD];
    let (head, rest) = (verb.text().as_bytes(), word.as_bytes());
    let out = buf.get_mut(..head.len() + 1 + rest.len())?;
    let (first, tail) = out.split_at_mut(head.len());
    first.copy_from_slice(head);
    let (underscore, second) = tail.split_first_mut()?;
    *underscore = b'_';
    for (o, b) in second.iter_mut().zip(rest) {
        *o = b.to_ascii_lowercase();
    }
    let lex = lexicon();
    lex.find_string(out).and_then(|s| lex.entry_in(s, Pos::Verb)).map(Lemma)
}

/// The readings of a word: at most one lemma per part of speech, the most
/// frequent first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Readings {
    items: [Option<Lemma>; 4],
}

impl Readings {
    /// The readings, most frequent first.
    pub fn iter(&self) -> impl Iterator<Item = Lemma> + use<> {
        self.items.into_iter().map_while(|l| l)
    }

    /// The most frequent reading.
    pub fn first(&self) -> Option<Lemma> {
        self.items.first().copied().flatten()
    }

    /// How many readings there are.
    pub fn len(&self) -> usize {
        self.iter().count()
    }

    /// Whether the word has no reading.
    pub fn is_empty(&self) -> bool {
        self.first().is_none()
    }

    /// The parts of speech of the readings.
    pub fn parts_of_speech(&self) -> PosSet {
        self.iter().map(Lemma::pos).collect()
    }
}

/// The readings of `word` in every part of speech, the most frequent first
/// (by SemCor tag count, then sense count; "killed" is first a verb,
/// "wounded" a verb, then an adjective and a noun).
pub fn lemma_any(word: &str) -> Readings {
    let mut buf = [0u8; MAX_WORD];
    let Some(key) = normalize(word, &mut buf) else { return Readings::default() };
    let Ok(text) = std::str::from_utf8(key) else { return readings_of(key) };
    // The frame reader asks about the words near each figure again for
    // every figure of a sentence: each thread remembers what it read.
    READINGS.with_borrow_mut(|cache| {
        if let Some(&r) = cache.get(text) {
            return r;
        }
        let r = readings_of(key);
        if cache.len() >= STEMS_KEPT {
            cache.clear();
        }
        cache.insert(text.into(), r);
        r
    })
}

/// The readings of a normalized word, looked up.
fn readings_of(key: &[u8]) -> Readings {
    let mut readings = Readings::default();
    let lex = lexicon();
    let looked_up = lex.lookup(key);
    for (slot, pos) in readings.items.iter_mut().zip(Pos::ALL) {
        *slot = morphy(lex, key, looked_up, pos);
    }
    readings.items.sort_by_key(|l| Reverse(l.map(Lemma::frequency)));
    readings
}

/// True when `word` is the plural (or another inflection) of a common
/// noun whose base is another word of three letters or more ("crowds":
/// crowd, "Families": family); not "his", which morphy takes for "hi".
pub fn is_plural_noun(word: &str) -> bool {
    lemma(word, Pos::Noun).is_some_and(|l| l.text().len() >= 3 && !l.text().eq_ignore_ascii_case(word))
}

/// The parts of speech WordNet has for `word` (through morphy).
pub fn parts_of_speech(word: &str) -> PosSet {
    lemma_any(word).parts_of_speech()
}

/// The most frequent part of speech of `word`, if WordNet has it.
pub fn dominant_pos(word: &str) -> Option<Pos> {
    lemma_any(word).first().map(Lemma::pos)
}

/// How `a` and `b` are related, the strongest way, if they are (see the
/// module documentation).
pub fn relation(a: Lemma, b: Lemma) -> Option<Relation> {
    if a == b {
        return Some(Relation { kind: RelationKind::Same, concept: None });
    }
    // Pairing asks about the same few pairs of words again and again
    // ("kill" and "die" in every bucket of a story): a small memo per
    // thread answers them without walking the features.
    let key = u64::from(a.0) << 32 | u64::from(b.0);
    let slot = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - RELATIONS_KEPT_BITS)) as usize;
    RELATIONS.with(|memo| {
        let mut memo = memo.borrow_mut();
        match memo.get(slot) {
            Some(&Some((k, r))) if k == key => r,
            _ => {
                let r = relation_of(a, b);
                if let Some(entry) = memo.get_mut(slot) {
                    *entry = Some((key, r));
                }
                r
            }
        }
    })
}

/// A [`relation`] answered: the pair of lemmas as one key, and the answer.
type Remembered = (u64, Option<Relation>);

/// The memo of [`relation`] holds 2^this answers per thread.
const RELATIONS_KEPT_BITS: u32 = 12;

/// [`relation`], walked from the features.
fn relation_of(a: Lemma, b: Lemma) -> Option<Relation> {
    let lex = lexicon();
    let (fa, fb) = (lex.features_of(a.0), lex.features_of(b.0));
    let (mut i, mut j) = (0, 0);
    let mut best: Option<Relation> = None;
    while let (Some(&x), Some(&y)) = (fa.get(i), fb.get(j)) {
        let (cx, cy) = (x >> 6, y >> 6);
        if cx < cy {
            i += 1;
        } else if cx > cy {
            j += 1;
        } else {
            if let Some(kind) = meet(x & 63, y & 63) {
                if best.is_none_or(|b| kind < b.kind) {
                    best = Some(Relation { kind, concept: Some(Concept(cx)) });
                }
            }
            i += 1;
            j += 1;
        }
    }
    best
}

/// Whether `a` and `b` mean the same thing (see the module documentation).
pub fn related(a: Lemma, b: Lemma) -> bool {
    relation(a, b).is_some()
}

/// The strongest [`relation`] between any base of one word and any base of
/// the other, in any part of speech (every base morphy finds, not only the
/// most frequent: "wound" is also the past of "wind", and still a verb).
pub fn words_relation(a: &str, b: &str) -> Option<Relation> {
    let (ba, bb) = (Bases::of(a), Bases::of(b));
    let mut best: Option<Relation> = None;
    for &x in ba.as_slice() {
        for &y in bb.as_slice() {
            if let Some(r) = relation(x, y) {
                if best.is_none_or(|b| r.kind < b.kind) {
                    best = Some(r);
                }
            }
        }
    }
    best
}

/// Whether two words mean the same thing: [`words_relation`] finds a
/// relation, or, when either word is not in WordNet, their stems are equal
/// ([`stem_key`]).
pub fn words_related(a: &str, b: &str) -> bool {
    if words_relation(a, b).is_some() {
        return true;
    }
    (Bases::of(a).len == 0 || Bases::of(b).len == 0) && stem_key(a) == stem_key(b)
}

/// A key for the Snowball English stem of `word` (lower-cased, without a
/// possessive): equal keys for "protesters" and "protester", "detentions"
/// and "detention". Words with other than ASCII letters are not stemmed
/// (the stemmer is only fed ASCII), only lower-cased. FNV-1a, the same on
/// every platform.
pub fn stem_key(word: &str) -> u64 {
    static STEMMER: OnceLock<rust_stemmers::Stemmer> = OnceLock::new();
    let mut buf = [0u8; MAX_WORD];
    match normalize(word, &mut buf).and_then(|k| std::str::from_utf8(k).ok()) {
        Some(key) => STEMS.with_borrow_mut(|stems| {
            if let Some(&stem) = stems.get(key) {
                return stem;
            }
            let stemmer = STEMMER.get_or_init(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English));
            let stem = crate::hash::stable_hash(&stemmer.stem(key));
            if stems.len() >= STEMS_KEPT {
                stems.clear();
            }
            stems.insert(key.into(), stem);
            stem
        }),
        // Too long or not ASCII: the lower-cased word itself.
        None => crate::hash::stable_hash(&word.to_lowercase()),
    }
}

#[cfg(test)]
mod tests;

/// The most stem keys each thread remembers (about 2 MB); past it, it
/// starts afresh.
const STEMS_KEPT: usize = 1 << 15;

thread_local! {
    /// Stem keys met by this thread, by normalized word: news repeats its
    /// words, and stemming costs a hundred times a look-up.
    static STEMS: std::cell::RefCell<crate::hash::FastMap<Box<str>, u64>> =
        std::cell::RefCell::new(crate::hash::FastMap::default());
    /// The last [`relation`] answered for each slot of its memo, with the
    /// pair of lemmas (as one key) it answers.
    static RELATIONS: std::cell::RefCell<Vec<Option<Remembered>>> =
        std::cell::RefCell::new(vec![None; 1 << RELATIONS_KEPT_BITS]);
    /// The readings of the words met by this thread, by normalized word.
    static READINGS: std::cell::RefCell<crate::hash::FastMap<Box<str>, Readings>> =
        std::cell::RefCell::new(crate::hash::FastMap::default());
}

/// True when a noun names a person in one of its frequent senses
/// (WordNet's noun.person: "woman", "victim", "officer", "adult").
pub fn is_person(lemma: Lemma) -> bool {
    lemma.pos() == Pos::Noun && lemma.entry().classes & CLASS_PERSON != 0
}

/// True when a noun names an event, an act, a process, a phenomenon, a
/// or a communication in one of its frequent senses
/// (WordNet's noun.event, noun.act, noun.process, noun.phenomenon,
/// noun.communication: "call", "quake", "strike", "stay"; not noun.time,
/// "year", "season", which measure):
/// what a duration or a date can be of.
pub fn is_event(lemma: Lemma) -> bool {
    lemma.pos() == Pos::Noun && lemma.entry().classes & CLASS_EVENT != 0
}

/// The class bits of an entry (see `scripts/build-lexicon.py`).
const CLASS_PERSON: u8 = 1;
const CLASS_EVENT: u8 = 2;
