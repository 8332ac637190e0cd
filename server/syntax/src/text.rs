//! Byte ranges into a document and the one line splitter every layer uses.
//!
//! Offsets are bytes into the text exactly as it was read (CRLF kept), so a
//! range can be sliced out of the original buffer and a fix applied to it
//! without a translation table. Lines end at `\n`, `\r\n` or a lone `\r`, the
//! three line endings the Language Server Protocol recognises.

use std::fmt;

/// A half-open byte range `start..end` into a document's text.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TextRange {
    pub start: usize,
    pub end: usize,
}

impl TextRange {
    pub fn new(start: usize, end: usize) -> TextRange {
        debug_assert!(start <= end, "inverted range {start}..{end}");
        TextRange { start, end }
    }

    pub fn empty(offset: usize) -> TextRange {
        TextRange::new(offset, offset)
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `offset` lies inside the range or touches its end, which is
    /// where a cursor stands after typing the last character.
    pub fn touches(self, offset: usize) -> bool {
        self.start <= offset && offset <= self.end
    }

    pub fn slice(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    /// The range that `part`, a slice of `text`, takes in it: the
    /// inverse of [`TextRange::slice`].
    pub(crate) fn of(text: &str, part: &str) -> TextRange {
        let start = offset_in(text, part);
        TextRange::new(start, start + part.len())
    }

    /// The part of the range between its first and its last non-blank
    /// character; empty, at the range's start, when it is all blank.
    pub fn trimmed(self, text: &str) -> TextRange {
        let slice = self.slice(text);
        let start = self.start + (slice.len() - slice.trim_start().len());
        let end = (self.start + slice.trim_end().len()).max(start);
        TextRange::new(start, end)
    }

    pub fn shifted(self, by: usize) -> TextRange {
        TextRange::new(self.start + by, self.end + by)
    }
}

impl fmt::Debug for TextRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// One line of a document: `start..end` is its content, `next` the offset
/// after its line ending (equal to `end` on the last line without one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
    pub next: usize,
}

impl Line {
    pub fn range(self) -> TextRange {
        TextRange::new(self.start, self.end)
    }

    pub fn text(self, text: &str) -> &str {
        &text[self.start..self.end]
    }
}

/// Splits `text` into lines at `\n`, `\r\n` and `\r`. An empty text has one
/// empty line, and so does the end of a text that ends with a line break:
/// that is where a cursor can stand.
pub fn lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut lines = Vec::with_capacity(bytes.len() / 40 + 1);
    let mut start = 0;
    // memchr's vectorised search: a byte-by-byte loop here was a fifth of
    // the parser's time on the seed.
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        if i < start {
            // The `\n` of a `\r\n` already consumed.
            continue;
        }
        let next = if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            i + 2
        } else {
            i + 1
        };
        lines.push(Line {
            start,
            end: i,
            next,
        });
        start = next;
    }
    lines.push(Line {
        start,
        end: bytes.len(),
        next: bytes.len(),
    });
    lines
}

/// The line ending fixes insert: the one that ends the text's first line
/// (`\n` when there is none). Files keep one convention, and looking at the
/// first break costs nothing, where counting them all would cost a scan of
/// the whole file for every fix offered.
pub fn dominant_line_ending(text: &str) -> &'static str {
    // Bytes, not chars: a fix for each of a large file's findings asks, and
    // its first line may be a long paragraph.
    let bytes = text.as_bytes();
    match bytes
        .iter()
        .position(|&byte| byte == b'\n' || byte == b'\r')
    {
        Some(at) if bytes[at..].starts_with(b"\r\n") => "\r\n",
        _ => "\n",
    }
}

/// `text` without one pair of the same marks around it: `**Title**`,
/// `"value"`.
pub(crate) fn unwrap_pair<'a>(text: &'a str, marks: &[&str]) -> Option<&'a str> {
    marks
        .iter()
        .find_map(|mark| text.strip_prefix(mark)?.strip_suffix(mark))
}

/// HTML tags that only place or style the words they wrap, bold aside.
pub(crate) const STYLING_TAGS: &[&str] = &["center", "u", "i", "em", "span", "font", "mark"];

/// A text without the HTML tags that style words inside it, their words
/// kept: `Weight-<i>D</i>ecomposed L<i>o</i>w-<i>R</i>ank` → `Weight-
/// Decomposed Low-Rank`, `<b>Residual</b>`, `<span style="…">`.
pub(crate) fn without_inline_tags(text: &str) -> std::borrow::Cow<'_, str> {
    // (The styling tags, bold and raised or lowered letters too.)
    const MORE: &[&str] = &["b", "strong", "sup", "sub"];
    // The length of the tag opening `rest` (`<i>`, `</i>`, `<span …>`).
    let tag_len = |rest: &str| {
        let name_at = if rest.starts_with("</") { 2 } else { 1 };
        let name_len = rest[name_at..]
            .bytes()
            .take_while(u8::is_ascii_alphabetic)
            .count();
        let name = &rest[name_at..name_at + name_len];
        let after = &rest[name_at + name_len..];
        let close = if after.starts_with('>') {
            0
        } else if name_at == 1 && after.starts_with(' ') {
            after.find('>')?
        } else {
            return None;
        };
        STYLING_TAGS
            .iter()
            .chain(MORE)
            .any(|tag| name.eq_ignore_ascii_case(tag))
            .then_some(name_at + name_len + close + 1)
    };
    if !text.contains('<') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while let Some(open) = text[at..].find('<') {
        let open = at + open;
        out.push_str(&text[at..open]);
        match tag_len(&text[open..]) {
            Some(len) => at = open + len,
            None => {
                out.push('<');
                at = open + 1;
            }
        }
    }
    out.push_str(&text[at..]);
    std::borrow::Cow::Owned(out)
}

/// The words of a line wrapped whole in one of `tags` (`<center>METHODS
/// </center>`, `<u>Results</u>`, `<center> AutoHR: … </center>`), trimmed,
/// and where they start in `line`.
pub(crate) fn wrapped_in_tag<'a>(line: &'a str, tags: &[&str]) -> Option<(&'a str, usize)> {
    tags.iter().find_map(|tag| {
        let rest = line.strip_prefix('<')?.strip_prefix(tag)?;
        let open = rest.find('>')?;
        (open == 0 || rest.starts_with(' ')).then_some(())?;
        let inner = rest[open + 1..].strip_suffix(&format!("</{tag}>"))?;
        (!inner.contains('<') && !inner.trim().is_empty()).then(|| {
            (
                inner.trim(),
                1 + tag.len() + open + 1 + (inner.len() - inner.trim_start().len()),
            )
        })
    })
}

/// Where `inner`, a slice of `outer`, starts within it, in bytes.
pub(crate) fn offset_in(outer: &str, inner: &str) -> usize {
    debug_assert!(
        outer.as_ptr() as usize <= inner.as_ptr() as usize
            && inner.as_ptr() as usize + inner.len() <= outer.as_ptr() as usize + outer.len()
    );
    inner.as_ptr() as usize - outer.as_ptr() as usize
}

/// The words of a text, split at whatever is not a letter or a digit
/// (`paper-review_notes` → `paper`, `review`, `notes`).
pub(crate) fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|ch: char| !ch.is_alphanumeric())
        .filter(|word| !word.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(text: &str) -> Vec<&str> {
        lines(text)
            .into_iter()
            .map(|line| line.text(text))
            .collect()
    }

    #[test]
    fn inline_styling_tags_go_and_their_words_stay() {
        assert_eq!(
            without_inline_tags("Weight-<i>D</i>ecomposed L<i>o</i>w-<I>R</I>ank"),
            "Weight-Decomposed Low-Rank"
        );
        assert_eq!(
            without_inline_tags(r#"<span style="color:red">실험</span> 🚀 <b>결과</b>"#),
            "실험 🚀 결과"
        );
        // Not a comparison, a type's parameter, or a tag that is no style.
        assert_eq!(
            without_inline_tags("x < y, Vec<T>, <br>"),
            "x < y, Vec<T>, <br>"
        );
        assert_eq!(without_inline_tags("a <b"), "a <b");
    }

    #[test]
    fn splits_on_all_three_line_endings() {
        assert_eq!(contents("가\n나\r\n다\r라"), ["가", "나", "다", "라"]);
        assert_eq!(contents(""), [""]);
        assert_eq!(contents("a\n"), ["a", ""]);
        assert_eq!(contents("\r\n\r\n"), ["", "", ""]);
    }

    #[test]
    fn next_skips_the_whole_line_ending() {
        let text = "목적\r\nMethod";
        let all = lines(text);
        assert_eq!(
            all[0],
            Line {
                start: 0,
                end: 6,
                next: 8
            }
        );
        assert_eq!(all[1].text(text), "Method");
    }

    #[test]
    fn line_ending_follows_the_first_line() {
        assert_eq!(dominant_line_ending("a\r\nb\r\nc\n"), "\r\n");
        assert_eq!(dominant_line_ending("a\nb\r\n"), "\n");
        assert_eq!(dominant_line_ending("a\nb"), "\n");
        assert_eq!(dominant_line_ending("no breaks"), "\n");
    }
}
