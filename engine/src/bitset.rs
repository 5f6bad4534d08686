//! A fixed-size set of record indices, one bit per record, combined a 64-bit word at a time.

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bitset {
    words: Vec<u64>,
    len: usize,
}

impl Bitset {
    /// No record.
    pub fn empty(len: usize) -> Self {
        Bitset {
            words: vec![0; len.div_ceil(64)],
            len,
        }
    }

    /// Every record.
    pub fn full(len: usize) -> Self {
        let mut b = Bitset {
            words: vec![u64::MAX; len.div_ceil(64)],
            len,
        };
        b.clear_tail();
        b
    }

    /// Builds the set of `i < len` for which `keep(i)` holds, a word at a time.
    pub fn from_fn(len: usize, mut keep: impl FnMut(usize) -> bool) -> Self {
        let mut words = Vec::with_capacity(len.div_ceil(64));
        for base in (0..len).step_by(64) {
            let end = (base + 64).min(len);
            let mut w = 0u64;
            for i in base..end {
                w |= u64::from(keep(i)) << (i - base);
            }
            words.push(w);
        }
        Bitset { words, len }
    }

    fn clear_tail(&mut self) {
        let extra = self.words.len() * 64 - self.len;
        if extra > 0 {
            if let Some(last) = self.words.last_mut() {
                *last &= u64::MAX >> extra;
            }
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn words(&self) -> &[u64] {
        &self.words
    }

    pub fn insert(&mut self, i: usize) {
        self.words[i / 64] |= 1 << (i % 64);
    }

    pub fn contains(&self, i: usize) -> bool {
        self.words
            .get(i / 64)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    pub fn and_with(&mut self, other: &Bitset) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= b;
        }
    }

    /// The records not in the set.
    pub fn complement(&self) -> Bitset {
        let mut b = Bitset {
            words: self.words.iter().map(|w| !w).collect(),
            len: self.len,
        };
        b.clear_tail();
        b
    }

    /// Calls `f` with each member, in increasing order.
    #[inline]
    pub fn for_each(&self, mut f: impl FnMut(usize)) {
        for (wi, &word) in self.words.iter().enumerate() {
            let mut w = word;
            while w != 0 {
                let bit = w.trailing_zeros() as usize;
                f(wi * 64 + bit);
                w &= w - 1;
            }
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(wi, &word)| {
            let mut w = word;
            std::iter::from_fn(move || {
                (w != 0).then(|| {
                    let bit = w.trailing_zeros() as usize;
                    w &= w - 1;
                    wi * 64 + bit
                })
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_combine_and_count() {
        let a = Bitset::from_fn(130, |i| i % 2 == 0);
        let b = Bitset::from_fn(130, |i| i % 3 == 0);
        let mut ab = a.clone();
        ab.and_with(&b);
        assert_eq!(
            ab.iter().collect::<Vec<_>>(),
            (0..130).filter(|i| i % 6 == 0).collect::<Vec<_>>()
        );
        assert_eq!(Bitset::full(130).count(), 130);
        assert_eq!(a.complement().count(), 65);
        assert_eq!(Bitset::full(130).complement().count(), 0);
        let mut seen = vec![];
        b.for_each(|i| seen.push(i));
        assert_eq!(seen, b.iter().collect::<Vec<_>>());
        assert!(b.contains(129) && !b.contains(128) && !b.contains(1000));
    }
}
