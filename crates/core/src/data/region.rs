//! Regions: the lanes of a timeline, identified by ISO 3166-1 alpha-2 codes.

use crate::lang::Lang;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// An ISO 3166-1 alpha-2 country code such as `US` or `CN`, always upper case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Region([u8; 2]);

/// Names for the regions that appear in AI-model data. Any other valid code is shown as itself.
const NAMES: &[(&str, &str, &str)] = &[
    ("US", "United States", "美国"),
    ("CN", "China", "中国"),
    ("FR", "France", "法国"),
    ("GB", "United Kingdom", "英国"),
    ("DE", "Germany", "德国"),
    ("CA", "Canada", "加拿大"),
    ("JP", "Japan", "日本"),
    ("KR", "South Korea", "韩国"),
    ("IL", "Israel", "以色列"),
    ("AE", "United Arab Emirates", "阿联酋"),
    ("IN", "India", "印度"),
    ("SG", "Singapore", "新加坡"),
    ("TW", "Taiwan", "台湾"),
    ("HK", "Hong Kong", "香港"),
];

/// Every officially assigned ISO 3166-1 alpha-2 code (249), concatenated.
const ISO_CODES: &str = "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW";

impl Region {
    /// The United States.
    pub const US: Region = Region(*b"US");
    /// China.
    pub const CN: Region = Region(*b"CN");

    /// Reads an assigned ISO 3166-1 alpha-2 code, in either case (`us` → `US`). Returns `None`
    /// for anything else, unassigned codes such as `XX` included.
    pub fn parse(code: &str) -> Option<Region> {
        match code.trim().as_bytes() {
            [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                let r = [a.to_ascii_uppercase(), b.to_ascii_uppercase()];
                let known = ISO_CODES.as_bytes().chunks(2).any(|c| c == r);
                known.then_some(Region(r))
            }
            _ => None,
        }
    }

    /// The code, e.g. `"US"`.
    pub fn code(&self) -> &str {
        // Both bytes are ASCII letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// The region's name in `lang` ("United States", "美国"), or its code when unknown.
    pub fn name(&self, lang: Lang) -> &str {
        NAMES
            .iter()
            .find(|(code, _, _)| *code == self.code())
            .map(|(_, en, zh)| if lang == Lang::Zh { *zh } else { *en })
            .unwrap_or_else(|| self.code())
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Region {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Region {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Region::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{text}` is not a region: use a two-letter ISO 3166 code such as US or CN"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_two_letter_codes_in_any_case() {
        assert_eq!(Region::parse("us"), Some(Region::US));
        assert_eq!(Region::parse(" CN "), Some(Region::CN));
        assert_eq!(Region::parse("Kr").map(|r| r.to_string()), Some("KR".to_string()));
        for bad in ["", "U", "USA", "U1", "中国", "C N", "XX", "ZZ", "EU"] {
            assert_eq!(Region::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn names_follow_the_language_and_fall_back_to_the_code() {
        assert_eq!(Region::US.name(Lang::En), "United States");
        assert_eq!(Region::CN.name(Lang::Zh), "中国");
        assert_eq!(Region::parse("BT").map(|r| r.name(Lang::En).to_string()), Some("BT".into()));
    }
}
