//! 1,000 generated pathological documents through the whole analysis: random Unicode,
//! unbalanced quotes and markup, enormous lines, thousands of nested quotes, runs of `<` and
//! `&`, deep Markdown nesting. None may panic, and every span of every report must be a slice
//! of the text on char boundaries whose `text` is that slice.
//!
//! The generator is a fixed-seed xorshift, so a failure names a document that the same test
//! builds again. Sizes are kept so that the test runs in seconds in a debug build.

mod common;

use std::panic::{self, AssertUnwindSafe};

use whosaid_analysis::Analyzer;

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// Any scalar value, weighted towards the interesting planes.
    fn char(&mut self) -> char {
        let code = match self.below(10) {
            0..=2 => self.below(0x80) as u32,
            3 => 0x80 + self.below(0x780) as u32,
            4 => 0x2000 + self.below(0x70) as u32, // punctuation, quotes, spaces, bidi marks
            5 => 0x300 + self.below(0x70) as u32,  // combining marks
            6 => 0x400 + self.below(0x100) as u32, // Cyrillic
            7 => 0x1F300 + self.below(0x300) as u32, // emoji
            8 => 0xFFF0 + self.below(0x10) as u32, // specials, BOM nearby
            _ => self.below(0x11_0000) as u32,
        };
        char::from_u32(code).unwrap_or('\u{FFFD}')
    }
}

const QUOTES: &[&str] = &[
    "\"", "“", "”", "‘", "’", "'", "«", "»", "„", "‹", "›", "「", "」", "``", "''",
];

const WORDS: &[&str] = &[
    "said",
    "told",
    "according to",
    "reported",
    "writes",
    "the publication",
    "He",
    "she",
    "an official",
    "Reuters",
    "Vice President Wence",
    "media reports",
    "citing",
    "UNN",
    "WP",
    "that",
    ",",
    ".",
    ":",
    " ",
    "\n",
    "\n\n",
    "U.S.",
    "Mr.",
    "(",
    ")",
    "—",
];

const MARKUP: &[&str] = &[
    "*",
    "**",
    "_",
    "__",
    "~~",
    "`",
    "```",
    "[",
    "]",
    "](",
    "](x",
    "![",
    "<",
    ">",
    "</",
    "<div>",
    "</div>",
    "<p>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "&",
    "&amp;",
    "&#",
    "&#x",
    ";",
    "&ldquo;",
    "&#8221;",
    "&#x110000;",
    "&#99999999999;",
    "#",
    "# ",
    "> ",
    "- ",
    "1. ",
    "|",
    " | ",
    "---",
    "\n---\n",
    "+++",
    "[^1]",
    "[^1]: ",
    "\\",
    "    ",
    "\t",
    "<!-- whosaid-disable-next-line -->",
    "<!-- whosaid-disable source -->",
    "<!-- whosaid-enable",
];

/// The seed article, cut at random places for realistic prose.
const SEED: &str = include_str!("../../../fixtures/unn-london-talks.txt");

fn random_unicode(rng: &mut Rng, len: usize) -> String {
    (0..len).map(|_| rng.char()).collect()
}

fn from_pieces(rng: &mut Rng, pieces: &[&[&str]], count: usize) -> String {
    let mut out = String::new();
    for _ in 0..count {
        let set = pieces[rng.below(pieces.len())];
        out.push_str(rng.pick(set));
        if rng.below(3) == 0 {
            out.push(' ');
        }
    }
    out
}

fn seed_slice(rng: &mut Rng) -> &'static str {
    let mut a = rng.below(SEED.len());
    let mut b = rng.below(SEED.len());
    if a > b {
        std::mem::swap(&mut a, &mut b);
    }
    while !SEED.is_char_boundary(a) {
        a -= 1;
    }
    while !SEED.is_char_boundary(b) {
        b -= 1;
    }
    &SEED[a..b]
}

/// Document `n` of the set.
fn document(rng: &mut Rng, n: usize) -> String {
    let size = rng.below(400);
    match n % 12 {
        0 => random_unicode(rng, 1 + size * 3 / 2),
        1 => from_pieces(rng, &[QUOTES, WORDS], 20 + size),
        2 => from_pieces(rng, &[MARKUP, WORDS], 20 + size),
        3 => from_pieces(rng, &[MARKUP, QUOTES, WORDS], 20 + size),
        // An enormous line: no break for tens of kilobytes.
        4 if n % 96 == 4 => {
            let mut line = from_pieces(rng, &[WORDS, QUOTES], 200).replace('\n', " ");
            while line.len() < 40_000 {
                line = line.repeat(2);
            }
            line
        }
        4 => "word said ".repeat(100 + size),
        // Thousands of nested quotes, balanced or not.
        5 if n % 200 == 5 => {
            let depth = 10_000;
            let mut text = String::from("He said ");
            for i in 0..depth {
                text.push_str(if i % 2 == 0 { "“" } else { "‘" });
            }
            text.push_str("deep");
            for i in (0..depth).rev() {
                if rng.below(50) != 0 {
                    text.push_str(if i % 2 == 0 { "”" } else { "’" });
                }
            }
            text.push_str(", the official said.");
            text
        }
        5 => {
            let depth = 50 + rng.below(500);
            format!(
                "{}x{} said Reuters.",
                "\"".repeat(depth),
                "\"".repeat(rng.below(depth + 1))
            )
        }
        6 => "<".repeat(1 + rng.below(5000)) + &"&".repeat(rng.below(3000)) + ";",
        7 => "&&&&;".repeat(1 + rng.below(2000)) + &"<<<<".repeat(rng.below(1000)),
        // Deep Markdown nesting: block quotes, lists, emphasis, links.
        8 => {
            let depth = 1 + rng.below(400);
            let prefix: String = (0..depth)
                .map(|i| match i % 3 {
                    0 => "> ",
                    1 => "- ",
                    _ => "  ",
                })
                .collect();
            format!("{prefix}“Quote,” he said.\n{prefix}\n{prefix}The official told Reuters.")
        }
        9 => {
            let depth = 1 + rng.below(2000);
            format!(
                "{}“a” said she{}\n\n{}text{}",
                "*_[".repeat(depth),
                "](x)".repeat(rng.below(depth)),
                "<div>".repeat(depth),
                "</div>".repeat(rng.below(depth + 1))
            )
        }
        10 => {
            let mut text = String::new();
            for _ in 0..1 + rng.below(6) {
                text.push_str(seed_slice(rng));
                text.push_str(rng.pick(MARKUP));
                text.push_str(rng.pick(QUOTES));
            }
            text
        }
        _ => {
            // Front matter, closed or not, over random text.
            let close = if rng.below(2) == 0 { "---\n" } else { "" };
            format!(
                "---\npublisher: {}\ndate: {}\n{close}{}",
                rng.pick(WORDS),
                rng.pick(&[
                    "2025-04-23",
                    "2025-02-30",
                    "tomorrow",
                    "",
                    "[",
                    "2025-04-23T10:00"
                ]),
                from_pieces(rng, &[WORDS, QUOTES, MARKUP], 50)
            )
        }
    }
}

#[test]
fn a_thousand_pathological_documents() {
    let analyzer = Analyzer::new();
    let mut rng = Rng(0x005E_ED0F_7EA7_u64);
    let mut spans = 0;
    let mut bytes = 0;
    for n in 0..1000 {
        let text = document(&mut rng, n);
        bytes += text.len();
        // Every format for the small ones, one (in turn) for the large.
        let names: &[&str] = if text.len() < 4096 {
            &["a.txt", "a.md", "a.html"]
        } else {
            [&["a.txt"][..], &["a.md"], &["a.html"]][n % 3]
        };
        for name in names {
            let result = panic::catch_unwind(AssertUnwindSafe(|| {
                let article = analyzer.analyze_str(name, &text);
                let checked = common::checked_report(&article);
                let _ = article.to_yaml();
                let _ = article.digest();
                checked
            }));
            match result {
                Ok(Ok(json)) => spans += common::check_json_spans(&text, &json).unwrap_or(0),
                Ok(Err(message)) => {
                    panic!("document {n} as {name}: {message}\n{text:?}")
                }
                Err(_) => panic!(
                    "document {n} as {name} panicked ({} bytes): {:?}",
                    text.len(),
                    text.get(..text.len().min(2000))
                ),
            }
        }
    }
    // The set is not trivial: it found things to report.
    assert!(spans > 10_000, "only {spans} spans in {bytes} bytes");
}
