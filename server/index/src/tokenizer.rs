//! The `review_words` tokenizer: words for Latin text, bigrams for Hangul.
//!
//! Korean words carry particles (`논문은`, `논문을`, `트랜스포머는`): a
//! whitespace tokenizer keeps them attached and `논문` never matches. Cutting
//! every Hangul run into overlapping two-syllable grams makes `논문은` →
//! `논문`, `문은`, so a query for `논문` finds it, and a query for `논문은`
//! (matching at least all but one of its grams) finds `논문`. Text splits where
//! Hangul meets Latin (`Transformer를` → `transformer`, `를`), so mixed
//! Korean/English prose tokenizes as its writers mean it.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};
use unicode_normalization::UnicodeNormalization;

pub(crate) const NAME: &str = "review_words";

#[derive(Clone, Default)]
pub(crate) struct ReviewWords;

pub(crate) struct ReviewWordsStream {
    tokens: Vec<Token>,
    index: usize,
}

fn is_hangul(ch: char) -> bool {
    ('가'..='힣').contains(&ch)
}

/// The tokens of `text`, as (byte range, text).
pub(crate) fn tokens(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut position = 0;
    let mut push = |tokens: &mut Vec<Token>, from: usize, to: usize, text: String| {
        tokens.push(Token {
            offset_from: from,
            offset_to: to,
            position,
            text,
            position_length: 1,
        });
        position += 1;
    };
    let mut chars = text.char_indices().peekable();
    while let Some((start, ch)) = chars.next() {
        if !ch.is_alphanumeric() {
            continue;
        }
        let hangul = is_hangul(ch);
        let mut run = vec![(start, ch)];
        while let Some(&(offset, next)) = chars.peek() {
            if !next.is_alphanumeric() || is_hangul(next) != hangul {
                break;
            }
            run.push((offset, next));
            chars.next();
        }
        let end = run
            .last()
            .map_or(start, |&(offset, ch)| offset + ch.len_utf8());
        if !hangul {
            // Folded as title keys are (`ﬁne` is `fine`, `ＢＥＲＴ` is
            // `bert`); the token keeps the bytes it was read from.
            let word = &text[start..end];
            let folded = if word.is_ascii() {
                word.to_lowercase()
            } else {
                word.nfkc().collect::<String>().to_lowercase()
            };
            push(&mut tokens, start, end, folded);
        } else if run.len() == 1 {
            push(&mut tokens, start, end, ch.to_string());
        } else {
            for pair in run.windows(2) {
                let (from, first) = pair[0];
                let (at, second) = pair[1];
                push(
                    &mut tokens,
                    from,
                    at + second.len_utf8(),
                    format!("{first}{second}"),
                );
            }
        }
    }
    tokens
}

impl Tokenizer for ReviewWords {
    type TokenStream<'a> = ReviewWordsStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ReviewWordsStream {
        ReviewWordsStream {
            tokens: tokens(text),
            index: 0,
        }
    }
}

impl TokenStream for ReviewWordsStream {
    fn advance(&mut self) -> bool {
        self.index += 1;
        self.index <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.index - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.index - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        tokens(text).into_iter().map(|token| token.text).collect()
    }

    #[test]
    fn latin_words_and_hangul_bigrams() {
        assert_eq!(
            texts("Decision Transformer를 논문은 봄"),
            ["decision", "transformer", "를", "논문", "문은", "봄"]
        );
        assert_eq!(
            texts("Rank-1 Factors, 16x16"),
            ["rank", "1", "factors", "16x16"]
        );
        assert_eq!(texts("  "), Vec::<String>::new());
    }

    #[test]
    fn ligatures_and_full_width_letters_fold_and_keep_their_bytes() {
        let found = tokens("ﬁne-tuning ＢＥＲＴ를");
        let seen: Vec<(&str, std::ops::Range<usize>)> = found
            .iter()
            .map(|token| (token.text.as_str(), token.offset_from..token.offset_to))
            .collect();
        // `ﬁ` is 3 bytes (so `ﬁne` is 5), each full-width letter 3.
        assert_eq!(
            seen,
            [
                ("fine", 0..5),
                ("tuning", 6..12),
                ("bert", 13..25),
                ("를", 25..28)
            ]
        );
    }
}
