//! HTML (CMS exports): a prose view of the same length as the input, like Markdown's.
//!
//! One linear pass over the bytes. Markup (tags, comments, `<!DOCTYPE>`, CDATA, processing
//! instructions) is blanked; the content of `script`, `style`, `template`, `noscript`, `svg`,
//! `math`, `iframe`, `object` and `head` is blanked whole; character references are decoded in
//! place to ASCII (`&ldquo;` becomes `"` followed by spaces, `&rsquo;` an apostrophe, `&mdash;`
//! a dash), so quotes written as entities are still quotes, every offset still points into the
//! file, and every char boundary of the file is one of the view. A reference to a character
//! with no ASCII stand-in (`&eacute;`) is left as written. Block elements (`p`, `div`, headings,
//! list items, table cells, `blockquote`, `br br`…) end paragraphs; inline elements (`a`, `em`,
//! `span`…) do not. `<title>` and the usual `<meta>` tags (`og:site_name`,
//! `article:published_time`, `date`, `og:title`…) give the metadata.
//!
//! Known limits: an entity inside a word (`O&rsquo;Brien`) is decoded with spaces after it, so
//! the word is cut in two in the prose view; curly quotes written as entities become straight
//! quotes, which the parser pairs by alternation rather than by direction.

use whosaid_core::{BlockKind, Metadata, Span};

use crate::plain::trim;

/// The result of reading an HTML text.
pub(crate) struct Parsed {
    /// The prose view (same length as the input, same char boundaries).
    pub view: String,
    pub metadata: Metadata,
    /// Paragraph spans (trimmed in the view) and their block kinds, in input order.
    pub paragraphs: Vec<(Span, BlockKind)>,
}

/// Elements whose whole content is not prose.
const HIDDEN: &[&str] = &[
    "script", "style", "template", "noscript", "svg", "math", "iframe", "object", "head", "select",
    "textarea", "button", "nav", "pre",
];

/// Elements that start or end a block of prose (anything else is inline).
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "blockquote",
    "figure",
    "figcaption",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "caption",
    "form",
    "fieldset",
    "address",
    "details",
    "summary",
    "hr",
    "body",
    "html",
    "center",
];

/// Builds the prose view, metadata and paragraphs of HTML `text`.
pub(crate) fn parse(text: &str) -> Parsed {
    let bytes = text.as_bytes();
    let mut b = Builder {
        text,
        view: bytes
            .iter()
            .map(|&c| if c == b'\n' || c == b'\r' { c } else { b' ' })
            .collect(),
        paragraphs: Vec::new(),
        open: None,
        kind: BlockKind::Text,
        metadata: Metadata::default(),
        og_title: None,
        breaks: 0,
    };
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'<' => i = b.markup(i),
            b'&' => i = b.reference(i),
            _ => {
                // A run of text up to the next `<` or `&`, copied as it is.
                let end = bytes[i..]
                    .iter()
                    .position(|&c| c == b'<' || c == b'&')
                    .map_or(bytes.len(), |n| i + n);
                b.copy(i, end);
                i = end;
            }
        }
    }
    b.close();
    if b.metadata.title.is_none() {
        b.metadata.title = b.og_title.take();
    }
    // Only whole chars of the input were copied, and decoded references are whole chars
    // followed by spaces inside the reference's bytes: the view is valid UTF-8. Should that
    // ever fail, use a view with no prose rather than panic.
    let view = String::from_utf8(b.view).unwrap_or_else(|_| {
        text.chars()
            .flat_map(|c| {
                let keep = c == '\n' || c == '\r';
                std::iter::repeat_n(if keep { c } else { ' ' }, c.len_utf8())
            })
            .collect()
    });
    let paragraphs = b
        .paragraphs
        .into_iter()
        .filter_map(|(span, kind)| Some((trim(&view, span)?, kind)))
        .collect();
    Parsed {
        view,
        metadata: b.metadata,
        paragraphs,
    }
}

struct Builder<'a> {
    text: &'a str,
    view: Vec<u8>,
    paragraphs: Vec<(Span, BlockKind)>,
    /// The extent of the prose copied since the current paragraph began.
    open: Option<(usize, usize)>,
    /// The kind of the current paragraph.
    kind: BlockKind,
    metadata: Metadata,
    og_title: Option<String>,
    /// `<br>`s in a row with only white space between them.
    breaks: u32,
}

impl Builder<'_> {
    /// Copies the input's bytes `start..end` (text) into the view.
    fn copy(&mut self, start: usize, end: usize) {
        if start >= end {
            return;
        }
        let slice = &self.text.as_bytes()[start..end];
        if slice.iter().all(u8::is_ascii_whitespace) {
            return;
        }
        self.breaks = 0;
        self.view[start..end].copy_from_slice(slice);
        self.extend(start, end);
    }

    fn extend(&mut self, start: usize, end: usize) {
        self.open = Some(match self.open {
            Some((s, _)) => (s, end),
            None => (start, end),
        });
    }

    /// Ends the current paragraph, if any.
    fn close(&mut self) {
        if let Some((s, e)) = self.open.take() {
            self.paragraphs.push((Span::new(s, e), self.kind));
        }
        self.kind = BlockKind::Text;
    }

    /// Reads markup starting at the `<` at `at`; returns where the text goes on.
    fn markup(&mut self, at: usize) -> usize {
        let rest = &self.text[at..];
        let bytes = rest.as_bytes();
        // Comments, CDATA, doctype, processing instructions.
        if let Some(comment) = rest.strip_prefix("<!--") {
            return at + comment.find("-->").map_or(rest.len(), |n| 4 + n + 3);
        }
        if rest.starts_with("<![CDATA[") {
            return at + rest.find("]]>").map_or(rest.len(), |n| n + 3);
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            return at + rest.find('>').map_or(rest.len(), |n| n + 1);
        }
        let closing = bytes.get(1) == Some(&b'/');
        let name_start = if closing { 2 } else { 1 };
        let name_len = bytes[name_start.min(bytes.len())..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-' || **c == b':')
            .count();
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            // A `<` that starts no tag ("a < b") is text.
            self.copy(at, at + 1);
            return at + 1;
        }
        let name = rest[name_start..name_start + name_len].to_ascii_lowercase();
        let end = tag_end(bytes, name_start + name_len).map_or(rest.len(), |n| n + 1);
        let tag = &rest[..end];
        if closing {
            self.end_tag(&name);
            return at + end;
        }
        self.start_tag(&name, tag);
        let self_closing = tag.ends_with("/>");
        if HIDDEN.contains(&name.as_str()) && !self_closing {
            // Skip to the matching end tag (or the end of the input), content and all. `head`
            // still gives its `title` and `meta` tags.
            let body_end = find_end_tag(&rest[end..], &name).map_or(rest.len(), |n| end + n);
            if name == "head" {
                self.read_head(&rest[end..body_end]);
            }
            return at + body_end;
        }
        if name == "title" && !self_closing {
            let body_end = find_end_tag(&rest[end..], "title").map_or(rest.len(), |n| end + n);
            let title = decode(&rest[end..body_end]);
            let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
            if !title.is_empty() {
                self.metadata.title.get_or_insert(title);
            }
            return at + body_end;
        }
        at + end
    }

    fn start_tag(&mut self, name: &str, tag: &str) {
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.close();
                self.kind = BlockKind::Heading;
            }
            "li" => {
                self.close();
                self.kind = BlockKind::ListItem;
            }
            "td" | "th" => {
                self.close();
                self.kind = BlockKind::TableCell;
            }
            "br" => {
                self.breaks += 1;
                if self.breaks >= 2 {
                    self.close();
                }
            }
            "meta" => self.meta(tag),
            _ if BLOCKS.contains(&name) => self.close(),
            _ => {}
        }
    }

    fn end_tag(&mut self, name: &str) {
        let block = BLOCKS.contains(&name)
            || matches!(
                name,
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" | "td" | "th"
            );
        if block {
            self.close();
        }
    }

    /// The `title` and `meta` tags of a `<head>`.
    fn read_head(&mut self, head: &str) {
        let mut rest = head;
        let mut offset = 0;
        while let Some(n) = rest.find('<') {
            let from = offset + n;
            let tail = &head[from..];
            let lower_name: String = tail[1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            let end = tag_end(tail.as_bytes(), 1).map_or(tail.len(), |e| e + 1);
            if lower_name == "meta" {
                self.meta(&tail[..end]);
            } else if lower_name == "title" {
                let body_end = find_end_tag(&tail[end..], "title").map_or(tail.len(), |e| end + e);
                let title = decode(&tail[end..body_end]);
                let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
                if !title.is_empty() {
                    self.metadata.title.get_or_insert(title);
                }
            }
            offset = from + end.max(1);
            rest = &head[offset.min(head.len())..];
        }
    }

    /// A `<meta>` tag: publisher, date and title.
    fn meta(&mut self, tag: &str) {
        let key = attribute(tag, "property")
            .or_else(|| attribute(tag, "name"))
            .or_else(|| attribute(tag, "itemprop"))
            .map(|k| k.to_ascii_lowercase());
        let (Some(key), Some(content)) = (key, attribute(tag, "content")) else {
            return;
        };
        let content = decode(&content).trim().to_owned();
        if content.is_empty() {
            return;
        }
        let meta = &mut self.metadata;
        match key.as_str() {
            "og:site_name" | "publisher" | "application-name" => {
                meta.publisher.get_or_insert(content);
            }
            "article:published_time"
            | "date"
            | "pubdate"
            | "publishdate"
            | "datepublished"
            | "dc.date"
            | "dc.date.issued"
            | "dcterms.date" => {
                meta.date.get_or_insert(content);
            }
            "og:title" => {
                self.og_title.get_or_insert(content);
            }
            _ => {}
        }
    }

    /// A character reference at `at` (`&...;`), decoded into the view when it is one.
    fn reference(&mut self, at: usize) -> usize {
        let rest = &self.text[at..];
        let Some((c, len)) = reference(rest) else {
            self.copy(at, at + 1);
            return at + 1;
        };
        match ascii(c) {
            Some(b' ') => {}
            Some(byte) => {
                // The stand-in keeps to the side it belongs to, so that the spaces that pad the
                // reference do not come between a quotation mark and its words: an opening
                // mark (or anything followed by a word, `O&rsquo;Brien`) at the reference's
                // end, anything else at its start.
                let next = self.text[at + len..].chars().next();
                let opening = matches!(c, '“' | '‘' | '«' | '„' | '‚' | '‹')
                    || (!matches!(c, '”' | '’' | '»' | '›')
                        && next.is_some_and(char::is_alphanumeric));
                let pos = if opening { at + len - 1 } else { at };
                self.breaks = 0;
                self.view[pos] = byte;
                self.extend(pos, pos + 1);
            }
            // No ASCII stand-in: the reference stays as written.
            None => self.copy(at, at + len),
        }
        at + len
    }
}

/// Where the tag whose name ends at `from` ends (the index of its `>`), skipping quoted
/// attribute values.
fn tag_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut quote = None;
    for (i, &c) in bytes.iter().enumerate().skip(from) {
        match (quote, c) {
            (None, b'"' | b'\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, b'>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// The offset of `</name` (any case) in `text`.
fn find_end_tag(text: &str, name: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(n) = text[from..].find("</") {
        let at = from + n;
        let after = &bytes[at + 2..];
        if after.len() >= name.len()
            && after[..name.len()].eq_ignore_ascii_case(name.as_bytes())
            && after
                .get(name.len())
                .is_none_or(|c| !c.is_ascii_alphanumeric())
        {
            return Some(at);
        }
        from = at + 2;
    }
    None
}

/// The value of attribute `name` in a start tag.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let bytes = tag.as_bytes();
    // Skip `<name`.
    let mut i = 1 + bytes[1..]
        .iter()
        .take_while(|c| !c.is_ascii_whitespace() && **c != b'>' && **c != b'/')
        .count();
    while i < bytes.len() {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        let key_start = i;
        while i < bytes.len()
            && !matches!(bytes[i], b'=' | b'>' | b'/')
            && !bytes[i].is_ascii_whitespace()
        {
            i += 1;
        }
        let key = &tag[key_start..i];
        if key.is_empty() {
            return None;
        }
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = "";
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            match bytes.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let end = tag[i + 1..]
                        .find(q as char)
                        .map_or(tag.len(), |n| i + 1 + n);
                    value = &tag[i + 1..end];
                    i = end + 1;
                }
                _ => {
                    let start = i;
                    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                        i += 1;
                    }
                    value = &tag[start..i];
                }
            }
        }
        if key.eq_ignore_ascii_case(name) {
            return Some(value.to_owned());
        }
    }
    None
}

/// The ASCII byte that stands for `c` in the prose view: itself when ASCII, a straight quote
/// for curly quotes and guillemets, a hyphen for dashes, a space for no-break spaces.
fn ascii(c: char) -> Option<u8> {
    if c.is_ascii() {
        return u8::try_from(c)
            .ok()
            .filter(|b| !b.is_ascii_control() || *b == b'\t');
    }
    Some(match c {
        '“' | '”' | '„' | '«' | '»' => b'"',
        '‘' | '’' | '‚' | '‹' | '›' => b'\'',
        '—' | '–' | '\u{2010}' | '\u{2011}' | '\u{2212}' => b'-',
        '\u{a0}' | '\u{2009}' | '\u{202f}' | '\u{2002}' | '\u{2003}' => b' ',
        '…' => b'.',
        '•' | '·' => b'*',
        _ => return None,
    })
}

/// `text` with its character references decoded.
fn decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(n) = rest.find('&') {
        out.push_str(&rest[..n]);
        match reference(&rest[n..]) {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[n + len..];
            }
            None => {
                out.push('&');
                rest = &rest[n + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character a reference at the start of `text` (`&amp;`, `&#8220;`, `&#x201C;`) stands
/// for, and the reference's length in bytes (with its `;`).
fn reference(text: &str) -> Option<(char, usize)> {
    let body_len = text[1..].bytes().take(32).position(|c| c == b';')?;
    let body = &text[1..1 + body_len];
    let c = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(code).filter(|c| *c != '\0')?
    } else {
        named(body)?
    };
    Some((c, body_len + 2))
}

/// The named references news text uses.
fn named(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "laquo" => '«',
        "raquo" => '»',
        "bdquo" => '„',
        "sbquo" => '‚',
        "lsaquo" => '‹',
        "rsaquo" => '›',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "middot" => '·',
        "bull" => '•',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "deg" => '°',
        "euro" => '€',
        "pound" => '£',
        "shy" => '\u{ad}',
        "eacute" => 'é',
        "egrave" => 'è',
        "aacute" => 'á',
        "agrave" => 'à',
        "iacute" => 'í',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "ntilde" => 'ñ',
        "ccedil" => 'ç',
        "auml" => 'ä',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "Auml" => 'Ä',
        "Ouml" => 'Ö',
        "Uuml" => 'Ü',
        "szlig" => 'ß',
        "Eacute" => 'É',
        "scaron" => 'š',
        "Scaron" => 'Š',
        "zcaron" => 'ž',
        "Zcaron" => 'Ž',
        "ccaron" => 'č',
        "Ccaron" => 'Č',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(text: &str) -> Vec<(String, BlockKind)> {
        let p = parse(text);
        assert_eq!(p.view.len(), text.len());
        p.paragraphs
            .iter()
            .map(|(s, k)| {
                (
                    p.view[s.start..s.end]
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                    *k,
                )
            })
            .collect()
    }

    #[test]
    fn blocks_and_inline() {
        let html = "<html><head><title>Talks &amp; more</title>\
            <meta property=\"og:site_name\" content=\"UNN\">\
            <meta property=\"article:published_time\" content=\"2025-04-23T10:00:00Z\">\
            <style>p { color: red }</style></head><body>\
            <h1>Talks <em>stall</em></h1>\
            <p>&ldquo;We will not,&rdquo; <a href=\"/x\">he</a> said.</p>\
            <script>var s = \"he said\";</script>\
            <ul><li>One</li><li>Two</li></ul>\
            <table><tr><td>Cell</td></tr></table>\
            <p>A<br>b<br><br>C</p><!-- <p>hidden</p> --></body></html>";
        let want: Vec<(String, BlockKind)> = vec![
            ("Talks stall".into(), BlockKind::Heading),
            ("\"We will not,\" he said.".into(), BlockKind::Text),
            ("One".into(), BlockKind::ListItem),
            ("Two".into(), BlockKind::ListItem),
            ("Cell".into(), BlockKind::TableCell),
            ("A b".into(), BlockKind::Text),
            ("C".into(), BlockKind::Text),
        ];
        assert_eq!(paragraphs(html), want);
        let meta = parse(html).metadata;
        assert_eq!(meta.title.as_deref(), Some("Talks & more"));
        assert_eq!(meta.publisher.as_deref(), Some("UNN"));
        assert_eq!(meta.date.as_deref(), Some("2025-04-23T10:00:00Z"));
    }

    #[test]
    fn references_decode_in_place() {
        let html = "<p>&#8220;Yes&#x201D; &rsquo; &bogus; &amp a &lt; b</p>";
        let p = parse(html);
        let start = html.find("&#8220;").unwrap_or_default();
        assert_eq!(&p.view[start..start + 10], "      \"Yes");
        assert!(p.view.contains("Yes\""));
        assert!(p.view.contains("&bogus;"));
        assert!(p.view.contains("&amp a"));
        assert!(p.view.contains("<    b"));
        let p = parse("<p>&eacute;t&eacute; O&rsquo;Brien</p>");
        assert!(p.view.contains("&eacute;t&eacute; O'      Brien"));
    }

    #[test]
    fn broken_markup_does_not_panic() {
        for html in [
            "<",
            "<p",
            "<p>unclosed",
            "</",
            "<!--",
            "<script>never closed",
            "&#",
            "&#x110000;",
            "&#0;",
            "<a href='>",
            "<<>>",
            "<p>é&eacute;</p>",
            "<1>",
            "a<b",
        ] {
            let p = parse(html);
            assert_eq!(p.view.len(), html.len(), "{html}");
        }
        assert_eq!(
            paragraphs("a < b and c<d"),
            vec![("a < b and c".into(), BlockKind::Text)]
        );
    }
}
