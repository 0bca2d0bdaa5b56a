//! Reading gap claims ("still a 1.5-year gap from GPT-4", "差距在2到3年") into typed values.
//!
//! Built in layers, one file each: [`lexer`] (tokens with character spans), [`quantity`]
//! (durations and hedges, with its grammar in the module docs).

pub mod gap;
pub mod lexer;
pub mod modality;
pub mod parse;
pub mod phrase;
pub mod quantity;
pub mod reading;
pub mod relation;
pub mod resolve;
