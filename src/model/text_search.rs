//! Text search parsers, templates, dictionaries and configurations.

use serde::{Deserialize, Serialize};

use super::{FunctionId, QualifiedName};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSearchParser {
    pub name: QualifiedName,
    pub start: FunctionId,
    pub get_token: FunctionId,
    pub end: FunctionId,
    pub lex_types: FunctionId,
    pub headline: Option<FunctionId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSearchTemplate {
    pub name: QualifiedName,
    pub init: Option<FunctionId>,
    pub lexize: FunctionId,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSearchDictionary {
    pub name: QualifiedName,
    pub template: QualifiedName,
    /// `dictinitoption`: the options as `CREATE TEXT SEARCH DICTIONARY` takes them
    /// (`stopwords = 'english', accept = 'false'`), as the server keeps them.
    pub options: Option<String>,
}

/// A configuration: its parser and, per token type, the dictionaries tried in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSearchConfiguration {
    pub name: QualifiedName,
    pub parser: QualifiedName,
    /// Ordered by token type.
    pub mappings: Vec<TextSearchMapping>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSearchMapping {
    /// The token type's alias (`asciiword`).
    pub token: String,
    pub dictionaries: Vec<QualifiedName>,
}
