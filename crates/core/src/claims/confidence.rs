//! How sure a reading is, from which rules decided it and whether they conflict.
//!
//! A wrong reading published under a journalist's name is worse than none, so a reading the
//! text leaves open is not given: the parser says what the choices are and the editor asks the
//! author to pick one.
//!
//! # Rules
//!
//! 1. A reading starts at confidence 1 and each thing the text leaves open multiplies it by a
//!    factor ([`Doubt::factor`]):
//!
//!    | doubt | factor |
//!    |---|---|
//!    | no cue: the relation is the usual sense of a bare duration ("a two-year gap" = behind) | 0.8 |
//!    | a cue that turns with its sides ("leads", 赶上) and no side named around it: China is assumed to be the subject | 0.8 |
//!    | the subject is a first person ("we", 我们), whose side is guessed from the other side named | 0.7 |
//!    | a negation acts on the cue (its scope is read by rule) | 0.8 |
//!    | another cue of the same sentence reads the other way (behind and ahead) and is as near the duration, or there is no duration; a cue before a contrast the reading follows ("may lag in adoption, but will lead in apps") is conceded and does not count | 0.4 |
//!    | another duration of a different length is as near the cue | 0.4 |
//!
//! 2. A reading below [`THRESHOLD`] (0.5) is an error, "two readings possible: …", carrying
//!    the choices ([`Choice`](super::parse::Choice)); at or above it the reading is given with its confidence. So one open
//!    point alone never withholds a reading, two do (0.8 × 0.7 = 0.56 is given, 0.8 × 0.8 ×
//!    0.7 = 0.45 is not), and a conflict always does.
//! 3. "As near" is within 4 characters of the nearest: the deciding cue or duration is only
//!    chosen by distance, and a few characters do not make a reading.

/// Readings below this confidence are not given (rule 2). Default: 0.5.
pub const THRESHOLD: f64 = 0.5;

/// Something the text leaves open (rule 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doubt {
    /// No cue: the relation is read from a bare duration.
    NoCue,
    /// No side is named around a cue that turns with its sides.
    NoSide,
    /// The subject is a first person.
    FirstPerson,
    /// A negation acts on the cue.
    Negation,
    /// Another cue reads the other way.
    OtherCue,
    /// Another duration of a different length is as near.
    OtherDuration,
}

impl Doubt {
    /// The factor this doubt multiplies the confidence by (rule 1).
    pub fn factor(self) -> f64 {
        match self {
            Doubt::NoCue | Doubt::NoSide | Doubt::Negation => 0.8,
            Doubt::FirstPerson => 0.7,
            Doubt::OtherCue | Doubt::OtherDuration => 0.4,
        }
    }

    /// What a reader is told, in a warning.
    pub fn text(self) -> &'static str {
        match self {
            Doubt::NoCue => {
                "no word says behind or ahead: read as behind, the usual sense of a gap"
            }
            Doubt::NoSide => {
                "no side is named next to the comparison: China is taken as the subject"
            }
            Doubt::FirstPerson => {
                "the subject is \"we\": its side is guessed from the side named, or the language"
            }
            Doubt::Negation => "a negation acts on the comparison",
            Doubt::OtherCue => "another word in the text reads the other way",
            Doubt::OtherDuration => "another duration is as near the comparison",
        }
    }
}

/// The confidence of a reading with these doubts (rule 1): the product of their factors.
pub fn confidence(doubts: &[Doubt]) -> f64 {
    doubts.iter().map(|d| d.factor()).product()
}

/// "As near" (rule 3): `other` is within 4 characters of `best`'s distance.
pub(super) fn as_near(best: usize, other: usize) -> bool {
    other <= best + 4
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_open_point_is_given_two_are_not_and_a_conflict_never_is() {
        use Doubt::*;
        let given = |d: &[Doubt]| confidence(d) >= THRESHOLD;
        let cases: [(&[Doubt], bool); 7] = [
            (&[], true),
            (&[NoCue], true),
            (&[FirstPerson], true),
            (&[NoSide, FirstPerson], true),
            (&[NoSide, Negation, FirstPerson], false),
            (&[OtherCue], false),
            (&[OtherDuration], false),
        ];
        for (doubts, expected) in cases {
            assert_eq!(given(doubts), expected, "{doubts:?}: {}", confidence(doubts));
        }
        assert!(as_near(3, 7) && !as_near(3, 8));
    }
}
