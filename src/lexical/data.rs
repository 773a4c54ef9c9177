//! Decoding `data/wordnet/lexicon.bin` (format in `data/wordnet/README.md`)
//! into the sorted tables that [`super`] searches. Decoding runs once; a
//! damaged file gives `None` (and so an empty lexicon), never a panic.

use super::Pos;

/// The file, built by `scripts/build-lexicon.py`.
pub(super) const DATA: &[u8] = include_bytes!("../../data/wordnet/lexicon.bin");

const MAGIC: &[u8] = b"FLWN";
const VERSION: u8 = 2;
const END: &[u8] = b"END!";

/// One (lemma, part of speech) pair.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Entry {
    /// Index of the lemma's text in [`Lexicon::strings`].
    pub string: u32,
    /// SemCor tag count summed over the senses.
    pub tags: u32,
    /// First feature in [`Lexicon::features`].
    pub feat_start: u32,
    /// Number of features.
    pub feat_len: u32,
    /// The part of speech.
    pub pos: Pos,
    /// WordNet senses (at most 63).
    pub senses: u8,
    /// Classes of a noun: 1 a person, 2 an event (see the data README).
    pub classes: u8,
}

/// The decoded lexicon.
#[derive(Debug, Default)]
pub(super) struct Lexicon {
    /// All lemma texts, one after another (ASCII).
    pub text: String,
    /// Start of each lemma text in `text`; one more than the lemmas.
    pub strings: Vec<u32>,
    /// First entry of each lemma text; one more than the lemmas.
    pub string_entries: Vec<u32>,
    /// Open-addressing hash table over the lemma texts and the exception
    /// forms: 0 is empty, `i << 1 | 1` is lemma text `i - 1`... see
    /// [`Lexicon::lookup`].
    pub slots: Vec<u32>,
    /// Entries sorted by text, then part of speech.
    pub entries: Vec<Entry>,
    /// `concept << 6 | flags`, sorted by concept within an entry.
    pub features: Vec<u32>,
    /// Exception forms, one after another.
    pub exc_text: String,
    /// Start of each exception form; one more than the forms.
    pub exc_strings: Vec<u32>,
    /// Part of speech of each exception.
    pub exc_pos: Vec<Pos>,
    /// First base entry of each exception; one more than the exceptions.
    pub exc_targets_start: Vec<u32>,
    /// Base entries of the exceptions.
    pub exc_targets: Vec<u32>,
    /// Number of concepts.
    pub concepts: u32,
    /// The sense cut-off: most senses per part of speech.
    pub max_core: u32,
    /// The sense cut-off: tag count a sense after the first needs.
    pub min_tags: u32,
}

struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.rest.split_first()?;
        self.rest = rest;
        Some(b)
    }

    fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        let (head, rest) = self.rest.split_at_checked(n)?;
        self.rest = rest;
        Some(head)
    }

    fn varint(&mut self) -> Option<u32> {
        let mut value: u64 = 0;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return u32::try_from(value).ok();
            }
        }
        None
    }

    /// A front-coded string: bytes shared with `prev`, then new bytes;
    /// appended to `text`, whose last string `prev` is.
    fn front_coded(&mut self, text: &mut Vec<u8>, prev: std::ops::Range<usize>) -> Option<()> {
        let shared = usize::from(self.byte()?);
        let fresh = usize::from(self.byte()?);
        if shared > prev.len() {
            return None;
        }
        let start = prev.start;
        text.extend_from_within(start..start + shared);
        text.extend_from_slice(self.bytes(fresh)?);
        Some(())
    }
}

fn to_u32(n: usize) -> Option<u32> {
    u32::try_from(n).ok()
}

/// Decodes the file; `None` when it is damaged or of another version.
pub(super) fn decode(data: &[u8]) -> Option<Lexicon> {
    let mut r = Reader { rest: data };
    if r.bytes(MAGIC.len())? != MAGIC || r.byte()? != VERSION {
        return None;
    }
    let n_strings = r.varint()?;
    let n_entries = r.varint()?;
    let concepts = r.varint()?;
    let n_exceptions = r.varint()?;
    let max_core = r.varint()?;
    let min_tags = r.varint()?;

    let mut lex = Lexicon { concepts, max_core, min_tags, ..Lexicon::default() };
    // Sized from the header (capped, as the header is input): no vector of
    // the lexicon doubles its way up to twice its size.
    let capacity = |n: u32| usize::try_from(n).unwrap_or(0).min(1 << 22) + 1;
    lex.strings.reserve_exact(capacity(n_strings));
    lex.string_entries.reserve_exact(capacity(n_strings));
    lex.entries.reserve_exact(capacity(n_entries));
    let mut text: Vec<u8> = Vec::new();
    let mut prev = 0..0;
    lex.strings.push(0);
    lex.string_entries.push(0);
    for string in 0..n_strings {
        let start = text.len();
        r.front_coded(&mut text, prev)?;
        prev = start..text.len();
        lex.strings.push(to_u32(text.len())?);
        let count = r.byte()?;
        if count == 0 || count > 4 {
            return None;
        }
        for _ in 0..count {
            let pos_senses = r.byte()?;
            let pos = Pos::from_index(pos_senses & 3)?;
            let tags = r.varint()?;
            let classes = r.byte()?;
            let n_features = r.varint()?;
            let feat_start = to_u32(lex.features.len())?;
            let mut concept = 0u32;
            for i in 0..n_features {
                let delta = r.varint()?;
                if i > 0 && delta == 0 {
                    return None;
                }
                concept = concept.checked_add(delta)?;
                let flags = r.byte()?;
                if concept >= concepts || flags == 0 || flags >= 64 {
                    return None;
                }
                lex.features.push(concept << 6 | u32::from(flags));
            }
            lex.entries.push(Entry {
                string,
                tags,
                feat_start,
                feat_len: n_features,
                pos,
                senses: pos_senses >> 2,
                classes,
            });
        }
        lex.string_entries.push(to_u32(lex.entries.len())?);
    }
    if lex.entries.len() != usize::try_from(n_entries).ok()? || !text.is_ascii() {
        return None;
    }
    lex.features.shrink_to_fit();
    lex.text = String::from_utf8(text).ok()?;
    lex.text.shrink_to_fit();

    let mut exc: Vec<u8> = Vec::new();
    let mut prev = 0..0;
    lex.exc_strings.push(0);
    lex.exc_targets_start.push(0);
    for _ in 0..n_exceptions {
        let start = exc.len();
        r.front_coded(&mut exc, prev)?;
        prev = start..exc.len();
        lex.exc_strings.push(to_u32(exc.len())?);
        lex.exc_pos.push(Pos::from_index(r.byte()?)?);
        for _ in 0..r.byte()? {
            let target = r.varint()?;
            if target >= n_entries {
                return None;
            }
            lex.exc_targets.push(target);
        }
        lex.exc_targets_start.push(to_u32(lex.exc_targets.len())?);
    }
    if r.rest != END || !exc.is_ascii() {
        return None;
    }
    lex.exc_text = String::from_utf8(exc).ok()?;
    lex.exc_text.shrink_to_fit();
    for v in [&mut lex.exc_strings, &mut lex.exc_targets_start, &mut lex.exc_targets] {
        v.shrink_to_fit();
    }
    lex.slots = hash_index(&lex)?;
    Some(lex)
}

/// FNV-1a of a word, for the hash table.
fn hash(key: &[u8]) -> usize {
    crate::hash::fnv_bytes(crate::hash::FNV_OFFSET, key.iter().copied()) as usize
}

const SLOT_LEMMA: u32 = 0;
const SLOT_EXCEPTION: u32 = 1;

/// The hash table: every lemma text and every distinct exception form
/// (its first exception), at most half full.
fn hash_index(lex: &Lexicon) -> Option<Vec<u32>> {
    let n_strings = lex.strings.len().checked_sub(1)?;
    let n_exc = lex.exc_pos.len();
    let size = ((n_strings + n_exc) * 2).next_power_of_two();
    let mask = size - 1;
    let mut slots = vec![0u32; size];
    let mut insert = |key: &[u8], value: u32| -> Option<()> {
        let mut i = hash(key) & mask;
        loop {
            let slot = slots.get_mut(i)?;
            if *slot == 0 {
                *slot = value;
                return Some(());
            }
            i = (i + 1) & mask;
        }
    };
    for i in 0..n_strings {
        insert(lex.string(i)?.as_bytes(), (to_u32(i)? + 1) << 1 | SLOT_LEMMA)?;
    }
    let mut prev: Option<&[u8]> = None;
    for i in 0..n_exc {
        let form = lex.exc_form(i);
        if prev != Some(form) {
            insert(form, (to_u32(i)? + 1) << 1 | SLOT_EXCEPTION)?;
        }
        prev = Some(form);
    }
    Some(slots)
}

/// What the hash table holds for one word.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Found {
    /// The lemma text equal to the word.
    pub string: Option<usize>,
    /// The first exception whose form is the word.
    pub exception: Option<usize>,
}

impl Lexicon {
    /// The text of lemma string `i`.
    pub fn string(&self, i: usize) -> Option<&str> {
        let start = usize::try_from(*self.strings.get(i)?).ok()?;
        let end = usize::try_from(*self.strings.get(i + 1)?).ok()?;
        self.text.get(start..end)
    }

    /// The lemma text and the exceptions equal to `key`.
    pub fn lookup(&self, key: &[u8]) -> Found {
        let mut found = Found::default();
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = hash(key) & mask;
        while let Some(&slot) = self.slots.get(i) {
            if slot == 0 {
                break;
            }
            let index = (slot >> 1) as usize - 1;
            if slot & 1 == SLOT_LEMMA {
                if self.string(index).is_some_and(|s| s.as_bytes() == key) {
                    found.string = Some(index);
                }
            } else if self.exc_form(index) == key {
                found.exception = Some(index);
            }
            i = (i + 1) & mask;
        }
        found
    }

    /// The lemma text equal to `key`.
    pub fn find_string(&self, key: &[u8]) -> Option<usize> {
        self.lookup(key).string
    }

    /// The entries of lemma string `i`.
    pub fn entries_of(&self, i: usize) -> std::ops::Range<usize> {
        let start = self.string_entries.get(i).map_or(0, |&s| s as usize);
        let end = self.string_entries.get(i + 1).map_or(start, |&e| e as usize);
        start..end.max(start)
    }

    /// The entry of lemma text `string` in part of speech `pos`.
    pub fn entry_in(&self, string: usize, pos: Pos) -> Option<u32> {
        self.entries_of(string).find(|&e| self.entries.get(e).is_some_and(|x| x.pos == pos)).and_then(to_u32)
    }

    /// The features of entry `e`.
    pub fn features_of(&self, e: u32) -> &[u32] {
        self.entries
            .get(e as usize)
            .and_then(|x| self.features.get(x.feat_start as usize..(x.feat_start as usize + x.feat_len as usize)))
            .unwrap_or_default()
    }

    /// The form of exception `i`.
    fn exc_form(&self, i: usize) -> &[u8] {
        let s = self.exc_strings.get(i).map_or(0, |&s| s as usize);
        let e = self.exc_strings.get(i + 1).map_or(s, |&e| e as usize);
        self.exc_text.as_bytes().get(s..e).unwrap_or_default()
    }

    /// The base entries of the exceptions from `first` on (all of one form)
    /// in `pos`.
    pub fn exceptions(&self, first: Option<usize>, pos: Pos) -> &[u32] {
        let Some(first) = first else { return &[] };
        let form = self.exc_form(first);
        let mut i = first;
        while i < self.exc_pos.len() && self.exc_form(i) == form {
            if self.exc_pos.get(i) == Some(&pos) {
                let s = self.exc_targets_start.get(i).map_or(0, |&s| s as usize);
                let e = self.exc_targets_start.get(i + 1).map_or(s, |&e| e as usize);
                return self.exc_targets.get(s..e).unwrap_or_default();
            }
            i += 1;
        }
        &[]
    }
}
