//! Reading gap claims ("still a 1.5-year gap from GPT-4", "差距在2到3年") into typed values.
//!
//! Built in layers, one file each, each with its grammar in its module docs: [`lexer`] (tokens
//! with character spans), [`quantity`] (durations and hedges), [`candidates`] (which duration
//! is the gap), [`phrase`], [`relation`], [`fraction`], [`past_level`], [`comparative`], [`superlative`] and
//! [`named_level`] (cue phrases, shares and multiples, a level of the past, comparatives, a
//! superlative of one side, a level named after a model, sides, negation), [`modality`] (the
//! domain), [`resolve`] (model names in the dataset), [`parse`] (the whole reading),
//! [`comparisons`] (every comparison of a text that makes several: "near GPT-3.5, but 1.5
//! years behind GPT-4") and [`reading`] (a stored claim with hand-given fields applied).

pub mod candidates;
pub mod comparative;
pub mod comparisons;
pub mod confidence;
pub mod fraction;
pub mod highlight;
pub mod lexer;
pub mod modality;
pub mod named_level;
pub mod parse;
pub mod past_level;
pub mod phrase;
pub mod quantity;
pub mod reading;
pub mod relation;
pub mod resolve;
pub mod superlative;
