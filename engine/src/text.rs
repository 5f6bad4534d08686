//! Free-text matching: case- and accent-insensitive words, so that "platano" finds "plátano".

/// Lower-cases and removes the accents of Latin letters; other characters pass through.
///
/// ```
/// assert_eq!(portolan_engine::text::fold("Plátano CAFÉ Açaí"), "platano cafe acai");
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        for lower in c.to_lowercase() {
            out.push(strip_accent(lower));
        }
    }
    out
}

fn strip_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ī' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' => 'u',
        'ñ' | 'ń' => 'n',
        'ç' | 'ć' | 'č' => 'c',
        'ý' | 'ÿ' => 'y',
        'š' | 'ś' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ł' => 'l',
        'ğ' => 'g',
        'ı' => 'i',
        other => other,
    }
}

/// The words of a text, folded: runs of letters and digits.
pub fn words(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold)
}

/// Whether every word of `query` begins some word of `text` (both folded).
pub fn matches_all_words(query_words: &[String], text_words: &[String]) -> bool {
    query_words
        .iter()
        .all(|q| text_words.iter().any(|w| w.starts_with(q.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_folded_and_split() {
        let w: Vec<String> = words("Bananas, in 'reefer' containers (São Paulo)").collect();
        assert_eq!(w, ["bananas", "in", "reefer", "containers", "sao", "paulo"]);
    }

    #[test]
    fn every_query_word_must_begin_a_word() {
        let text: Vec<String> = words("Cocaine in banana boxes").collect();
        let q = |s: &str| words(s).collect::<Vec<_>>();
        assert!(matches_all_words(&q("banan"), &text));
        assert!(matches_all_words(&q("BOX banana"), &text));
        assert!(!matches_all_words(&q("anana"), &text));
        assert!(!matches_all_words(&q("banana coffee"), &text));
    }
}
