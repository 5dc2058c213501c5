//! Text helpers that both the loader and the emitters need.
//!
//! The loader checks that a description names every method listed for its
//! code; the Markdown emitter puts each such mention in a code span. Both
//! must find the same mentions, so both call `find_mentions` here.

/// Whether `text` names `method` as a whole word (so `chat.send` is not
/// found inside `chat.sendFile`).
pub(crate) fn mentions(text: &str, method: &str) -> bool {
    find_mentions(text, method).next().is_some()
}

/// The byte offsets where `text` names `method` as a whole word.
pub(crate) fn find_mentions<'a>(text: &'a str, method: &'a str) -> impl Iterator<Item = usize> + 'a {
    let continues = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    text.match_indices(method).map(|(start, _)| start).filter(move |&start| {
        let before = text[..start].chars().next_back();
        let after = text[start + method.len()..].chars().next();
        !before.is_some_and(|c| continues(c) || c == '.')
            && !after
                .is_some_and(|c| continues(c) || (c == '.' && text[start + method.len() + 1..].starts_with(continues)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn method_mentions_are_whole_words() {
        assert!(mentions("Occurs in chat.sendFile because", "chat.sendFile"));
        assert!(!mentions("Occurs in chat.sendFile because", "chat.send"));
        assert!(mentions("Occurs in stream.getAnnotationController.clear or", "stream.getAnnotationController.clear"));
        assert!(!mentions("Occurs in stream.getAnnotationController.clear", "stream.getAnnotationController"));
        assert!(mentions("before client.join has resolved.", "client.join"));
    }
}
