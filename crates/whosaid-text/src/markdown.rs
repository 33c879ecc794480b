//! Markdown: builds the prose view from pulldown-cmark's source offsets.
//!
//! The view starts as all spaces (with the input's `\n` and `\r` bytes kept, so lines stay
//! lines) and only the source bytes of prose are copied back in: `Text` events outside code
//! blocks, images and autolinks, and the content of inline code without its backticks. All
//! markup (front matter, heading and list markers, emphasis, link and image syntax, HTML,
//! escapes' backslashes, table pipes, footnote references) therefore stays blank without
//! being named. Paragraphs are the extents of copied bytes inside each prose block.

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};
use whosaid_core::{BlockKind, Metadata, Span};

use crate::front_matter;
use crate::plain::trim;

/// The result of reading a Markdown text.
pub(crate) struct Parsed {
    /// The prose view (same length as the input).
    pub view: String,
    /// Front matter metadata (default when there is none).
    pub metadata: Metadata,
    /// Paragraph spans (trimmed in the view) and their block kinds, in input order.
    pub paragraphs: Vec<(Span, BlockKind)>,
}

/// A block on the stack of open blocks.
#[derive(Debug)]
struct Frame {
    /// `Some` for blocks whose text forms paragraphs; `None` for containers (lists, quotes,
    /// tables, footnote definitions) and for blocks whose text is not prose.
    kind: Option<BlockKind>,
    /// Extent of the bytes copied into the view since this frame (re)started collecting.
    extent: Option<(usize, usize)>,
}

/// Builds the prose view and paragraphs of Markdown `text`.
pub(crate) fn parse(text: &str) -> Parsed {
    let mut view: Vec<u8> = text
        .bytes()
        .map(|b| if b == b'\n' || b == b'\r' { b } else { b' ' })
        .collect();

    let (metadata, body_start) = match front_matter::detect(text) {
        Some(fm) => (fm.metadata, fm.body_start),
        None => (Metadata::default(), 0),
    };
    let body = &text[body_start..];

    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_FOOTNOTES);
    options.insert(Options::ENABLE_STRIKETHROUGH);

    let mut builder = Builder {
        text,
        view: &mut view,
        stack: Vec::new(),
        hidden: 0,
        links: Vec::new(),
        paragraphs: Vec::new(),
    };
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        let range = Span::new(range.start + body_start, range.end + body_start);
        builder.event(event, range);
    }
    // Close anything left open (the parser closes every block, but stay safe).
    while !builder.stack.is_empty() {
        builder.pop();
    }
    let paragraphs = builder.paragraphs;

    // Only whole source slices on char boundaries were copied over spaces, `\n` and `\r` were
    // kept: the view is valid UTF-8 of the same length. Should that ever not hold, fall back to
    // a view with no prose at all rather than panic or change the length.
    let view = String::from_utf8(view).unwrap_or_else(|_| {
        text.chars()
            .flat_map(|c| {
                let keep = c == '\n' || c == '\r';
                std::iter::repeat_n(if keep { c } else { ' ' }, c.len_utf8())
            })
            .collect()
    });
    debug_assert_eq!(view.len(), text.len());
    let mut trimmed: Vec<(Span, BlockKind)> = paragraphs
        .into_iter()
        .filter_map(|(span, kind)| trim(&view, span).map(|s| (s, kind)))
        .collect();
    // The parser reports blocks in source order, so this is a no-op; it guarantees the
    // documented order and non-overlap whatever the input.
    trimmed.sort_by_key(|(span, _)| (span.start, span.end));
    let mut paragraphs: Vec<(Span, BlockKind)> = Vec::with_capacity(trimmed.len());
    for (span, kind) in trimmed {
        match paragraphs.last() {
            Some((last, _)) if last.end > span.start => {}
            _ => paragraphs.push((span, kind)),
        }
    }
    Parsed {
        view,
        metadata,
        paragraphs,
    }
}

struct Builder<'a> {
    text: &'a str,
    view: &'a mut Vec<u8>,
    stack: Vec<Frame>,
    /// Depth of open blocks whose text is not prose (code blocks, images, autolinks).
    hidden: usize,
    /// For each open link, whether it added to `hidden` (autolinks do).
    links: Vec<bool>,
    paragraphs: Vec<(Span, BlockKind)>,
}

impl Builder<'_> {
    fn event(&mut self, event: Event<'_>, range: Span) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(content) => {
                if self.hidden == 0 {
                    self.copy_text(&content, range);
                }
            }
            Event::Code(_) => {
                if self.hidden == 0 {
                    self.copy_code(range);
                }
            }
            // Newlines are already in the view; everything else is not prose.
            Event::SoftBreak
            | Event::HardBreak
            | Event::Html(_)
            | Event::InlineHtml(_)
            | Event::FootnoteReference(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_)
            | Event::TaskListMarker(_)
            | Event::Rule => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => {
                let kind = match self.stack.last() {
                    Some(Frame {
                        kind: Some(BlockKind::ListItem),
                        ..
                    }) => BlockKind::ListItem,
                    _ => BlockKind::Text,
                };
                self.push(Some(kind));
            }
            Tag::Heading { .. } => self.push(Some(BlockKind::Heading)),
            Tag::Item => self.push(Some(BlockKind::ListItem)),
            Tag::TableCell => self.push(Some(BlockKind::TableCell)),
            Tag::CodeBlock(_) | Tag::Image { .. } | Tag::MetadataBlock(_) => self.hidden += 1,
            Tag::Link { link_type, .. } => {
                // An autolink's text is its URL: not prose.
                let autolink = matches!(link_type, LinkType::Autolink | LinkType::Email);
                self.hidden += usize::from(autolink);
                self.links.push(autolink);
            }
            Tag::BlockQuote(_)
            | Tag::List(_)
            | Tag::Table(_)
            | Tag::TableHead
            | Tag::TableRow
            | Tag::FootnoteDefinition(_)
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::HtmlBlock => self.push(None),
            Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::Item
            | TagEnd::TableCell
            | TagEnd::BlockQuote(_)
            | TagEnd::List(_)
            | TagEnd::Table
            | TagEnd::TableHead
            | TagEnd::TableRow
            | TagEnd::FootnoteDefinition
            | TagEnd::DefinitionList
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition
            | TagEnd::HtmlBlock => self.pop(),
            TagEnd::CodeBlock | TagEnd::Image | TagEnd::MetadataBlock(_) => {
                self.hidden = self.hidden.saturating_sub(1);
            }
            TagEnd::Link => {
                if self.links.pop() == Some(true) {
                    self.hidden = self.hidden.saturating_sub(1);
                }
            }
            TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript => {}
        }
    }

    /// Opens a block: the enclosing block's text so far becomes a paragraph of its own.
    fn push(&mut self, kind: Option<BlockKind>) {
        self.flush_top();
        self.stack.push(Frame { kind, extent: None });
    }

    /// Closes the innermost block, emitting its text as a paragraph.
    fn pop(&mut self) {
        self.flush_top();
        self.stack.pop();
    }

    fn flush_top(&mut self) {
        if let Some(frame) = self.stack.last_mut() {
            if let Some((start, end)) = frame.extent.take() {
                let kind = frame.kind.unwrap_or(BlockKind::Text);
                self.paragraphs.push((Span::new(start, end), kind));
            }
        }
    }

    /// Copies the source of a `Text` event. Its range normally holds exactly the event's text.
    /// When it does not (an entity such as `&amp;` is decoded by the parser), the source is
    /// kept as written if the event text is not a suffix of it.
    fn copy_text(&mut self, content: &str, range: Span) {
        let Some(source) = range.get(self.text) else {
            return;
        };
        let range = if source != content && source.ends_with(content) && !content.is_empty() {
            Span::new(range.end - content.len(), range.end)
        } else {
            range
        };
        self.copy(range);
    }

    /// Copies an inline code span without its backtick fences.
    fn copy_code(&mut self, range: Span) {
        let Some(source) = range.get(self.text) else {
            return;
        };
        let open = source.len() - source.trim_start_matches('`').len();
        let close = source.len() - source.trim_end_matches('`').len();
        if open + close < source.len() {
            self.copy(Span::new(range.start + open, range.end - close));
        }
    }

    /// Copies `range` of the source into the view and extends the innermost block's extent.
    fn copy(&mut self, range: Span) {
        if range.is_empty() || self.text.get(range.start..range.end).is_none() {
            return;
        }
        self.view[range.start..range.end]
            .copy_from_slice(&self.text.as_bytes()[range.start..range.end]);
        if let Some(frame) = self.stack.last_mut() {
            frame.extent = Some(match frame.extent {
                Some((start, end)) => (start.min(range.start), end.max(range.end)),
                None => (range.start, range.end),
            });
        } else {
            // Text outside any block should not happen; keep it as a paragraph of its own.
            self.paragraphs.push((range, BlockKind::Text));
        }
    }
}
