//! What a slip does to a figure's digits: one changed, or two neighbours
//! swapped ("57" for "52", "43" for "34", "11:15" for "11:51"). Ages and
//! times of day are compared only when they could be one figure told with
//! such a slip, or are near enough.

/// True when two digit strings of one length differ in one place, or by
/// two neighbouring digits swapped.
pub(super) fn one_edit(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut differ = (0..a.len()).filter(|&i| a.get(i) != b.get(i));
    match (differ.next(), differ.next(), differ.next()) {
        (None, _, _) | (Some(_), None, _) => true,
        (Some(i), Some(j), None) => j == i + 1 && a.get(i) == b.get(j) && a.get(j) == b.get(i),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::one_edit;

    #[test]
    fn one_digit_changed_or_two_neighbours_swapped() {
        assert!(one_edit(b"57", b"52") && one_edit(b"43", b"34") && one_edit(b"1151", b"1115"));
        assert!(!one_edit(b"29", b"77"), "two digits changed");
        assert!(!one_edit(b"123", b"321"), "two digits swapped across a third");
        assert!(!one_edit(b"9", b"19"), "another length");
    }
}
