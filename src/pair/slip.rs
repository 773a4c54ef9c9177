//! What a slip does to a figure's digits: one changed, or two neighbours
//! swapped ("57" for "52", "43" for "34", "11:15" for "11:51"), or in a
//! long figure two swapped across one ("2,604" for "2,406"). Ages and
//! times of day are compared only when they could be one figure told with
//! such a slip, or are near enough.

/// True when two digit strings of one length differ in one place, or by
/// two neighbouring digits swapped.
pub(super) fn one_edit(a: &[u8], b: &[u8]) -> bool {
    swapped_within(a, b, 1)
}

/// True when two digit strings of one length differ in one place, or by
/// two digits swapped at most `reach` places apart ("2,406" and "2,604"
/// at a reach of 2).
pub(super) fn swapped_within(a: &[u8], b: &[u8], reach: usize) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut differ = (0..a.len()).filter(|&i| a.get(i) != b.get(i));
    match (differ.next(), differ.next(), differ.next()) {
        (None, _, _) | (Some(_), None, _) => true,
        (Some(i), Some(j), None) => j - i <= reach && a.get(i) == b.get(j) && a.get(j) == b.get(i),
        _ => false,
    }
}

/// True when two whole numbers have one length and differ by two
/// neighbouring digits swapped ("32" for "23", "143" for "134"): the mark
/// of a slip of the keyboard, rarely of a figure that changed.
pub fn digits_swapped(a: u64, b: u64) -> bool {
    let (x, y) = (Decimal::of(a), Decimal::of(b));
    let (x, y) = (x.as_slice(), y.as_slice());
    let differ = x.iter().zip(y).filter(|(p, q)| p != q).count();
    x.len() == y.len() && differ == 2 && one_edit(x, y)
}

/// A whole number's ASCII decimal digits, most significant first, kept
/// without allocating ("24": `b"24"`).
#[derive(Clone, Copy)]
pub(super) struct Decimal {
    bytes: [u8; 20],
    len: usize,
}

impl Decimal {
    /// The digits of `n` (20 places hold any `u64`).
    pub(super) fn of(n: u64) -> Decimal {
        let mut bytes = [0u8; 20];
        let mut len = 0;
        let mut rest = n;
        while let Some(slot) = bytes.get_mut(len) {
            *slot = b'0' + (rest % 10) as u8;
            len += 1;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        if let Some(digits) = bytes.get_mut(..len) {
            digits.reverse();
        }
        Decimal { bytes, len }
    }

    /// The digits.
    pub(super) fn as_slice(&self) -> &[u8] {
        self.bytes.get(..self.len).unwrap_or_default()
    }

    /// The digits, one at a time.
    pub(super) fn digits(self) -> impl Iterator<Item = u8> {
        self.bytes.into_iter().take(self.len)
    }
}

#[cfg(test)]
mod tests {
    use super::{digits_swapped, one_edit, swapped_within, Decimal};

    #[test]
    fn decimal_digits_are_written_most_significant_first() {
        let digits = |n: u32| Decimal::of(u64::from(n)).digits().collect::<Vec<u8>>();
        assert_eq!(digits(0), b"0");
        assert_eq!(digits(24), b"24");
        assert_eq!(digits(u32::MAX), b"4294967295");
    }

    #[test]
    fn swapped_digits_are_two_neighbours_exchanged() {
        assert!(digits_swapped(23, 32) && digits_swapped(134, 143) && digits_swapped(412, 421));
        assert!(!digits_swapped(23, 29), "one digit changed");
        assert!(!digits_swapped(23, 23) && !digits_swapped(123, 321) && !digits_swapped(9, 90));
    }

    #[test]
    fn one_digit_changed_or_two_neighbours_swapped() {
        assert!(one_edit(b"57", b"52") && one_edit(b"43", b"34") && one_edit(b"1151", b"1115"));
        assert!(!one_edit(b"29", b"77"), "two digits changed");
        assert!(!one_edit(b"123", b"321"), "two digits swapped across a third");
        assert!(!one_edit(b"9", b"19"), "another length");
    }

    #[test]
    fn digits_swapped_across_one_are_within_a_reach_of_two() {
        assert!(swapped_within(b"2406", b"2604", 2) && !swapped_within(b"2406", b"2604", 1));
        assert!(!swapped_within(b"2406", b"6402", 2), "three places apart");
        assert!(!swapped_within(b"2406", b"2614", 2), "two digits changed");
    }
}
