//! The hash tables of the generated crate's lookups by name, built here
//! with the same FNV-1a the crate runs (`code.rs` writes its `fnv1a` and
//! `find_by_hash`), so the tables and the lookups agree.

/// FNV-1a (32 bits): the hash of the generated name tables. The generated
/// crate has the same function, as `fnv1a`.
fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |hash, &byte| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193))
}

/// The slots of an open-addressing hash table of `keys`: a power of two at
/// least twice the number of keys (so a probe always ends at an empty slot,
/// after about one and a half steps), each slot 0 when empty or the key's
/// position in `ALL` plus one. Keys go in in catalogue order, each at its
/// hash or the next free slot after it, so the table is deterministic.
///
/// A `match` on `&str` is the obvious alternative; measured with 15,000
/// names it took minutes to compile and its lookups grew with the count.
pub(super) fn hash_slots<'a>(keys: impl Iterator<Item = &'a str>) -> Vec<u32> {
    let keys: Vec<&str> = keys.collect();
    let size = (keys.len() * 2).next_power_of_two();
    let mask = size - 1;
    let mut slots = vec![0_u32; size];
    for (position, key) in keys.iter().enumerate() {
        let mut slot = fnv1a(key.as_bytes()) as usize & mask;
        while slots[slot] != 0 {
            slot = (slot + 1) & mask;
        }
        slots[slot] = u32::try_from(position + 1).expect("fewer than 2^32 catalogue entries");
    }
    slots
}

/// The buckets of the codes' name table: a power of two, at least as many as
/// the codes (about one code a bucket), each listing the codes whose name's
/// hash falls in it, in numeric order. A bucket depends only on its own
/// codes, so adding one code rewrites one line, and the number of buckets
/// changes only when the catalogue doubles. (An open-addressing table of
/// positions, as the other name tables use, renumbers or shifts its slots.)
pub(super) fn hash_buckets<'a>(keys: impl ExactSizeIterator<Item = (&'a str, u32)>) -> Vec<Vec<(&'a str, u32)>> {
    let mask = keys.len().next_power_of_two() - 1;
    let mut buckets = vec![Vec::new(); mask + 1];
    for (key, code) in keys {
        buckets[fnv1a(key.as_bytes()) as usize & mask].push((key, code));
    }
    for bucket in &mut buckets {
        bucket.sort_unstable_by_key(|&(_, code)| code);
    }
    buckets
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_published_test_vectors() {
        assert_eq!(fnv1a(b""), 0x811c_9dc5);
        assert_eq!(fnv1a(b"a"), 0xe40c_292c);
        assert_eq!(fnv1a(b"foobar"), 0xbf9c_f968);
    }

    #[test]
    fn hash_slots_hold_every_key_once_and_leave_half_empty() {
        let keys = ["A", "B", "C", "AUDIO_CAPTURE_FAILED", "X"];
        let slots = hash_slots(keys.iter().copied());
        assert_eq!(slots.len(), 16);
        let mut filled: Vec<u32> = slots.iter().copied().filter(|&slot| slot != 0).collect();
        filled.sort_unstable();
        assert_eq!(filled, [1, 2, 3, 4, 5]);
        // Each key sits at its hash or in the run of full slots right after it.
        for (position, key) in keys.iter().enumerate() {
            let mut slot = fnv1a(key.as_bytes()) as usize & 15;
            while slots[slot] != u32::try_from(position + 1).expect("small") {
                assert_ne!(slots[slot], 0, "{key} is not reachable from its hash");
                slot = (slot + 1) & 15;
            }
        }
        assert_eq!(hash_slots(std::iter::empty()), [0]);
    }

    #[test]
    fn hash_buckets_hold_every_code_once_where_its_name_hashes() {
        let keys = [("A", 7), ("B", 3), ("C", 9), ("AUDIO_CAPTURE_FAILED", 6010), ("X", 1)];
        let buckets = hash_buckets(keys.iter().copied());
        assert_eq!(buckets.len(), 8);
        let mut all: Vec<(&str, u32)> = buckets.concat();
        all.sort_unstable();
        let mut expected = keys.to_vec();
        expected.sort_unstable();
        assert_eq!(all, expected);
        for key in keys {
            assert!(buckets[fnv1a(key.0.as_bytes()) as usize & 7].contains(&key), "{key:?}");
        }
        assert!(buckets.iter().all(|bucket| bucket.is_sorted_by_key(|&(_, code)| code)));
        // The layout does not depend on the order of the catalogue.
        assert_eq!(hash_buckets(keys.iter().rev().copied()), buckets);
        assert_eq!(hash_buckets(std::iter::empty()), [Vec::<(&str, u32)>::new()]);
    }
}
