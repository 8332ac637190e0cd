//! Analysis results to protocol types: findings to diagnostics, fixes to
//! code actions, the outline, folds and selection ranges of
//! `review_index::structure` to their protocol types.
//!
//! Every position goes through [`Positions`]; nothing here builds a
//! `Position` by hand.

use std::collections::HashMap;

use review_analysis::{ConfigError, Finding, Fix, Severity};
use review_index::ide::{self, CompletionKind, ReviewLocation};
use review_index::structure;
use review_syntax::{ColumnUnit, LineCol, LineIndex, ParsedFile, TextRange};
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeDescription, CodeLens, Command,
    CompletionItem, CompletionItemKind, CompletionList, CompletionResponse, CompletionTextEdit,
    Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, DocumentSymbol, Documentation,
    FoldingRange, FoldingRangeKind, Hover, HoverContents, InsertTextFormat, Location,
    MarkupContent, MarkupKind, NumberOrString, SelectionRange, SymbolInformation, SymbolKind,
    TextEdit, Uri, WorkspaceEdit,
};

use crate::line_index::{PositionEncoding, Positions};

/// The rules' documentation as the binary ships it (the text of
/// `docs/rules.md`), written into the cache root so that a diagnostic's code
/// can link to it: each rule is an anchor named after it
/// (`#missing-section`).
#[derive(Debug)]
pub struct RuleDocs {
    /// The file's URI, without an anchor.
    file: String,
    hrefs: Vec<(review_analysis::Rule, Option<Uri>)>,
}

/// The file name of the rules' documentation in the cache root: one per
/// version, so that two versions side by side never link to each other's.
fn rule_docs_name() -> String {
    format!("rules-{}.md", env!("CARGO_PKG_VERSION"))
}

impl RuleDocs {
    /// Writes the documentation under `cache_root/docs/` unless it is there
    /// already with this text; `None` when it cannot be written (the links
    /// are then left out, and a hover names `review-ls --explain`).
    pub fn install(cache_root: &std::path::Path) -> Option<RuleDocs> {
        let folder = cache_root.join("docs");
        let path = folder.join(rule_docs_name());
        let text = review_analysis::rules_markdown();
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            std::fs::create_dir_all(&folder).ok()?;
            // Written then renamed: two servers starting at once never
            // leave a half-written file.
            let temporary = folder.join(format!("{}.{}.tmp", rule_docs_name(), std::process::id()));
            std::fs::write(&temporary, &text).ok()?;
            std::fs::rename(&temporary, &path).ok()?;
        }
        let file = Uri::from_file_path(std::path::absolute(&path).ok()?)?
            .as_str()
            .to_owned();
        let hrefs = review_analysis::Rule::ALL
            .iter()
            .map(|rule| (*rule, format!("{file}#{}", rule.meta().name).parse().ok()))
            .collect();
        Some(RuleDocs { file, hrefs })
    }

    /// The link to one rule's section, parsed once per rule: a keystroke in
    /// a file with hundreds of findings parsed as many URLs.
    fn href(&self, rule: review_analysis::Rule) -> Option<Uri> {
        self.hrefs
            .iter()
            .find(|(known, _)| *known == rule)
            .and_then(|(_, href)| href.clone())
    }
}

/// What every diagnostic and log line says it comes from.
pub const SOURCE: &str = "review-ls";

pub fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

/// A finding as a diagnostic. `locate` turns a related location (a file key
/// and a byte range in that file) into a protocol location, or `None` when
/// the file is not known any more.
pub fn diagnostic(
    positions: &Positions<'_>,
    finding: &Finding,
    locate: &dyn Fn(&str, TextRange) -> Option<Location>,
    docs: Option<&RuleDocs>,
) -> Diagnostic {
    let meta = finding.rule.meta();
    let related: Vec<DiagnosticRelatedInformation> = finding
        .related
        .iter()
        .filter_map(|related| {
            Some(DiagnosticRelatedInformation {
                location: locate(&related.file, related.range)?,
                message: related.message.clone(),
            })
        })
        .collect();
    Diagnostic {
        range: positions.range(finding.range),
        severity: Some(severity(finding.severity)),
        code: Some(NumberOrString::String(meta.code.to_owned())),
        code_description: docs
            .and_then(|docs| docs.href(finding.rule))
            .map(|href| CodeDescription { href }),
        source: Some(SOURCE.to_owned()),
        message: finding.message.clone(),
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    }
}

/// The documentation of a finding's rule, for a hover over the finding:
/// its code, name and severity, a link to the rule's section of the
/// documentation (else the command that prints it), then the text
/// `review-ls --explain` prints.
pub fn rule_doc_markdown(finding: &Finding, docs: Option<&RuleDocs>) -> String {
    let meta = finding.rule.meta();
    let more = match docs {
        Some(docs) => format!("[rule documentation]({}#{})", docs.file, meta.name),
        None => format!("`review-ls --explain {}`", meta.name),
    };
    format!(
        "**{} {}** ({}) · {more}\n\n{}",
        meta.code,
        meta.name,
        finding.severity,
        meta.doc.trim_end()
    )
}

/// A broken `review-ls.toml` as a diagnostic on the file itself: the span
/// when the error has one, else its line and column (1-based, in chars).
pub fn config_diagnostic(
    text: &str,
    error: &ConfigError,
    encoding: PositionEncoding,
) -> Diagnostic {
    let index = LineIndex::new(text);
    let positions = Positions {
        text,
        index: &index,
        encoding,
    };
    let range = match &error.span {
        Some(span) => TextRange::new(span.start.min(span.end), span.end.max(span.start)),
        None if error.line > 0 => {
            let at = LineCol {
                line: (error.line - 1) as u32,
                col: error.column.saturating_sub(1) as u32,
            };
            TextRange::empty(index.offset(text, at, ColumnUnit::Char))
        }
        None => TextRange::empty(0),
    };
    Diagnostic {
        range: positions.range(range),
        severity: Some(DiagnosticSeverity::ERROR),
        source: Some(SOURCE.to_owned()),
        message: error.message.clone(),
        ..Diagnostic::default()
    }
}

pub fn workspace_edit(uri: &Uri, positions: &Positions<'_>, fix: &Fix) -> WorkspaceEdit {
    let edits = fix
        .edits
        .iter()
        .map(|edit| TextEdit {
            range: positions.range(edit.range),
            new_text: edit.new_text.clone(),
        })
        .collect();
    WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), edits)])),
        ..WorkspaceEdit::default()
    }
}

pub fn quickfix(
    uri: &Uri,
    positions: &Positions<'_>,
    fix: &Fix,
    diagnostics: Vec<Diagnostic>,
    preferred: bool,
) -> CodeActionOrCommand {
    CodeActionOrCommand::CodeAction(CodeAction {
        title: fix.title.clone(),
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(diagnostics),
        edit: Some(workspace_edit(uri, positions, fix)),
        is_preferred: preferred.then_some(true),
        ..CodeAction::default()
    })
}

/// The outline: one symbol per entry, named by its title (or reviewer, when
/// it has no title), with its sections as children.
pub fn document_symbols(positions: &Positions<'_>, parsed: &ParsedFile) -> Vec<DocumentSymbol> {
    structure::outline(positions.text, parsed)
        .into_iter()
        .map(|item| document_symbol(positions, item))
        .collect()
}

fn document_symbol(positions: &Positions<'_>, item: structure::OutlineItem) -> DocumentSymbol {
    let children: Vec<DocumentSymbol> = item
        .children
        .into_iter()
        .map(|child| document_symbol(positions, child))
        .collect();
    #[allow(deprecated, reason = "the field must be written; `tags` replaces it")]
    DocumentSymbol {
        name: item.name,
        detail: item.detail,
        kind: match item.section {
            Some(_) => SymbolKind::FIELD,
            None => SymbolKind::OBJECT,
        },
        tags: None,
        deprecated: None,
        range: positions.range(item.range),
        selection_range: positions.range(item.selection),
        children: (!children.is_empty()).then_some(children),
    }
}

/// [`structure::selection`] as the nested protocol type.
pub fn selection_range(
    positions: &Positions<'_>,
    parsed: &ParsedFile,
    offset: usize,
) -> SelectionRange {
    let mut selection: Option<SelectionRange> = None;
    for range in structure::selection(parsed, offset).into_iter().rev() {
        selection = Some(SelectionRange {
            range: positions.range(range),
            parent: selection.map(Box::new),
        });
    }
    selection.unwrap_or_else(|| SelectionRange {
        range: positions.range(TextRange::empty(offset)),
        parent: None,
    })
}

/// The folds of [`structure::folds`] that span more than one line.
pub fn folding_ranges(positions: &Positions<'_>, parsed: &ParsedFile) -> Vec<FoldingRange> {
    structure::folds(parsed)
        .into_iter()
        .filter_map(|range| {
            let (start_line, end_line) = (positions.line(range.start), positions.line(range.end));
            (end_line > start_line).then(|| FoldingRange {
                start_line,
                end_line,
                kind: Some(FoldingRangeKind::Region),
                ..FoldingRange::default()
            })
        })
        .collect()
}

/// A protocol location in a text known by its positions.
pub fn location(uri: &Uri, positions: &Positions<'_>, range: TextRange) -> Location {
    Location {
        uri: uri.clone(),
        range: positions.range(range),
    }
}

/// Title and section-label completions as a completion list; each item's
/// edit replaces exactly what was typed.
pub fn completion_list(
    positions: &Positions<'_>,
    completions: ide::Completions,
) -> CompletionResponse {
    let items = completions
        .items
        .into_iter()
        .map(|completion| CompletionItem {
            label: completion.label,
            kind: Some(match completion.kind {
                CompletionKind::Title => CompletionItemKind::REFERENCE,
                CompletionKind::SectionLabel => CompletionItemKind::KEYWORD,
            }),
            detail: completion.detail,
            // What `completionItem/resolve` makes the preview from.
            data: match (&completion.documentation, &completion.paper) {
                (None, Some(paper)) => Some(serde_json::json!({ "paper": paper.as_str() })),
                _ => None,
            },
            documentation: completion.documentation.map(markdown_documentation),
            sort_text: Some(completion.sort_text),
            filter_text: Some(completion.filter_text),
            insert_text_format: Some(InsertTextFormat::PLAIN_TEXT),
            text_edit: Some(CompletionTextEdit::Edit(TextEdit {
                range: positions.range(completion.replace),
                new_text: completion.insert_text,
            })),
            ..CompletionItem::default()
        })
        .collect();
    CompletionResponse::List(CompletionList {
        is_incomplete: completions.is_incomplete,
        items,
    })
}

/// A title's preview, for `completionItem/resolve`.
pub fn markdown_documentation(value: String) -> Documentation {
    Documentation::MarkupContent(MarkupContent {
        kind: MarkupKind::Markdown,
        value,
    })
}

/// The paper a completion item's `data` names, as [`completion_list`]
/// wrote it.
pub fn completion_paper(item: &CompletionItem) -> Option<review_syntax::TitleKey> {
    let key = item.data.as_ref()?.get("paper")?.as_str()?;
    Some(review_syntax::TitleKey::from_normalized(key))
}

pub fn hover(positions: &Positions<'_>, hover: ide::Hover) -> Hover {
    Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: hover.markdown,
        }),
        range: Some(positions.range(hover.range)),
    }
}

/// A review found by workspace search: named `reviewer: title` so that a
/// client filtering the answer by the query keeps it whether the query was
/// a reviewer or a title.
pub fn review_symbol(review: &ReviewLocation, location: Location) -> SymbolInformation {
    let name = match &review.reviewer {
        Some(reviewer) => format!("{reviewer}: {}", review.title),
        None => review.title.clone(),
    };
    #[allow(deprecated, reason = "the field is required by the type")]
    SymbolInformation {
        name,
        kind: SymbolKind::STRING,
        tags: None,
        deprecated: None,
        location,
        container_name: review.reviewer.clone(),
    }
}

/// `N other reviews` over an entry's header. The command has no id: it is a
/// label, which clients show and do not run.
pub fn other_reviews_lens(positions: &Positions<'_>, header: TextRange, count: usize) -> CodeLens {
    let title = match count {
        1 => "1 other review".to_owned(),
        n => format!("{n} other reviews"),
    };
    CodeLens {
        range: positions.range(header),
        command: Some(Command {
            title,
            command: String::new(),
            arguments: None,
        }),
        data: None,
    }
}
