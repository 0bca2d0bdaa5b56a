//! Country names as data files write them, to ISO 3166-1 alpha-2 regions.
//!
//! Exports name countries in many ways: UN-style long names ("United Kingdom of Great Britain
//! and Northern Ireland", "Korea (Republic of)"), short names, alpha-3 codes, Chinese names.
//! Matching ignores case, spaces and punctuation.

use super::region::Region;

/// Known names (normalised: lower-case ASCII letters and digits only, or the Chinese name)
/// and their alpha-2 code, as `name=CODE|` in one string (a table of string pairs took four
/// times the space in the widget).
const NAMES: &str = concat!(
    "unitedstatesofamerica=US|",
    "unitedstates=US|",
    "usa=US|",
    "us=US|",
    "america=US|",
    "美国=US|",
    "china=CN|",
    "peoplesrepublicofchina=CN|",
    "chn=CN|",
    "prc=CN|",
    "mainlandchina=CN|",
    "中国=CN|",
    "unitedkingdomofgreatbritainandnorthernireland=GB|",
    "unitedkingdom=GB|",
    "uk=GB|",
    "gbr=GB|",
    "greatbritain=GB|",
    "英国=GB|",
    "korearepublicof=KR|",
    "republicofkorea=KR|",
    "southkorea=KR|",
    "korea=KR|",
    "kor=KR|",
    "韩国=KR|",
    "france=FR|",
    "fra=FR|",
    "法国=FR|",
    "canada=CA|",
    "can=CA|",
    "germany=DE|",
    "deu=DE|",
    "japan=JP|",
    "jpn=JP|",
    "日本=JP|",
    "switzerland=CH|",
    "israel=IL|",
    "hongkong=HK|",
    "香港=HK|",
    "singapore=SG|",
    "australia=AU|",
    "netherlands=NL|",
    "saudiarabia=SA|",
    "czechia=CZ|",
    "czechrepublic=CZ|",
    "finland=FI|",
    "india=IN|",
    "unitedarabemirates=AE|",
    "uae=AE|",
    "austria=AT|",
    "belgium=BE|",
    "poland=PL|",
    "sweden=SE|",
    "spain=ES|",
    "taiwan=TW|",
    "taiwanprovinceofchina=TW|",
    "台湾=TW|",
    "ireland=IE|",
    "iranislamicrepublicof=IR|",
    "iran=IR|",
    "italy=IT|",
    "norway=NO|",
    "russia=RU|",
    "russianfederation=RU|",
    "argentina=AR|",
    "brazil=BR|",
    "denmark=DK|",
    "turkey=TR|",
    "turkiye=TR|",
    "vietnam=VN|",
    "vietnamsocialistrepublicof=VN|",
);

/// Letters and digits only, ASCII lower-cased (full Unicode case tables would cost the widget
/// kilobytes, and the names that need them have no case).
fn normalise(name: &str) -> String {
    name.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect()
}

/// The region of a country name or code; `None` when the name is unknown (or is a group such
/// as "Multinational", which is no country).
pub fn region_of_country(name: &str) -> Option<Region> {
    let key = normalise(name);
    let known = NAMES.split('|').filter_map(|pair| pair.split_once('='));
    if let Some((_, code)) = known.into_iter().find(|(n, _)| *n == key) {
        return Region::parse(code);
    }
    // A bare two-letter code is taken as ISO 3166 alpha-2.
    (key.len() == 2 && key.is_ascii()).then(|| Region::parse(&key)).flatten()
}

/// The region of a list such as Epoch's `United States of America,China,Multinational`: the
/// first listed country that names one (Epoch lists the organizations' countries in the order
/// of the organizations, so the first is the lead developer's). Returns the region and the
/// other distinct regions listed; `None` when no entry is a known country.
pub fn region_of_country_list(list: &str) -> Option<(Region, Vec<Region>)> {
    let mut regions: Vec<Region> = Vec::new();
    for name in list.split([',', ';']) {
        if let Some(r) = region_of_country(name)
            && !regions.contains(&r)
        {
            regions.push(r);
        }
    }
    let first = *regions.first()?;
    Some((first, regions.split_off(1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(name: &str) -> Option<String> {
        region_of_country(name).map(|r| r.code().to_string())
    }

    #[test]
    fn long_short_coded_and_chinese_names_map_to_iso_codes() {
        let cases = [
            ("UN long", "United States of America", Some("US")),
            ("UN long GB", "United Kingdom of Great Britain and Northern Ireland", Some("GB")),
            ("parenthesised", "Korea (Republic of)", Some("KR")),
            ("short", "China", Some("CN")),
            ("alpha-3", "USA", Some("US")),
            ("alpha-2 any case", "fr", Some("FR")),
            ("chinese", "中国", Some("CN")),
            ("spacing and case", "  united STATES ", Some("US")),
            ("group", "Multinational", None),
            ("unknown", "Atlantis", None),
            ("empty", "", None),
        ];
        for (label, name, expected) in cases {
            assert_eq!(code(name).as_deref(), expected, "{label}");
        }
    }

    #[test]
    fn a_list_takes_the_first_country_and_keeps_the_others_once() {
        let (first, others) = region_of_country_list(
            "Multinational,United States of America,United States of America,China,Canada",
        )
        .expect("has a country");
        assert_eq!(first, Region::US);
        assert_eq!(others.iter().map(|r| r.code()).collect::<Vec<_>>(), ["CN", "CA"]);
        assert_eq!(region_of_country_list("Multinational,"), None);
        assert_eq!(
            region_of_country_list("China,China").map(|(r, o)| (r, o.len())),
            Some((Region::CN, 0))
        );
    }
}
