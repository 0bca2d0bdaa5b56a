//! The static picture of a few scenes, as files (insta snapshots, reviewed by eye as PNG):
//! Zhou Hongyi's two claims about GPT-4 over real models and MMLU scores from the built-in
//! data, in English and Chinese, both readings, light and dark, at phone and desktop widths.
//! A change to the layout or the writer shows up here as a diff to review.

use gapline_core::gap::projection::ReadingKind;
use gapline_core::scene::{Theme, standalone_svg, svg};
use gapline_core::{Dataset, Format, Lang, PartialDate, SceneOptions, build_scene, import};

fn zhou() -> Dataset {
    let bytes = include_bytes!("fixtures/zhou.json");
    let loaded = import(bytes, Format::Gapline);
    assert_eq!(loaded.problems, []);
    loaded.dataset
}

/// The file with its embedded stylesheet cut out: the stylesheet is the widget's CSS file,
/// reviewed there; the snapshot is about the picture's markup.
fn picture(svg: String) -> String {
    match (svg.find("<style>"), svg.find("</style>")) {
        (Some(a), Some(b)) => {
            format!("{}<style>/* www/gapline.css, resolved */{}", &svg[..a], &svg[b..])
        }
        _ => svg,
    }
}

fn options(width: f64, lang: Lang, reading: ReadingKind) -> SceneOptions {
    SceneOptions {
        width,
        lang,
        reading,
        from: PartialDate::parse("2022-09").ok().map(|d| d.start()),
        benchmark: Some("MMLU".into()),
        ..SceneOptions::default()
    }
}

#[test]
fn zhou_hongyi_in_english_lag_reading() {
    let scene = build_scene(&zhou(), &options(900.0, Lang::En, ReadingKind::Lag));
    insta::assert_snapshot!(picture(standalone_svg(&scene, Theme::Light)));
}

#[test]
fn zhou_hongyi_in_chinese_catch_up_reading_dark() {
    let scene = build_scene(&zhou(), &options(900.0, Lang::Zh, ReadingKind::CatchUp));
    insta::assert_snapshot!(picture(standalone_svg(&scene, Theme::Dark)));
}

#[test]
fn zhou_hongyi_on_a_phone() {
    let scene = build_scene(&zhou(), &options(360.0, Lang::En, ReadingKind::Lag));
    insta::assert_snapshot!(picture(standalone_svg(&scene, Theme::Light)));
}

#[test]
fn the_file_and_the_widget_draw_the_same_scene() {
    // The widget inserts `svg::to_svg`; the file is that markup with a style and a background.
    let scene = build_scene(&zhou(), &options(900.0, Lang::En, ReadingKind::Lag));
    let widget = svg::to_svg(&scene, svg::SvgOptions::default());
    let file = standalone_svg(&scene, Theme::Light);
    let body = |s: &str| {
        let start = s.find("<text").expect("text");
        s[start..].trim_end().to_string()
    };
    assert_eq!(body(&file), body(&widget));
    // Zhou's two claims, the second a sentence with two comparisons: three rows.
    let rows: Vec<(&str, usize)> = scene.claims.iter().map(|c| (c.id.as_str(), c.part)).collect();
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert_eq!(rows[1].0, rows[2].0);
    assert_eq!((rows[1].1, rows[2].1), (0, 1));
    assert_eq!(scene.benchmark.as_deref(), Some("MMLU"));
}
