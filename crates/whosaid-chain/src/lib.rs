//! Entities and reporting chains: who cites whom, from the publisher to the origin of a claim.
//!
//! The parser says *that* "the publication writes" and *that* "he added"; this crate says *who*
//! that is. The main design choice: **one pass over the attributions in text order, with the
//! document's discourse state kept in a few small maps** (entities by knowledge-base id, by
//! normalised name and by surname; the last person, the last outlet, the last body that spoke).
//! Each mention is resolved against that state as a reader would, left to right, in constant
//! time, so resolution stays linear in the number of attributions. A reference that nothing
//! explains is never guessed: it becomes a [`Problem`] with its span.
//!
//! Chains are then read off the parent links the parser gives (`said an official …, the
//! publication writes`), the recipients (`told Reuters`) and the media (`in an interview with
//! CNN`): the publisher, the outlets and people the claim passed through, and its origin.
//!
//! ```
//! use whosaid_chain::{resolve, Options};
//! use whosaid_kb::Kb;
//!
//! let text = "A European official told Reuters that the talks had stalled.".to_string();
//! let doc = whosaid_text::plain(text);
//! let parsed = whosaid_parse::parse(&doc);
//! let kb = Kb::empty();
//! let resolved = resolve(&doc, &parsed.attributions, &Options { kb: &kb, publisher: Some("UNN") });
//! let names: Vec<&str> = resolved.chains[0]
//!     .path
//!     .iter()
//!     .map(|id| resolved.entities[id.0 as usize].name.as_str())
//!     .collect();
//! assert_eq!(names, ["UNN", "Reuters", "A European official"]);
//! ```

mod names;

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap as StdHashMap;
use std::sync::{Arc, Mutex, PoisonError};

use rustc_hash::FxBuildHasher;

/// The discourse state's maps: Fx hashing for short keys; no map's order reaches output.
type HashMap<K, V> = StdHashMap<K, V, FxBuildHasher>;

use names::{name_part, normalise, normalise_into, surname};
use whosaid_core::{
    Attribution, AttributionId, Chain, Document, Entity, EntityId, EntityKind, Mention,
    MentionClass, Problem, ProblemKind, Sentence, Span,
};
use whosaid_kb::{EntryKind, Kb, MatchKind};

/// What resolution needs besides the document.
#[derive(Debug, Clone, Copy)]
pub struct Options<'k> {
    /// The knowledge base names are looked up in.
    pub kb: &'k Kb,
    /// The publisher, when the caller knows it (`--publisher`); else front matter, else a
    /// self-reference in the text.
    pub publisher: Option<&'k str>,
}

/// Entities, chains and problems of one document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resolved {
    /// The publisher's entity, when known.
    pub publisher: Option<EntityId>,
    /// Every entity, in order of first mention (the publisher first when it is not mentioned).
    pub entities: Vec<Entity>,
    /// For each attribution (same order), the entity its source resolves to.
    pub sources: Vec<Option<EntityId>>,
    /// One chain per attribution, in attribution order.
    pub chains: Vec<Chain>,
    /// References that could not be resolved.
    pub problems: Vec<Problem>,
}

/// Resolves the sources of `attributions` (as the parser found them in `doc`) to entities and
/// builds each attribution's chain.
pub fn resolve(doc: &Document, attributions: &[Attribution], opts: &Options<'_>) -> Resolved {
    let mut state = State::new(opts.kb, doc.prose(), &doc.sentences, attributions.len());
    let publisher_name = opts
        .publisher
        .map(str::to_owned)
        // Front matter, else a wire dateline (`KYIV, Nov 27 (Reuters) - …`).
        .or_else(|| doc.named_publisher().map(str::to_owned))
        .or_else(|| self_reference(attributions, opts.kb));
    if let Some(name) = publisher_name.as_deref() {
        state.publisher = Some(state.seed(name));
    }

    let mut sources = Vec::with_capacity(attributions.len());
    // Outlets a claim passed through on its way to the source: recipients and media.
    let mut via: Vec<Option<EntityId>> = Vec::with_capacity(attributions.len());
    for a in attributions {
        let source = a.source.as_ref().and_then(|m| state.mention(m, a));
        // A recipient is a hop when it is an outlet, by its shape or by the knowledge base
        // (`told France Inter`).
        let through = a
            .recipient
            .as_ref()
            .filter(|r| {
                matches!(r.class, MentionClass::Outlet | MentionClass::SelfRef)
                    || state.kb_kind(&r.text) == Some(EntryKind::Outlet)
            })
            .and_then(|r| state.outlet(&r.text, Some(r.span)))
            .or_else(|| a.medium.and_then(|m| state.medium_outlet(m)));
        // A person or body that spoke becomes what `he` and `the publication` refer to next.
        if let Some(e) = source {
            state.spoke(e);
            let bare = a.source.as_ref().map(|m| m.class) == Some(MentionClass::Person);
            state.last_speaker = Some((e, bare));
            // Two people named together are `they` too: `Both Simon Wiget and Stefan Abegglen
            // told the court …, nor did they think …`.
            if a.source.as_ref().is_some_and(|m| {
                matches!(m.class, MentionClass::Person | MentionClass::TitledPerson)
                    && names::joins_two_names(&m.text)
            }) {
                state.last_group = Some(e);
            }
        }
        // (Not the publisher: `told Reuters`, in Reuters copy, makes no outlet that `the
        // newspaper` may mean.)
        if let Some(o) = through.filter(|&o| Some(o) != state.publisher) {
            state.last_outlet = Some(o);
        }
        sources.push(source);
        via.push(through);
    }

    let chains = chains(attributions, &sources, &via, state.publisher);
    let mut problems = std::mem::take(&mut state.problems);
    problems.sort_by_key(|p| p.span);
    Resolved {
        publisher: state.publisher,
        entities: std::mem::take(&mut state.entities),
        sources,
        chains,
        problems,
    }
}

/// The publisher named by a self-reference: a short top-level report by an outlet with no
/// content of its own (`UNN reports with reference to WP.`). Only a standalone report's
/// source is looked up in the knowledge base: most attributions have content, and a lookup
/// for each would cost more than the rest of this search.
fn self_reference(attributions: &[Attribution], kb: &Kb) -> Option<String> {
    attributions.iter().find_map(|a| {
        let m = a.source.as_ref()?;
        let standalone = a.parent.is_none() && a.content.is_none();
        let outlet = || {
            m.class == MentionClass::Outlet
                || kb
                    .find(&m.text)
                    .iter()
                    .any(|x| kb.entry(x.entry).kind == EntryKind::Outlet)
        };
        (standalone && outlet()).then(|| m.text.clone())
    })
}

/// Chains from the parent links: a claim reaches the reader through its parent's chain, then
/// through the outlet it was told to, then from its source.
fn chains(
    attributions: &[Attribution],
    sources: &[Option<EntityId>],
    via: &[Option<EntityId>],
    publisher: Option<EntityId>,
) -> Vec<Chain> {
    let index = Positions::new(attributions);
    // The chains are made in place, path by path: a list of paths made first and turned into
    // chains would be copied whole.
    let mut chains: Vec<Chain> = Vec::with_capacity(attributions.len());
    for i in 0..attributions.len() {
        // Parents come before children in text order only mostly (`"…," said an official,
        // the publication writes` has the child first), so a parent's path is rebuilt here when
        // it is not known yet. Depth is bounded by the parent links, which never cycle: a parent
        // always has a different attribution id and the parser links inner to outer.
        let mut path = prefix(attributions, &index, sources, via, publisher, i, 0);
        if let Some(s) = hop(&attributions[i], sources[i], publisher) {
            push_hop(&mut path, s, publisher);
        }
        chains.push(Chain {
            attribution: attributions[i].id,
            path,
        });
    }
    // The publisher's own report of a source (`UNN reports with reference to WP.`) has the
    // chain of that citation.
    for (i, a) in attributions.iter().enumerate() {
        if chains[i].path.len() <= 1 && sources[i].is_some() && sources[i] == publisher {
            let cited = attributions
                .iter()
                .enumerate()
                .skip(i + 1)
                .take(4)
                .find(|(_, c)| {
                    c.parent == Some(a.id) && c.kind == whosaid_core::AttributionKind::Citation
                });
            if let Some((j, _)) = cited {
                chains[i].path = chains[j].path.clone();
            }
        }
    }
    chains
}

/// Where each attribution is in the list, by its id.
enum Positions {
    /// Each id is the position, as the parser numbers them: nothing to build or hash.
    InOrder,
    /// Any other numbering (the last of equal ids wins).
    Map(HashMap<AttributionId, usize>),
}

impl Positions {
    fn new(attributions: &[Attribution]) -> Positions {
        let in_order = attributions
            .iter()
            .enumerate()
            .all(|(i, a)| a.id.0 as usize == i);
        match in_order {
            true => Positions::InOrder,
            false => Positions::Map(
                attributions
                    .iter()
                    .enumerate()
                    .map(|(i, a)| (a.id, i))
                    .collect(),
            ),
        }
    }

    /// The position of attribution `id` in a list of `len`.
    fn get(&self, id: AttributionId, len: usize) -> Option<usize> {
        match self {
            Positions::InOrder => Some(id.0 as usize).filter(|&i| i < len),
            Positions::Map(map) => map.get(&id).copied(),
        }
    }
}

/// The path up to (not including) attribution `i`'s source.
fn prefix(
    attributions: &[Attribution],
    index: &Positions,
    sources: &[Option<EntityId>],
    via: &[Option<EntityId>],
    publisher: Option<EntityId>,
    i: usize,
    depth: usize,
) -> Vec<EntityId> {
    // Parents form a forest (the parser breaks cycles); the bound is a second guard.
    const MAX_DEPTH: usize = 16;
    let a = &attributions[i];
    let parent = a
        .parent
        .and_then(|p| index.get(p, attributions.len()))
        .filter(|&p| p != i && depth < MAX_DEPTH);
    let mut path = match parent {
        Some(p) => {
            let mut path = prefix(attributions, index, sources, via, publisher, p, depth + 1);
            if let Some(s) = hop(&attributions[p], sources[p], publisher) {
                push_hop(&mut path, s, publisher);
            }
            path
        }
        None => {
            // Room for the usual chain (publisher, outlet, source, its source): a path of one
            // would be reallocated at its first hop.
            let mut path = Vec::with_capacity(PATH_ROOM);
            path.extend(publisher);
            path
        }
    };
    // `told Reuters` in a Reuters article: the publisher heard it first hand, no extra hop.
    if let Some(o) = via[i].filter(|&o| Some(o) != publisher) {
        push_hop(&mut path, o, publisher);
    }
    path
}

/// The hops a path has room for when it starts.
const PATH_ROOM: usize = 4;

/// The hop an attribution's source adds to a chain. The publisher speaking in its own voice
/// (`UNN reports with reference to WP.`) adds none; the publisher citing its earlier report
/// (`UNN reported that …`) does.
fn hop(a: &Attribution, source: Option<EntityId>, publisher: Option<EntityId>) -> Option<EntityId> {
    let own_voice =
        source.is_some() && source == publisher && a.parent.is_none() && a.content.is_none();
    source.filter(|_| !own_voice)
}

/// Appends `e` unless it repeats the last hop (`he said he hoped` is one hop), but keep a
/// publisher citing itself (`UNN reported that …` is UNN > UNN).
fn push_hop(path: &mut Vec<EntityId>, e: EntityId, publisher: Option<EntityId>) {
    let repeat = path.last() == Some(&e);
    if !repeat || (Some(e) == publisher && path.len() == 1) {
        path.push(e);
    }
}

/// The publisher's entity and index entries as resolving its name first in a document makes
/// them. They depend on the knowledge base and the name only, so they are made once per name
/// (every document of a run with `--publisher` has the same) and copied into each document:
/// resolving the name again would look it up, normalise it and allocate for every document.
#[derive(Debug)]
struct Seed {
    /// The publisher, entity 0.
    entity: Entity,
    by_kb: Vec<(u32, EntityId)>,
    by_name: Vec<(String, EntityId)>,
    by_surname: Vec<(String, EntityId)>,
}

impl Seed {
    /// The seed of the publisher `name`: what [`State::named`] makes of it in a new document.
    fn of(kb: &Kb, name: &str) -> Seed {
        // An outlet's name is resolved without the text: an empty one does.
        let mut state = State::new(kb, "", &[], 0);
        let id = state.named(name, None, EntityKind::Outlet);
        debug_assert!(id.0 == 0 && state.entities.len() == 1 && state.problems.is_empty());
        let mut entity = state.entities.swap_remove(id.0 as usize);
        entity.publisher = true;
        Seed {
            entity,
            by_kb: state.by_kb.drain().collect(),
            by_name: state.by_name.drain().collect(),
            by_surname: state.by_surname.drain().collect(),
        }
    }
}

/// The publisher seeds of a knowledge base by name as given, kept by the knowledge base
/// ([`Kb::derived`]) so that a file merged into it drops them.
#[derive(Debug, Default)]
struct Seeds(Mutex<HashMap<String, Arc<Seed>>>);

/// The most publisher names whose seeds are kept: front matter and self-references may give
/// each document its own, and those are resolved as they come once this many are kept.
const MAX_SEEDS: usize = 64;

/// The maps and buffers of a document's [`State`] that outlive it, cleared, for the next
/// document the thread resolves: most documents index a few names, and maps made anew for each
/// would be allocated, grown and freed each time. Nothing of a document is left in them, and
/// no map's order reaches output, so a document resolves as with new ones.
#[derive(Default)]
struct Spare {
    by_kb: HashMap<u32, EntityId>,
    by_name: HashMap<String, EntityId>,
    by_surname: HashMap<String, EntityId>,
    last_anonymous: HashMap<String, EntityId>,
    unnamed: Vec<Option<Unnamed>>,
    full_names: HashMap<String, Option<String>>,
    kb_cache: HashMap<String, Vec<whosaid_kb::Match>>,
    key: String,
}

impl Spare {
    /// The most entries a map kept for the next document had: one that grew larger for a
    /// long document is dropped with it rather than held by the thread.
    const MAX_KEPT: usize = 256;

    /// Empties everything; false when a map is too large to keep.
    fn clear(&mut self) -> bool {
        let small = [
            self.by_kb.capacity(),
            self.by_name.capacity(),
            self.by_surname.capacity(),
            self.last_anonymous.capacity(),
            self.unnamed.capacity(),
            self.full_names.capacity(),
            self.kb_cache.capacity(),
            self.key.capacity(),
        ]
        .iter()
        .all(|&c| c <= Spare::MAX_KEPT);
        if small {
            self.by_kb.clear();
            self.by_name.clear();
            self.by_surname.clear();
            self.last_anonymous.clear();
            self.unnamed.clear();
            self.full_names.clear();
            self.kb_cache.clear();
            self.key.clear();
        }
        small
    }
}

thread_local! {
    /// The thread's [`Spare`], between documents.
    static SPARE: RefCell<Option<Spare>> = const { RefCell::new(None) };
}

/// What an outlet is, as far as `the paper` or `the network` may name it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Medium {
    /// A newspaper or a magazine: `the paper`, `the daily`, `the publication`.
    Print = 0,
    /// A television or radio network: `the broadcaster`, `the network`, `the channel`.
    Broadcast = 1,
}

/// The medium the lowercase anaphor `lower` names by its head noun, when the outlet it means
/// may be one the text names without its speaking: `the paper`, `the financial daily`, `The
/// conservative publication`, `the broadcaster`, `the network`. `None` for the others (an
/// agency, a website, as often a company's, a radio, named beside its monitor: `Tehran radio,
/// monitored by the BBC`): only an outlet that spoke or was a hop.
fn anaphor_medium(lower: &str) -> Option<Medium> {
    let head = lower.rsplit(' ').next().unwrap_or(lower);
    match head {
        "paper" | "newspaper" | "daily" | "weekly" | "magazine" | "tabloid" | "journal"
        | "publication" | "broadsheet" => Some(Medium::Print),
        "broadcaster" | "network" | "channel" => Some(Medium::Broadcast),
        _ => None,
    }
}

/// The medium of the outlet `name` (a knowledge-base outlet's, as written) by its words: a
/// broadcaster (`BBC`, `CNN`, `Tehran Radio`, `CCTV`), an agency (`Xinhua News Agency`,
/// `Reuters`: `None`), else print (`People's Daily`, `Die Welt`).
fn medium_of(name: &str) -> Option<Medium> {
    let mut medium = Some(Medium::Print);
    for w in name.split(' ') {
        match w {
            "Radio" | "TV" | "Television" | "Broadcasting" | "BBC" | "CNN" | "CCTV" | "NHK"
            | "ABC" | "CBS" | "NBC" | "MSNBC" | "RT" | "ZDF" | "ARD" | "Sky" | "Fox" => {
                medium = Some(Medium::Broadcast);
            }
            "Agency" | "Reuters" | "AFP" | "AP" | "Xinhua" | "TASS" | "Interfax" => return None,
            _ => {}
        }
    }
    medium
}

/// True when `word` ends the names of newspapers and magazines (`Review`, `Times`, `Post`):
/// a capitalised name that ends with one names an outlet, known or not.
fn is_masthead(word: &str) -> bool {
    matches!(
        word,
        "Review"
            | "Times"
            | "Post"
            | "Journal"
            | "Daily"
            | "Herald"
            | "Tribune"
            | "Telegraph"
            | "Gazette"
            | "Globe"
            | "Mail"
            | "Express"
            | "Magazine"
            | "Weekly"
            | "Observer"
            | "Chronicle"
            | "Inquirer"
            | "Dispatch"
            | "Courier"
            | "Bulletin"
            | "Shimbun"
            | "Zeitung"
            | "Blade"
            | "Monde"
            | "Figaro"
            | "Spiegel"
            | "Welt"
            | "Guardian"
            | "Independent"
            | "Economist"
            | "Mirror"
            | "Sun"
    )
}

/// The discourse state of one document.
struct State<'k, 't> {
    kb: &'k Kb,
    text: &'t str,
    /// The document's sentences, where the person and group fallbacks read a sentence's
    /// first name.
    sentences: &'t [Sentence],
    entities: Vec<Entity>,
    publisher: Option<EntityId>,
    by_kb: HashMap<u32, EntityId>,
    by_name: HashMap<String, EntityId>,
    by_surname: HashMap<String, EntityId>,
    last_person: Option<EntityId>,
    last_outlet: Option<EntityId>,
    last_body: Option<EntityId>,
    last_group: Option<EntityId>,
    /// The last unnamed source that is a thing ([`Unnamed::Thing`]): `it` when nothing
    /// named is.
    last_thing: Option<EntityId>,
    /// The source of the last attribution resolved, and whether it was a bare name (a
    /// [`MentionClass::Person`]: `Shell said`, `McDonnell Douglas said`): `It said` after it
    /// tells such a name is a company's.
    last_speaker: Option<(EntityId, bool)>,
    /// The last anonymous source by its head noun, for `the official` after `an official`.
    last_anonymous: HashMap<String, EntityId>,
    /// What each unnamed source is ([`Unnamed`]: `a company spokesman` is a single person,
    /// `officials` a group, `the company's annual report` a thing), whom `he`, `they` or `it`
    /// may then refer to: known from the head noun found when the entity is made, rather than
    /// found again each time it speaks. By entity id; `None` for the entities made otherwise.
    unnamed: Vec<Option<Unnamed>>,
    /// Which third-person pronoun each entity has been referred to by (by entity id; none
    /// for most): `She says` after `Geoff Huegill … he said` is not Huegill.
    genders: Vec<Gender>,
    /// The end of the text [`State::named_since_other`] has searched.
    other_searched_to: usize,
    /// The end of the text [`State::subject_since`] has searched.
    subjects_searched_to: usize,
    /// Where [`State::inside_quote`] counted quotation marks to, and the opening curly marks
    /// not closed and the straight marks it counted on that line.
    quote_count: (usize, i32, u32),
    /// The end of the text [`State::group_before`] has searched.
    group_searched_to: usize,
    /// Full names written anywhere in the document, looked up once per surname: `Rubio` in a
    /// source is `Marco Rubio` when the article names him so, even outside any attribution.
    full_names: HashMap<String, Option<String>>,
    /// The full names the text gives, read on demand.
    full_name_index: names::FullNames<'t>,
    /// How far the text has been searched for names with honorifics.
    searched_to: usize,
    /// How far `body_since` has searched.
    bodies_searched_to: usize,
    /// The end of the text [`State::person_before`] has searched.
    persons_searched_to: usize,
    /// The end of the text [`State::outlet_named_before`] has searched, and the last
    /// knowledge-base outlet it found there (its span and name as written).
    outlets_searched_to: usize,
    outlet_in_text: [Option<(Span, String)>; 2],
    /// The end of the text [`State::agency_before`] has searched.
    agencies_searched_to: usize,
    /// Knowledge-base lookups of this document, by name as written.
    kb_cache: RefCell<HashMap<String, Vec<whosaid_kb::Match>>>,
    problems: Vec<Problem>,
    /// A buffer for the key of the name [`State::named`] resolves, kept between names.
    key: String,
}

impl<'k, 't> State<'k, 't> {
    /// The state of a document of `text` with `attributions` attributions.
    fn new(kb: &'k Kb, text: &'t str, sentences: &'t [Sentence], attributions: usize) -> Self {
        // The spare maps of the thread's last document, when there are (none in the state
        // of a seed made while a document is resolved: the document's state has them).
        let spare = SPARE
            .try_with(|spare| spare.borrow_mut().take())
            .ok()
            .flatten()
            .unwrap_or_default();
        State {
            kb,
            text,
            sentences,
            // Room for a source per attribution and the publisher: most documents need no
            // more, and an entity is large to move when the list grows.
            entities: Vec::with_capacity(attributions + 1),
            publisher: None,
            by_kb: spare.by_kb,
            by_name: spare.by_name,
            by_surname: spare.by_surname,
            last_person: None,
            last_outlet: None,
            last_body: None,
            last_group: None,
            last_thing: None,
            last_speaker: None,
            last_anonymous: spare.last_anonymous,
            unnamed: spare.unnamed,
            genders: Vec::new(),
            other_searched_to: 0,
            subjects_searched_to: 0,
            quote_count: (0, 0, 0),
            group_searched_to: 0,
            full_names: spare.full_names,
            full_name_index: names::FullNames::new(text),
            searched_to: 0,
            bodies_searched_to: 0,
            persons_searched_to: 0,
            outlets_searched_to: 0,
            outlet_in_text: [None, None],
            agencies_searched_to: 0,
            kb_cache: RefCell::new(spare.kb_cache),
            problems: Vec::new(),
            key: spare.key,
        }
    }

    /// Makes the publisher `name` the first entity of a new state, from its [`Seed`].
    fn seed(&mut self, name: &str) -> EntityId {
        debug_assert!(self.entities.is_empty());
        let seeds = self.kb.derived(|_| Seeds::default());
        let known = seeds
            .0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(name)
            .cloned();
        let seed = known.unwrap_or_else(|| {
            let seed = Arc::new(Seed::of(self.kb, name));
            let mut map = seeds.0.lock().unwrap_or_else(PoisonError::into_inner);
            if map.len() < MAX_SEEDS {
                map.insert(name.to_owned(), Arc::clone(&seed));
            }
            seed
        });
        self.entities.push(seed.entity.clone());
        self.by_kb.extend(seed.by_kb.iter().copied());
        self.by_name.extend(seed.by_name.iter().cloned());
        self.by_surname.extend(seed.by_surname.iter().cloned());
        seed.entity.id
    }

    fn new_entity(&mut self, name: &str, kind: EntityKind, span: Option<Span>) -> EntityId {
        let id = EntityId(self.entities.len() as u32);
        self.entities.push(Entity {
            id,
            name: name.to_owned(),
            kind,
            kb_id: None,
            publisher: false,
            // Room for a few mentions: most entities are mentioned again.
            mentions: {
                let mut mentions = Vec::with_capacity(if span.is_some() { 4 } else { 0 });
                mentions.extend(span);
                mentions
            },
        });
        id
    }

    fn add_mention(&mut self, id: EntityId, span: Span) {
        let mentions = &mut self.entities[id.0 as usize].mentions;
        if mentions.last() != Some(&span) {
            mentions.push(span);
        }
    }

    /// Remembers who spoke last, for pronouns and anaphors.
    fn spoke(&mut self, id: EntityId) {
        match self.entities[id.0 as usize].kind {
            EntityKind::Person => self.last_person = Some(id),
            EntityKind::Outlet => {
                if Some(id) != self.publisher {
                    self.last_outlet = Some(id);
                }
                self.last_body = Some(id);
            }
            EntityKind::Organization => self.last_body = Some(id),
            EntityKind::Anonymous | EntityKind::Vague => {
                // `a company spokesman said … he added`: a single unnamed person is `he`;
                // `the company's annual report said … It said`: a single thing is `it`.
                let unnamed = match self.unnamed.get(id.0 as usize) {
                    Some(&Some(unnamed)) => unnamed,
                    _ => Unnamed::of(&self.entities[id.0 as usize].name),
                };
                match unnamed {
                    Unnamed::Person => self.last_person = Some(id),
                    Unnamed::Group => self.last_group = Some(id),
                    Unnamed::Thing => {
                        self.last_group = Some(id);
                        self.last_thing = Some(id);
                    }
                }
            }
        }
    }

    /// Resolves a source mention of attribution `a`.
    fn mention(&mut self, m: &Mention, a: &Attribution) -> Option<EntityId> {
        let _ = a;
        match m.class {
            MentionClass::Pronoun => self.pronoun(m),
            MentionClass::PublicationAnaphor => {
                // The publisher is not a fallback: an article does not call itself "the
                // publication"; with no other outlet before, the reference is unresolved.
                // `The agency` is as often a body as a news agency (`the Environmental
                // Protection Agency`, `Moody's ... the rating agency`): the last body named
                // before it serves when its name says it is an agency, first when a word says
                // this is no news agency (`the rating agency`, `the federal agency`), else
                // when no outlet does.
                let lower = m.text.to_ascii_lowercase();
                let agency = lower.ends_with("agency") || lower.ends_with("agencies");
                let news = ["news", "press", "wire"]
                    .iter()
                    .any(|w| lower.split_whitespace().any(|x| x == *w));
                let modified = lower.split_whitespace().count() > 2;
                let rating = lower.contains("rating");
                let body = |s: &mut Self| s.agency_before(m.span.start, rating);
                let found = match (agency && !news, modified) {
                    (true, true) => body(self).or(self.last_outlet),
                    // The one named last, when an outlet and an agency both were (`… the
                    // New York Times reported. The EPA said … The agency said`).
                    (true, false) => match (self.last_outlet, body(self)) {
                        (Some(o), Some(b)) => Some(self.named_later(o, b)),
                        (o, b) => o.or(b),
                    },
                    // A website is as often a company's or a campaign's as a news site's:
                    // only one that spoke or was a hop.
                    // A paper or a network may be one the text named without its speaking
                    // (`reflected by the official People's Daily`); the others only one
                    // that spoke or was a hop.
                    (false, _) => match anaphor_medium(&lower) {
                        Some(medium) => self.outlet_or_named(m.span.start, medium),
                        None => self.last_outlet,
                    },
                };
                match found {
                    Some(id) => {
                        self.add_mention(id, m.span);
                        Some(id)
                    }
                    None => self.unresolved(m, "no outlet before it to refer to"),
                }
            }
            MentionClass::SelfRef => {
                let id = self
                    .publisher
                    .unwrap_or_else(|| self.named(&m.text, Some(m.span), EntityKind::Outlet));
                self.add_mention(id, m.span);
                Some(id)
            }
            MentionClass::Outlet => self.outlet(&m.text, Some(m.span)),
            MentionClass::Person => Some(self.named(&m.text, Some(m.span), EntityKind::Person)),
            MentionClass::TitledPerson => {
                let id = self.named(&m.text, Some(m.span), EntityKind::Person);
                // A name first met in an all-capitals headline (`SUBROTO SAYS …`), where
                // capitals tell no person from an acronym, is a person once the text gives
                // them a title (`Indonesian Energy Minister Subroto said`): `he` may then
                // refer to them. A bare name is no such evidence (`Shearson said`).
                let entity = &mut self.entities[id.0 as usize];
                if entity.kind == EntityKind::Organization
                    && entity.kb_id.is_none()
                    && !entity.name.chars().any(char::is_lowercase)
                {
                    entity.kind = EntityKind::Person;
                    // And goes by the text's spelling: `Subroto`, not `SUBROTO`.
                    let part = name_part(&m.text);
                    if part.to_lowercase() == entity.name.to_lowercase() {
                        entity.name = part.to_string();
                    }
                }
                Some(id)
            }
            MentionClass::Organization => {
                Some(self.named(&m.text, Some(m.span), EntityKind::Organization))
            }
            MentionClass::Anonymous => Some(self.anonymous(m, EntityKind::Anonymous)),
            MentionClass::Vague => Some(self.anonymous(m, EntityKind::Vague)),
        }
    }

    /// Of entities `a` and `b`, the one mentioned last (`a` when neither is mentioned).
    /// The outlet `the newspaper` at `at` refers to: the last one that spoke or was a hop, or
    /// one the text named after it (and before `at`) without its speaking, when the
    /// knowledge base knows it and it is not the article's publisher.
    fn outlet_or_named(&mut self, at: usize, medium: Medium) -> Option<EntityId> {
        // Where the last outlet's last mention ends: a name inside it (`Manila Bulletin` of
        // `the Manila Bulletin newspaper said`) is that outlet.
        let spoke_at = self
            .last_outlet
            .and_then(|o| self.entities[o.0 as usize].mentions.last())
            .map_or(0, |s| s.end);
        let publisher_kb = self
            .publisher
            .and_then(|p| self.entities[p.0 as usize].kb_id.clone());
        match self.outlet_named_before(at, medium) {
            Some((span, name)) if self.last_outlet.is_none() || span.start >= spoke_at => {
                // An article does not call itself `the newspaper`.
                let publisher = publisher_kb.is_some_and(|p| {
                    self.with_matches(&name, |matches| {
                        matches.iter().any(|x| self.kb.entry(x.entry).id == p)
                    })
                });
                if publisher {
                    return self.last_outlet;
                }
                let id = self.named(&name, Some(span), EntityKind::Outlet);
                self.last_outlet = Some(id);
                Some(id)
            }
            // The outlet that spoke or was a hop, unless its name says it is of the other
            // medium (`In an interview with Le Monde, … The broadcaster reported`: no paper).
            _ => self.last_outlet.filter(|&o| {
                let name = &self.entities[o.0 as usize].name;
                match medium {
                    Medium::Broadcast => !name.rsplit(' ').next().is_some_and(is_masthead),
                    Medium::Print => medium_of(name) != Some(Medium::Broadcast),
                }
            }),
        }
    }

    fn named_later(&self, a: EntityId, b: EntityId) -> EntityId {
        let last = |e: EntityId| self.entities[e.0 as usize].mentions.last().map(|s| s.start);
        if last(b) > last(a) {
            b
        } else {
            a
        }
    }

    fn unresolved(&mut self, m: &Mention, why: &str) -> Option<EntityId> {
        self.problems.push(Problem {
            kind: ProblemKind::UnresolvedReference,
            span: m.span,
            message: format!("`{}` refers to nothing: {why}", m.text),
        });
        None
    }

    fn pronoun(&mut self, m: &Mention) -> Option<EntityId> {
        let word = m.text.to_ascii_lowercase();
        let found = match word.as_str() {
            "he" | "she" | "him" | "her" => {
                let gender = if matches!(word.as_str(), "he" | "him") {
                    Gender::Masculine
                } else {
                    Gender::Feminine
                };
                let found = self
                    .named_since(m.span.start)
                    .or_else(|| self.subject_since(gender, m.span.start))
                    .or_else(|| self.last_person_as(gender, m.span.start))
                    .or_else(|| self.person_before(m.span.start));
                if let Some(id) = found {
                    self.set_gender(id, gender);
                }
                found
            }
            "it" => self
                .body_since(m.span.start)
                .or_else(|| self.speaker_as_body())
                .or(self.last_body)
                .or(self.last_outlet)
                .or(self.last_thing),
            "they" | "them" => self
                .last_group
                .or(self.last_body)
                .or_else(|| self.group_before(m.span.start)),
            "who" | "which" => match self.relative_antecedent(m.span.start, word == "which") {
                Some(id) => Some(id),
                // Right after a common noun, the relative is that noun's (`commentators who
                // have suggested`, `some who warned`): someone unnamed, neither the last person
                // who spoke nor nobody.
                None if self.after_common_word(m.span.start) => return None,
                None => self.last_person.or(self.last_body).or(self.last_group),
            },
            // First and second person speak inside quotes: the quoted speaker, not resolved here.
            _ => return None,
        };
        match found {
            Some(id) => {
                self.add_mention(id, m.span);
                Some(id)
            }
            None => self.unresolved(m, "no one before it who could be meant"),
        }
    }

    /// The last person, when the text has not referred to them by the other pronoun; else the
    /// last person named since their last mention ([`State::named_since_other`]).
    fn last_person_as(&mut self, gender: Gender, at: usize) -> Option<EntityId> {
        let last = self.last_person?;
        if self
            .genders
            .get(last.0 as usize)
            .is_none_or(|&g| g != gender.other())
        {
            return Some(last);
        }
        // Nobody else: the last person still, as before any pronoun told them apart.
        self.named_since_other(last, at).or(Some(last))
    }

    /// The person the text speaks of after the last mention of `other` and before `at`
    /// ([`names::likeliest_person_name`]), when `other` is not the one meant: in `Geoff Huegill
    /// … he said. Elka Graham won the 300 metres. She says`, `She` is Graham. Each byte is
    /// searched once (`other_searched_to`).
    fn named_since_other(&mut self, other: EntityId, at: usize) -> Option<EntityId> {
        let from = self.entities[other.0 as usize]
            .mentions
            .last()
            .map_or(0, |s| s.end)
            .max(self.other_searched_to)
            .min(at);
        self.other_searched_to = self.other_searched_to.max(at);
        let window = self.text.get(from..at)?;
        let (offset, name, _) = self.likeliest_person_name(window, from)?;
        let span = Span::new(from + offset, from + offset + name.len());
        let id = self.named(name, Some(span), EntityKind::Person);
        if self.entities[id.0 as usize].kind != EntityKind::Person || id == other {
            return None;
        }
        self.last_person = Some(id);
        Some(id)
    }

    /// The person the nearest of the five sentences before the one of `at` whose opening names
    /// a person opens with, after the last person's last mention, when the text has not
    /// called them by the other pronoun: in `"…," Arteta said. Foden, who had been dropped,
    /// was named player of the match. "…," he said`, `he` is Foden. A name inside a sentence
    /// is as often someone spoken of (`under President Obama`), and a name in the sentence of
    /// `at` is the quote's or the speaker's. Each sentence is read once
    /// (`subjects_searched_to`), and only its opening.
    fn subject_since(&mut self, gender: Gender, at: usize) -> Option<EntityId> {
        let last = self.last_person?;
        // The sentence of `at`.
        let i = self.sentences.partition_point(|s| s.span.end <= at);
        let to = self.sentences.get(i).map_or(at, |s| s.span.start.min(at));
        let from = self.entities[last.0 as usize]
            .mentions
            .last()
            .map_or(0, |s| s.end)
            .max(self.subjects_searched_to);
        self.subjects_searched_to = self.subjects_searched_to.max(to);
        // The nearest sentence whose opening names someone decides.
        let id = (0..i.min(self.sentences.len()))
            .rev()
            .take(5)
            .take_while(|&k| self.sentences[k].span.start >= from)
            .find_map(|k| self.sentence_subject(k, gender, last))??;
        self.last_person = Some(id);
        Some(id)
    }

    /// The person sentence `k` opens with, when it is a person other than `last` and not one
    /// the text called by the other pronoun than `gender`'s: a name that opens the sentence,
    /// or comes after its titles and role alone (`Former President Bill Clinton agreed`,
    /// `Retired neurosurgeon Ben Carson went on`; not `Under President Obama, …`, nor `Lim
    /// earlier met farm commissioner Frans Andriessen`), outside any quotation. `None` when
    /// the opening names no one; `Some(None)` when it names someone else.
    fn sentence_subject(
        &mut self,
        k: usize,
        gender: Gender,
        last: EntityId,
    ) -> Option<Option<EntityId>> {
        let sentence = self.sentences[k].span;
        // The opening: titles, a role and a name fit in 80 bytes (`Senate Intelligence Ranking
        // Democrat Dianne Feinstein` in 53).
        let mut end = sentence.end.min(sentence.start + 80);
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let window = self.text.get(sentence.start..end)?;
        let (offset, name, titled) = self.likeliest_person_name(window, sentence.start)?;
        let prefix = &window[..offset];
        let opens = prefix.is_empty()
            || titled && !prefix.contains([',', '"', '“', '‘', '\'']) && names::titles_only(prefix);
        let start = sentence.start + offset;
        if !opens || self.inside_quote(start) {
            return Some(None);
        }
        // Two or three bare words are as often a body's (`Atlantic Richfield rose 1-3/4`,
        // `Illinois Coop will cease operating`): a person's when a role or a body follows
        // (`Robbin Johnson, vice president of Cargill, testified`, `Robert Brusca of Nikko
        // Securities sees`; not `Mac Plus, which`). A surname alone is one the text gave a
        // full name for.
        let after = &self.text[start + name.len()..];
        let described = after.strip_prefix(", ").is_some_and(|a| {
            a.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                && !a.starts_with("which")
        }) || after
            .strip_prefix(" of ")
            .is_some_and(|a| a.starts_with(char::is_uppercase));
        if !(titled || described || !name.contains(' ')) {
            return Some(None);
        }
        let span = Span::new(start, start + name.len());
        let id = self.named(name, Some(span), EntityKind::Person);
        let other = self.genders.get(id.0 as usize) == Some(&gender.other());
        let person = self.entities[id.0 as usize].kind == EntityKind::Person;
        Some((person && id != last && !other).then_some(id))
    }

    /// True when byte `at` is inside a quotation its line opened before it: `"… I am
    /// disappointed Judge Reeves did not recognize that reality," he said` speaks of Reeves,
    /// who does not speak. (A quotation that runs on to the next paragraph opens it again
    /// with its mark.) Counts marks from where the last call left off on the same line
    /// (`quote_count`), and never more than 2,000 bytes back: the text is read once.
    fn inside_quote(&mut self, at: usize) -> bool {
        let floor = at.saturating_sub(2000);
        let (last, mut open, mut straight) = self.quote_count;
        let mut from = if (floor..=at).contains(&last) {
            last
        } else {
            (open, straight) = (0, 0);
            floor
        };
        if let Some(i) = memchr::memrchr(b'\n', &self.text.as_bytes()[from..at]) {
            from += i + 1;
            (open, straight) = (0, 0);
        }
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        for c in self.text.get(from..at).unwrap_or("").chars() {
            match c {
                '“' => open += 1,
                '”' => open -= 1,
                '"' => straight += 1,
                _ => {}
            }
        }
        self.quote_count = (at, open, straight);
        open > 0 || straight % 2 == 1
    }

    /// [`names::likeliest_person_name`] in `window`, the text from byte `from`, with the surnames the
    /// text writes full names for, and whether a title or a role comes before it; `None` when
    /// the name found has no title and the knowledge base knows it as a body's or an outlet's.
    fn likeliest_person_name<'w>(
        &mut self,
        window: &'w str,
        from: usize,
    ) -> Option<(usize, &'w str, bool)> {
        let mut sentence_of = names::sentence_cursor(self.sentences, from);
        let full_names = &mut self.full_names;
        let index = &mut self.full_name_index;
        let mut known = |surname: &str| {
            full_names
                .entry(normalise(surname))
                .or_insert_with(|| index.full_name_of(surname))
                .as_deref()
                .is_some_and(names::is_personal_name)
        };
        names::likeliest_person_name(window, &mut sentence_of, &mut known)
            .filter(|&(_, name, titled)| titled || self.may_be_person(name))
    }

    /// False when the knowledge base knows `name` as a body's or an outlet's.
    fn may_be_person(&self, name: &str) -> bool {
        !matches!(
            self.kb_kind(name),
            Some(EntryKind::Organization | EntryKind::Outlet)
        )
    }

    /// The people the text speaks of before `at` ([`names::likeliest_group`]: `several
    /// threatened to disrupt the convention over a system that they say …` after `Sanders's
    /// supporters showed no sign of backing down`), when no group or body has spoken: an
    /// unnamed group, the last one now. Each byte is searched once (`group_searched_to`).
    fn group_before(&mut self, at: usize) -> Option<EntityId> {
        let from = self.group_searched_to.min(at);
        self.group_searched_to = self.group_searched_to.max(at);
        let window = self.text.get(from..at)?;
        let mut sentence_of = names::sentence_cursor(self.sentences, from);
        let (offset, word) = names::likeliest_group(window, &mut sentence_of)?;
        let span = Span::new(from + offset, from + offset + word.len());
        // A source that spoke there already is the group (asked once: the group found is
        // the last group from now on, and this is asked no more).
        let spoken = self
            .entities
            .iter()
            .rev()
            .find(|e| {
                e.mentions
                    .iter()
                    .any(|m| m.start <= span.start && span.end <= m.end)
            })
            .map(|e| e.id);
        if let Some(id) = spoken {
            self.last_group = Some(id);
            return Some(id);
        }
        let id = self.new_entity(word, EntityKind::Vague, Some(span));
        self.set_unnamed(id, Unnamed::Group);
        self.last_group = Some(id);
        Some(id)
    }

    /// Records what the unnamed source `id` is.
    fn set_unnamed(&mut self, id: EntityId, unnamed: Unnamed) {
        let at = id.0 as usize;
        if self.unnamed.len() <= at {
            self.unnamed.resize(at + 1, None);
        }
        self.unnamed[at] = Some(unnamed);
    }

    /// Records that `id` was referred to as `gender`.
    fn set_gender(&mut self, id: EntityId, gender: Gender) {
        let at = id.0 as usize;
        if self.genders.len() <= at {
            self.genders.resize(at + 1, Gender::Unknown);
        }
        self.genders[at] = gender;
    }

    /// The last speaker, when `it` refers to them: a bare name no knowledge-base entry makes a
    /// person (`T. Rowe Price Associates said … It said`, `Shell said … But it said`), which
    /// `it` then shows to be a body's. It becomes one, and `he` no longer refers to it.
    fn speaker_as_body(&mut self) -> Option<EntityId> {
        let (id, true) = self.last_speaker? else {
            return None;
        };
        let entity = &mut self.entities[id.0 as usize];
        if entity.kind != EntityKind::Person || entity.kb_id.is_some() {
            return None;
        }
        entity.kind = EntityKind::Organization;
        self.last_body = Some(id);
        if self.last_person == Some(id) {
            self.last_person = None;
        }
        Some(id)
    }

    /// True when a lowercase word ends right before byte `at`, a comma and spaces aside.
    fn after_common_word(&self, at: usize) -> bool {
        let before = self.text[..at].trim_end();
        let before = before.strip_suffix(',').unwrap_or(before);
        names::last_word(before).is_some_and(|w| {
            w.starts_with(|c: char| c.is_lowercase()) && w.chars().all(char::is_alphabetic)
        })
    }

    /// The name that a relative `who` or `which` at byte `at` follows: `President Barack Obama,
    /// who endorsed …` is Obama, `the Federal Reserve, which said …` the Fed. The name is the
    /// run of capitalised words (six at most) that ends at the comma or space before it, on
    /// the same line, its titles dropped. One capitalised word alone counts only inside a
    /// sentence, where capitals mark a name (`Critics, who …` opens a sentence with a common
    /// noun); one word after a preposition is as often not the one meant (`a floor broker
    /// contacted by Reuters, who …`). Reads only the 120 bytes before `at`.
    fn relative_antecedent(&mut self, at: usize, which: bool) -> Option<EntityId> {
        // `Who` capitalised opens a sentence, where nothing comes before it, or stands in a
        // headline in title case (`General Who Called For …`), where every word is capitalised.
        if self.text[at..].starts_with(char::is_uppercase) {
            return None;
        }
        let mut from = at.saturating_sub(120);
        while !self.text.is_char_boundary(from) {
            from -= 1;
        }
        let before = self.text.get(from..at)?.trim_end();
        let before = before.strip_suffix(',').unwrap_or(before).trim_end();
        // A party and state after a name (`Sen. James McClure, R-Idaho, who`) is passed over.
        let before = match before.rsplit_once(", ") {
            Some((name, party))
                if party.len() <= 8
                    && matches!(party.as_bytes(), [b'R' | b'D' | b'I', b'-', ..]) =>
            {
                name
            }
            _ => before,
        };
        // The line the relative is on: a line break ends the name (a headline or another
        // paragraph is before it).
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let mut start = before.len();
        let mut words = 0;
        while words < 6 {
            let rest = before[line_start..start].trim_end();
            let word_start = line_start
                + rest
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_whitespace())
                    .map_or(0, |(i, c)| i + c.len_utf8());
            let word = &before[word_start..line_start + rest.len()];
            let bracket = word.starts_with('<');
            let bare = word.trim_start_matches('<');
            // A word cut by the window's start is no whole word; a word with a comma ends an
            // appositive before the name (`Trade Minister, Hajime Tamura, who`); one with a
            // period longer than a title's (`Corp.`) may end a sentence.
            let cut = word_start == 0 && from > 0 && line_start == 0;
            let ends = words > 0 && (bare.ends_with(',') || bare.ends_with('.') && bare.len() > 4);
            if cut || ends || !bare.chars().next().is_some_and(char::is_uppercase) {
                break;
            }
            start = word_start;
            words += 1;
            // `<Mrs Fields Inc>, which`: the wire's bracket opens the name.
            if bracket {
                break;
            }
        }
        if words == 0 {
            return None;
        }
        let mut start = start + usize::from(before[start..].starts_with('<'));
        // A sentence's opening conjunction is no part of the name: `But McCarthy, who`.
        for opener in ["But ", "And ", "Yet ", "So ", "Also ", "However "] {
            if before[start..].starts_with(opener) && words > 1 {
                start += opener.len();
                words -= 1;
            }
        }
        let run = before[start..].trim_end_matches('>');
        // `The U.S. Officials, who`, `a U.S. Lawyer who`: a description, not a name; a body is
        // named so (`The Federal Reserve, which`). `who` after a company (`Ward McCarthy of
        // Merrill Lynch and Co Inc, who`) means a person named before it. A title in quotes
        // (`CBS "60 Minutes" which`) is no name read here.
        let article = matches!(
            before[..start].split_whitespace().next_back(),
            Some("a" | "an" | "the")
        );
        let last = run.rsplit(' ').next().unwrap_or(run);
        // A role capitalised in wire style (`a senior U.S. Official, who`) is no name either.
        let role = matches!(
            last.to_ascii_lowercase().as_str(),
            "official" | "officials" | "lawyer" | "spokesman" | "spokeswoman" | "source"
        );
        if !which
            && (article
                || role
                || ["The ", "A ", "An "].iter().any(|a| run.starts_with(a))
                || names::is_form(last))
            || run.contains(['"', '“', '”'])
        {
            return None;
        }
        let inside_sentence = before[..start]
            .trim_end()
            .chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric() || c == ',');
        if words == 1 && !inside_sentence {
            return None;
        }
        let word_before = before[..start].split_whitespace().next_back().unwrap_or("");
        if words == 1
            && matches!(
                word_before,
                "by" | "of" | "for" | "from" | "with" | "to" | "in" | "at" | "on" | "about"
            )
        {
            return None;
        }
        let offset = from + start;
        let span = Span::new(offset, offset + run.len());
        let kind = if which {
            EntityKind::Organization
        } else {
            EntityKind::Person
        };
        let id = self.named(run, Some(span), kind);
        if kind == EntityKind::Person {
            self.last_person = Some(id);
        }
        Some(id)
    }

    /// A person named with an honorific (`Mr. Witkoff`) in the text after the last person who
    /// spoke and before `at`: in `Mr. Witkoff has defended his approach. "…," he said`, `he` is
    /// Witkoff. Scans only the text since that person's last mention, so pronoun resolution
    /// stays linear.
    fn named_since(&mut self, at: usize) -> Option<EntityId> {
        // Text already searched holds no newer name: each byte is searched once.
        let from = self
            .last_person
            .and_then(|p| self.entities[p.0 as usize].mentions.last())
            .map_or(0, |s| s.end)
            .max(self.searched_to);
        self.searched_to = self.searched_to.max(at);
        let window = self.text.get(from.min(at)..at)?;
        let (offset, name) = names::last_honorific_name(window)?;
        let span = Span::new(from + offset, from + offset + name.len());
        let id = self.named(&name, Some(span), EntityKind::Person);
        self.last_person = Some(id);
        Some(id)
    }

    /// The person the text speaks of before `at` ([`names::likeliest_person_name`]: the first
    /// named in the last sentence that names one, titled or not), when no person has been met
    /// yet: in `Retired Gen. Norman Ham is speaking out. "…," he said`, `he` is Ham; in `Elka
    /// Graham won the 300 metres freestyle. She says …`, `She` is Graham. Only for a document's
    /// first person: later, a name after the last speaker is as often someone spoken of
    /// (`under President Obama`). Each byte is searched once (`persons_searched_to`).
    fn person_before(&mut self, at: usize) -> Option<EntityId> {
        let from = self.persons_searched_to.min(at);
        self.persons_searched_to = self.persons_searched_to.max(at);
        let window = self.text.get(from..at)?;
        let (offset, name, _) = self.likeliest_person_name(window, from)?;
        let span = Span::new(from + offset, from + offset + name.len());
        let id = self.named(name, Some(span), EntityKind::Person);
        self.last_person = Some(id);
        Some(id)
    }

    /// An agency named before `at` (`the Environmental Protection Agency`; for `rating`, also
    /// `Moody's Investors Service Inc`, `Standard and Poor's Corp`: [`names::names_an_agency`]):
    /// the last of the last four bodies named by their form in the text since the last body
    /// that is one, else the last body, when it is one. Nothing is made of a body that is no
    /// agency, and each byte is searched at most four times (`agencies_searched_to`).
    fn agency_before(&mut self, at: usize, rating: bool) -> Option<EntityId> {
        let from = self
            .after_last_body()
            .max(self.agencies_searched_to)
            .min(at);
        self.agencies_searched_to = self.agencies_searched_to.max(at);
        // The last four bodies named, from the last: the rated company is often named after
        // the rating agency (`Moody's ... downgraded Allied Bank of Texas`). Four searches at
        // most, each over less text: linear.
        let mut end = at;
        let mut named = None;
        for _ in 0..4 {
            let Some((offset, name)) = self.text.get(from..end).and_then(names::last_body_name)
            else {
                break;
            };
            if names::names_an_agency(&name, rating) {
                named = Some((offset, name));
                break;
            }
            end = from + offset;
        }
        if let Some((offset, name)) = named {
            return Some(self.body_at(from + offset, &name));
        }
        // (Or whose mention says it is one: `The Pension Benefit Guaranty Corp, a federal
        // agency, said`.)
        self.last_body.filter(|b| {
            let entity = &self.entities[b.0 as usize];
            names::names_an_agency(&entity.name, rating)
                || entity.mentions.last().is_some_and(|m| {
                    let text = m.slice(self.text);
                    text.len() > entity.name.len() && text.contains(" agency")
                })
        })
    }

    /// The last outlet of `medium` ([`medium_of`]; a masthead is print) that the text names
    /// before `at`, by its span and name as written, whether or not it spoke (`This view was
    /// reflected by the official People's Daily … The daily said`, `State broadcaster CCTV
    /// aired footage … The broadcaster said`): what `the newspaper` or `the network` may
    /// refer to. Each byte is searched once (`outlets_searched_to`), and only when an
    /// anaphor asks.
    fn outlet_named_before(&mut self, at: usize, medium: Medium) -> Option<(Span, String)> {
        let from = self.outlets_searched_to.min(at);
        self.outlets_searched_to = self.outlets_searched_to.max(at);
        let window = self.text.get(from..at).unwrap_or_default();
        let mut found: [Option<(Span, String)>; 2] = [None, None];
        names::capitalised_runs(window, |start, words| {
            // The longest name that ends the run (`The New York Times`, not `York`; not `The
            // National` of `The National Review`, a longer name). A single word must be the
            // outlet's name or alias as written (`Newsweek`, `CNN`), not a name without its
            // article (`National` is no `The National`).
            // Every name tried ends with the run's last word: most end no name of the
            // knowledge base, known from that word alone.
            let last = words[words.len() - 1];
            let may_name = self.may_name(last);
            let masthead = words.len() >= 2 && is_masthead(last);
            if !may_name && !masthead {
                return;
            }
            let hit = (0..words.len()).find_map(|i| {
                let name = words[i..].join(" ");
                self.with_matches_if(&name, may_name, |matches| {
                    matches.iter().find_map(|x| {
                        let entry = self.kb.entry(x.entry);
                        let as_written = i + 1 < words.len()
                            || entry.name == name
                            || entry.aliases.contains(&name);
                        (entry.kind == EntryKind::Outlet && as_written)
                            .then(|| medium_of(&entry.name))
                            .flatten()
                            .map(|m| (i, m))
                    })
                })
            });
            // Else a masthead the knowledge base does not know (`The National Review is
            // hosting …`, `the Toledo Blade`): the later outlet, whom `the publication` means.
            let hit = hit.or_else(|| masthead.then_some((0, Medium::Print)));
            if let Some((i, m)) = hit {
                // Where the name starts in the window: the run's words are one space apart.
                let offset: usize = words[..i].iter().map(|w| w.len() + 1).sum();
                let name = words[i..].join(" ");
                let begin = from + start + offset;
                found[m as usize] = Some((Span::new(begin, begin + name.len()), name));
            }
        });
        for (slot, f) in self.outlet_in_text.iter_mut().zip(found) {
            if f.is_some() {
                *slot = f;
            }
        }
        self.outlet_in_text[medium as usize].clone()
    }

    /// A company or institution named by its form (`Texaco Inc`, `the Bank of Japan`) in the
    /// text before `at` that no earlier source was: in `Texaco Inc reported a loss. It said …`,
    /// `It` is Texaco Inc. Each byte is searched once (`bodies_searched_to`), so pronoun
    /// resolution stays linear; a body found becomes the last body, for the next `it`.
    fn body_since(&mut self, at: usize) -> Option<EntityId> {
        // Only text after the last body that spoke: a body named before it is not meant.
        let from = self.after_last_body().max(self.bodies_searched_to).min(at);
        self.bodies_searched_to = self.bodies_searched_to.max(at);
        let window = self.text.get(from..at)?;
        let (offset, name) = names::last_body_name(window)?;
        Some(self.body_at(from + offset, &name))
    }

    /// Where the text after the last body's last mention starts (0 before any body).
    fn after_last_body(&self) -> usize {
        self.last_body
            .and_then(|b| self.entities[b.0 as usize].mentions.last())
            .map_or(0, |s| s.end)
    }

    /// The body `name`, written at byte `at`: found or made by its name, and the last body now.
    fn body_at(&mut self, at: usize, name: &str) -> EntityId {
        let span = Span::new(at, at + name.len());
        let id = self.named(name, Some(span), EntityKind::Organization);
        self.last_body = Some(id);
        id
    }

    /// An unnamed source: a new entity, except `the official` after `an official` (the same
    /// head noun, definite article).
    fn anonymous(&mut self, m: &Mention, kind: EntityKind) -> EntityId {
        // The source without its appositive or relative clause: `A German official, speaking
        // on condition of anonymity because …` is `A German official`.
        let mut text = names::trim(&m.text);
        if let Some(i) = text.find(',') {
            text = text[..i].trim_end();
        }
        for cut in [" who ", " which ", " speaking ", " — ", " - "] {
            if let Some(i) = names::find_from_space(text, cut) {
                text = text[..i].trim_end();
            }
        }
        // A parenthesis that ends the source is an aside (`A German official (who asked not
        // to be named)`); one closed inside it is part of the description (`an Egyptian
        // General Petroleum Corp (EGPC) official`, `a United Arab Emirates (UAE) banker`).
        if let Some(i) = names::find_from_space(text, " (") {
            let closed_inside = text[i..]
                .find(')')
                .is_some_and(|j| !text[i + j + 1..].trim().is_empty());
            if !closed_inside {
                text = text[..i].trim_end();
            }
        }
        let head = names::head(text);
        let definite = text
            .split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the") || w.eq_ignore_ascii_case("that"));
        if definite {
            if let Some(&id) = head.as_ref().and_then(|(h, _)| self.last_anonymous.get(h)) {
                self.add_mention(id, m.span);
                return id;
            }
            if kind == EntityKind::Anonymous {
                if let Some(id) = self.described_person(text, m.span.start) {
                    self.add_mention(id, m.span);
                    return id;
                }
            }
        }
        let id = self.new_entity(text, kind, Some(m.span));
        let unnamed = head.as_ref().map_or(Unnamed::Group, |(h, plural)| {
            Unnamed::of_head(h.as_bytes(), *plural)
        });
        self.set_unnamed(id, unnamed);
        if let Some((h, _)) = head {
            self.last_anonymous.insert(h, id);
        }
        id
    }

    /// The person a definite description at byte `at` refers back to: one of the last
    /// sixteen people whose first mentions hold all its words (`the manager` after `Mikel
    /// Arteta, the Arsenal manager`; `the dealer` after `John Smith, a dealer at Barclays`);
    /// else, when in four words at most it describes a person the way copy refers back to
    /// one just named (a role, an age, a people's noun: `the Arsenal boss`, `the 34-year-old`,
    /// `the Spaniard`), the person a recent sentence opens with ([`State::subject_since`]), the
    /// last person, or the person spoken of before anyone spoke. `None` for people in the
    /// plural, the heads of unnamed sources (`the official`) and titles (`the Minister`) no
    /// one was given.
    fn described_person(&mut self, text: &str, at: usize) -> Option<EntityId> {
        let (_, rest) = text.split_once(' ')?;
        let last = rest.split_whitespace().next_back()?;
        // People in the plural are a group (`the traders`, `the lawmakers`).
        if last.ends_with('s') && !last.ends_with("ss") {
            return None;
        }
        let has_word = |mention: &str, word: &str| {
            mention
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .any(|w| w.eq_ignore_ascii_case(word))
        };
        let described = self
            .entities
            .iter()
            .rev()
            .filter(|e| e.kind == EntityKind::Person)
            .take(16)
            .filter(|e| {
                e.mentions.iter().take(4).any(|m| {
                    let mention = m.slice(self.text);
                    rest.split_whitespace().all(|w| has_word(mention, w))
                })
            })
            .max_by_key(|e| e.mentions.last().map(|m| m.start))
            .map(|e| e.id);
        if let Some(id) = described {
            self.last_person = Some(id);
            return Some(id);
        }
        // Only a short description of the person alone: not `the general trading manager of
        // an international oil company`, someone else unnamed.
        let short = rest.split_whitespace().count() <= 4
            && rest.split_whitespace().all(|w| {
                let mut buf = [0; names::LOWER_MAX];
                !names::ascii_lowercase(w, &mut buf).is_some_and(names::is_modifier)
            });
        let lower = last.to_ascii_lowercase();
        // One of a people (`the Spaniard`, `the Norwegian`), not a people or its body (`the
        // Japanese`, `the European Community`), nor a paper (`The Australian`).
        let people_noun = whosaid_core::is_demonym_noun(last);
        if !short || !(whosaid_core::is_description_noun(&lower) || people_noun) {
            return None;
        }
        // As `he` would: the person a recent sentence opens with (`Pat Rafter salvaged the
        // campaign … The Australian says`), else the last person.
        self.subject_since(Gender::Unknown, at)
            .or(self.last_person)
            .or_else(|| self.person_before(at))
    }

    /// An outlet by name: knowledge base first, then the names already seen.
    fn outlet(&mut self, text: &str, span: Option<Span>) -> Option<EntityId> {
        // Its own name, not its description: `Tanjug`, not `the official news agency Tanjug`.
        // `text` has single spaces where the article may have any white space (`official\u{a0}
        // UNN`): the name's words are found again in the article, counted from the end.
        let (text, span) = match names::described_outlet_name(text) {
            Some(at) => {
                let name = &text[at..];
                let words = name.split(' ').filter(|w| !w.is_empty()).count();
                let span = span.and_then(|s| {
                    let written = s.get(self.text)?;
                    let from = names::last_words_start(written, words)?;
                    Some(Span::new(s.start + from, s.end))
                });
                (name, span)
            }
            None => (text, span),
        };
        Some(self.named(text, span, EntityKind::Outlet))
    }

    /// An outlet named in a medium: `in an interview with CNN`, `on Fox News`.
    fn medium_outlet(&mut self, medium: Span) -> Option<EntityId> {
        let text = medium.get(self.text)?;
        // The capitalised tail is the name: `in an interview with [CNN]`.
        let start = text
            .split_whitespace()
            .position(|w| w.chars().next().is_some_and(char::is_uppercase))?;
        let words: Vec<&str> = text.split_whitespace().skip(start).collect();
        let name = words.join(" ");
        let is_outlet = |s: &Self, name: &str| {
            s.with_matches(name, |matches| {
                matches
                    .iter()
                    .any(|x| s.kb.entry(x.entry).kind == EntryKind::Outlet)
            })
        };
        // Else a run of capitalised words inside it, the last first, up to a possessive: a
        // medium that opens the sentence (`In an interview with [CNN]`), a programme or a time
        // after the outlet (`to the [BBC]'s Today programme`, `to [Sky News] on Tuesday`).
        let name = if is_outlet(self, &name) {
            name
        } else {
            let mut runs: Vec<String> = Vec::new();
            let mut run: Vec<&str> = Vec::new();
            for w in text.split_whitespace().chain([""]) {
                let bare = w.trim_end_matches([',', '.', ';', ':']);
                let possessive = bare.strip_suffix("'s").or_else(|| bare.strip_suffix("’s"));
                let capitalised = bare.chars().next().is_some_and(char::is_uppercase);
                if capitalised {
                    run.push(possessive.unwrap_or(bare));
                }
                let ends = !capitalised || possessive.is_some() || bare.len() != w.len();
                if ends && !run.is_empty() {
                    runs.push(run.join(" "));
                    run.clear();
                }
            }
            runs.into_iter().rev().find(|n| is_outlet(self, n))?
        };
        let offset = text.find(&name).map(|o| medium.start + o);
        let span = offset.map(|o| Span::new(o, o + name.len()));
        Some(self.named(&name, span, EntityKind::Outlet))
    }

    /// A named entity: by knowledge-base id, by normalised name, by surname after a full name,
    /// else a new entity.
    fn named(&mut self, text: &str, span: Option<Span>, kind: EntityKind) -> EntityId {
        let mut key = std::mem::take(&mut self.key);
        let id = self.named_keyed(text, span, kind, &mut key);
        self.key = key;
        id
    }

    /// [`State::named`], with `key` a buffer for the name's key.
    fn named_keyed(
        &mut self,
        text: &str,
        span: Option<Span>,
        kind: EntityKind,
        key: &mut String,
    ) -> EntityId {
        // A body's name comes with whether its last word may end a known name, when that was
        // asked on the way.
        let (mut name, may_name) = if kind == EntityKind::Person {
            (name_part(text), None)
        } else {
            self.body_name(text)
        };
        // The key of the name, worked out once for every index below.
        normalise_into(&name, key);
        // A surname alone: the full name the document gives, unless an entity has it already.
        if kind == EntityKind::Person
            && !name.contains(' ')
            && !self.by_surname.contains_key(key.as_str())
        {
            if !self.full_names.contains_key(key.as_str()) {
                let full = self.full_name_index.full_name_of(&name);
                self.full_names.insert(key.clone(), full);
            }
            if let Some(Some(full)) = self.full_names.get(key.as_str()) {
                name = Cow::Owned(full.clone());
                normalise_into(&name, key);
            }
        }
        // 1. The knowledge base; for a person, also the name without the words before it that
        //    are no part of it (`Ukraine Volodymyr Zelensky` from `President of Ukraine …`).
        let may_name = may_name.unwrap_or_else(|| self.may_name(&name));
        let mut kb_match = self.kb_lookup(&name, key, kind, may_name);
        // The shorter names end with the name's last word: none is known when it ends no name.
        if kb_match.is_none() && kind == EntityKind::Person && may_name {
            let found = names::with_words(&name, |words| {
                (1..words.len().saturating_sub(1)).find_map(|start| {
                    let shorter = names::join_words(&name, &words[start..]);
                    let shorter_key = normalise(&shorter);
                    let m = self
                        .kb_lookup(&shorter, &shorter_key, kind, may_name)
                        .filter(|m| m.1)?;
                    Some((m, shorter.into_owned(), shorter_key))
                })
            });
            if let Some((m, shorter, shorter_key)) = found {
                kb_match = Some(m);
                *key = shorter_key;
                name = Cow::Owned(shorter);
            }
        }
        if let Some((entry, _)) = kb_match {
            if let Some(&id) = self.by_kb.get(&entry) {
                self.remember(id, key, &name);
                if let Some(s) = span {
                    self.add_mention(id, s);
                }
                return id;
            }
        }
        // 2. The names already seen, and a surname after a full name (`Rubio` after `Marco
        //    Rubio`, `Mr. Rubio`).
        // A surname alone, or with its particle (`de Clercq` after `Willy de Clercq`).
        let single = !name.contains(' ') || names::is_particle_name(&name);
        let known = self.by_name.get(key.as_str()).copied().or_else(|| {
            single
                .then(|| {
                    let last = names::last_word(&name).unwrap_or(&name);
                    // A name of one word is its own last word, whose key is known.
                    match last.len() == name.len() {
                        true => self.by_surname.get(key.as_str()),
                        false => self.by_surname.get(&normalise(last)),
                    }
                    .copied()
                })
                .flatten()
        });
        // A full name after a headline that gave the surname alone in capitals (`SPRINKEL URGES
        // GROWTH` … `Beryl Sprinkel said`): the same person, named in full at last.
        let known = known.or_else(|| {
            if kind != EntityKind::Person || single {
                return None;
            }
            // A name of capitalised words (`Beryl Sprinkel`), whose surname is a word in
            // lower case after its capital: not an acronym, an initial or anything in brackets.
            let is_name_word = |w: &str| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.'))
            };
            let last = names::last_word(&name)?;
            if !name.split_whitespace().all(is_name_word)
                || last.chars().count() < 3
                || !last.chars().skip(1).all(char::is_lowercase)
            {
                return None;
            }
            let &id = self.by_name.get(normalise(last).as_str())?;
            let entity = &self.entities[id.0 as usize];
            let headline = entity.kb_id.is_none()
                && !entity.name.contains(' ')
                && !entity.name.chars().any(char::is_lowercase);
            if !headline {
                return None;
            }
            self.entities[id.0 as usize].kind = EntityKind::Person;
            self.remember(id, key, &name);
            Some(id)
        });
        if let Some(id) = known {
            if let Some(s) = span {
                self.add_mention(id, s);
            }
            // A fuller name replaces a shorter one: `Rubio` then `Marco Rubio`.
            if kb_match.is_none() && name.len() > self.entities[id.0 as usize].name.len() {
                self.entities[id.0 as usize].name = name.into_owned();
            }
            return id;
        }
        // 3. A new entity, under the knowledge base's name (borrowed: `new_entity` copies it).
        let kb = self.kb;
        let (display, kb_id, kind): (&str, _, _) = match kb_match {
            Some((entry, true)) => {
                let e = kb.entry(whosaid_kb::EntryId(entry));
                let kind = match e.kind {
                    EntryKind::Person => EntityKind::Person,
                    EntryKind::Outlet => EntityKind::Outlet,
                    EntryKind::Organization => EntityKind::Organization,
                };
                (&e.name, Some(e.id.clone()), kind)
            }
            _ => (&*name, None, kind),
        };
        let id = self.new_entity(display, kind, span);
        self.entities[id.0 as usize].kb_id = kb_id;
        if let Some((entry, true)) = kb_match {
            self.by_kb.insert(entry, id);
        }
        // Step 2 found no entity under the name's key.
        self.remember_new(id, key, &name);
        // The knowledge base's name too; the name itself is remembered already.
        if display != name {
            normalise_into(display, key);
            self.remember(id, key, display);
        }
        id
    }

    /// The knowledge base's matches for a name, looked up once per document and name: the same
    /// mentions recur (`the company`, `Reuters`), and a lookup normalises and hashes the name.
    /// `read` is given them in place, without a copy; it must not look up names itself.
    fn with_matches<R>(&self, name: &str, read: impl FnOnce(&[whosaid_kb::Match]) -> R) -> R {
        self.with_matches_if(name, self.may_name(name), read)
    }

    /// Whether the knowledge base may know `name`: [`Kb::may_end_a_name`] of its last word.
    /// Most names looked up end with a word that ends no name of the knowledge base: they find
    /// nothing, which is known without a lookup or a copy of the name to cache. The answer
    /// hashes the word, so callers that know it already (a name's tails end with its last
    /// word) pass it on rather than ask again.
    fn may_name(&self, name: &str) -> bool {
        let last = names::last_word(name).unwrap_or(name);
        self.kb.may_end_a_name(last)
    }

    /// [`State::with_matches`] of a name whose [`State::may_name`] is `may_name`.
    fn with_matches_if<R>(
        &self,
        name: &str,
        may_name: bool,
        read: impl FnOnce(&[whosaid_kb::Match]) -> R,
    ) -> R {
        if !may_name {
            return read(&[]);
        }
        if let Some(found) = self.kb_cache.borrow().get(name) {
            return read(found);
        }
        let found = self.kb.find(name);
        let result = read(&found);
        self.kb_cache.borrow_mut().insert(name.to_owned(), found);
        result
    }

    /// The knowledge base's kind for a name, when it knows the name (not by surname).
    fn kb_kind(&self, name: &str) -> Option<EntryKind> {
        self.kb_kind_if(name, self.may_name(name))
    }

    /// [`State::kb_kind`] of a name whose [`State::may_name`] is `may_name`.
    fn kb_kind_if(&self, name: &str, may_name: bool) -> Option<EntryKind> {
        self.with_matches_if(name, may_name, |matches| {
            matches
                .iter()
                .find(|m| m.how != MatchKind::Surname)
                .map(|m| self.kb.entry(m.entry).kind)
        })
    }

    /// The name of an outlet or organization in a mention: the whole mention when the knowledge
    /// base knows it, else the longest capitalised tail it knows (`the state news agency RIA
    /// Novosti` -> `RIA Novosti`, `the Russian publication RBC` -> `RBC`), else the mention
    /// without its appositive.
    /// Borrowed from the mention unless its words are to be joined anew. With the name, its
    /// [`State::may_name`] when known: the mention's and its tails' is the same, asked once.
    fn body_name<'x>(&self, text: &'x str) -> (Cow<'x, str>, Option<bool>) {
        let text = names::before_comma(text);
        let may_name = self.may_name(text);
        if self.with_matches_if(text, may_name, |matches| !matches.is_empty()) {
            return (Cow::Borrowed(text), Some(may_name));
        }
        names::with_words(text, |words| {
            match self.body_name_from_words(text, words, may_name) {
                Some(Body::Tail(tail)) => (tail, Some(may_name)),
                Some(Body::OfDocument(name)) => (name, None),
                None => (Cow::Borrowed(text), Some(may_name)),
            }
        })
    }

    /// [`State::body_name`] of a mention `text` the knowledge base does not know, from its
    /// `words`; `None` for the mention itself. `may_name` is the mention's [`State::may_name`].
    fn body_name_from_words<'x>(
        &self,
        text: &'x str,
        words: &[&'x str],
        may_name: bool,
    ) -> Option<Body<'x>> {
        let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
        // Tails made of capitalised words only, longest first.
        let first_cap = (0..words.len())
            .rev()
            .take_while(|&i| capitalised(&words[i]))
            .last();
        // The tails all end with the last word: none is known when it ends no known name.
        let first_cap = first_cap.filter(|_| may_name);
        if let Some(first) = first_cap {
            for start in first.max(1)..words.len() {
                let tail = names::join_words(text, &words[start..]);
                if self.kb_kind_if(&tail, may_name).is_some() {
                    return Some(Body::Tail(tail));
                }
            }
        }
        // A document from or by a named body (`figures from the Ministry of Agriculture`,
        // `analysis by the Institute for Fiscal Studies`): the body is the name.
        if let Some(k) = words
            .iter()
            .take(4)
            .position(|w| matches!(*w, "from" | "by"))
            .filter(|&k| {
                let mut buf = [0; names::LOWER_MAX];
                k > 0
                    && names::ascii_lowercase_str(words[k - 1], &mut buf)
                        .is_some_and(whosaid_core::is_study_noun)
            })
        {
            if let Some(name) = named_after(text, &words[k + 1..]) {
                return Some(Body::OfDocument(name));
            }
        }
        // A document of a named body (`a Plessey statement`, `the IEA's monthly report`,
        // `provisional Bank of Italy figures`): the body is the name.
        let (noun, before) = words.split_last()?;
        // An ASCII noun lowercased on the stack (one longer than the buffer is no document
        // noun): most mentions reach this line.
        let mut buf = [0; names::LOWER_MAX];
        let document = match noun.is_ascii() {
            true => names::ascii_lowercase_str(noun, &mut buf)
                .is_some_and(whosaid_core::is_document_noun),
            false => whosaid_core::is_document_noun(&noun.to_lowercase()),
        };
        if !document {
            return None;
        }
        // From the first capitalised word that is no article.
        let from = before
            .iter()
            .position(|w| capitalised(w) && !matches!(*w, "A" | "An" | "The"))
            .unwrap_or(before.len());
        let body = &before[from..];
        // The name runs from the first capitalised word to the last one (`Bank of Italy`).
        let last = body.iter().rposition(capitalised)?;
        Some(Body::OfDocument(without_possessive(names::join_words(
            text,
            &body[..=last],
        ))))
    }

    /// Indexes an entity under a name and, for people, its surname.
    fn remember(&mut self, id: EntityId, key: &str, name: &str) {
        // The first entity under a name keeps it; a known name costs no copy.
        if !self.by_name.contains_key(key) {
            self.by_name.insert(key.to_owned(), id);
        }
        self.remember_surname(id, key, name);
    }

    /// [`State::remember`] of a name under which no entity is indexed (a new entity's, which
    /// was looked for first): inserted without looking for it again.
    fn remember_new(&mut self, id: EntityId, key: &str, name: &str) {
        debug_assert!(!self.by_name.contains_key(key));
        self.by_name.insert(key.to_owned(), id);
        self.remember_surname(id, key, name);
    }

    /// Indexes a person under the surname of `name`, of key `key`.
    fn remember_surname(&mut self, id: EntityId, key: &str, name: &str) {
        if self.entities[id.0 as usize].kind == EntityKind::Person {
            if let Some(s) = surname(name) {
                // Names are normalised word by word, so the surname's key is the last word of
                // the name's key, but for `the`, which a key drops when it comes first.
                let last = key.rsplit(' ').next().unwrap_or(key);
                let the;
                let surname_key = match last {
                    "the" => {
                        the = normalise(s);
                        the.as_str()
                    }
                    _ => last,
                };
                debug_assert_eq!(surname_key, normalise(s));
                if !self.by_surname.contains_key(surname_key) {
                    self.by_surname.insert(surname_key.to_owned(), id);
                }
            }
        }
    }

    /// The knowledge-base entry for a name: `(entry, certain)`. A surname alone is certain only
    /// when one person of the knowledge base has it and no entity of the document does.
    /// `key` is [`normalise`] of `name`, `may_name` its [`State::may_name`].
    fn kb_lookup(
        &self,
        name: &str,
        key: &str,
        kind: EntityKind,
        may_name: bool,
    ) -> Option<(u32, bool)> {
        self.with_matches_if(name, may_name, |matches| self.kb_choice(matches, key, kind))
    }

    /// [`State::kb_lookup`]'s choice among the knowledge base's `matches` for the name of key
    /// `key`.
    fn kb_choice(
        &self,
        matches: &[whosaid_kb::Match],
        key: &str,
        kind: EntityKind,
    ) -> Option<(u32, bool)> {
        let wanted = |k: EntryKind| match kind {
            EntityKind::Person => k == EntryKind::Person,
            EntityKind::Outlet => k == EntryKind::Outlet,
            EntityKind::Organization => k != EntryKind::Person,
            _ => false,
        };
        let mut full = matches
            .iter()
            .filter(|m| m.how != MatchKind::Surname && wanted(self.kb.entry(m.entry).kind));
        if let Some(m) = full.next() {
            return Some((m.entry.0, true));
        }
        // Two capitalised words read as a person's name that the knowledge base knows in full
        // as a body or an outlet are that: `Downing Street says`, `According to Page Six`.
        if kind == EntityKind::Person && key.contains(' ') {
            if let Some(m) = matches.iter().find(|m| {
                m.how != MatchKind::Surname && self.kb.entry(m.entry).kind != EntryKind::Person
            }) {
                return Some((m.entry.0, true));
            }
        }
        if self.by_surname.contains_key(key) {
            return None;
        }
        let mut by_surname = matches
            .iter()
            .filter(|m| m.how == MatchKind::Surname && wanted(self.kb.entry(m.entry).kind));
        match (by_surname.next(), by_surname.next()) {
            (Some(only), None) => Some((only.entry.0, true)),
            _ => None,
        }
    }
}

/// A body's name that [`State::body_name_from_words`] finds in a mention.
enum Body<'x> {
    /// A tail of the mention that the knowledge base knows (`RIA Novosti`).
    Tail(Cow<'x, str>),
    /// The body of a document (`Plessey` in `a Plessey statement`).
    OfDocument(Cow<'x, str>),
}

impl Drop for State<'_, '_> {
    /// Gives the maps back to the thread, cleared, for its next document.
    fn drop(&mut self) {
        let mut spare = Spare {
            by_kb: std::mem::take(&mut self.by_kb),
            by_name: std::mem::take(&mut self.by_name),
            by_surname: std::mem::take(&mut self.by_surname),
            last_anonymous: std::mem::take(&mut self.last_anonymous),
            unnamed: std::mem::take(&mut self.unnamed),
            full_names: std::mem::take(&mut self.full_names),
            kb_cache: std::mem::take(self.kb_cache.get_mut()),
            key: std::mem::take(&mut self.key),
        };
        if spare.clear() {
            // A thread being torn down keeps nothing.
            let _ = SPARE.try_with(|kept| *kept.borrow_mut() = Some(spare));
        }
    }
}

/// The pronoun the text refers to a person by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Unknown,
    Masculine,
    Feminine,
}

impl Gender {
    /// The other pronoun's (`Unknown` for `Unknown`).
    fn other(self) -> Gender {
        match self {
            Gender::Unknown => Gender::Unknown,
            Gender::Masculine => Gender::Feminine,
            Gender::Feminine => Gender::Masculine,
        }
    }
}

/// What an unnamed source is, for the pronouns that may refer to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unnamed {
    /// A single person (`a company spokesman`, `a spokesman for the roasters`): `he`, `she`.
    Person,
    /// People (`Oil traders in New York`, `officials`, `people`): `they`.
    Group,
    /// Anything else in the singular (`the company's annual report`, `a statement`): `it`,
    /// and `they` as before (`the government said … they`).
    Thing,
}

impl Unnamed {
    /// What the unnamed source `name` is, by its head noun ([`names::with_head`]); a group
    /// when it has none.
    fn of(name: &str) -> Unnamed {
        names::with_head(name, Unnamed::of_head).unwrap_or(Unnamed::Group)
    }

    /// What an unnamed source is by its head noun, lowercase, and whether it was plural.
    fn of_head(head: &[u8], plural: bool) -> Unnamed {
        if plural || names::is_plural_noun(head) {
            Unnamed::Group
        } else if names::is_person_noun(head) {
            Unnamed::Person
        } else {
            Unnamed::Thing
        }
    }
}

/// The body's name in `body`, the words after `from` or `by` in a mention of `text`: after
/// `the`, the capitalised words and the joining words among them (`the Ministry of
/// Agriculture`, `the FTC's bureau of economics` gives `FTC`), unless they modify a noun after
/// them (`the Exchange floor`); without an article, only a name with a company's form (`Morgan
/// Guaranty Trust Co`; not `September`, `Ferruzzi released by its Brussels office`, which may
/// be a person's or no body's).
fn named_after<'x>(text: &'x str, body: &[&'x str]) -> Option<Cow<'x, str>> {
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let article = body.first() == Some(&"the");
    let start = usize::from(article);
    let mut end = start;
    let mut possessive = false;
    while let Some(&w) = body.get(end) {
        let joining = end > start && matches!(w, "of" | "and" | "for" | "&");
        if !(capitalised(w) || joining) {
            break;
        }
        end += 1;
        if w.ends_with("'s") || w.ends_with("’s") {
            possessive = true;
            break;
        }
    }
    while end > start && matches!(body[end - 1], "of" | "and" | "for" | "&") {
        end -= 1;
    }
    // A name that modifies a noun is no body's name: `the Quirinal presidential palace`, `the
    // Democratic majority of the committee`, `the Exchange floor`.
    let modifies = !possessive
        && body.get(end).is_some_and(|w| {
            w.starts_with(char::is_lowercase)
                && !matches!(
                    *w,
                    "that" | "which" | "who" | "in" | "on" | "at" | "to" | "for" | "with" | "from"
                )
        });
    let words = &body[start..end];
    if modifies || words.is_empty() || !article && !words.iter().any(|w| names::is_form(w)) {
        return None;
    }
    Some(without_possessive(names::join_words(text, words)))
}

/// `name` without the possessive ending it may have: `the IEA's` gives `the IEA`.
fn without_possessive(name: Cow<'_, str>) -> Cow<'_, str> {
    let bare = name
        .strip_suffix("'s")
        .or_else(|| name.strip_suffix("’s"))
        .map(str::len);
    match (bare, name) {
        (None, name) => name,
        (Some(len), Cow::Borrowed(name)) => Cow::Borrowed(&name[..len]),
        (Some(len), Cow::Owned(mut name)) => {
            name.truncate(len);
            Cow::Owned(name)
        }
    }
}

/// True when `word` is a word of a company's or institution's legal or institutional form
/// (`Inc`, `Co.`, `Industries`, `Bank`): the words that end an organization's name for the
/// resolver, for other crates that read names (`Texton Inc` is a company's name, not a
/// first name before a surname).
pub fn is_organization_form(word: &str) -> bool {
    names::is_form(word)
}

/// Names the chain of attribution `id` for people: `UNN > The Washington Post > an official`.
pub fn describe(resolved: &Resolved, chain: &Chain) -> String {
    chain
        .path
        .iter()
        .map(|e| resolved.entities[e.0 as usize].name.as_str())
        .collect::<Vec<_>>()
        .join(" > ")
}

/// The chain of one attribution, when there is one (chains are in attribution order).
pub fn chain_of(resolved: &Resolved, attribution: AttributionId) -> Option<&Chain> {
    resolved
        .chains
        .binary_search_by_key(&attribution, |c| c.attribution)
        .ok()
        .map(|i| &resolved.chains[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Positions by id agree with a map of the ids, numbered in order or not.
    #[test]
    fn positions_agree_with_a_map() {
        let attribution = |id: u32| Attribution {
            id: AttributionId(id),
            kind: whosaid_core::AttributionKind::Indirect,
            cue: Span::new(0, 0),
            source: None,
            content: None,
            recipient: None,
            medium: None,
            anonymity: None,
            parent: None,
        };
        for ids in [
            vec![],
            vec![0, 1, 2, 3],
            vec![1, 0, 2],
            vec![0, 2, 2],
            vec![5],
        ] {
            let list: Vec<Attribution> = ids.iter().map(|&id| attribution(id)).collect();
            let map: HashMap<AttributionId, usize> =
                list.iter().enumerate().map(|(i, a)| (a.id, i)).collect();
            let positions = Positions::new(&list);
            for id in 0..8 {
                let id = AttributionId(id);
                assert_eq!(
                    positions.get(id, list.len()),
                    map.get(&id).copied(),
                    "{ids:?} {id:?}"
                );
            }
        }
    }

    /// What an unnamed source is, known from the head noun found when the entity was made, is
    /// what is found from its name.
    #[test]
    fn unnamed_sources_by_their_head_noun() {
        for name in [
            "a company spokesman",
            "A Company SPOKESMAN",
            "officials",
            "the officials",
            "an official familiar with the talks",
            "sources close to the company",
            "a source",
            "analysts",
            "one trader",
            "a senior administration official",
            "the company",
            "Président",
            "Oil traders in New York",
            "a spokesman for one of the major Dutch roasters",
            "the company's annual report",
            "People",
            "",
        ] {
            let head = names::head(name);
            assert_eq!(
                head.as_ref()
                    .map_or(Unnamed::Group, |(h, p)| Unnamed::of_head(h.as_bytes(), *p)),
                Unnamed::of(name),
                "{name:?}"
            );
        }
        let of = Unnamed::of;
        assert_eq!(of("a company spokesman"), Unnamed::Person);
        assert_eq!(
            of("a spokesman for one of the major Dutch roasters"),
            Unnamed::Person
        );
        assert_eq!(of("officials"), Unnamed::Group);
        assert_eq!(of("Oil traders in New York"), Unnamed::Group);
        assert_eq!(of("local people"), Unnamed::Group);
        assert_eq!(of("the company's annual report"), Unnamed::Thing);
    }

    /// A seeded publisher is what resolving its name in a new document makes: the same entity
    /// and index entries, whether the seed is made or kept.
    #[test]
    fn a_seeded_publisher_is_the_publisher_resolved() {
        let kb = Kb::with_builtin();
        for name in [
            "Reuters",
            "UNN",
            "the Washington Post",
            "AP",
            "Daily Nowhere",
            "the agency",
        ] {
            let mut resolved = State::new(&kb, "", &[], 0);
            let id = resolved.named(name, None, EntityKind::Outlet);
            resolved.entities[id.0 as usize].publisher = true;
            for _ in 0..2 {
                let mut seeded = State::new(&kb, "", &[], 0);
                assert_eq!(seeded.seed(name), id, "{name}");
                assert_eq!(seeded.entities, resolved.entities, "{name}");
                assert_eq!(seeded.by_kb, resolved.by_kb, "{name}");
                assert_eq!(seeded.by_name, resolved.by_name, "{name}");
                assert_eq!(seeded.by_surname, resolved.by_surname, "{name}");
            }
        }
    }
}
