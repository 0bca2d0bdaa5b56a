//! Relations and the sides of a claim: a grammar of comparative constructions.
//!
//! # Grammar
//!
//! A claim is read from China's point of view (the Chinese side is the subject of the
//! reading, whichever side the sentence makes its subject).
//!
//! 1. **Cues** ([`CUES`]): the comparative the sentence is built on, each with the relation it
//!    states of its grammatical subject and its [`Form`]. The cue nearest the stated duration
//!    decides (a comparison of gaps anywhere wins). With no duration, a *figure* stands for
//!    one: a percentage or score ("ahead by just 2.7%", 百分之十, 70分) or a duration with no
//!    number ("a matter of months behind", "years behind", "several generations", 几年); the
//!    gap stays unstated. With neither, the first cue after the text's last contrast ("but",
//!    "however", ", yet", 但, 然而, 不过, and a later clause's 还, 仍 "still": "may lag in adoption,
//!    but … will lead the US", "达到GPT-3.5的水平，与GPT-4相比还有差距"), else the first cue.
//!    - *Directional* (turned with the sides): "behind", "lags", "trails", "falls short",
//!      "fell behind", "inferior to", "less capable", "lower than", "second-tier", 落后, 滞后,
//!      不如, 输给, 第二梯队 → behind;
//!      "ahead", "leads", "led", "in the lead", "passed the US" (a side right after), "outpaces", "surpassed", "overtaking", "beats",
//!      "better than", "edge over", "winning", "outstrips", "eclipsed", "edged out", "a cut
//!      above", "ranks above", "sets the pace", "far in front", "outnumbers", "a decisive edge",
//!      "supremacy", "hegemony", "leadership in", 领导地位, 主导地位 (not a prize raced for: "the
//!      race for AI supremacy"), 领先, 超越, 反超, 优于, 胜过, 击败, 力压, 弯道超车
//!      → ahead; idioms of the race too (占据上风, 后来居上, 抢先一步, "a moat", "the front of
//!      the pack", "in the driver's seat", "head and shoulders above", "running away with" →
//!      ahead; 处于下风, 慢半拍, 还有很长一段路要走, "second fiddle", "on the back foot" → behind). A thesaurus, not a list of sentences: each verb in every form it is written
//!      in ("outstrip", "outstrips", "outstripped", "outstripping"): "outshines", "outclasses",
//!      "dwarfs", 好于, 快于, 压倒, 占优, 称霸, 领导者 → ahead; "losing out to", "a laggard", "an
//!      underdog", 追不上, 跟不上, 劣于, 次于, 慢于, 处于劣势, 落伍 → behind.
//!    - *Gap* (no side, never turned): "gap", "difference", "disparity", "a long way to go", 差距, 相差,
//!      代差, 任重道远, 大而不强, 还有距离, 差一大截 → behind by convention (相当 before an adjective,
//!      相当大的差距, is "quite", no level); "no gap", 没有差距 → parity. A gap said to narrow (after it in its
//!      sentence, "the gap has narrowed", 差距在缩小, 收窄, 减小, or before it in its clause, "narrowed its
//!      gap", 缩小了与美国…的差距, 拉近了…差距) is near with no duration; a narrowing said perhaps not to happen
//!      ("may not have narrowed") says nothing, one denied outright ("has not shrunk", 没有缩小)
//!      leaves the gap standing; one that "remains large" (但仍然较大) is still behind. A gap
//!      said to be gone ("has effectively closed", 差距已经消失, 不复存在) or wiped out before it in its
//!      clause ("erased the US lead", "eliminated the gap", 消除了…差距) is parity, "almost
//!      disappeared" or small ("the gap is small", "not that far", 差距不大, 没有多远) near, with
//!      a duration too ("one to two months; the gap is not large": near, 1–2 months). A lead noun ("lead",
//!      "advantage", 领先优势) said to narrow is near too, as the gap it is ("the US lead over
//!      China has narrowed", "is dwindling", "America's edge is slipping"); "neither … has a
//!      decisive lead" is parity.
//!    - *Catch-up* (the subject is behind): "catch up", "closing the gap", "narrowed the gap",
//!      追赶, 赶上, 赶超, 缩小差距.
//!    - *Level* (said of both sides): parity ("on par", "caught up", "matched", "rivals",
//!      "neck and neck", "closed the gap", "traded the lead", "evenly matched", "no clear
//!      winner", "roughly equal", "drawn even", "pulled level", "holds its own", "in the same
//!      league", "on equal terms", "indistinguishable from", "hold a candle to" (negated:
//!      "can't hold a candle to" is behind), "running side by side" (not "a side-by-side
//!      comparison"), "a match for", "trades blows with", "holds up well against", 堪比, 比得上,
//!      并肩, 齐平, 不落下风, "performs as well as", "keeping pace" (a struggle to keep pace is behind), 持平, 追平, 比肩, 媲美, 不相上下, 不输, 并驾齐驱, 并跑, 同一水平, 难分伯仲, 匹敌, 一个段位, "reaches the level of", "as performant as",
//!      "compares favourably with"; "hardly compares with", 无法与…匹敌 are negated levels),
//!      near ("close to", "slightly behind", "a whisker behind", 略逊于,
//!      "nearing", "approaching", "come close", "not far behind", "close behind", "hot on the
//!      heels", "within striking distance", "gaining on", "gaining ground (on)" (a gap narrowed, not a
//!      catch-up), "within reach of", "only marginally
//!      worse", "can compete with", "competes directly with", "closely compete with", "in the same
//!      ballpark" ("cannot compete with" is behind;
//!      "competing with … for talent", a rivalry, is no cue), 一步之遥, 直追,
//!      接近, 逼近), a parity after "nearly", "largely", "significantly", "all but"
//!      ("significantly closed the gap", "all but caught up") → near, "closely" with a lag
//!      ("closely trails", "trailing closely behind") → near, "nowhere near" → behind, and comparisons of gaps ("isn't as big as" →
//!      `smaller_than`, "wider than" → `larger_than`; not one with the gap's past: "not as big
//!      as it once was").
//!
//!    - *A lead held*: a lead noun with a side and a verb of holding after it ("the biggest
//!      advantage the U.S. has") is said of that side; so is one with a side right before it
//!      ("a response to the US advantage in compute", "the American AI advantage", 美国AI算力
//!      优势), even under a preposition.
//!    - *A level named after a model* ([`named_level`](super::named_level)): "the first
//!      Sora-level model", "a GPT-4-class model", Sora级别 → parity.
//!    - *Origin after a superlative*: "the best open models come from China", 最强的…来自美国
//!      → ahead of the side after it (its subject).
//!    - *Shares and multiples* ([`fraction`](super::fraction)): "60% of the H100", 只有美国的
//!      三分之一 → behind; "three times the compute of China", 是…的四倍 → ahead.
//!    - *A level of the past* ([`past_level`](super::past_level)): "where US models were six
//!      months ago", "comparable to what OpenAI released a year ago" → behind by the duration.
//!    - *Comparatives with words between* ([`comparative`](super::comparative)): "more AI
//!      papers than", "fewer advanced chips than", and the Chinese 比 (国产模型比GPT-4更强,
//!      比英伟达慢; 不比GPT-4差 is parity), and a Chinese contest of ability (能与英伟达抗衡,
//!      足以与…竞争: near; 无法与…竞争: behind).
//!    - *A superlative of one side* ([`superlative`](super::superlative)): "the most capable
//!      models are still American" → behind; "… are Chinese" → ahead.
//!    - *A lead or a lag of a small degree* ("a slim lead", "slightly ahead", "a hair ahead",
//!      "leads, but only narrowly", "marginally behind", "falls short by a little", 微幅领先,
//!      小幅落后) → near, from either side; so is a gap of a small degree ("a slight gap",
//!      还差一点, 差「一点」; not 一点也不, "not at all").
//!
//!    领先 right before a noun (海外领先模型, 领先企业, 领先的专有模型) or governed by a preposition
//!    (落后于领先的…, 与领先模型相比) is an attribute of a name ("leading
//!    overseas models"), not a claim; a cue right after a third country (Europe, Japan,
//!    欧洲, 日本, 俄罗斯: "欧洲落后更多") is that country's place, not the gap; so is a lead
//!    right after both sides named together ("the US and China are far ahead of the rest of the
//!    world", "both countries", 中美两国遥遥领先世界各国): it is over third countries.
//!
//!    A clause ends at a comma or a colon, and at "and", "while", "whereas" right before a side
//!    ("China leads in apps while America trails": America is the subject of "trails").
//!
//!    A cue in a relative clause has the side before its comma as its subject ("rely on Nvidia
//!    chips, which remain superior to domestic ones": the US ahead). A cue in a relative
//!    clause (", which had long trailed the US,") is background when a cue
//!    stands outside one; "rival", "match" after a determiner ("their American rivals") are
//!    nouns.
//!
//!    A cue whose subject and object are the same side ("Anthropic leads, trailed closely by
//!    xAI") compares that side with itself: the next cue decides, and with none left the text
//!    says nothing of the gap.
//!
//!    Not cues: 超过, 超出 right before a number are "more than" (a hedge, 落后超过两年), as
//!    "less than" before one is not "behind"; "lead to", "led to" are causes; with no duration,
//!    达到 before a figure with a unit (达到1979Tflops) is a measure, passed over for any other
//!    cue.
//! 2. **Sides.** The *subject* is the side of the cue's comma-clause nearest before the cue
//!    that no preposition governs ("with", "than", "of", "over", "by", "between", "and", 与,
//!    和, 比, 被 …, over "the", "'s" and adjectives such as "top", "leading"); "with the top US
//!    model ahead" makes the US the subject. A clause that names no side at all shares the
//!    subject of the nearest clause of its sentence before it that has one, its first
//!    ungoverned side ("Kimi has launched …, and surpassed US models"), not one right after
//!    another cue (超过美国Llama系列,稳居全球第一: not the US). A side right after 在
//!    and right before the cue is its subject (在美国引领…的背景下). The *object* is the
//!    first side right after the cue, else the nearest side before it after "than", "with",
//!    "against", 与, 比, 跟 … ("go to China" is neither; 以美国为对标 takes the US as the benchmark
//!    and is no level); a side after 把 or 将 in its clause
//!    is the object put before the verb (华为将英伟达甩在身后: Huawei ahead). Sides are region words (the US,
//!    America, U.S., "overseas" (海外: what a Chinese text compares with), China, Chinese,
//!    美国, 中国, 国产 …) and a few firms that stand for them
//!    (OpenAI, Nvidia, Google, Anthropic, Huawei, DeepSeek, 英伟达, 华为); a side joined to
//!    another by a hyphen ("the China-US gap") names the pair and is neither; a side excluded
//!    ("other than the US", "except the US", 除美国以外) is neither, as is a side that qualifies a
//!    word of policy ("US export controls", "US officials", 美国制裁), and a directional cue said of
//!    everyone but the US says the opposite of the US ("leads every country except the US" is
//!    behind). A first person ("we", 我们) is a subject too: the side opposite the one the text
//!    names when it names one kind only, else (both or none) the US in English and China in
//!    Chinese, and never the cue's own object ("We are six months behind the US," said the
//!    founder of a Chinese startup); in a quotation, the sides named in the same quotation
//!    are the other party, and with none there a side named only around it is the speaker's
//!    ("We are six months behind," the founder of a Chinese startup said: China); one reporting a
//!    finding ("We find that open models are …") is not the subject of the clause it reports; one in
//!    square brackets is an editor's ("[our translation]") and no side. Firms, platforms and model families stand for their side (OpenAI, GPT, Claude, Llama, Sora, CUDA, H100;
//!    DeepSeek, Qwen, 文心, 豆包, 可灵, 昇腾), so "GPT-4 outperforms Ernie" is China behind. A
//!    directional or catch-up cue whose subject is the US side, or that has no subject and
//!    China as its object ("ahead of China"), is turned around: "The US leads China by a year"
//!    is China behind by 12 months.
//! 3. **Negation with scope.** "not", "never", "no", "n't", "hardly", 不, 没, 未, 非, 无 before the
//!    cue, with at most five tokens between that are adverbs, auxiliaries or degree words
//!    ("not yet", "no longer", "isn't really", "will not be able to", 并不, 不再, 不会,
//!    没有明显的), negates it by its kind; so do "yet to" ("has yet to match") and a "no" or
//!    "none" that opens the cue's clause ("No Chinese model has yet matched GPT-5"; not "no
//!    doubt", "no longer"). Of the present: not behind → unspecified ("China isn't
//!    behind the US": level or ahead, the text does not say; as a forecast, it gives way to
//!    another cue of the text, "not behind anybody. China is right behind us" is near), but a
//!    change of state or a comparative of worse → parity ("no longer behind", "the US is no
//!    longer ahead", 不再落后, 已经不落后, "no worse than", 不比GPT-4差); not ahead → unspecified (behind or level,
//!    the text does not say), except a lead noun with no side ("no clear winner", "no one has
//!    the edge") → parity. Of the future ("will not", "won't", "may not", 不会): not behind →
//!    unspecified (a forecast, "China will not fall behind"). Of an ability ("cannot",
//!    "can't", "unable to", "hard to", 不能, and 难以, 无法 up to eight tokens before the cue in its
//!    clause): not ahead → behind ("cannot surpass", 难以超越), not behind → unspecified. A
//!    level negated → its subject behind ("not on par", 尚未追平, "not close to", "unable to
//!    match"; "the US cannot match China" is China ahead, as "nowhere near" turns too); a
//!    catch-up negated stays behind ("has not caught up yet"), but one that has stopped is level
//!    ("no longer catching up", 不再是“追赶者”). A number between ends the scope:
//!    "not two years behind" keeps behind. A negated verb of thinking before the cue in its
//!    sentence ("we do not think … will be able to keep up", 不认为, "few would argue", "I doubt";
//!    not "no doubt", "nobody doubts") negates the cue; a negated
//!    verb of saying or meaning ("I'm not saying China is winning", "this doesn't mean", "there is no
//!    evidence that",
//!    不是说, 不意味着) asserts nothing, as does a claim called premature in its sentence ("too
//!    early to say", "premature to declare", and 为时尚早, 言之过早 in the cue's clause or the
//!    one right after it).
//! 4. **Passive.** A directional cue after a form of "be" and before "by" ("China is trailed
//!    by the US", "has been overtaken by"), a participle after a comma before "by" ("Anthropic
//!    leads, trailed closely by xAI"), or a cue after 被, states the opposite of its subject;
//!    "by" before a measure ("behind by six months", "by a wide margin") names no agent.
//!    An infinitive of aim or capacity ("working to beat us", "the ambition to surpass", "…,
//!    right, to beat us", "racing to be the global leader", "the means and opportunity to pull
//!    ahead", "concentrate resources to surpass") asserts nothing of today, nor does a forecast
//!    ("will lead", 将超越, 有希望在…领域引领, a lead or level said possible: "could overtake",
//!    有可能弯道超车, not 可能已经领先), a world that is not ("would" with "if", "unless",
//!    "without" in its sentence: "if the US had not imposed export controls, the best models
//!    would come from China"), a case granted for the argument ("even if", 即使, 即便, 哪怕, 就算
//!    before the cue in its clause: "Even if China matches GPT-5, the US still leads by a year";
//!    "even though" grants a fact, which stands), a danger ("risks falling further behind", "at
//!    risk of losing out to"), or the state a change starts from ("from" before the cue and "to",
//!    "into" after it, 从…到, 从…转向: "has gone from far behind to near parity", 从跟跑转向并跑; the
//!    state changed into decides). A cue said of a part only ("leads in some areas", "on
//!    certain benchmarks", 部分领域甚至实现反超, 少数领域并跑, 局部领跑) gives way to one said of the
//!    whole ("trails overall, but leads in some areas" is behind); with none, it is the reading.
//!    So does a cue under "not only", "not just", 不仅 ("aren't just catching up. They are
//!    leapfrogging": ahead) or anything after a verb of predicting ("he
//!    predicted that China may lag …", 预测), or in a belief the text disputes ("the assumption of
//!    a two-year lag was wrong", "the idea that China leads is a myth", "Trump said the US is
//!    far ahead. Is that really the case?", 误以为): the text's other cue decides ("they are behind us, but they are working to beat us" is behind); "fails to
//!    match", "failing to keep up" negate.
//! 5. **Questions.** A cue in a sentence ending in "?" or "？", or in an indirect question
//!    ("who is ahead", "whether China is ahead"), asserts nothing: `unspecified`; no cue at
//!    all: `unspecified`.
//!
//! Metamorphic tests (`tests/metamorphic.rs`) check the rules against each other over
//! hundreds of generated sentences.

use super::lexer::Token;
use super::phrase::{Index, find_all, index};

/// How the subject (the Chinese side) stands against the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// Behind the reference.
    Behind,
    /// Ahead of the reference.
    Ahead,
    /// At the same level.
    Parity,
    /// Close to the reference.
    Near,
    /// One gap is smaller than another ("isn't as big as").
    SmallerThan,
    /// One gap is larger than another.
    LargerThan,
    /// No relation stated.
    Unspecified,
}

impl Relation {
    /// The name in the parse result: `behind`, `ahead`, `parity`, `near`, `smaller_than`,
    /// `larger_than`, `unspecified`.
    pub fn name(self) -> &'static str {
        match self {
            Relation::Behind => "behind",
            Relation::Ahead => "ahead",
            Relation::Parity => "parity",
            Relation::Near => "near",
            Relation::SmallerThan => "smaller_than",
            Relation::LargerThan => "larger_than",
            Relation::Unspecified => "unspecified",
        }
    }

    /// Every relation, in the order of [`Relation::ALLOWED`].
    pub const ALL: [Relation; 7] = [
        Relation::Behind,
        Relation::Ahead,
        Relation::Parity,
        Relation::Near,
        Relation::SmallerThan,
        Relation::LargerThan,
        Relation::Unspecified,
    ];

    /// The names, for messages.
    pub const ALLOWED: &'static str =
        "behind, ahead, parity, near, smaller_than, larger_than, unspecified";

    /// The relation with this name (as [`Relation::name`] writes it).
    pub fn from_name(name: &str) -> Option<Relation> {
        Relation::ALL.into_iter().find(|r| r.name() == name)
    }

    pub(super) fn flipped(self) -> Relation {
        match self {
            Relation::Behind => Relation::Ahead,
            Relation::Ahead => Relation::Behind,
            r => r,
        }
    }
}

/// How a cue behaves with the sides and a negation (rules 2–4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A direction said of the sentence's subject ("leads", "trails", 落后, 领先): turned
    /// around when the subject is the US side, negated to parity or to no relation.
    Directional,
    /// A gap with no side (the noun "gap", 差距, 相差): behind by convention, never turned;
    /// negated ("no gap", 没有差距) it is parity.
    Gap,
    /// Catching up ("catch up", 追赶, "narrow the gap"): the subject is behind; turned with
    /// the sides like a direction, and still behind when negated ("has not caught up yet").
    CatchUp,
    /// Narrowing the gap ("closing the gap", 缩小差距): near when no duration is stated, behind
    /// by the duration when one is ("narrowed the gap to three months"); negated ("may not
    /// have narrowed") it says nothing.
    Narrowing,
    /// A level (parity, near, a comparison of gaps): said of both sides, never turned; negated
    /// ("not on par", 尚未追平, "not close to") it is behind.
    Level,
}

/// Cue phrases: English as word sequences, Chinese as character strings, grouped by the
/// relation they state of their subject and their [`Form`], separated by `|` (one string per
/// group rather than one entry per phrase: the table is a fifth of the size in the widget).
/// Verbs are listed in each form they are written in ("lead", "leads", "led").
pub(super) const CUES: &[(&str, (Relation, Form))] = &[
    (
        "closing the gap|narrow the gap|narrowed the gap|narrowing the gap|narrows the gap|closing the distance|narrow the distance|narrowed the distance|narrowing the distance|缩小差距|縮小差距|缩小了差距|縮小了差距",
        (Relation::Near, Form::Narrowing),
    ),
    (
        "难分伯仲|一个级别|一個級別|同一级别|同一級別|一个层次|一個層次|同一层次|同一層次|at or beyond|at or above|as good or better|as good or even better|as good or stronger|as good or even stronger|as good as or better than|equal or better|equal to or better than|on par or better|on par or ahead|一个数量级|一個數量級|同一数量级|同一數量級|各有所长|各有所長|互有领先|互有領先|同台竞技|同台競技|打了个平手|打了個平手|打个平手|打個平手|一个量级|一個量級|同一量级|同一量級|同一个量级|同一個量級|同一档次|同一檔次|一个档次|一個檔次|perform similarly|performs similarly|performed similarly|performing similarly|similarly capable|equally capable|equally good|equally strong|equally advanced|equally powerful|rivaling|rivalling|equaled|equalled|equaling|equalling|相提并论|相提並論|分庭抗礼|分庭抗禮|essentially tied|effectively tied|virtually tied|basically tied|roughly tied|now tied|perform as well as|performs as well as|performed as well as|performing as well as|perform just as well as|performs just as well as|performed just as well as|难分高下|難分高下|keep pace|keeps pace|keeping pace|kept pace|drawn even|drew even|draw even|draws even|pulled level|pull level|pulls level|drawn level|drew level|draw level|hold their own|holds its own|held their own|hold its own|holding their own|holding its own|in the same league|in the same class|same league as|same class as|難分伯仲|各有千秋|旗鼓相当|旗鼓相當|不相伯仲|keep up|keeping up|kept up|traded the lead|trade the lead|trading the lead|trades the lead|swapped the lead|evenly matched|hard to tell apart|each have their strengths|no clear winner|no clear leader|互有胜负|互有勝負|势均力敌|勢均力敵",
        (Relation::Parity, Form::Level),
    ),
    ("仅次于|僅次於|second only to", (Relation::Behind, Form::Directional)),
    ("come from|comes from|came from|来自|來自", (Relation::Ahead, Form::Directional)),
    (
        "has the edge|is the leader|remains the leader|remain the leader|s the leader|is the clear leader|are the leaders|remain the leaders|is still the leader|driver s seat|eating our lunch|eating their lunch|eats our lunch|ate our lunch|running away with|runs away with|ran away with|run away with|in a league of its own|in a league of their own|head and shoulders above|is number one|are number one|s number one|remains number one|remain number one|still number one|now number one|undisputed number one|become number one|became number one|leadership in|leadership position|leading position|leading role|supremacy|hegemony|primacy|preeminence|pre eminence|superiority|领导地位|領導地位|主导地位|主導地位|统治地位|統治地位|垄断地位|壟斷地位|unseat|unseats|unseated|unseating|dethrone|dethrones|dethroned|dethroning|top score|top scores|highest score|highest scores|一骑绝尘|一騎絕塵|独领风骚|獨領風騷|edge in|moat|moats|护城河|護城河|front of the pack|head of the pack|lead the pack|leads the pack|leading the pack|led the pack|抢先一步|搶先一步|领先一步|領先一步|占据上风|佔據上風|占上风|佔上風|占了上风|佔了上風|上风|上風|后来居上|後來居上|first place|top spot|top spots|top two spots|top three spots|top five spots|top ten spots|略胜|略勝|更胜|更勝|稍胜|稍勝|胜于|勝於|dominating|dominated|甩在后面|甩在後面|甩在了后面|甩在了後面|高出|高出一截|高出一筹|高出一籌|略胜一筹|略勝一籌|更胜一筹|更勝一籌|技高一筹|技高一籌|in front|in front of|far in front|well in front|outnumber|outnumbers|outnumbered|outnumbering|decisive edge|clear edge|significant edge|slight edge|big edge|huge edge|substantial edge|considerable edge|distinct edge|rank above|ranks above|ranked above|ranking above|further along than|farther along than|set the pace|sets the pace|setting the pace|outstrip|outstrips|outstripped|outstripping|eclipse|eclipses|eclipsing|edge out|edges out|edged out|edging out|a cut above|bested|besting|outrank|outranking|outdo|outdoes|outdid|outdone|outdoing|trounce|trounces|trounced|trouncing|outmatch|outmatches|outmatched|outmatching|胜过|勝過|力压|力壓|击败|擊敗|打败|打敗|弯道超车|彎道超車|完胜|完勝|胜出|勝出|have the edge|an edge|the edge|一家独大|一家獨大|一枝独秀|一枝獨秀|独占鳌头|獨佔鰲頭|belongs to|belong to|lies with|rests with|its edge|their edge|our edge|领头羊|領頭羊|领导者|領導者|更强|更強|更好|更先进|更先進|更丰富|更豐富|更快|更优|更優|outscored|outscores|outscore|outscoring|outranks|outranked|outclassed|outclasses|outshines|outshone|still better|is better|are better|remain better|remains better|much better|far better|前列|win the race|win the ai race|won the race|won the ai race|win the competition|引领|引領|碾压|碾壓|位列第一|排名第一|全球第一|世界第一|夺冠|奪冠|摘得桂冠|登顶|登頂|榜首|ranked first|ranks first|ranking first|ranked top|higher than|exceeds|exceeded|exceeding|crushing|crushed|crushes|upper hand|world leader|global leader|clear leader|undisputed leader|unquestioned leader|undisputed lead|frontrunner|front runner|out in front|at the forefront|in first place|topped|topping|dominant|dominance|leapfrogging|leapfrogs|in the lead|take the lead|takes the lead|took the lead|taken the lead|winning|winner|wins",
        (Relation::Ahead, Form::Directional),
    ),
    (
        "isn't as big as|isnt as big as|not as big as|not as large as|smaller than",
        (Relation::SmallerThan, Form::Level),
    ),
    ("bigger than|larger than|wider than", (Relation::LargerThan, Form::Level)),
    (
        "not inferior|as performant as|as smart as|as intelligent as|as effective as|as accurate as|as competitive as|reach the level of|reaches the level of|reached the level of|reaching the level of|compares with|compares favorably with|compares favourably with|compare favorably with|compare favourably with|匹敌|匹敵|一个段位|一個段位|同一段位|同一个段位|同一個段位|ai peer|an ai peer|as far along as|as far along|at the frontier|on par|on a par|at par|par with|parity|as advanced as|as strong as|as powerful as|as sophisticated as|at the level of|at the same level as|on the level of|a peer of|peer of|peers of|全球第一梯队|全球第一梯隊|世界第一梯队|世界第一梯隊|国际第一梯队|國際第一梯隊|第一梯队|第一梯隊|不分上下|不分伯仲|平分秋色|world class|对标|對標|领先水平|領先水平|先进水平|先進水平|一流水平|顶尖水平|頂尖水平|世界水平|国际水平|國際水平|world class level|world leading level|comparably|head to head|toe to toe|on a level with|benchmarks against|caught up|has caught up|matched|matches|match|comparable|rivals|rival|rivaled|rivalled|neck and neck|level with|as good as|as capable as|same level|closed the gap|equal to|equals|不相上下|不逊于|不遜於|不逊色|不遜色|持平|追平|相当|相當|媲美|比肩|平起平坐|并驾齐驱|並駕齊驅|齐头并进|齊頭並進|同一水平|同等水平|同一起跑线|同一起跑線|同一水准|同一水準|同等水准|同等水準|同一梯队|同一梯隊|打平|打成平手|战平|戰平|dead heat|statistical tie|statistically tied|are tied|is tied|tied with|about the same|roughly the same|much the same|一流行列|世界一流|第一阵营|第一陣營|并跑|並跑|equal|roughly equal|on equal footing|on an equal footing|equally matched|不输|不輸|不输于|不輸於|不输给|不輸給|并肩|並肩|堪比|比得上|比得過|比得过|a match for|trades blows with|trade blows with|trading blows with|traded blows with|holds up well against|hold up well against|held up well against|holding up well against|stacks up well against|stack up well against|stacked up well against|running side by side|run side by side|runs side by side|ran side by side|side by side with|齐平|齊平|不落下风|不落下風|hold a candle to|holds a candle to|held a candle to|on equal terms|on even terms|indistinguishable from|level pegging|不亚于|不亞於",
        (Relation::Parity, Form::Level),
    ),
    (
        "no gap|no significant gap|no real gap|没有差距|沒有差距|不存在差距",
        (Relation::Parity, Form::Gap),
    ),
    (
        "caught up in|catch up|catches up|catching up|close the gap|追赶|追趕|赶上|趕上|追上|达到|達到|赶超|趕超",
        (Relation::Behind, Form::CatchUp),
    ),
    (
        "in the same ballpark|same ballpark as|closely compete with|closely competes with|closely competing with|compete closely with|competes closely with|competing closely with|close peer|can compete with|could compete with|able to compete with|can compete against|compete directly with|competes directly with|competing directly with|competed directly with|compete head on with|competes head on with|nanoseconds behind|anywhere near|anywhere close|even close|on the brink of|on the cusp of|on the verge of|near parity|close to parity|approaching parity|nearly at parity|almost at parity|close follower|close followers|a close follower|相差无几|相差無幾|相去不远|相去不遠|望其项背|望其項背|within a few months of|within a few weeks of|within a couple of months of|closed much of the gap|closed most of the gap|closed part of the gap|closed some of the gap|closed a lot of the gap|closing much of the gap|closing most of the gap|差一口气|差一口氣|只差一口气|只差一口氣|approached|approaches|掰手腕|一较高下|一較高下|一争高下|一爭高下|已经不远|已經不遠|已不远|已不遠|并不远|並不遠|不远了|不遠了|临门一脚|臨門一腳|close competitor|close rival|close contender|touching distance|spitting distance|slightly worse|marginally worse|a little worse|a bit worse|slightly weaker|marginally weaker|slightly inferior|marginally inferior|slightly lower|marginally lower|slightly less|marginally less|gaining on|gains on|gained on|gain on|gaining ground on|gains ground on|gained ground on|gain ground on|gaining ground|gains ground|gained ground|gain ground|breathing down|within reach of|a whisker away|whisker away|一步之遥|一步之遙|直追|nipping at|snapping at|not far behind|isn't far behind|aren't far behind|wasn't far behind|isn't that far behind|aren't that far behind|isn't too far behind|aren't too far behind|isn't much behind|aren't much behind|nipping at the heels|snapping at the heels|on our heels|on their heels|on its heels|on the heels|at the heels|追近|迫近|靠近|紧追|緊追|紧随|緊隨|紧跟|緊跟|closer than ever|closer than|within a hair|a hair behind|near peer|near-peer|similar to|analogous to|within a few percentage points|within a few points|within percentage points|within a whisker|within months of|within weeks of|not that far behind|not so far behind|not too far behind|not very far behind|closest to|competitive with|competitive against|competitive|a close second|close second|close behind|closely behind|right behind|hot on the heels|close to|closer to|closing in|come close|comes close|came close|nearing|neared|nearly caught up|near the level|within striking distance|approaching|approach|接近|逼近|非常接近|差不多|slightly behind|a little behind|a bit behind|marginally behind|narrowly behind|a whisker behind|just behind|略逊|略遜|稍逊|稍遜|略微落后|略微落後|稍微落后|稍微落後|略落后|略落後|紧咬|緊咬|咬得很紧|咬得很緊|稍落后|稍落後",
        (Relation::Near, Form::Level),
    ),
    (
        "nowhere near|nowhere close|nowhere close to|far from|a long way from|long way from",
        (Relation::Behind, Form::Level),
    ),
    (
        "cannot compete with|can t compete with|could not compete with|couldn t compete with|unable to compete with|cannot compete against|can t compete against|behind|fall behind|distant second|a distant second|second fiddle|on the back foot|punching below its weight|punching below their weight|is number two|are number two|s number two|remains number two|remain number two|still number two|strong number two|distant number two|number two after|world s second|second biggest|second largest|second strongest|世界第二|全球第二|第二大|inferiority|排名第二|位居第二|位列第二|一段路要走|很长一段路|很長一段路|慢半拍|慢一拍|慢了半拍|慢一步|慢了一步|处于下风|處於下風|落于下风|落於下風|落入下风|下风|下風|runner up|runners up|second after|ranks second|ranked second|ranking second|chased|fall well short|falls well short|fell well short|fallen well short|falling well short|fall far short|falls far short|fell far short|fallen far short|falling far short|rank below|ranks below|ranked below|ranking below|underperform|underperforms|underperformed|underperforming|losing the race|lost the race|lose the race|loses the race|losing the ai race|lost the ai race|lose the ai race|pale beside|pales beside|paled beside|达不到|達不到|falls behind|fell behind|fallen behind|falling behind|受制于人|受制於人|卡脖子|fallen short|falling short|薄弱|较弱|較弱|偏弱|second place|second to|chasing|chases|chase|away from|less than|lower than|slower than|less capable|less powerful|less sophisticated|lag|lags|跟随|跟隨|跟跑|lagged|lagging|trail|trails|trailed|trailing|inferior|inferior to|falls short|fall short|fell short|less advanced|weaker than|worse than|落后|落後|滞后|滯後|不如|逊于|遜於|弱于|弱於|掉队|掉隊|输给|輸給|输于|輸於|低于|低於|远低于|遠低於|also ran|also rans|不及|比不上|赶不上|趕不上|不敌|不敵|逊色于|遜色於|逊色|遜色|follower|followers|fast follower|难以望其项背|難以望其項背|望尘莫及|望塵莫及|跟随者|跟隨者|追随者|追隨者|pale in comparison|pales in comparison|paled in comparison|losing ground|lost ground|lose ground|loses ground|second tier|second-tier|second rate|second-rate|慢了半步|慢半步|差半步|次于|次於|劣于|劣於|差于|差於|慢于|慢於|逊一筹|遜一籌|处于劣势|處於劣勢|劣势|劣勢|追不上|跟不上|落伍|laggard|laggards|latecomer|latecomers|underdog|underdogs|losing out to|lose out to|lost out to|loses out to|第二梯队|第二梯隊",
        (Relation::Behind, Form::Directional),
    ),
    (
        "gap|gaps|difference|disparity|disparities|短板|ground to make up|ground to cover|catching up to do|catch up to do|不小距离|不小的距离|较大距离|較大距離|很大距离|很大距離|一定距离|一定距離|相当距离|相當距離|大而不强|大而不強|long way to go|a long way to go|long road ahead|很长的路要走|很長的路要走|任重道远|任重道遠|distance|差距|相差|代差|差了|还差|還差|仅差|僅差|只差|相距|的距离|的距離|段距离|段距離|还有距离|還有距離|仍有距离|仍有距離|差一截|差一大截|差了一截|差了一大截|尚有距离|尚有距離",
        (Relation::Behind, Form::Gap),
    ),
    (
        "pull ahead|pulled ahead|have the best|has the best|had the best|have the most advanced|has the most advanced|have the strongest|has the strongest|高于|高於|远高于|遠高於|远超|遠超|霸主|霸权|霸權|top the|tops the|topping the|leaving behind|leave behind|leaves behind|甩在身后|甩在身後|甩在了身后|甩在了身後|抛在身后|拋在身後|surged past|surge past|surges past|raced past|moved past|pulled past|gone past|went past|位居全球首位|位居世界首位|全球首位|世界首位|位居第一|running circles around|run circles around|runs circles around|ran circles around|miles ahead|superpower|superpowers|out innovating|out innovate|out innovates|out innovated|outcompete|outcompetes|outcompeted|outcompeting|out compete|out competes|out competed|out competing|outmaneuver|outmaneuvered|outmaneuvering|outbuild|outbuilds|outbuilding|outbuilt|ahead|advantage|advantages|优势|優勢|lead|leads|led|passed|passes|passing|leading their|leading its|leading our|is leading|are leading|was leading|re leading|s leading|were leading|been leading|be leading|still leading|longer leading|now leading|more capable|more powerful|more sophisticated|outperform|outperformed|outperforms|outperforming|outpace|outpaces|outpaced|outpacing|surpass|surpassed|surpasses|surpassing|overtake|overtaken|overtook|overtakes|overtaking|beating|leapfrog|leapfrogged|beat|beats|beaten|better than|superior|superior to|more advanced|stronger than|edge over|head start|dominate|dominates|eclipsed|领先|領先|领跑|領跑|超越|超过|超過|超出|反超|优于|優於|强于|強於|占优|佔優|压倒|壓倒|吊打|好于|好於|快于|快於|称霸|稱霸|拔得头筹|拔得頭籌|一马当先|一馬當先|outshine|outshining|outgun|outguns|outgunned|outgunning|dwarf|dwarfs|dwarfed|dwarfing|outclass|outclassing|outrun|outruns|outran|outrunning|outsmart|outsmarts|outsmarted|outsmarting|overshadow|overshadows|overshadowed|overshadowing|甩开|甩開",
        (Relation::Ahead, Form::Directional),
    ),
];

/// Which side a region word names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The US side (the reference by default).
    Us,
    /// The Chinese side (the subject).
    China,
}

const SIDES: &[(&str, Side)] = &[
    (
        "veo|copilot|dall e|the united states|united states|america|american|americans|us|u s|washington|silicon valley|overseas|国际先进|國際先進|meta|microsoft|xai|gpt|chatgpt|claude|gemini|llama|sora|grok|midjourney|海外|国外|國外|境外|国际领先|國際領先|国际顶尖|國際頂尖|west|western|openai|nvidia|cuda|h100|h200|a100|b200|gb200|blackwell|amd|intel|google|anthropic|英伟达|英偉達|美国|美國",
        Side::Us,
    ),
    (
        "ascend|kunlun|昆仑|崑崙|hygon|海光|moore threads|摩尔线程|摩爾線程|biren|壁仞|huawei|alibaba|baidu|tencent|bytedance|moonshot|kimi|zhipu|beijing|qwen|ernie|glm|chatglm|doubao|hunyuan|minimax|kling|sensetime|iflytek|baichuan|stepfun|smic|cambricon|文心|通义|通義|千问|千問|豆包|混元|可灵|可靈|星火|盘古|盤古|昇腾|昇騰|商汤|商湯|讯飞|訊飛|百川|中芯|寒武纪|寒武紀|我国|我國|国内|國內|國内|阿里|百度|腾讯|騰訊|字节|位元組|月之暗面|智谱|智譜|deepseek|华为|華為|china|chinese|china s|中国|中國|国产|國產",
        Side::China,
    ),
];

static CUE_INDEX: std::sync::OnceLock<Index<(Relation, Form)>> = std::sync::OnceLock::new();
static SIDE_INDEX: std::sync::OnceLock<Index<Side>> = std::sync::OnceLock::new();

/// A found cue: the relation, its form, its token range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cue {
    /// The relation the cue states of its subject (before the sides and a negation).
    pub relation: Relation,
    /// How the sides and a negation act on it.
    pub form: Form,
    /// Token index range `[start, end)`.
    pub tokens: (usize, usize),
}

/// Do the tokens right before `k` name both sides together ("the US and China", "both
/// countries", 中美, 中美两国)? A lead said of the pair ("中美两国遥遥领先世界各国", "the US and
/// China are far ahead of the rest of the world") is over third countries, not between them.
fn both_sides_before(t: &[Token], k: usize) -> bool {
    let w = |i: usize| t.get(i).and_then(Token::word);
    let c = |i: usize| t.get(i).and_then(Token::char);
    let zh =
        |i: usize| matches!((c(i), c(i + 1)), (Some('中'), Some('美')) | (Some('美'), Some('中')));
    let zh_pair = (k >= 2 && zh(k - 2))
        || (k >= 4
            && zh(k - 4)
            && matches!((c(k - 2), c(k - 1)), (Some('两' | '兩'), Some('国' | '國'))));
    // "China and the US", "the United States and China", "the U.S. and China": two names
    // joined by "and" right before `k`, one of them China.
    let name = "china|us|u|s|america|united|states|the";
    let named = |i: usize| w(i).is_some_and(|x| one_of(x, name)) || c(i) == Some('.');
    let start =
        (k.saturating_sub(6)..k).rev().take_while(|&i| named(i) || w(i) == Some("and")).last();
    let joined = start.is_some_and(|s| {
        let run: Vec<&str> = (s..k).filter_map(w).collect();
        let and = run.iter().position(|&x| x == "and");
        and.is_some_and(|p| {
            let (left, right) = (&run[..p], &run[p + 1..]);
            let side = |part: &[&str]| part.iter().any(|x| one_of(x, "china|us|s|america|states"));
            side(left) && side(right) && run.contains(&"china")
        })
    });
    let en_pair = joined
        || (k >= 2
            && w(k - 2).is_some_and(|x| one_of(x, "both|two"))
            && w(k - 1).is_some_and(|x| one_of(x, "countries|superpowers|nations|powers")));
    zh_pair || en_pair
}

/// Is token `i` the start of a number: digits, or a Chinese numeral (一 … 十, 两, 半, 几, 数)?
fn number_at(t: &[Token], i: usize) -> bool {
    t.get(i).is_some_and(|k| {
        matches!(k.kind, super::lexer::Kind::Number(_))
            || k.char().is_some_and(|c| "一二两兩三四五六七八九十半几幾数數".contains(c))
    })
}

/// Is the phrase cue `r` found at tokens `[a, b)` no cue in its context (a hedge, a cause, a
/// prize, a name, a third country's place …: the exceptions of rule 1)?
fn not_a_cue(
    t: &[Token],
    side_spans: &[(usize, usize)],
    r: Relation,
    (a, b): (usize, usize),
) -> bool {
    let pair = (t[a].char(), t.get(a + 1).and_then(Token::char));
    let more_than = r == Relation::Ahead
        && matches!(pair, (Some('超'), Some('过' | '過' | '出')))
        && number_at(t, b);
    // "less than 20%", "less than two years": a hedge, not "behind".
    let less_than = r == Relation::Behind
        && t[a].word().is_some_and(|w| one_of(w, "less|lower|slower"))
        && (number_at(t, b)
            || t.get(b)
                .and_then(Token::word)
                .is_some_and(|w| super::quantity::number_at(t, b).is_some() || w == "half"));
    let causes = b == a + 1
        && t[a].word().is_some_and(|w| one_of(w, "lead|leads|led|leading"))
        && t.get(b).and_then(Token::word) == Some("to");
    // "come from", 来自: a cue only after a superlative ("the best open models come
    // from China").
    let plain_origin = origin(t, a) && !holding(t, a) && !superlative_before(t, a);
    // "the race for AI supremacy", "the battle for dominance": a prize, not a claim.
    let prize = r == Relation::Ahead
        && t[a].word().is_some_and(|w| {
            one_of(w, "supremacy|hegemony|primacy|dominance|leadership|superiority|preeminence")
        })
        && t[a.saturating_sub(3)..a].iter().any(|k| k.word() == Some("for"));
    // "欧洲落后更多", "Europe lags even further": a third country's place, not the gap
    // between China and the US; a lead of both sides together is over third countries.
    let before = adverbs_before(t, a);
    let third =
        third_country_before(t, before) || (r == Relation::Ahead && both_sides_before(t, before));
    // "their American rivals", "a match for": nouns, not verbs.
    let noun = b == a + 1
        && t[a].word().is_some_and(|w| one_of(w, "rival|rivals|match|matches"))
        && a > 0
        && (t[a - 1].word().is_some_and(|w| {
            one_of(w, "their|its|our|his|her|the|a|american|chinese|us|western|foreign|global|s")
        }));
    // A cue inside a side's name (国际领先模型, "leading international models") is
    // part of the name.
    let in_side = side_spans.iter().any(|&(s, e)| a < e && s < b) && r == Relation::Ahead;
    // 领先 before a noun (海外领先模型, 领先企业, 领先厂商): "leading", an attribute
    // of a name, not a claim.
    // So is 领先的 before one (领先的专有模型), and 领先 right after a preposition
    // that governs it (落后于领先的…, 与领先模型相比).
    let noun_at = |k: usize| {
        t.get(k)
            .and_then(Token::char)
            .is_some_and(|c| "模企厂廠公芯产產者玩专專闭閉开開".contains(c))
    };
    let de = |k: usize| t.get(k).and_then(Token::char) == Some('的');
    let governed_zh = a > 0
        && t[a - 1].char().is_some_and(|c| "于於与與和跟同".contains(c))
        && (noun_at(b)
            || (de(b) && t.get(b + 1).and_then(Token::char).is_some_and(char::is_alphanumeric)));
    let attributive = r == Relation::Ahead
        && b == a + 2
        && matches!(pair, (Some('领' | '領'), Some('先')))
        && (noun_at(b) || (de(b) && noun_at(b + 1)) || governed_zh);
    // 先进水平, 领先水平: a level reached (达到, 处于 … before it in its clause), else
    // the name of what is compared with (与国际先进水平的差距).
    let level_named = level_phrase(t, (a, b))
        && !(a.saturating_sub(8)..a)
            .rev()
            .take_while(|&k| t[k].char().is_none_or(char::is_alphanumeric))
            .any(|k| t[k].char().is_some_and(|c| "达達到处處居位是已".contains(c)));
    // 相当大的差距, 相当不错, 相当明显: 相当 before an adjective is "quite", not
    // "equal"; it is a level at the end of its clause (与GPT-4相当) or before 于, 的.
    let quite = b == a + 2
        && matches!(pair, (Some('相'), Some('当' | '當')))
        && t.get(b)
            .and_then(Token::char)
            .is_some_and(|c| c.is_alphanumeric() && !"于於的".contains(c));
    // "passed the U.S. in downloads": a lead only with a side right after it (not
    // "the bill passed", "passed on").
    let bare_pass = t[a].word().is_some_and(|w| one_of(w, "passed|passes|passing"))
        && b == a + 1
        && !side_spans.iter().any(|&(s, _)| s == b || (s == b + 1 && t[b].word() == Some("the")));
    // 以美国为对标, 对标对象: the benchmark taken, not a level reached.
    let benchmark_taken = b == a + 2
        && matches!(pair, (Some('对' | '對'), Some('标' | '標')))
        && ((a > 0 && matches!(t[a - 1].char(), Some('为' | '為')))
            || matches!(t.get(b).and_then(Token::char), Some('对' | '對')));
    more_than
        || bare_pass
        || benchmark_taken
        || quite
        || third
        || prize
        || less_than
        || causes
        || plain_origin
        || in_side
        || attributive
        || level_named
        || noun
}

/// The start of the adverbs and auxiliaries right before token `a` ("is even", 更加, 遥遥):
/// where the words naming the cue's subject end.
fn adverbs_before(t: &[Token], a: usize) -> usize {
    let mut k = a;
    while k > 0
        && (t[k - 1].word().is_some_and(|w| {
            one_of(
                w,
                "even|also|further|too|still|is|are|has|have|far|well|way|both|now|clearly|much",
            )
        }) || t[k - 1].char().is_some_and(|c| "更加也还還则則就都遥遙远遠".contains(c)))
    {
        k -= 1;
    }
    k
}

/// Does a third country (Europe, Japan, 欧洲, 日本, 俄罗斯 …) end right before token `k`?
fn third_country_before(t: &[Token], k: usize) -> bool {
    let w = |i: usize| t.get(i).and_then(Token::word);
    let c = |i: usize| t.get(i).and_then(Token::char);
    (k > 0
        && w(k - 1).is_some_and(|x| {
            one_of(x, "europe|japan|russia|india|korea|britain|germany|france|eu")
        }))
        || (k >= 2
            && matches!(
                (c(k - 2), c(k - 1)),
                (Some('欧' | '歐'), Some('洲'))
                    | (Some('日'), Some('本'))
                    | (Some('印'), Some('度'))
                    | (Some('韩' | '韓'), Some('国' | '國'))
                    | (Some('英'), Some('国' | '國'))
                    | (Some('德'), Some('国' | '國'))
                    | (Some('法'), Some('国' | '國'))
                    | (Some('欧' | '歐'), Some('盟'))
            ))
        || (k >= 3
            && matches!(
                (c(k - 3), c(k - 2), c(k - 1)),
                (Some('俄'), Some('罗' | '羅'), Some('斯'))
            ))
}

/// Every cue in the tokens, left to right. 超过, 超出 and 超過 right before a number are
/// "more than" (a hedge on the duration, 落后超过两年), not "ahead", as "less than" before a
/// number is not "behind"; "lead to", "led to" are causes, not leads.
pub fn cues(t: &[Token]) -> Vec<Cue> {
    let side_spans: Vec<(usize, usize)> = sides(t).into_iter().map(|(_, span)| span).collect();
    let mut found = find_all(t, index(CUES, &CUE_INDEX))
        .into_iter()
        .filter(|&((r, _), span)| !not_a_cue(t, &side_spans, r, span))
        .map(|((relation, form), tokens)| Cue { relation, form, tokens })
        .collect::<Vec<Cue>>();
    // Shares and multiples ("60% of the H100", 只有美国的三分之一) and levels of the past
    // ("where US models were a year ago"): a phrase cue inside one
    // (相当 in 相当于…的90%) is part of it.
    // 达到…领先水平: the level is the cue, 达到 its verb.
    let levels: Vec<usize> = found
        .iter()
        .filter(|c| c.form == Form::Level && level_phrase(t, c.tokens))
        .map(|c| c.tokens.0)
        .collect();
    found.retain(|c| {
        !(c.form == Form::CatchUp
            && matches!(t[c.tokens.0].char(), Some('达' | '達'))
            && levels.iter().any(|&l| l > c.tokens.0 && l <= c.tokens.1 + 8))
    });
    // "the edge belongs to the United States": the side after "belongs to" holds the lead
    // noun before it; without one, "belongs to" is no cue.
    let held = |c: &Cue| holding(t, c.tokens.0);
    let holders: Vec<usize> = found.iter().filter(|c| held(c)).map(|c| c.tokens.0).collect();
    let lead_before = |h: usize| {
        found.iter().any(|c| {
            !held(c) && c.relation == Relation::Ahead && c.tokens.1 <= h && h <= c.tokens.1 + 2
        })
    };
    let kept: Vec<usize> = holders.iter().copied().filter(|&h| lead_before(h)).collect();
    found.retain(|c| {
        if held(c) {
            return kept.contains(&c.tokens.0);
        }
        !(c.relation == Relation::Ahead
            && kept.iter().any(|&h| c.tokens.1 <= h && h <= c.tokens.1 + 2))
    });
    let mut shares = super::fraction::fraction_cues(t);
    shares.extend(super::past_level::past_level_cues(t));
    shares.extend(super::comparative::comparative_cues(t));
    shares.extend(super::superlative::superlative_cues(t));
    shares.extend(super::named_level::named_level_cues(t));
    if shares.is_empty() {
        return found;
    }
    let inside =
        |c: &Cue| shares.iter().any(|s| c.tokens.0 < s.tokens.1 && s.tokens.0 < c.tokens.1);
    found.retain(|c| !inside(c));
    found.extend(shares);
    found.sort_by_key(|c| c.tokens.0);
    found
}

/// Is the lead noun ending at token `from` said to be small in its sentence ("is slim", "is
/// narrow", "is not very large", "isn't that big")?
fn small_after(t: &[Token], from: usize) -> bool {
    let end = (from..t.len()).find(|&i| ends_sentence(t, i)).unwrap_or(t.len()).min(from + 8);
    (from..end).any(|i| {
        let w = |k: usize| t.get(k).and_then(Token::word);
        w(i).is_some_and(|x| one_of(x, SMALL))
            || (w(i).is_some_and(|x| one_of(x, "large|big|wide|great|huge|significant"))
                && negation(t, i).is_some())
    })
}

/// Words of a small degree before a lead or a lag: "slim lead", "narrow advantage", "slightly
/// ahead", "marginally behind".
const SLIGHT: &str = "closely|slim|slender|narrow|narrowly|thin|razor|slight|slightly|marginal|marginally|tiny|fractionally|barely|hair|whisker|wafer";

/// Is the directional cue at tokens `[a, b)` said to be of a small degree: a word of
/// [`SLIGHT`] at most two tokens before it ("a slim lead", "slightly ahead", "a razor-thin
/// lead", "only a hair ahead"), or "narrowly" right after it or after "only", "but" later in
/// its sentence ("leads the US, but only narrowly")? Near, from either side.
fn slight(t: &[Token], (a, b): (usize, usize)) -> bool {
    let w = |k: usize| t.get(k).and_then(Token::word);
    let before = (a.saturating_sub(3)..a).any(|k| {
        w(k).is_some_and(|x| one_of(x, SLIGHT))
            && t[k + 1..a].iter().all(|m| m.word().is_some() || matches!(m.char(), Some('-')))
    });
    // Right after it ("leads narrowly") or after "only", "but", "just" later in its sentence
    // ("leads the US, but only narrowly").
    let after = (b..(b + 10).min(t.len()))
        .take_while(|&k| {
            w(k).is_some() || matches!(t[k].char(), Some(',' | '\'' | '’' | '.' | '-'))
        })
        .any(|k| {
            w(k).is_some_and(|x| {
                one_of(x, "narrowly|closely|slightly|marginally|barely|fractionally")
            }) && (k == b || w(k - 1).is_some_and(|p| one_of(p, "only|but|just|very")))
        });
    // "falls short by a little", "behind by a hair".
    let quote = |k: usize| matches!(t.get(k).and_then(Token::char), Some('\'' | '‘' | '"' | '“'));
    let by_a_little =
        (b..(b + 8).min(t.len())).take_while(|&k| w(k).is_some() || quote(k)).any(|k| {
            w(k) == Some("by") && {
                let k = if quote(k + 1) { k + 2 } else { k + 1 };
                w(k) == Some("a")
                    && w(k + 1).is_some_and(|x| one_of(x, "little|bit|hair|whisker|nose"))
            }
        });
    // 微幅领先, 小幅落后, 微弱的优势 (的 may stand between); 还差一点, 差「一点」 right after.
    let c = |k: usize| t.get(k).and_then(Token::char);
    let zh_before = (a.saturating_sub(3)..a).any(|k| {
        matches!(
            (c(k), c(k + 1)),
            (Some('微'), Some('幅' | '弱')) | (Some('小'), Some('幅')) | (Some('些'), Some('微'))
        ) && (k + 2..a).all(|m| c(m) == Some('的'))
    });
    let zh_after = {
        let mut k = b;
        while matches!(c(k), Some('「' | '“' | '"' | '『')) {
            k += 1;
        }
        matches!((c(k), c(k + 1)), (Some('一'), Some('点' | '點')))
            && !matches!(c(k + 2), Some('也' | '都'))
    };
    before || after || by_a_little || zh_before || zh_after
}

/// Relative clauses set off by commas (", which had long trailed the US,", ", who …,"): token
/// ranges from the relative word to the next comma or the sentence's end.
pub(super) fn relative_clauses(t: &[Token]) -> Vec<(usize, usize)> {
    (1..t.len())
        .filter(|&i| {
            matches!(t[i - 1].char(), Some(',' | '，'))
                && t[i].word().is_some_and(|w| one_of(w, "which|who|whose"))
        })
        .map(|i| {
            let end = (i..t.len())
                .find(|&k| matches!(t[k].char(), Some(',' | '，')) || ends_sentence(t, k))
                .unwrap_or(t.len());
            (i, end)
        })
        .collect()
}

/// Does the cue at tokens `[a, b)` name a level (领先水平, 先进水平: it ends in 水平)?
fn level_phrase(t: &[Token], (a, b): (usize, usize)) -> bool {
    b >= a + 3 && t[b - 1].char() == Some('平') && t[b - 2].char() == Some('水')
}

/// Is the cue at token `a` a verb of holding ("belongs to", "lies with", "rests with")?
fn holding(t: &[Token], a: usize) -> bool {
    t[a].word().is_some_and(|w| one_of(w, "belongs|belong|lies|rests"))
}

/// Words saying a gap or a lead is small ("the gap is small", "a slim lead"), for [`closed`]
/// and [`small_after`].
const SMALL: &str = "small|smaller|narrow|slim|thin|tiny|razor|minimal|marginal|negligible|modest";

/// Is the cue at token `a` one of origin ("come from", 来自) or of holding ("the edge belongs
/// to")? Its subject is the side after it: "the best open models come from China" says China
/// is ahead, "the edge belongs to the United States" that it is behind.
fn origin(t: &[Token], a: usize) -> bool {
    t[a].word().is_some_and(|w| one_of(w, "come|comes|came"))
        || holding(t, a)
        || matches!(t[a].char(), Some('来' | '來'))
}

/// Is a superlative ("best", "strongest", "most capable", 最) in the clause before token `a`?
pub(super) fn superlative_before(t: &[Token], a: usize) -> bool {
    (a.saturating_sub(10)..a)
        .rev()
        .take_while(|&k| t[k].char().is_none_or(|c| c.is_alphanumeric() || c == '-'))
        .any(|k| {
            t[k].word()
                .is_some_and(|w| one_of(w, "best|strongest|top|leading|finest|greatest|most"))
                || t[k].char() == Some('最')
        })
}

/// Is token `i` a contrast that puts the claim after it ("but", "however", "yet" after a comma,
/// 但, 但是, 然而, 可是, 不过 after a comma)? Not "but also", 不但, nor "not yet".
pub(super) fn contrast_at(t: &[Token], i: usize) -> bool {
    let prev = i.checked_sub(1).map(|p| &t[p]);
    let comma = prev.and_then(Token::char).is_some_and(|c| matches!(c, ',' | '，'));
    let next = t.get(i + 1);
    match (t[i].word(), t[i].char()) {
        // "not only … but also", "has all but closed" (almost): no contrast.
        (Some("but"), _) => {
            next.and_then(Token::word) != Some("also") && prev.and_then(Token::word) != Some("all")
        }
        (Some("however" | "nevertheless" | "nonetheless"), _) => true,
        (Some("yet"), _) => comma,
        (_, Some('但')) => prev.and_then(Token::char) != Some('不'),
        (_, Some('然')) => next.and_then(Token::char) == Some('而'),
        (_, Some('可')) => next.and_then(Token::char) == Some('是') && comma,
        (_, Some('不')) => {
            next.and_then(Token::char).is_some_and(|c| matches!(c, '过' | '過')) && comma
        }
        // "…达到GPT-3.5的水平，与GPT-4相比还有差距": a later clause with 还, 仍 ("still") before
        // its verb sets the earlier one aside, as "but" does.
        (_, Some('还' | '還' | '仍' | '依')) => {
            next.and_then(Token::char).is_some_and(|c| "有然是处處在存落差".contains(c))
                && (i.saturating_sub(10)..i)
                    .rev()
                    .take_while(|&k| {
                        t[k].char().is_none_or(|c| {
                            c.is_alphanumeric() || c == ',' || c == '，' || c == '-' || c == '.'
                        })
                    })
                    .any(|k| matches!(t[k].char(), Some(',' | '，')))
        }
        _ => false,
    }
}

/// Is the cue 达到 before a figure with a unit ("H100的性能达到1979Tflops", reaches): a measure,
/// not a level reached?
fn measure(t: &[Token], cue: &Cue) -> bool {
    let (a, b) = cue.tokens;
    let figure = number_at(t, b) && {
        let end = (b..t.len()).find(|&k| !number_at(t, k)).unwrap_or(t.len());
        t.get(end).is_some_and(|k| k.word().is_some())
    };
    figure && matches!(t[a].char(), Some('达' | '達'))
}

/// The deciding cue: a comparison of gaps anywhere ("the gap … isn't as big as") wins, since
/// it is what the sentence asserts about the gap it names; otherwise the cue nearest `focus`
/// (the character where the stated duration is); a measure (达到1979Tflops) is passed over
/// for any other cue, and the first cue after the text's last contrast ("may lag in adoption, but … will lead the US"), else the first cue.
pub fn deciding_cue(t: &[Token], focus: Option<usize>) -> Option<Cue> {
    deciding_cue_but(t, focus, &[])
}

/// [`deciding_cue`] with the cues at the token ranges of `skip` left out (cues that compare a
/// side with itself).
fn deciding_cue_but(t: &[Token], focus: Option<usize>, skip: &[(usize, usize)]) -> Option<Cue> {
    let mut all = cues(t);
    all.retain(|c| !skip.contains(&c.tokens));
    if all.iter().any(|c| !measure(t, c)) {
        all.retain(|c| !measure(t, c));
    }
    // "China, which had long trailed the US, now leads": a relative clause is background.
    let relative = relative_clauses(t);
    let inside = |c: &Cue| relative.iter().any(|&(a, b)| a <= c.tokens.0 && c.tokens.1 <= b);
    if all.iter().any(|c| !inside(c)) {
        all.retain(|c| !inside(c));
    }
    // "not as big as it once was" compares the gap with its past, not with another gap.
    let with_past = |c: &Cue| {
        (c.tokens.1..(c.tokens.1 + 3).min(t.len())).any(|k| {
            t[k].word()
                .is_some_and(|w| one_of(w, "it|they|before|once|previously|used|ever|earlier"))
        })
    };
    all.retain(|c| {
        !matches!(c.relation, Relation::SmallerThan | Relation::LargerThan) || !with_past(c)
    });
    let comparison =
        all.iter().find(|c| matches!(c.relation, Relation::SmallerThan | Relation::LargerThan));
    let nearest = focus.and_then(|f| all.iter().min_by_key(|c| t[c.tokens.0].span.0.abs_diff(f)));
    let after_contrast = || {
        let last_cue = all.last()?.tokens.0;
        let contrast = (0..last_cue).rev().find(|&i| contrast_at(t, i))?;
        all.iter().find(|c| c.tokens.0 > contrast)
    };
    comparison.or(nearest).or_else(after_contrast).or(all.first()).copied()
}

/// A figure the claim is measured in when it states no duration: a percentage or score ("ahead
/// by just 2.7%", "6 points", 百分之十, 70分), a duration with no number ("a matter of months
/// behind", "years behind", "several generations ahead", 几年, 数月) or "N generations".
/// The character where the first one starts: the relation is read next to it, as next to a
/// duration, and the gap stays unstated.
fn anchor(t: &[Token]) -> Option<usize> {
    let w = |k: usize| t.get(k).and_then(Token::word);
    let c = |k: usize| t.get(k).and_then(Token::char);
    let number = |k: usize| {
        t.get(k).is_some_and(|x| matches!(x.kind, super::lexer::Kind::Number(_)))
            || w(k).is_some_and(|x| one_of(x, "one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|many|few|multiple"))
    };
    (0..t.len()).find_map(|i| {
        let at = Some(t[i].span.0);
        let percent = matches!(c(i + 1), Some('%' | '％'))
            || w(i + 1).is_some_and(|x| one_of(x, "percent|points|pts|percentage"))
            || (c(i + 1) == Some('个') && c(i + 2) == Some('百'))
            || (c(i + 1) == Some('分') && !matches!(c(i + 2), Some('之' | '钟' | '鐘')));
        if matches!(t[i].kind, super::lexer::Kind::Number(_)) && percent {
            return at;
        }
        // 百分之十: a percentage in words.
        if c(i) == Some('百') && c(i + 1) == Some('分') && c(i + 2) == Some('之') {
            return at;
        }
        // "a matter of months", "only months", "several generations", "four generations";
        // "years behind", but not "for years", "in recent years", "years ago".
        let prev = i.checked_sub(1).and_then(w);
        let unit = w(i).is_some_and(|x| one_of(x, "months|years|decades|generations"));
        let vague = prev.is_some_and(|x| one_of(x, "few|several|many|mere|only|just|multiple"))
            || (prev == Some("of") && i > 1 && w(i - 2) == Some("matter"));
        let counted =
            w(i).is_some_and(|x| one_of(x, "generations|decades")) && i > 0 && number(i - 1);
        let bare = i > 0
            && !number(i - 1)
            && prev.is_none_or(|x| {
                !one_of(x, "for|in|over|the|these|those|recent|past|next|coming|last|of|within")
            })
            && w(i + 1).is_some_and(|x| one_of(x, "behind|ahead"));
        let elapsed = w(i + 1).is_some_and(|x| one_of(x, "ago|since|later|earlier"));
        if unit && (vague || counted || bare) && !elapsed {
            return at;
        }
        // 几年, 数年, 几个月, 数月, 几代, 两代 (not 第二代, 代码, 代表).
        let some = c(i).is_some_and(|x| "几幾数數".contains(x));
        let zh_unit = match (c(i + 1), c(i + 2)) {
            (Some('年' | '月'), n) => n.is_none_or(|n| !"来來前以".contains(n)),
            (Some('个' | '個'), Some('月')) => true,
            _ => false,
        };
        let generation = c(i + 1) == Some('代')
            && c(i).is_some_and(|x| "两兩二三四五六七八九几幾数數".contains(x))
            && c(i.wrapping_sub(1)) != Some('第')
            && c(i + 2).is_none_or(|n| !"码碼表理替价價言谢謝".contains(n));
        ((some && zh_unit) || generation).then_some(t[i].span.0)
    })
}

/// Region words in the tokens: the side and token range of each, left to right.
pub fn sides(t: &[Token]) -> Vec<(Side, (usize, usize))> {
    find_all(t, index(SIDES, &SIDE_INDEX))
}

/// Words of policy and government: a side word that qualifies one ("US export controls", "US
/// officials", 美国制裁, 美国对华出口管制) names who acts on the race, not a contender in it.
const POLICY: &str = "controls|control|sanctions|sanction|restrictions|restriction|curbs|curb|ban|bans|blacklist|embargo|tariffs|tariff|government|governments|officials|official|lawmakers|legislators|regulators|regulations|regulation|policy|policies|policymakers|administration|congress|senate|senators|commerce|department|rules|pressure|crackdown";

/// Is the side at tokens `[a, e)` a qualifier of a word of [`POLICY`]: the word within two
/// words after it ("US chip export controls"), or a Chinese one within four characters
/// (美国的制裁, 美国对华出口管制), with no punctuation between?
fn qualifies_policy(t: &[Token], e: usize) -> bool {
    let zh = |k: usize, a: char, b: &str| {
        t.get(k).and_then(Token::char) == Some(a)
            && t.get(k + 1).and_then(Token::char).is_some_and(|c| b.contains(c))
    };
    for (k, tok) in t.iter().enumerate().skip(e).take(5) {
        match (tok.word(), tok.char()) {
            (Some(w), _) if k < e + 3 => {
                if one_of(w, POLICY) {
                    return true;
                }
            }
            (None, Some(c)) if c.is_alphanumeric() => {
                if zh(k, '制', "裁")
                    || zh(k, '管', "制")
                    || zh(k, '禁', "令运運")
                    || zh(k, '封', "锁鎖")
                    || zh(k, '打', "压壓")
                    || zh(k, '政', "府")
                    || zh(k, '限', "制")
                {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

/// Region words that name a side: as [`sides`], but "us" only when written US or U.S. (not
/// the pronoun in "ahead of us"), and not a side that qualifies a word of policy ("US export
/// controls", 美国制裁: [`POLICY`]).
pub fn named_sides(t: &[Token], text: &str) -> Vec<(Side, (usize, usize))> {
    let mut chars = text.chars();
    let mut at = 0;
    sides(t)
        .into_iter()
        .filter(|(_, (_, e))| !qualifies_policy(t, *e))
        .filter(|(side, (a, _))| {
            if *side != Side::Us || t[*a].word() != Some("us") {
                return true;
            }
            // Walk forward to the token's first character (sides are in text order).
            let first = chars.nth(t[*a].span.0 - at);
            at = t[*a].span.0 + 1;
            first.is_some_and(|c| c.is_ascii_uppercase())
        })
        .collect()
}

/// Is `word` one of the `|`-separated words of `list`? Word lists are kept as one string: a
/// `matches!` over many words compiles to a comparison each, several times the size in the
/// widget.
pub(super) fn one_of(word: &str, list: &str) -> bool {
    list.split('|').any(|w| w == word)
}

/// Is token `i` a sentence's end mark?
/// A full stop after a one-letter word ("U.S.", "e.g.") ends no sentence.
pub(super) fn ends_sentence(t: &[Token], i: usize) -> bool {
    let abbreviation =
        t[i].char() == Some('.') && i > 0 && t[i - 1].word().is_some_and(|w| w.len() == 1);
    // "they can catch up ... and be very close": an ellipsis before a word that goes on a
    // sentence ("and", "to", "that" …) marks words left out of a quote, not its end.
    let dot = |k: usize| t.get(k).and_then(Token::char) == Some('.');
    let ellipsis_within = t[i].char() == Some('.') && (dot(i + 1) || (i > 0 && dot(i - 1))) && {
        let after = (i..t.len()).find(|&k| !dot(k));
        after
            .and_then(|k| t[k].word())
            .is_some_and(|w| one_of(w, "and|or|to|that|which|who|with|of|than|be|then|nor"))
    };
    !abbreviation
        && !ellipsis_within
        && matches!(t[i].char(), Some('.' | '!' | '?' | '。' | '！' | '？' | ';' | '；'))
        && t.get(i + 1).is_none_or(|n| n.span.0 > t[i].span.1 || n.char().is_some())
}

/// Words that put the side after them in a phrase that is not the sentence's subject
/// ("compared with the US", "ahead of China", 与美国相比, 比美国): rule 2.
fn governs(k: &Token) -> bool {
    k.word().is_some_and(|w| one_of(w, "with|to|than|of|over|behind|from|against|in|at|on|for|versus|vs|like|between|by|and|among|above|below|beyond|past|including")) || k.char().is_some_and(|c| "与與和跟同比较較对對在向及被".contains(c))
}

/// Is the side at tokens `[a, e)` joined to another by a hyphen or slash ("the China-US gap",
/// "US/China")? It then names the pair: neither subject nor object (rule 2).
fn paired(t: &[Token], a: usize, e: usize, named: &[(Side, (usize, usize))]) -> bool {
    let joined = |k: usize| matches!(t.get(k).and_then(Token::char), Some('-' | '–' | '/'));
    (joined(e) && named.iter().any(|(_, (b, _))| *b == e + 1))
        || (a > 0 && joined(a - 1) && named.iter().any(|(_, (_, f))| *f + 1 == a))
}

/// Is the side starting at token `a` governed (rule 2)? Looks back over "the", "'s" and a
/// few adjectives ("of top US labs", "than leading American models").
fn governed(t: &[Token], a: usize) -> bool {
    // 把, 将 put what follows them before the verb as its object (将去年先声夺人的Sora甩在身后):
    // a side after one in its clause is no subject.
    let disposal = (a.saturating_sub(10)..a)
        .rev()
        .take_while(|&k| t[k].char().is_none_or(|c| !",，;；。：:".contains(c)))
        .any(|k| matches!(t[k].char(), Some('把' | '将' | '將')));
    if disposal {
        return true;
    }
    let mut k = a;
    while k > 0 {
        k -= 1;
        match t[k].word() {
            Some("the" | "s") => continue,
            Some(w)
                if k + 1 == a
                    && one_of(w, "top|leading|best|major|mainstream|frontier|advanced|other") =>
            {
                continue;
            }
            _ if matches!(t[k].char(), Some('\'' | '’')) => continue,
            _ => return governs(&t[k]),
        }
    }
    false
}

/// Words that may stand between a negation and its cue ("not yet", "not really", 并不, 不再,
/// "will not be able to", 不会).
fn between_negation_and_cue(k: &Token) -> bool {
    k.word().is_some_and(|w| one_of(w, "yet|really|quite|so|very|too|much|all|even|any|necessarily|significantly|substantially|actually|that|be|been|being|the|a|longer|as|real|big|major|large|clear|significant|far|entirely|have|has|had|able|to|ever|meaningful|notable|obvious|discernible|substantial|decisive|commanding|lasting|anything|any")) || k.char().is_some_and(|c| "再并並还還仍已都太很那么麼明显顯有的会會将將能可在是“「『‘\"".contains(c))
}

/// How a negation acts on its cue (rule 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Negation {
    /// Of the present: "not", "no longer", 不, 没有.
    Plain,
    /// Of a future or a possibility: "will not", "won't", "may not", 不会, 不将.
    Future,
    /// Of an ability: "cannot", "can't", "unable to", "hard to", 不能, 难以, 无法.
    Inability,
}

/// Is token `k` a word negation ("not", "never", "no", "n't" …)?
fn word_negation(t: &[Token], k: usize) -> bool {
    let w = t[k].word();
    w.is_some_and(|w| {
        one_of(
            w,
            "not|never|no|nobody|neither|hardly|fail|fails|failed|failing|cannot|isnt|arent|dont|doesnt|didnt|hasnt|havent|wont|cant|unable",
        )
    }) || (w == Some("t") && k > 1 && matches!(t[k - 1].char(), Some('\'' | '’')))
}

/// Is the negation at token `k` part of "not only", "not just", 不仅, 不只, 不止, 不但: an
/// addition, not a negation ("this not only means …", 这不仅意味着, 不光是我们落后)?
fn not_only(t: &[Token], k: usize) -> bool {
    let next = t.get(k + 1);
    (t[k].word() == Some("not")
        && next.and_then(Token::word).is_some_and(|w| one_of(w, "only|just|merely")))
        || (t[k].char() == Some('不')
            && next.and_then(Token::char).is_some_and(|c| "仅僅只止但光".contains(c)))
}

/// Is an inability marker ("hard to", "unable to", 难以, 无法, 没法) at token `k` (its last
/// token)?
fn inability_at(t: &[Token], k: usize) -> bool {
    let prev = k.checked_sub(1).map(|p| &t[p]);
    let prev_word = prev.and_then(Token::word);
    let prev_char = prev.and_then(Token::char);
    // "working hard to beat": effort, not inability.
    let effort = k >= 2
        && t[k - 2].word().is_some_and(|w| {
            one_of(w, "working|work|works|worked|trying|try|pushing|push|fighting")
        });
    (t[k].word() == Some("to")
        && prev_word.is_some_and(|w| {
            one_of(
                w,
                "hard|difficult|impossible|unable|unlikely|struggle|struggles|struggled|struggling",
            )
        })
        && !(effort && prev_word == Some("hard")))
        || (t[k].char() == Some('法') && matches!(prev_char, Some('无' | '無' | '没' | '沒')))
        || (t[k].char() == Some('以') && matches!(prev_char, Some('难' | '難')))
}

/// Is the cue starting at token `start` negated (rule 3), and how? A negation is "not",
/// "never", "no", "n't", "hardly", "cannot", 不, 没, 未, 非, 无 before it, with only the words
/// of [`between_negation_and_cue`] (at most five tokens: 没有明显的差距) in between; a number
/// in between ends the scope ("not two years behind" says the gap is not two years, not that
/// there is none). After "will", "would", "may", "might" ("won't"), or with 会, 将 between, it
/// is of the future; after "can", "could" ("can't", "cannot", "unable"), with "able", 能
/// between, or an inability marker ("hard to", "unable to", 难以, 无法) up to eight tokens
/// before the cue in its clause, of an ability.
fn negation(t: &[Token], start: usize) -> Option<Negation> {
    let mut k = start;
    let mut skipped = 0;
    let mut kind = Negation::Plain;
    while k > 0 && skipped <= 5 {
        k -= 1;
        let tok = &t[k];
        if inability_at(t, k) && !knowing(t, k + 1) {
            return Some(Negation::Inability);
        }
        // "has yet to match", "are yet to catch up": not yet.
        if tok.word() == Some("to") && k > 0 && t[k - 1].word() == Some("yet") {
            return Some(Negation::Plain);
        }
        if (word_negation(t, k) || tok.char().is_some_and(|c| "不没沒未非无無".contains(c)))
            && !not_only(t, k)
        {
            let nt = tok.word() == Some("t");
            let aux = k.checked_sub(if nt { 2 } else { 1 }).and_then(|b| t[b].word());
            if tok.word().is_some_and(|w| one_of(w, "cannot|cant|unable"))
                || aux.is_some_and(|a| one_of(a, "can|could|couldn|ca"))
            {
                kind = Negation::Inability;
            } else if tok.word() == Some("wont")
                || aux.is_some_and(|a| one_of(a, "will|would|shall|may|might|won|wouldn|wo"))
            {
                kind = Negation::Future;
            }
            return Some(kind);
        }
        if !between_negation_and_cue(tok) {
            break;
        }
        if tok.word() == Some("able") || tok.char().is_some_and(|c| "能可".contains(c)) {
            kind = Negation::Inability;
        } else if kind == Negation::Plain && tok.char().is_some_and(|c| "会會将將".contains(c))
        {
            kind = Negation::Future;
        }
        skipped += 1;
    }
    if no_subject(t, start) {
        return Some(Negation::Plain);
    }
    // "hard to launch a product outperforming …", 难以推出性能超越…: an inability with words
    // between, within the cue's clause (a model's name, "GPT-4", "o1-mini", does not end it).
    let from = start.saturating_sub(8);
    (from..start)
        .rev()
        .take_while(|&i| t[i].char().is_none_or(|c| c.is_alphanumeric() || matches!(c, '-' | '.')))
        .any(|i| {
            let cannot = t[i].word().is_some_and(|w| one_of(w, "cannot|cant"))
                || (t[i].word() == Some("t")
                    && i > 1
                    && matches!(t[i - 1].char(), Some('\'' | '’'))
                    && t[i - 2].word().is_some_and(|w| one_of(w, "can|couldn|ca")));
            (inability_at(t, i) || cannot) && !knowing(t, i + 1)
        })
        .then_some(Negation::Inability)
}

/// Is the subject of the cue at token `start` a "no" or "none" that opens its clause ("No
/// Chinese model has yet matched GPT-5", "none of China's labs has caught up"), with at most
/// nine words between and no punctuation? ("No doubt", "no longer", "no matter" are not.)
fn no_subject(t: &[Token], start: usize) -> bool {
    (start.saturating_sub(10)..start)
        .rev()
        // "No one doubts that America leads": the "no" is of another clause.
        .take_while(|&k| !t[k].word().is_some_and(|w| one_of(w, "that|doubts|doubt|doubted|denies|deny|disputes|questions|thinks|think|believes|believe|says|said")))
        .take_while(|&k| {
            t[k].word().is_some() || t[k].char().is_some_and(|c| c == '\'' || c == '’')
        })
        .any(|k| {
            t[k].word().is_some_and(|w| one_of(w, "no|none|neither"))
                && (k == 0 || t[k - 1].word().is_none())
                && !t
                    .get(k + 1)
                    .and_then(Token::word)
                    .is_some_and(|w| one_of(w, "doubt|longer|matter|wonder|question|surprise"))
        })
}

/// Is token `k` a verb of saying or knowing ("hard to say how far ahead we are", 难以判断): the
/// inability before it is about what can be told, not about the comparison.
fn knowing(t: &[Token], k: usize) -> bool {
    t.get(k).and_then(Token::word).is_some_and(|w| {
        one_of(w, "say|tell|know|predict|judge|estimate|measure|determine|gauge|assess|quantify")
    }) || matches!(
        (t.get(k).and_then(Token::char), t.get(k + 1).and_then(Token::char)),
        (Some('说' | '說' | '判' | '预' | '預' | '估' | '衡' | '确' | '確'), _)
    )
}

/// A negated verb of thinking or saying before the cue in its sentence (rule 3): "we do not
/// think the Chinese models will be able to keep up", "few would argue", "I doubt" negate the
/// cue (`Some(false)`: a negation raised to the verb of thinking, 不认为), "I'm not saying China is winning", "this
/// doesn't mean", 不是说, 不意味着 asserts nothing (`Some(true)`).
fn raised_negation(t: &[Token], from: usize, cue: usize) -> Option<bool> {
    // "few would argue" is "hardly anyone would": "a few" is not.
    let few = |k: usize| t[k].word() == Some("few") && (k == 0 || t[k - 1].word() != Some("a"));
    let negation_before = |i: usize| {
        (i.saturating_sub(3)..i).any(|k| {
            (word_negation(t, k) || few(k) || (t[k].char() == Some('不') && i - k <= 2))
                && !not_only(t, k)
        })
    };
    // "I doubt China is behind": a verb of thinking with its negation in it ("no doubt",
    // "little doubt", "without doubt" affirm).
    let doubting = |i: usize| {
        t[i].word().is_some_and(|w| one_of(w, "doubt|doubts|doubted|doubtful"))
            && !(i > 0
                && t[i - 1].word().is_some_and(|w| one_of(w, "no|little|without|beyond|any")))
    };
    (from..cue).find_map(|i| {
        let pair = (t[i].char(), t.get(i + 1).and_then(Token::char));
        let saying = t[i].word().is_some_and(|w| {
            one_of(w, "say|says|saying|claim|claims|claiming|suggest|suggests|suggesting|mean|means|imply|implies|implying|clear|certain|sure|obvious|evident|evidence|sign|signs|proof|indication")
        }) || matches!(pair, (Some('是'), Some('说' | '說')) | (Some('意'), Some('味')) | (Some('代'), Some('表')));
        let thinking = t[i].word().is_some_and(|w| {
            one_of(w, "think|thinks|believe|believes|expect|expects|suppose|imagine|see|true|case|argue|argues|contend|contends|pretend|pretends")
        }) || matches!(pair, (Some('认' | '認'), Some('为' | '為')) | (Some('觉' | '覺'), Some('得')) | (Some('相'), Some('信')));
        // "Nobody doubts that the US leads": the two negations affirm.
        if doubting(i) {
            return (!negation_before(i)).then_some(false);
        }
        ((saying || thinking) && negation_before(i)).then_some(saying)
    })
}

/// Is the cue's sentence (from `start`, the cue ending at `end`) said to be premature: "too
/// early to say", "premature to claim", 为时尚早, 为时过早, 言之过早 ("说中国AI已经超过美国，为时尚早")?
/// It asserts nothing, as a negated verb of saying does.
fn premature(t: &[Token], start: usize, end: usize) -> bool {
    let stop = (end..t.len())
        .find(|&i| ends_sentence(t, i) && !matches!(t[i].char(), Some(';' | '；')))
        .unwrap_or(t.len());
    let c = |k: usize| t.get(k).and_then(Token::char);
    let w = |k: usize| t.get(k).and_then(Token::word);
    // In Chinese, 为时尚早 judges the clause it ends or the one right before it, not a later
    // one with words of its own (还有两年差距,现在担心风险为时尚早).
    let clause_end = (end..stop).find(|&i| matches!(c(i), Some(',' | '，'))).unwrap_or(stop);
    (start..stop).any(|i| {
        let near = i < clause_end || i <= clause_end + 4;
        let zh = near
            && matches!(
                (c(i), c(i + 1), c(i + 2), c(i + 3)),
                (Some('为' | '為'), Some('时' | '時'), Some('尚' | '过' | '過'), Some('早'))
                    | (Some('言'), Some('之'), Some('过' | '過'), Some('早'))
            );
        let en = w(i).is_some_and(|x| one_of(x, "early|soon|premature"))
            && (i == 0
                || w(i - 1).is_some_and(|p| one_of(p, "too|is|s|it"))
                || w(i) == Some("premature"))
            && w(i + 1) == Some("to")
            && w(i + 2).is_some_and(|x| one_of(x, "say|tell|claim|conclude|declare|call"));
        zh || en
    })
}

/// First persons ("we", "our", 我们) and the side each stands for: the side opposite the one
/// the text names, when it names only one ("we … have a lead on DeepSeek"); when it names
/// both or none, the speaker's by the language, the US in English, China in Chinese (rule 2).
/// A first person inside a quotation is the speaker's: the sides named in the same quotation
/// are the other party, and with none there, a side named only outside it (in the words
/// around the quote: "…," said the founder of a Chinese startup) is the speaker's own.
fn first_person<'a>(
    t: &'a [Token],
    named: &[(Side, (usize, usize))],
) -> impl DoubleEndedIterator<Item = (Side, usize)> + 'a {
    let quote = quotations(t);
    let other = |s: Side| match s {
        Side::Us => Side::China,
        Side::China => Side::Us,
    };
    let whole = one_kind(named.iter().map(|(s, _)| *s)).map(other);
    let within: Vec<(Option<usize>, Side)> =
        named.iter().map(|&(s, (a, _))| (quote[a], s)).collect();
    let side = move |i: usize, chinese: bool| {
        let by_quote = quote[i].and_then(|q| {
            let inside = within.iter().filter(|(w, _)| *w == Some(q)).map(|(_, s)| *s);
            let outside = within.iter().filter(|(w, _)| w.is_none()).map(|(_, s)| *s);
            if within.iter().any(|(w, _)| *w == Some(q)) {
                one_kind(inside).map(other)
            } else {
                one_kind(outside)
            }
        });
        match by_quote.or(if quote[i].is_some() { None } else { whole }) {
            Some(s) => s,
            None if chinese => Side::China,
            None => Side::Us,
        }
    };
    // With no side named, the speaker's by the language too: "we are substantially ahead of
    // them" in English is the US ("we may fall behind GPT-5 again" names GPT, a US side).
    t.iter().enumerate().filter_map(move |(i, k)| {
        if matches!(k.word(), Some("we" | "our")) && !bracketed(t, i) && !reporting(t, i) {
            Some((side(i, false), i))
        } else if k.char() == Some('我')
            && matches!(t.get(i + 1).and_then(Token::char), Some('们' | '們'))
        {
            Some((side(i, true), i))
        } else {
            None
        }
    })
}

/// Is the first person at token `i` the one reporting a finding, with "that" or a comma
/// after its verb ("We find that, as of today, open models are roughly 8-10 months behind", "we
/// estimate that …")? The comparison is the clause after it, not said of the first person.
fn reporting(t: &[Token], i: usize) -> bool {
    let w = |k: usize| t.get(k).and_then(Token::word);
    w(i + 1).is_some_and(|v| {
        one_of(v, "find|found|estimate|estimated|show|showed|conclude|concluded|observe|observed|note|noted|measure|measured|calculate|calculated")
    }) && (w(i + 2) == Some("that") || matches!(t.get(i + 2).and_then(Token::char), Some(',')))
}

/// The one kind of side `sides` name, if they name one kind only.
fn one_kind(mut sides: impl Iterator<Item = Side>) -> Option<Side> {
    let first = sides.next()?;
    sides.all(|s| s == first).then_some(first)
}

/// The quotation each token is in (the index of its opening mark), if any: straight quotes
/// alternate, curly and corner quotes open and close.
fn quotations(t: &[Token]) -> Vec<Option<usize>> {
    let mut open = None;
    t.iter()
        .enumerate()
        .map(|(i, k)| {
            let here = open;
            match k.char() {
                Some('"') => open = if open.is_some() { None } else { Some(i) },
                Some('“' | '「' | '『') => open = Some(i),
                Some('”' | '」' | '』') => open = None,
                _ => {}
            }
            here
        })
        .collect()
}

/// Is token `i` inside square brackets? Brackets are an editor's words, not the speaker's
/// ("our [U.S.] lead", "[our translation]"): a first person in them is the editor.
fn bracketed(t: &[Token], i: usize) -> bool {
    t[..i]
        .iter()
        .rev()
        .map_while(|k| (k.char() != Some(']')).then_some(k))
        .any(|k| k.char() == Some('['))
}

/// Is a Chinese catch-up cue done: 已, 已经 before it (at most two tokens between) or 了 right
/// after it?
fn perfective(t: &[Token], cue: &Cue) -> bool {
    let (a, b) = cue.tokens;
    let chinese = t[a].char().is_some_and(|c| !c.is_ascii());
    chinese
        && (t[a.saturating_sub(3)..a].iter().any(|k| matches!(k.char(), Some('已')))
            || matches!(t.get(b).and_then(Token::char), Some('了')))
}

/// Is a Chinese 赶上/追上 (趕上) without a modal or a progressive in the three tokens before it
/// (要, 能, 会, 将, 想, 争取, 努力, 需, 在, 正): "caught up", not "to catch up" nor "catching up"
/// (还在迎头赶上)?
fn resultative(t: &[Token], cue: &Cue) -> bool {
    let (a, b) = cue.tokens;
    let word: String = t[a..b].iter().filter_map(Token::char).collect();
    // 达到GPT-5水平, 达到了Sora的效果: a level reached, named in its clause.
    let level_after = || {
        (b..(b + 14).min(t.len()))
            .take_while(|&k| {
                t[k].char().is_none_or(|c| c.is_alphanumeric() || matches!(c, '-' | '.'))
            })
            .any(|k| {
                matches!(
                    (t[k].char(), t.get(k + 1).and_then(Token::char)),
                    (Some('水'), Some('平'))
                        | (Some('级' | '級'), Some('别' | '別'))
                        | (Some('效'), Some('果'))
                )
            })
    };
    (matches!(word.as_str(), "赶上" | "趕上" | "追上")
        || (matches!(word.as_str(), "达到" | "達到") && level_after()))
        && !t[a.saturating_sub(3)..a]
            .iter()
            .any(|k| k.char().is_some_and(|c| "要能会會将將想争爭努需可在正".contains(c)))
}

/// Does a word saying the gap narrows ("narrowing", "shrank", "closing", "eroded", 缩小, 蚕食, 削弱,
/// 收窄) stand with the gap cue: after it in its sentence ("the gap has narrowed", 差距在缩小),
/// or before it in its clause ("narrowed its gap with the US", 缩小了与美国…的差距)?
/// `Some(true)`: it narrows; `Some(false)`: the narrowing is said perhaps not to happen ("may
/// not have narrowed"); `None`: no narrowing, one denied outright ("has not shrunk", 没有缩小:
/// the gap stands) or one that "remains large" after it (逐步缩小、但仍然较大).
fn narrowing(t: &[Token], cue: &Cue) -> Option<bool> {
    let after = cue.tokens.1.min(t.len());
    let end = (after..t.len()).find(|&i| ends_sentence(t, i)).unwrap_or(t.len());
    let start = (cue.tokens.0.saturating_sub(16)..cue.tokens.0)
        .rev()
        .find(|&i| ends_sentence(t, i) || matches!(t[i].char(), Some(',' | '，')))
        .map_or(cue.tokens.0.saturating_sub(16), |i| i + 1);
    let narrows = |i: usize| {
        t[i].word().is_some_and(|w| {
            one_of(w, "narrowing|narrowed|narrows|narrow|shrinking|shrank|shrunk|shrinks|closing|eroded|eroding|erodes|diminished|diminishing|dwindling|dwindled|dwindles|slipping|slipped|waning|waned|fading|faded")
        }) || (matches!(t[i].char(), Some('缩' | '縮' | '收' | '减' | '減'))
            && matches!(t.get(i + 1).and_then(Token::char), Some('小' | '窄' | '短')))
            // 拉近差距: the gap pulled in.
            || (t[i].char() == Some('拉') && t.get(i + 1).and_then(Token::char) == Some('近'))
            // 优势正在被中国蚕食, 领先优势被削弱: a lead eaten away.
            || (matches!(t[i].char(), Some('蚕' | '蠶')) && t.get(i + 1).and_then(Token::char) == Some('食'))
            || (t[i].char() == Some('削') && t.get(i + 1).and_then(Token::char) == Some('弱'))
    };
    let at = (start..cue.tokens.0).chain(after..end).find(|&i| narrows(i))?;
    // "… but remains large", 但仍然较大: the gap is still there.
    let remains = t[at..end].windows(2).any(|p| {
        (p[0].word().is_some_and(|w| one_of(w, "but|yet")) || p[0].char() == Some('但'))
            && (p[1].word().is_some_and(|w| one_of(w, "remains|remain|still|is"))
                || p[1].char().is_some_and(|c| "仍还還依".contains(c)))
    });
    if remains {
        return None;
    }
    // "has not shrunk", 没有缩小: the gap is still there (no change to the reading); "may not
    // have narrowed": nothing is said.
    match negation(t, at) {
        None => Some(true),
        Some(Negation::Plain) => None,
        Some(_) => Some(false),
    }
}

/// The side that owns a lead noun named right before it: "the US advantage", "America's
/// lead", "the American AI advantage" (at most two plain words between), 美国AI算力优势 (at most
/// six characters, no punctuation, then 优势).
fn owner(t: &[Token], cue: &Cue, named: &[(Side, (usize, usize))]) -> Option<Side> {
    if !lead_noun(t, cue) {
        return None;
    }
    let a = cue.tokens.0;
    let possessive = |e: usize| {
        e + 2 == a && matches!(t[e].char(), Some('\'' | '’')) && t[e + 1].word() == Some("s")
    };
    let chinese = |e: usize| {
        t[a].char().is_some()
            && a > e
            && a - e <= 7
            && t[e..a].iter().all(|k| k.char().is_none_or(char::is_alphanumeric))
    };
    // "the American AI advantage": up to two plain words between.
    let words_between = |e: usize| {
        a > e
            && a - e <= 2
            && t[e..a].iter().all(|k| {
                k.word().is_some_and(|w| !one_of(w, "than|with|over|to|of|and|or|but|by|from"))
            })
    };
    named
        .iter()
        .find(|(_, (_, e))| *e == a || possessive(*e) || chinese(*e) || words_between(*e))
        .map(|(side, _)| *side)
}

/// The side that holds a lead noun named after it: "the biggest advantage the U.S. has",
/// "the lead that America still enjoys" (a side, then a verb of holding, within four tokens
/// of the noun and no punctuation between but quotes).
fn held_by(t: &[Token], cue: &Cue, named: &[(Side, (usize, usize))]) -> Option<Side> {
    if !lead_noun(t, cue) {
        return None;
    }
    let end = cue.tokens.1;
    let (side, (_, e)) = *named.iter().find(|(_, (a, _))| {
        *a >= end
            && *a <= end + 4
            && t[end..*a].iter().all(|k| {
                k.word().is_some_and(|w| one_of(w, "that|which|the|still|now"))
                    || k.char().is_some_and(|c| matches!(c, '"' | '”' | '’' | '\''))
            })
    })?;
    // The side's phrase may run on ("China's best models has").
    let verb = t
        .get(e..(e + 5).min(t.len()))?
        .iter()
        .take_while(|k| k.char().is_none_or(|c| matches!(c, '\'' | '’' | '.')))
        .any(|k| {
            k.word().is_some_and(|w| {
            one_of(
                w,
                "has|have|had|holds|hold|held|enjoys|enjoy|enjoyed|retains|retain|keeps|maintains",
            )
        })
        });
    verb.then_some(side)
}

/// Is the cue a noun of leading ("lead", "advantage", "edge", "head start", 优势, 领先优势)?
fn lead_noun(t: &[Token], cue: &Cue) -> bool {
    let (a, b) = cue.tokens;
    match b - a {
        1 => t[a].word().is_some_and(|w| {
            one_of(
                w,
                "lead|advantage|advantages|edge|supremacy|hegemony|primacy|superiority|dominance",
            )
        }),
        // 优势, and 领先 in 领先优势.
        2 => {
            let c = |k: usize| t.get(k).and_then(Token::char);
            let advantage =
                |k: usize| matches!((c(k), c(k + 1)), (Some('优' | '優'), Some('势' | '勢')));
            advantage(a)
                || (matches!((c(a), c(a + 1)), (Some('领' | '領'), Some('先'))) && advantage(b))
                || (t[a].word() == Some("head") && t[a + 1].word() == Some("start"))
                || (t[a].word() == Some("edge") && t[a + 1].word() == Some("over"))
        }
        _ => false,
    }
}

/// Is the gap cue said to be gone, after it in its sentence ("the gap … has effectively
/// closed", "has disappeared", 差距已经消失, 被抹平)? Parity, or near after "almost", "nearly"
/// (`NEARLY`); said to be small ("the gap is small", 差距非常小, 差距不大), near; `None` when
/// neither, or the closing is negated ("has not closed").
fn closed(t: &[Token], cue: &Cue) -> Option<Relation> {
    let after = cue.tokens.1.min(t.len());
    let end = (after..t.len()).find(|&i| ends_sentence(t, i)).unwrap_or(t.len());
    // "the gap is small", 差距已经非常小, 差距不大: near.
    let small = (after..end).any(|i| {
        t[i].word().is_some_and(|w| one_of(w, SMALL))
            || (matches!(t[i].char(), Some('小'))
                && i > after
                && t[i - 1].char().is_some_and(|c| "很常较較极極更越太来來".contains(c)))
            || (matches!(t[i].char(), Some('不'))
                && t.get(i + 1).and_then(Token::char) == Some('大'))
            || (matches!(t[i].char(), Some('微'))
                && matches!(t.get(i + 1).and_then(Token::char), Some('小' | '乎')))
            // "is not large", "not that far", 并没有多远, 不远.
            || (t[i].word() == Some("not")
                && t[i + 1..(i + 3).min(end)]
                    .iter()
                    .any(|k| k.word().is_some_and(|w| one_of(w, "large|big|far|wide|huge|great"))))
            || (matches!(t[i].char(), Some('远' | '遠'))
                && i > after
                && (t[i - 1].char() == Some('不')
                    || (t[i - 1].char() == Some('多')
                        && i >= 3
                        && matches!(t[i - 3].char(), Some('没' | '沒')))))
    });
    let at = (after..end).find(|&i| {
        t[i].word().is_some_and(|w| one_of(w, "closed|disappeared|vanished|evaporated|gone"))
            || (matches!(t[i].char(), Some('消'))
                && matches!(t.get(i + 1).and_then(Token::char), Some('失')))
            // 不复存在: "no longer exists".
            || (t[i].char() == Some('不')
                && matches!(t.get(i + 1).and_then(Token::char), Some('复' | '復'))
                && t.get(i + 2).and_then(Token::char) == Some('存'))
            || (matches!(t[i].char(), Some('抹' | '弥' | '彌'))
                && matches!(t.get(i + 1).and_then(Token::char), Some('平' | '合')))
    });
    // Or wiped out before it in its clause: "China has erased the US lead", "eliminated the
    // gap", 消除了差距.
    let at = at.or_else(|| erased_before(t, cue.tokens.0));
    let Some(at) = at else {
        return small.then_some(Relation::Near);
    };
    if negation(t, at).is_some() {
        return None;
    }
    let nearly = t[at.saturating_sub(2)..at].iter().any(|k| {
        k.word().is_some_and(|w| one_of(w, "nearly|almost|largely|mostly|all"))
            || k.char().is_some_and(|c| "基几幾".contains(c))
    });
    Some(if nearly { Relation::Near } else { Relation::Parity })
}

/// The token of a verb of wiping out ("erased", "eliminated", "wiped out", 消除) at most
/// four words (eight characters) before token `a`, with no punctuation between: the gap or
/// lead after it is gone.
fn erased_before(t: &[Token], a: usize) -> Option<usize> {
    let punctuation = |c: char| {
        (c.is_ascii_punctuation() && !matches!(c, '\'' | '.')) || "，。；：！？、".contains(c)
    };
    (a.saturating_sub(8)..a)
        .rev()
        .take_while(|&i| t[i].char().is_none_or(|c| !punctuation(c)))
        .find(|&i| {
            (i + 4 >= a
                && t[i].word().is_some_and(|w| {
                    one_of(w, "erased|erase|erases|erasing|eliminated|eliminate|eliminates|eliminating|overcome|overcame|bridged|bridge|bridges|bridging")
                        || (w == "out"
                            && i > 0
                            && t[i - 1].word().is_some_and(|w| one_of(w, "wiped|wipe|wipes|wiping")))
                }))
                || (matches!(t[i].char(), Some('消'))
                    && matches!(t.get(i + 1).and_then(Token::char), Some('除')))
        })
}

/// Is the side at token `a` excluded from a comparison ("countries other than the US",
/// "except the US", 除美国以外)? A cue said of everyone but the US says the opposite of the US.
fn excluded(t: &[Token], a: usize) -> bool {
    let w = |k: usize| t.get(k).and_then(Token::word);
    let mut k = a;
    while k > 0 && matches!(w(k - 1), Some("the")) {
        k -= 1;
    }
    let before = |n: usize| k.checked_sub(n).and_then(w);
    matches!(before(1), Some("except" | "excluding" | "besides"))
        || (before(1) == Some("than") && before(2) == Some("other"))
        || (before(1) == Some("from") && before(2) == Some("apart"))
        || k.checked_sub(1).and_then(|p| t[p].char()) == Some('除')
        || (k > 1 && t[k - 1].char() == Some('了') && t[k - 2].char() == Some('除'))
}

/// Is the cue in an indirect question ("who is ahead", "whether China will catch up", 能否,
/// 是否, 会不会, 谁领先)? It
/// then asserts nothing, as in a question (rule 5).
fn indirect_question(t: &[Token], cue: &Cue) -> bool {
    let from = (cue.tokens.0.saturating_sub(8)..cue.tokens.0)
        .rev()
        .find(|&i| t[i].char().is_some_and(|c| ",;:，；：。".contains(c)))
        .map_or(cue.tokens.0.saturating_sub(8), |i| i + 1);
    // 能否, 是否, 会不会, 能不能, 可否: whether; 何时, 多久: when, how long.
    let c = |k: usize| t.get(k).and_then(Token::char);
    let zh_whether = (from..cue.tokens.0).any(|i| {
        matches!((c(i), c(i + 1)), (Some('能' | '是' | '可'), Some('否')))
            || matches!(
                (c(i), c(i + 1)),
                (Some('何'), Some('时' | '時')) | (Some('多'), Some('久'))
            )
            || (matches!(c(i), Some('会' | '會' | '能'))
                && c(i + 1) == Some('不')
                && c(i + 2) == c(i))
            // 谁领先, 谁能胜出: who (not 谁都, "everyone").
            || (matches!(c(i), Some('谁' | '誰')) && !matches!(c(i + 1), Some('都' | '也')))
    });
    zh_whether || (from..cue.tokens.0).any(|i| match t[i].word() {
        Some("whether") => true,
        // "which one wins", "which side is ahead".
        Some("which") => t.get(i + 1).and_then(Token::word).is_some_and(|w| {
            one_of(w, "one|side|country|nation|camp|is|will")
        }),
        Some("who") => i == 0
            || t[i - 1].char().is_some_and(|c| !c.is_alphanumeric())
            || t[i - 1].word().is_some_and(|w| {
                one_of(w, "and|know|knows|knew|known|say|says|said|see|tell|ask|asked|asks|about|of|on|by|over|decide|decides|determine|determines|determined|matter|to|is|unclear|clear|sure|certain|wonder|wonders|debate|debating|guess|predict")
            }),
        _ => false,
    })
}

/// Is the cue a passive ("is trailed by", "has been overtaken by", 被…超越): rule 4? A
/// participle after a comma is one too ("Anthropic leads, trailed closely by xAI"); "by"
/// before a number is the size of the gap ("lagged by six months"), not an agent.
fn passive(t: &[Token], cue: &Cue) -> bool {
    let (a, b) = cue.tokens;
    let w = |k: usize| t.get(k).and_then(Token::word);
    let adverb = w(b).is_some_and(|x| x.ends_with("ly") || one_of(x, "only|far|well|just"));
    let by = if adverb { b + 1 } else { b };
    // "by a wide margin", "by about a year": a measure of the gap, not an agent.
    let agent = w(by) == Some("by")
        && !number_at(t, by + 1)
        && super::quantity::number_at(t, by + 1).is_none()
        && !w(by + 1).is_some_and(|x| {
            one_of(x, "a|an|about|roughly|around|nearly|almost|some|far|much|wide|several|only|just|at|more|less|up|over|as|margin|margins|large|huge|big|considerable|significant|orders|leaps")
        });
    let be = t[a.saturating_sub(3)..a]
        .iter()
        .any(|k| k.word().is_some_and(|w| one_of(w, "is|are|was|were|been|being|be|get|got")));
    let participle = a > 0
        && matches!(t[a - 1].char(), Some(',' | '，'))
        && w(a).is_some_and(|x| x.ends_with("ed") || x.ends_with("en") || one_of(x, "led|beat"));
    let english = agent && (be || participle);
    let chinese = t[a.saturating_sub(6)..a].iter().any(|k| matches!(k.char(), Some('被')));
    english || chinese
}

/// Words before a parity cue that make it near: "significantly closed the gap", "almost on
/// par", "largely caught up".
const NEARLY: &str =
    "nearly|almost|largely|mostly|partly|partially|significantly|substantially|somewhat";

/// Words after which a side before the cue is its object ("than the US", "compared with
/// China", 与美国相比, 比美国): a side governed by any other preposition ("go to China") is
/// neither subject nor object.
fn compares(k: &Token) -> bool {
    k.word().is_some_and(|w| one_of(w, "than|with|against|versus|vs"))
        || k.char().is_some_and(|c| "与與和跟同比较較对對".contains(c))
}

/// What decided a reading's direction, for its confidence
/// ([`confidence`](super::confidence)): which side was the subject and how it was found.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Basis {
    /// The side named as the subject in the cue's clause; `None` when none is named.
    pub subject: Option<Side>,
    /// The subject is a first person ("we", 我们): whose side it is comes from the text around.
    pub first_person: bool,
    /// The side named as the object (governed, or right after the cue); `None` when none is.
    pub object: Option<Side>,
    /// The cue's form turns with its sides (directional, catch-up, narrowing), so a side not
    /// named leaves the direction to the convention that the text speaks of China.
    pub turnable: bool,
    /// A negation acts on the cue.
    pub negated: bool,
    /// The cue is in a question, which asserts nothing.
    pub question: bool,
    /// The cue is an aim or a capacity ("working to beat us", "the ambition to surpass"),
    /// which asserts nothing of today: another cue of the text decides when there is one.
    pub aim: bool,
    /// The cue is said of a part only ("leads in some areas", 部分领域领跑): another cue of the
    /// text decides when there is one; with none, it is the reading.
    pub partial: bool,
}

/// The relation read from China's side, with the cue's token range and what decided it; `focus`
/// is the character position of the stated duration, if any. A cue whose subject and object
/// are the same side ("Anthropic leads, trailed closely by xAI") compares one side with
/// itself and says nothing of the gap: the next cue decides, and with none left nothing is
/// said.
pub fn relation(t: &[Token], text: &str, focus: Option<usize>) -> (Relation, Option<Cue>, Basis) {
    let mut skip = Vec::new();
    let mut first_skipped = None;
    let mut first_aim = None;
    let mut first_partial = None;
    loop {
        let read = relation_but(t, text, focus, &skip);
        let basis = read.2;
        match read.1 {
            // "They are behind us, but they are working to beat us": the aim asserts nothing;
            // the text's other cue does.
            Some(cue) if basis.aim => {
                skip.push(cue.tokens);
                first_aim = first_aim.or(Some(read));
            }
            // "following in most fields, leading in very few", 部分领域甚至实现反超: what is
            // said of a part gives way to what is said of the whole.
            Some(cue) if basis.partial => {
                skip.push(cue.tokens);
                first_partial = first_partial.or(Some(read));
            }
            Some(cue)
                if basis.turnable
                    && !basis.first_person
                    && basis.subject.is_some()
                    && basis.subject == basis.object =>
            {
                skip.push(cue.tokens);
                first_skipped = first_skipped.or(Some(cue));
            }
            // "they can catch up and be very close to the frontier": how near is said after
            // the catching up, and is the reading.
            Some(cue)
                if cue.form == Form::CatchUp
                    && matches!(read.0, Relation::Behind | Relation::Ahead)
                    && focus.is_none()
                    && anchor(t).is_none() =>
            {
                let mut more = skip.clone();
                more.push(cue.tokens);
                let next = relation_but(t, text, focus, &more);
                let near_after = next.1.is_some_and(|n| {
                    n.form == Form::Level
                        && n.tokens.0 > cue.tokens.1
                        && !(cue.tokens.1..n.tokens.0).any(|i| ends_sentence(t, i))
                });
                return if next.0 == Relation::Near && near_after && !next.2.negated {
                    next
                } else {
                    read
                };
            }
            Some(_) => return read,
            None => {
                return first_partial.or(first_aim).unwrap_or((
                    Relation::Unspecified,
                    first_skipped,
                    Basis::default(),
                ));
            }
        }
    }
}

/// [`relation`], with the cues at the token ranges of `skip` left out.
fn relation_but(
    t: &[Token],
    text: &str,
    focus: Option<usize>,
    skip: &[(usize, usize)],
) -> (Relation, Option<Cue>, Basis) {
    let mut basis = Basis::default();
    // With no duration, a percentage or a duration with no number ("a matter of months") is
    // where the claim is measured: the cue is the one nearest it.
    // A stated duration, not a percentage: a gap narrowed to a duration is still a lag ("narrowed
    // the gap to three months"), one narrowed to a share is near ("shrank to 0.3% on MMLU").
    let duration = focus;
    let focus = focus.or_else(|| anchor(t));
    let Some(cue) = deciding_cue_but(t, focus, skip) else {
        return (Relation::Unspecified, None, basis);
    };
    // A cue in a question ("Is the US or China ahead?") or an indirect one ("who is ahead")
    // asserts nothing.
    let sentence_end = t[cue.tokens.1.min(t.len())..]
        .iter()
        .find_map(|k| k.char().filter(|c| matches!(c, '.' | '?' | '!' | '。' | '？' | '！')));
    if matches!(sentence_end, Some('?' | '？')) || indirect_question(t, &cue) {
        basis.question = true;
        return (Relation::Unspecified, Some(cue), basis);
    }
    let sentence_start =
        (0..cue.tokens.0).rev().find(|&i| ends_sentence(t, i)).map_or(0, |i| i + 1);
    // "I'm not saying China is winning": nothing is asserted.
    let raised = raised_negation(t, sentence_start, cue.tokens.0);
    if premature(t, sentence_start, cue.tokens.1) {
        basis.negated = true;
        return (Relation::Unspecified, Some(cue), basis);
    }
    if raised == Some(true) {
        basis.negated = true;
        return (Relation::Unspecified, Some(cue), basis);
    }
    let mut rel = cue.relation;
    let mut form = cue.form;
    // A catch-up that is done (已经赶上, 赶上了, 已追上, 已达到) is parity, as is a Chinese
    // 赶上/追上, or 达到 with a level named after it (达到GPT-5水平), with no duration and no
    // modal before it (要, 能, 会, 将 …: still to come).
    if form == Form::CatchUp && (perfective(t, &cue) || (focus.is_none() && resultative(t, &cue))) {
        (rel, form) = (Relation::Parity, Form::Level);
    }
    if form == Form::Narrowing {
        rel = if focus.is_some() { Relation::Behind } else { Relation::Near };
    }
    // A gap said to narrow, with no duration ("the gap has narrowed", 差距在缩小, "narrowed its
    // gap") is near; said perhaps not to ("may not have narrowed"), nothing.
    // A gap said to be gone ("has effectively closed", "has disappeared", 差距已经消失) is
    // parity; "almost disappeared" near.
    if ((form == Form::Gap && rel == Relation::Behind)
        || (form == Form::Directional && lead_noun(t, &cue)))
        && focus.is_none()
        && let Some(gone) = closed(t, &cue)
    {
        (rel, form) = (gone, Form::Level);
    }
    // A gap with a duration said, in its sentence, to be small ("around one to two months;
    // the gap is not large", 差距在一到两个月左右,差距不大): near, the duration kept.
    let said_small = |c: &Cue| closed(t, c) == Some(Relation::Near);
    if form == Form::Gap
        && rel == Relation::Behind
        && focus.is_some()
        && (said_small(&cue)
            // or the gap named again right after: "…; the gap is not large".
            || cues(t).iter().any(|o| {
                o.form == Form::Gap
                    && o.tokens.0 > cue.tokens.0
                    && o.tokens.0 <= cue.tokens.1 + 12
                    && said_small(o)
            }))
    {
        (rel, form) = (Relation::Near, Form::Level);
    }
    // A lead said to narrow is a gap said to narrow ("the US lead over China has narrowed
    // sharply", 美国的领先优势正在缩小): near, turned by no side.
    let gap_or_lead = (form == Form::Gap && rel == Relation::Behind)
        || (form == Form::Directional && lead_noun(t, &cue));
    if gap_or_lead && duration.is_none() {
        match narrowing(t, &cue) {
            Some(true) => (rel, form) = (Relation::Near, Form::Level),
            Some(false) => {
                basis.negated = true;
                return (Relation::Unspecified, Some(cue), basis);
            }
            None => {}
        }
    }
    // "significantly closed the gap", "almost on par", "all but closed": near.
    let (a, _) = cue.tokens;
    let all_but = a >= 2 && t[a - 1].word() == Some("but") && t[a - 2].word() == Some("all");
    // 几乎与…不相上下: "almost" anywhere before a Chinese level in its clause.
    let almost_zh = (a.saturating_sub(20)..a)
        .rev()
        .take_while(|&k| t[k].char().is_none_or(|c| !",，;；。".contains(c)))
        .any(|k| {
            matches!(
                (t[k].char(), t.get(k + 1).and_then(Token::char)),
                (Some('几' | '幾'), Some('乎')) | (Some('将' | '將'), Some('近'))
            )
        });
    if form == Form::Level
        && rel == Relation::Parity
        && (all_but
            || almost_zh
            || t[a.saturating_sub(2)..a]
                .iter()
                .any(|k| k.word().is_some_and(|w| one_of(w, NEARLY))))
    {
        rel = Relation::Near;
    }
    // "it will take China years to match Nvidia", "needs two years to catch up": still behind.
    if form == Form::Level
        && matches!(rel, Relation::Parity | Relation::Near)
        && a > 0
        && t[a - 1].word() == Some("to")
        && (a.saturating_sub(10)..a - 1)
            .rev()
            .take_while(|&k| t[k].char().is_none_or(|c| c.is_alphanumeric() || "'’".contains(c)))
            .any(|k| {
                t[k].word().is_some_and(|w| {
                    one_of(w, "take|takes|took|taking|need|needs|needed|require|requires|required")
                })
            })
    {
        (rel, form) = (Relation::Behind, Form::CatchUp);
    }
    // "The US lead is not very large", "China's edge is slim": a lead said to be small is near;
    // so is one with a degree of smallness before it ("a slim lead", "slightly ahead", "a hair
    // ahead") or right after it ("leads, but only narrowly").
    let lead_word = t[cue.tokens.0..cue.tokens.1]
        .iter()
        .any(|k| k.word().is_some_and(|w| one_of(w, "lead|advantage|edge|margin")));
    if matches!(form, Form::Directional | Form::Gap)
        && matches!(rel, Relation::Ahead | Relation::Behind)
        && focus.is_none()
        && ((form == Form::Directional
            && rel == Relation::Ahead
            && lead_word
            && small_after(t, cue.tokens.1))
            || slight(t, cue.tokens))
    {
        (rel, form) = (Relation::Near, Form::Level);
    }
    let cue = Cue { relation: rel, form, ..cue };
    if matches!(cue.form, Form::Directional | Form::CatchUp) && passive(t, &cue) {
        rel = rel.flipped();
    }
    // The subject: the side of the cue's sentence nearest before the cue that no preposition
    // governs (a first person counts: rule 2); the object: the first side right after the cue,
    // or the nearest side before it after "than", "with", 与, 比 ….
    let all_named = named_sides(t, text);
    let mut named = all_named.clone();
    let pairs: Vec<bool> = named.iter().map(|(_, (a, e))| paired(t, *a, *e, &named)).collect();
    let mut pair = pairs.into_iter();
    named.retain(|_| !pair.next().unwrap_or(false));
    // "OpenAI's GPT-4", OpenAI的GPT-4.0, "China's DeepSeek": one party, named by its first side.
    let owned: Vec<bool> = named
        .iter()
        .map(|(_, (a, _))| {
            let possessive =
                match (a.checked_sub(1).map(|k| &t[k]), a.checked_sub(2).map(|k| &t[k])) {
                    (Some(m), _) if m.char() == Some('的') => Some(*a - 1),
                    (Some(m), Some(q))
                        if m.word() == Some("s") && matches!(q.char(), Some('\'' | '’')) =>
                    {
                        Some(*a - 2)
                    }
                    _ => None,
                };
            possessive.is_some_and(|p| named.iter().any(|(_, (_, e))| *e == p))
        })
        .collect();
    let mut own = owned.into_iter();
    named.retain(|_| !own.next().unwrap_or(false));
    let before = |a: usize, e: usize| a >= sentence_start && e <= cue.tokens.0;
    let sentence_end = t[cue.tokens.1.min(t.len())..]
        .iter()
        .position(|k| matches!(k.char(), Some('.' | '?' | '!' | '。' | '？' | '！' | ';' | '；')))
        .map_or(t.len(), |p| cue.tokens.1 + p);
    // "ahead of every country except the US": said of the US, the opposite.
    let except_us = named.iter().any(|&(s, (a, _))| {
        s == Side::Us && a >= sentence_start && a < sentence_end && excluded(t, a)
    });
    named.retain(|&(_, (a, _))| !excluded(t, a));
    // The subject is looked for in the cue's comma-clause first: "The US has the best
    // accelerators, China is catching up" makes China the subject of "catching up"; a clause
    // with none shares its sentence's ("Kimi has launched …, and surpassed US models").
    // A clause ends at a comma or colon, or at "and", "while", "whereas" right before a side
    // ("China leads in apps and the US trails in chips": the US is the subject of "trails").
    let side_starts: Vec<usize> = all_named.iter().map(|(_, (a, _))| *a).collect();
    let conjunction = |i: usize| {
        t[i].word().is_some_and(|w| one_of(w, "and|while|whereas"))
            && (side_starts.contains(&(i + 1))
                || (t.get(i + 1).and_then(Token::word) == Some("the")
                    && side_starts.contains(&(i + 2))))
    };
    let clause_start = (sentence_start..cue.tokens.0)
        .rev()
        .find(|&i| matches!(t[i].char(), Some(',' | '，' | '、' | ':' | '：')) || conjunction(i))
        .map_or(sentence_start, |i| i + 1);
    let in_clause = |a: usize, e: usize| a >= clause_start && e <= cue.tokens.0;
    // "with the top US model ahead by 2.7%", "with Chinese labs a few months behind": a side
    // after "with", up to four words before the cue, is its subject.
    let with_absolute = |a: usize, e: usize| {
        cue.tokens.0 <= e + 5
            && !t[e..cue.tokens.0]
                .iter()
                .any(|k| k.char().is_some_and(|c| !c.is_alphanumeric() && !"-.'’".contains(c)))
            && (a.saturating_sub(3)..a)
                .rev()
                .find_map(|k| t[k].word().filter(|w| !one_of(w, "the|top|leading|best")))
                == Some("with")
            // 在美国引领…的背景下: 在 frames a clause whose subject the side is.
            || (cue.tokens.0 == e && a > 0 && t[a - 1].char() == Some('在'))
    };
    // A side right after an earlier cue is that cue's object, not the next one's subject:
    // "it outperformed ChatGPT and beat GPT-4" keeps "it" as the subject of "beat".
    let earlier: Vec<usize> =
        cues(t).iter().map(|c| c.tokens.1).filter(|&end| end <= cue.tokens.0).collect();
    // Not across punctuation: "The US leads, with China in second place".
    let object_before = |a: usize| {
        earlier.iter().any(|&end| {
            a >= end
                && a <= end + 3
                && !t[end..a].iter().any(|k| k.char().is_some_and(|c| !c.is_alphanumeric()))
                && !(end..a).any(conjunction)
        })
    };
    let ungoverned = |from: usize| {
        named
            .iter()
            .filter(|(_, (a, e))| {
                *a >= from
                    && *e <= cue.tokens.0
                    && (!governed(t, *a) || with_absolute(*a, *e))
                    && !object_before(*a)
            })
            .map(|&(s, (a, _))| (s, a))
            .next_back()
    };
    // ", which remain superior to …": the relative pronoun's antecedent, the side right before
    // its comma, is the subject, even when a preposition governs it ("rely on Nvidia chips,
    // which remain superior").
    let antecedent = relative_clauses(t)
        .into_iter()
        .find(|&(r, f)| r <= cue.tokens.0 && cue.tokens.0 < f)
        .and_then(|(r, _)| {
            let comma = r - 1;
            named
                .iter()
                .rfind(|(_, (a, e))| *e <= comma && comma <= e + 2 && *a >= sentence_start)
                .map(|&(side, (a, _))| (side, a))
        });
    let named_subject = antecedent.or_else(|| ungoverned(clause_start));
    // "we realized that maybe they're three to six months behind": a "they" between the first
    // person and the cue is the cue's subject, the other side.
    let first_person = first_person(t, &named)
        .rfind(|&(_, a)| in_clause(a, a + 1) && !governed(t, a))
        .map(|(side, a)| {
            let they = (a + 1..cue.tokens.0)
                .any(|k| t[k].word().is_some_and(|w| one_of(w, "they|them|their")));
            match (they, side) {
                (true, Side::Us) => (Side::China, a),
                (true, Side::China) => (Side::Us, a),
                (false, _) => (side, a),
            }
        });
    let (subject, by_first_person) = match (named_subject, first_person) {
        (Some(n), Some(p)) if p.1 > n.1 => (Some(p.0), true),
        (Some(n), _) => (Some(n.0), false),
        // A clause naming no side at all shares the subject of the nearest clause before it
        // that has one, its first side no preposition governs (中国…只有美国的九成，落后: 中国).
        (None, None) if !named.iter().any(|(_, (a, e))| in_clause(*a, *e)) => {
            let mut bounds = vec![sentence_start];
            bounds.extend(
                (sentence_start..clause_start)
                    .filter(|&i| matches!(t[i].char(), Some(',' | '，' | '、' | ':' | '：')))
                    .map(|i| i + 1),
            );
            let relative = relative_clauses(t);
            // Nor the object of another cue ("…,超过美国Llama系列,稳居全球第一": not the US).
            let objects: Vec<usize> = cues(t).iter().map(|c| c.tokens.1).collect();
            let shared = bounds.windows(2).rev().find_map(|w| {
                named
                    .iter()
                    .find(|(_, (a, e))| {
                        *a >= w[0]
                            && *e <= w[1]
                            && !governed(t, *a)
                            && !objects.iter().any(|&o| o <= *a && *a <= o + 2)
                            && !relative.iter().any(|&(r, f)| r <= *a && *e <= f)
                    })
                    .map(|&(s, _)| s)
            });
            (shared, false)
        }
        (None, p) => (p.map(|(s, _)| s), p.is_some()),
    };
    // Not across punctuation: "仍保持技术优势,Anthropic推出的…" names no object.
    let after = named
        .iter()
        .find(|(_, (a, _))| {
            *a >= cue.tokens.1
                && *a <= cue.tokens.1 + 3
                && !t[cue.tokens.1..*a].iter().any(|k| {
                    k.char().is_some_and(|c| !c.is_alphanumeric() && c != '\'' && c != '’')
                })
        })
        .map(|(s, _)| *s);
    let object = after.or_else(|| {
        named
            .iter()
            .filter(|(_, (a, e))| {
                // Not the subject itself ("with Chinese labs a few months behind").
                named_subject.is_none_or(|(_, at)| at != *a)
                    && before(*a, *e)
                    && governed(t, *a)
                    && *a > 0
                    && compares(&t[*a - 1])
            })
            .map(|(s, _)| *s)
            .next_back()
    });
    // "The best open models come from China": the side after a cue of origin is its subject.
    let (subject, object) = if origin(t, cue.tokens.0) { (after, None) } else { (subject, object) };
    // "the biggest advantage the U.S. has": a lead noun whose holder follows it.
    let (subject, object) = match held_by(t, &cue, &named) {
        Some(side) => (Some(side), None),
        None => match subject.is_none().then(|| owner(t, &cue, &named)).flatten() {
            // "a response to the US advantage in compute": the side before a lead noun holds
            // it, even when a preposition governs the phrase.
            Some(side) => (Some(side), object.filter(|o| *o != side)),
            None => (subject, object),
        },
    };
    // A level that is one-sided ("nowhere near", "a long way from") turns like a direction.
    let turnable = matches!(cue.form, Form::Directional | Form::CatchUp | Form::Narrowing)
        || (cue.form == Form::Level && rel == Relation::Behind);
    // An English "we" may be either side's (a US senator, a Chinese founder in English); a
    // Chinese 我们 in a text naming no side is China's.
    // With no side named and no subject, a first person anywhere in the cue's sentence is
    // the subject ("We're clearly, I think, ahead", "how far ahead we are"): the speaker's
    // side by the language, not the convention that China is meant.
    let (subject, by_first_person) = match (subject, named.is_empty()) {
        (None, true) => {
            let we = (sentence_start..sentence_end.min(t.len())).find_map(|i| {
                if matches!(t[i].word(), Some("we" | "our")) && !bracketed(t, i) && !reporting(t, i)
                {
                    Some(Side::Us)
                } else if t[i].char() == Some('我')
                    && matches!(t.get(i + 1).and_then(Token::char), Some('们' | '們'))
                {
                    Some(Side::China)
                } else {
                    None
                }
            });
            (we.or(subject), we.is_some() || by_first_person)
        }
        _ => (subject, by_first_person),
    };
    // A side is never compared with itself: "We are six to nine months behind the US" makes
    // "we" China, whatever else the text names.
    let subject = match (by_first_person, subject, object) {
        (true, Some(s), Some(o)) if s == o => Some(match o {
            Side::Us => Side::China,
            Side::China => Side::Us,
        }),
        _ => subject,
    };
    basis = Basis { subject, first_person: by_first_person, object, turnable, ..basis };
    if turnable && (subject == Some(Side::Us) || (subject.is_none() && object == Some(Side::China)))
    {
        rel = rel.flipped();
    }
    if except_us && cue.form == Form::Directional && subject != Some(Side::Us) {
        rel = rel.flipped();
    }
    // A negation on the cue, or raised to a verb of thinking before it ("do not think … will
    // be able to keep up").
    let kind = negation(t, cue.tokens.0).or_else(|| {
        raised.map(|_| {
            let able = t[a.saturating_sub(3)..a].iter().any(|k| k.word() == Some("able"));
            if able { Negation::Inability } else { Negation::Plain }
        })
    });
    if let Some(kind) = kind {
        basis.negated = true;
        // "there is no clear winner", "no one has the edge": nobody is ahead.
        let lead_noun = t[cue.tokens.1 - 1]
            .word()
            .is_some_and(|w| one_of(w, "winner|winners|leader|lead|edge|advantage"));
        rel = match (kind, cue.form, rel) {
            // "is no longer catching up", 不再是追赶者: was behind, is level now.
            (_, Form::CatchUp, Relation::Behind) if negated_to_level(t, cue.tokens.0) => {
                Relation::Parity
            }
            // "has not caught up yet": still behind.
            (_, Form::CatchUp, r) => r,
            (_, Form::Directional, Relation::Ahead)
                if lead_noun && subject.is_none() && object.is_none() =>
            {
                Relation::Parity
            }
            // "cannot surpass", 难以超越: behind.
            (Negation::Inability, Form::Directional, Relation::Ahead) => Relation::Behind,
            // "will not fall behind", 不会落后: a forecast, not a state.
            (
                Negation::Future | Negation::Inability,
                Form::Directional | Form::Gap,
                Relation::Behind,
            ) => Relation::Unspecified,
            // "China is no longer behind", "the US is no longer ahead", 不再落后: was behind, is
            // level now; 不比GPT-4差, "no worse than GPT-4": as good.
            (_, Form::Directional, Relation::Behind) if negated_to_level(t, cue.tokens.0) => {
                Relation::Parity
            }
            // "China is not behind": ahead or level, the text does not say which, so another
            // cue of the text decides ("not behind anybody. China is right behind us": near).
            (_, Form::Directional, Relation::Behind) => {
                basis.aim = true;
                Relation::Unspecified
            }
            (_, Form::Gap, Relation::Behind) => Relation::Parity,
            // "China is not ahead": behind or level, the text does not say which.
            (_, Form::Directional, Relation::Ahead) => Relation::Unspecified,
            // "may not have narrowed": neither nearer nor further, the text does not say.
            (_, Form::Narrowing, _) => Relation::Unspecified,
            // "not on par", "not close to", 尚未追平, "unable to match": the subject is behind,
            // so "the US cannot match China" is China ahead.
            (_, Form::Level, Relation::Parity | Relation::Near) => {
                if !by_first_person
                    && (subject == Some(Side::Us)
                        || (subject.is_none() && object == Some(Side::China)))
                {
                    Relation::Ahead
                } else {
                    Relation::Behind
                }
            }
            (_, _, r) => r,
        };
    } else if matches!(cue.form, Form::Directional | Form::Level | Form::Gap)
        && (predicted(t, cue.tokens.0) || disputed(t, cue.tokens.0))
    {
        // "He predicted that China may lag …, but … will lead": every cue after a verb of
        // predicting is a forecast, even a lag.
        rel = Relation::Unspecified;
        basis.aim = true;
    } else if matches!(cue.form, Form::Directional | Form::Level)
        && (forecast(t, cue.tokens.0)
            || counterfactual(t, cue.tokens.0)
            || concession(t, cue.tokens.0)
            || risk(t, cue.tokens.0)
            || aim(t, cue.tokens.0)
            || chance(t, cue.tokens)
            || (cue.relation != Relation::Behind && possible(t, cue.tokens.0)))
    {
        // "China is going to win", 将超越: a forecast, not a state (a catch-up or a gap
        // forecast still says who is behind now: "China will catch up").
        rel = Relation::Unspecified;
        basis.aim = true;
    }
    // "aren't just catching up. They are leapfrogging", 不仅追上了…而且超越: what "not only"
    // says is outdone by what follows.
    if cue.form != Form::Gap && (partial(t, cue.tokens) || outdone(t, cue.tokens.0)) {
        basis.partial = true;
    }
    if cue.form != Form::Gap && state_left(t, cue.tokens) {
        // "has gone from follower to peer", 从跟跑转向并跑: the state left is past; the state
        // changed into decides.
        rel = Relation::Unspecified;
        basis.aim = true;
    }
    (rel, Some(cue), basis)
}

/// Is the cue at tokens `[a, b)` said of a part only: in its comma-clause, "some", "certain",
/// "a few", "few", "select" before "areas", "fields", "domains", "respects",
/// "aspects", "sectors", "benchmarks", "tasks" ("leads in some areas", "'leading' in very
/// few"), or 部分, 某些, 一些, 少数, 个别 before 领域, 方面, 环节, 赛道, 场景, or 局部 (部分领域甚至
/// 实现反超, 局部领跑)?
fn partial(t: &[Token], (a, b): (usize, usize)) -> bool {
    let stop = |k: usize| {
        ends_sentence(t, k) || matches!(t[k].char(), Some(',' | '，' | '、' | ';' | '；'))
    };
    let start = (0..a).rev().find(|&k| stop(k)).map_or(0, |k| k + 1);
    let end = (b..t.len()).find(|&k| stop(k)).unwrap_or(t.len());
    let w = |k: usize| t.get(k).and_then(Token::word);
    let c = |k: usize| t.get(k).and_then(Token::char);
    let few = "some|certain|few|select|specific|particular";
    let parts = "areas|fields|domains|respects|aspects|sectors|benchmarks|tasks|niches|segments";
    let en = (start..end).any(|k| {
        w(k).is_some_and(|x| one_of(x, parts))
            && (k.saturating_sub(2)..k).any(|m| w(m).is_some_and(|x| one_of(x, few)))
    }) || (start..end).any(|k| {
        // "'leading' in very few", "in a few": a part with its noun left out.
        w(k) == Some("few") && k + 1 == end && (k.saturating_sub(2)..k).any(|m| w(m) == Some("in"))
    });
    let zh = (start..end).any(|k| {
        let quantifier = matches!(
            (c(k), c(k + 1)),
            (Some('部'), Some('分'))
                | (Some('某'), Some('些'))
                | (Some('一'), Some('些'))
                | (Some('少'), Some('数' | '數'))
                | (Some('个' | '個'), Some('别' | '別'))
        );
        let noun = |m: usize| {
            matches!(
                (c(m), c(m + 1)),
                (Some('领' | '領'), Some('域'))
                    | (Some('方'), Some('面'))
                    | (Some('环' | '環'), Some('节' | '節'))
                    | (Some('赛' | '賽'), Some('道'))
                    | (Some('场' | '場'), Some('景'))
            )
        };
        (quantifier && (k + 2..(k + 8).min(end)).any(noun))
            || (matches!((c(k), c(k + 1)), (Some('局'), Some('部'))))
    });
    en || zh
}

/// Is the cue at token `a` under "not only", "not just", "not merely" or 不仅, 不只, 不光 (with at
/// most three tokens between: "aren't just catching up", "not only matched")? What follows
/// it says more, and decides when it has a cue.
fn outdone(t: &[Token], a: usize) -> bool {
    (a.saturating_sub(4)..a).any(|k| {
        // "aren't just": the negation's "t" token, which `not_only` leaves a negation (a
        // contracted "isn't just behind" still negates the level "just behind").
        let contracted = t[k].word() == Some("t")
            && k > 0
            && t.get(k + 1).and_then(Token::word).is_some_and(|w| one_of(w, "only|just|merely"));
        (not_only(t, k) || contracted) && !(k..a).any(|i| ends_sentence(t, i))
    })
}

/// Is the cue at tokens `[a, b)` the state a change starts from: "from" at most three words
/// before it and "to", "into" or "toward" at most five after it ("has gone from follower to
/// peer", "moved from catching up to leading", "from 'chaser' to 'competitor'"), or 从 at most
/// six characters before it and 到, 向, 转向, 转为, 变为, 变成, 迈向, 走向, 进入 at most six after
/// (从跟跑转向并跑, 从技术追赶向局部领跑转型), with no punctuation between but quotes?
fn state_left(t: &[Token], (a, b): (usize, usize)) -> bool {
    let quote = |k: &Token| k.char().is_some_and(|c| "'‘’\"“”「」『』-".contains(c));
    let plain =
        |k: &Token| k.word().is_some() || quote(k) || k.char().is_some_and(char::is_alphanumeric);
    let w = |k: usize| t.get(k).and_then(Token::word);
    let c = |k: usize| t.get(k).and_then(Token::char);
    let from = (a.saturating_sub(7)..a).any(|k| {
        let english = w(k) == Some("from") && a - k <= 4;
        (english || matches!(c(k), Some('从' | '從'))) && t[k + 1..a].iter().all(plain)
    });
    if !from {
        return false;
    }
    let end = (b + 7).min(t.len());
    (b..end).take_while(|&k| plain(&t[k])).any(|k| {
        let to = w(k).is_some_and(|x| one_of(x, "to|into|toward|towards"));
        let zh = matches!(
            (c(k), c(k + 1)),
            (Some('到' | '向'), _)
                | (Some('转' | '轉'), Some('向' | '为' | '為' | '变' | '變'))
                | (Some('变' | '變'), Some('为' | '為' | '成'))
                | (Some('迈' | '邁' | '走'), Some('向'))
                | (Some('进' | '進'), Some('入'))
        );
        (to || zh) && k + 1 < t.len()
    })
}

/// Does the negation before the lag at token `a` say the sides are level? So it does when it is
/// a change of state ("no longer", 不再, 已不, 已经不 within the five tokens before the cue:
/// was behind, is not now) or a comparative of worse ("no worse than", 不比…差: as good).
fn negated_to_level(t: &[Token], a: usize) -> bool {
    let c = |k: usize| t.get(k).and_then(Token::char);
    let worse = (t[a].char() == Some('比') && a > 0 && c(a - 1) == Some('不'))
        || (t[a].word().is_some_and(|w| one_of(w, "worse|weaker"))
            && a > 0
            && t[a - 1].word() == Some("no"));
    worse
        || (a.saturating_sub(6)..a).any(|k| {
            (t[k].word() == Some("longer") && k > 0 && t[k - 1].word() == Some("no"))
                || (c(k) == Some('不')
                    && (c(k + 1) == Some('再')
                        || (k > 0 && c(k - 1) == Some('已'))
                        || (k > 1
                            && matches!(c(k - 1), Some('经' | '經'))
                            && c(k - 2) == Some('已'))))
        })
}

/// Is the cue at token `a` said as a possible event, "could", "might" or "may" right before it
/// with at most two adverbs between ("could overtake", "might soon surpass", "may surpass"), or
/// 可能 in its clause (有可能弯道超车, 可能在三年内超越)? Said of a lead or a
/// level, a forecast; "could be ahead", "might have caught up" hedge a state of today, and a
/// lag said possible ("may lag the US by 15 months") is still a lag.
fn possible(t: &[Token], a: usize) -> bool {
    let c = |k: usize| t.get(k).and_then(Token::char);
    // 有可能弯道超车, 可能在三年内超越: 可能 in the cue's clause, only characters between.
    let zh = (a.saturating_sub(8)..a).any(|k| {
        c(k) == Some('可')
            && c(k + 1) == Some('能')
            && (k + 2..a).all(|m| c(m).is_none_or(char::is_alphanumeric))
            // 可能已经领先: a hedge on today, as "could be ahead" is.
            && !(k + 2..a).any(|m| c(m) == Some('已'))
    });
    zh || (a.saturating_sub(3)..a).rev().find_map(|k| match t[k].word() {
        Some(w) if one_of(w, "could|might|may") => Some(true),
        Some(w) if one_of(w, "soon|eventually|even|one|day|quickly|ultimately|yet") => None,
        _ => Some(false),
    }) == Some(true)
}

/// Is the cue at token `a` in a clause of concession, "even if" (即使, 即便, 哪怕, 就算, 纵使,
/// 纵然) before it with no comma between ("Even if Huawei can produce chips that are equivalent
/// to some American chips, the U.S. can produce millions")? The clause grants a case for the
/// sake of the argument: like a forecast, it asserts nothing of today.
fn concession(t: &[Token], a: usize) -> bool {
    let c = |k: usize| t.get(k).and_then(Token::char);
    (0..a)
        .rev()
        .take_while(|&k| {
            !ends_sentence(t, k) && !matches!(t[k].char(), Some(',' | '，' | ';' | '；'))
        })
        .any(|k| {
            (t[k].word() == Some("if") && k > 0 && t[k - 1].word() == Some("even"))
                || matches!(
                    (c(k), c(k + 1)),
                    (Some('即'), Some('使' | '便'))
                        | (Some('哪'), Some('怕'))
                        | (Some('就'), Some('算'))
                        | (Some('纵' | '縱'), Some('使' | '然'))
                )
        })
}

/// Is the cue at token `a` a danger, "risk", "risks", "risking" or "at risk of" at most two
/// words before it ("they risk losing out to China", "at risk of falling further behind")? A
/// forecast of what may come, not a state.
fn risk(t: &[Token], a: usize) -> bool {
    (a.saturating_sub(3)..a).any(|k| {
        t[k].word().is_some_and(|w| one_of(w, "risk|risks|risking|risked"))
            && t[k + 1..a].iter().all(|m| m.word().is_some())
    })
}

/// Is the cue at token `a` said of a world that is not ("if the US had not imposed export
/// controls, the best models would come from China", "without Nvidia's chips China would be
/// far behind", "China would be ahead if it had more chips")? "would" at most three tokens
/// before it, over adverbs and "be", "have", with "if", "unless", "without" or "otherwise" in
/// its sentence. Like a forecast, it
/// asserts nothing of today.
fn counterfactual(t: &[Token], a: usize) -> bool {
    let would = (a.saturating_sub(4)..a).rev().find_map(|k| match t[k].word() {
        Some("would") => Some(true),
        Some(w)
            if one_of(
                w,
                "be|have|been|certainly|probably|likely|surely|definitely|still|already|now|even|far|well",
            ) =>
        {
            None
        }
        _ => Some(false),
    }) == Some(true);
    let start = (0..a).rev().find(|&i| ends_sentence(t, i)).map_or(0, |i| i + 1);
    let end = (a..t.len()).find(|&i| ends_sentence(t, i)).unwrap_or(t.len());
    would
        && t[start..end]
            .iter()
            .any(|k| k.word().is_some_and(|w| one_of(w, "if|unless|without|otherwise")))
}

/// Is the cue at token `a` an infinitive of aim or capacity: "to" right before it after a
/// verb or noun of striving ("working to beat us", "trying to catch", "the ambition to
/// surpass", "the potential to overtake") or after a dash or comma (a purpose: "…, right, to
/// beat us"), or in a purpose clause ("so that they will have superiority")? Rule 1: it
/// asserts nothing of today.
fn aim(t: &[Token], a: usize) -> bool {
    // "… so that they will have superiority over us": a purpose clause.
    let purpose = (a.saturating_sub(8)..a).any(|k| {
        t[k].word() == Some("so")
            && t.get(k + 1).and_then(Token::word) == Some("that")
            && !(k..a).any(|i| ends_sentence(t, i))
    });
    if purpose {
        return true;
    }
    // "racing to be the global leader": "to be", "to become" and an article before a noun cue.
    let mut a = a;
    while a >= 2 && t[a - 1].word().is_some_and(|w| one_of(w, "the|a|an|be|become")) {
        a -= 1;
    }
    // "working hard to": the effort word before "hard".
    if a < 2 || t[a - 1].word() != Some("to") {
        return false;
    }
    let verb = if a >= 3 && t[a - 2].word() == Some("hard") { a - 3 } else { a - 2 };
    t[verb].word().is_some_and(|w| {
            one_of(w, "working|work|works|trying|try|tries|tried|aims|aim|aiming|aimed|want|wants|wanted|seek|seeks|seeking|sought|hope|hopes|hoping|strive|strives|striving|racing|race|races|order|plan|plans|planning|determined|push|pushing|pushes|bid|effort|efforts|ambition|ambitions|potential|might|capacity|ability|fighting|fight|fights|scrambling|scramble|vying|vie|intend|intends|intent|eager|keen|looking|poised|means|opportunity|opportunities|chance|resources|manpower|determination|goal|goals|target|mission|bidding|wherewithal")
        }) || t[a - 2].char().is_some_and(|c| matches!(c, ',' | '—' | '–'))
}

/// Is the cue at tokens `[a, b)` said as a chance ("the odds of any Chinese company
/// leapfrogging …", "the probability of China leading", 领先全球机率高): a forecast?
fn chance(t: &[Token], (a, b): (usize, usize)) -> bool {
    let before = (a.saturating_sub(8)..a)
        .rev()
        .take_while(|&k| t[k].char().is_none_or(char::is_alphanumeric))
        .any(|k| {
            t[k].word().is_some_and(|w| {
                one_of(w, "odds|chance|chances|probability|likelihood|possibility")
            })
        });
    let c = |k: usize| t.get(k).and_then(Token::char);
    // 有多大机率超越, 超越的可能性: the chance named before the cue, in its clause.
    let before_zh = (a.saturating_sub(10)..a)
        .rev()
        .take_while(|&k| c(k).is_none_or(char::is_alphanumeric))
        .any(|k| {
            matches!((c(k), c(k + 1)), (Some('机' | '機' | '概' | '几' | '幾'), Some('率')))
                || (c(k) == Some('可') && c(k + 1) == Some('能') && c(k + 2) == Some('性'))
        });
    let after = (b..(b + 4).min(t.len())).any(|k| {
        matches!((c(k), c(k + 1)), (Some('机' | '機' | '概'), Some('率')))
            || (c(k) == Some('可') && c(k + 1) == Some('能') && c(k + 2) == Some('性'))
    });
    before || before_zh || after
}

/// Is a verb of predicting ("predicted", "forecasts", "expects that", 预言, 预测, 预计) before
/// the cue at token `a` in its sentence: everything it governs is a forecast?
fn predicted(t: &[Token], a: usize) -> bool {
    let c = |k: usize| t.get(k).and_then(Token::char);
    (0..a).rev().take_while(|&k| !ends_sentence(t, k)).any(|k| {
        t[k].word().is_some_and(|w| {
            one_of(
                w,
                "predicted|predicts|predict|predicting|forecast|forecasts|forecasted|prophesied",
            )
        }) || (matches!(c(k), Some('预' | '預'))
            && matches!(c(k + 1), Some('言' | '测' | '測' | '计' | '計')))
    })
}

/// Is the cue at token `a` the content of a belief the text disputes? A word of belief before
/// it in its sentence ("people assume that", "the assumption of", "the idea that", "the myth
/// that", "think:", "said", 以为, 误以为, 认为, 表示, 声称) and, in that sentence or the next, a word that says the
/// belief is wrong ("wrong", "mistaken", "a myth", "a mistake", "a danger", "no longer hold
/// true", "not true", "overstated", 错误, 误解, 并非如此) or a question of its truth ("Is that really the case?",
/// 真的是这样吗): "the comfortable assumption of a two-year Chinese lag was already wrong",
/// "Trump said the US is far ahead of China. Is that really the case?". What a belief says
/// is not what the text says, and the text does not say the opposite either: like a
/// forecast, it asserts nothing of today. 误以为 ("wrongly believe") disputes itself.
fn disputed(t: &[Token], a: usize) -> bool {
    let w = |k: usize| t.get(k).and_then(Token::word);
    let c = |k: usize| t.get(k).and_then(Token::char);
    let start = (0..a).rev().find(|&k| ends_sentence(t, k)).map_or(0, |k| k + 1);
    let end = (a..t.len()).find(|&k| ends_sentence(t, k)).unwrap_or(t.len());
    let next_end =
        (end + 1..t.len()).find(|&k| ends_sentence(t, k)).unwrap_or(t.len().saturating_sub(1));
    let belief_en = "assume|assumes|assumed|assuming|assumption|assumptions|idea|notion|notions|narrative|narratives|myth|perception|perceptions|belief|beliefs|believe|believes|believed|think|thinks|thought|claim|claims|claimed|said|says|argue|argues|argued|wisdom";
    let believed = (start..a).any(|k| {
        w(k).is_some_and(|x| one_of(x, belief_en))
            || (matches!(c(k), Some('以' | '认' | '認')) && matches!(c(k + 1), Some('为' | '為')))
            || (c(k) == Some('表') && c(k + 1) == Some('示'))
            || (matches!(c(k), Some('声' | '聲' | '宣')) && c(k + 1) == Some('称'))
    });
    if !believed {
        return false;
    }
    // 误以为, 误认为: a belief said to be wrong in its own word.
    if (start..a).any(|k| c(k) == Some('误') || c(k) == Some('誤')) {
        return true;
    }
    // "One of the dangers is that people assume …", "the mistake is to think …": a belief
    // called a danger or a mistake is one the speaker does not hold.
    let wrong_en = "wrong|mistaken|misguided|misplaced|untrue|false|myth|misconception|fallacy|flawed|outdated|overstated|overblown|exaggerated|debunked|misleading|mistake|danger|dangers";
    let said_wrong = (start..=next_end).any(|k| {
        w(k).is_some_and(|x| one_of(x, wrong_en))
            // "no longer hold true", "is not true", "isn't true".
            || (w(k) == Some("true")
                && (k.saturating_sub(3)..k).any(|m| w(m).is_some_and(|x| one_of(x, "no|not|t|longer|hardly"))))
            || matches!(
                (c(k), c(k + 1)),
                (Some('错' | '錯'), _)
                    | (Some('误' | '誤'), Some('解' | '区' | '區' | '读' | '讀'))
                    | (Some('并' | '並'), Some('非'))
                    | (Some('迷'), Some('思'))
            )
    });
    // "Is that really the case?", "Is it true?", 真的是这样吗: a question of the belief's
    // truth, the sentence after the cue's.
    let questioned = end < t.len()
        && matches!(t[end].char(), Some('.' | '。' | '!' | '！'))
        && matches!(t.get(next_end).and_then(Token::char), Some('?' | '？'))
        && (end + 1..next_end).any(|k| {
            w(k).is_some_and(|x| one_of(x, "really|true|case"))
                || (c(k) == Some('真') && matches!(c(k + 1), Some('的' | '是')))
                || (c(k) == Some('果') && c(k + 1) == Some('真'))
        });
    said_wrong || questioned
}

/// Is the cue starting at token `a` a forecast: "will", "'ll", "is going to", "poised to",
/// "set to", "expected to", 将, 会, 有望, 有希望 before it, with only adverbs, auxiliaries, a
/// time or a place between ("will soon be", "is going to eventually", 有望在2030年,
/// 有希望在人工智能领域)? Not when the state is said to last ("will
/// remain behind", "will stay that way", "will still be"). "May", "might", "could", "likely"
/// hedge a present state ("may lag the U.S. by about 15 months"): no forecast.
fn forecast(t: &[Token], a: usize) -> bool {
    let w = |k: usize| t.get(k).and_then(Token::word);
    let c = |k: usize| t.get(k).and_then(Token::char);
    let mut k = a;
    let mut steps = 0;
    while k > 0 && steps < 8 {
        k -= 1;
        steps += 1;
        // A time between (有望在2030年超越, "will by 2030 overtake"): passed over.
        if matches!(t[k].kind, super::lexer::Kind::Number(_)) {
            continue;
        }
        if let Some(word) = w(k) {
            if one_of(word, "will|ll|shall")
                || (word == "to"
                    && w(k.wrapping_sub(1))
                        .is_some_and(|p| one_of(p, "going|poised|set|expected|bound|about")))
            {
                return true;
            }
            if !one_of(
                word,
                "be|soon|eventually|ultimately|even|further|quickly|rapidly|also|really|probably|certainly|definitely|surely|likely|in|the|future|not|become|have|has",
            ) {
                return false;
            }
        } else if let Some(ch) = c(k) {
            // A place between (有希望在人工智能领域引领世界, 将在芯片方面超越): passed over
            // back to its 在.
            if "域面上".contains(ch)
                && let Some(at) = (k.saturating_sub(10)..k)
                    .rev()
                    .take_while(|&i| c(i).is_some_and(char::is_alphanumeric) || w(i).is_some())
                    .find(|&i| c(i) == Some('在'))
            {
                k = at;
                continue;
            }
            if "将將会會".contains(ch)
                || (ch == '望' && c(k.wrapping_sub(1)) == Some('有'))
                || (ch == '望'
                    && c(k.wrapping_sub(1)) == Some('希')
                    && c(k.wrapping_sub(2)) == Some('有'))
            {
                return true;
            }
            if !"很快迟遲早终終于於也还還有可大幅明显顯全面进進一步逐渐漸完在年内內前底"
                .contains(ch)
            {
                return false;
            }
        } else {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::lexer::tokens;

    fn rel(text: &str) -> &'static str {
        relation(&tokens(text), text, None).0.name()
    }

    #[test]
    fn cues_sides_and_negation() {
        let cases = [
            ("plain behind", "China is two years behind", "behind"),
            ("us first flips", "The US is one or two years ahead of China", "behind"),
            ("ahead of china", "we are well ahead, two or three years probably of China", "behind"),
            ("china ahead", "Chinese tech is starting to pull ahead", "ahead"),
            ("gap", "there is still a 1.5-year gap from GPT-4", "behind"),
            ("parity", "performance on par with OpenAI-o1", "parity"),
            ("matched", "has already matched Nvidia's A100", "parity"),
            ("not inferior", "Ernie is not inferior in any respect to GPT-4.", "parity"),
            ("near", "very close to the level of Sora", "near"),
            ("smaller", "the gap isn't as big as in the LLM sector", "smaller_than"),
            ("negated behind", "China is not behind", "unspecified"),
            ("no longer behind", "China is no longer behind the US", "parity"),
            ("the US no longer ahead", "the US is no longer ahead of China", "parity"),
            ("no longer", "no longer behind the US", "parity"),
            ("chinese behind", "中國大語言模型技術水平和GPT-4的差距在2到3年時間", "behind"),
            ("chinese parity", "文心一言与GPT-4不相上下", "parity"),
            ("chinese near", "接近GPT-4的水平", "near"),
            ("us lead", "美国领先中国两年", "behind"),
            ("nothing", "Is the US or China the winner?", "unspecified"),
            (
                "question",
                "I don't think it will be simple: is the US or China ahead?",
                "unspecified",
            ),
            ("not inferior zh", "文心大模型4.0综合水平与GPT-4相比已经毫不逊色。", "parity"),
            ("U.S. first", "The U.S. lead over China is large", "behind"),
            // A lead said to shrink is a gap said to narrow: near.
            ("lead shrank", "The U.S. lead over China shrank", "near"),
            ("leads", "China leads the US by six months", "ahead"),
            ("us trails", "The US trails China", "ahead"),
            ("isn't", "China isn't behind the US", "unspecified"),
            (
                "not behind, then a level",
                "China is not behind anybody. China is right behind us.",
                "near",
            ),
            ("not ahead", "China is not ahead of the US", "unspecified"),
            ("not yet", "Chinese models have not yet caught up with GPT-4", "behind"),
            ("more than zh", "国产大模型落后超过两年", "behind"),
            ("pair", "the China-US gap can be caught up in a year", "behind"),
            ("we", "we have a three-month lead on DeepSeek", "behind"),
            ("passive", "China is trailed by the US", "ahead"),
            ("passive zh", "美国被中国超越", "ahead"),
            ("governed zh", "与美国相比，中国落后两年", "behind"),
            ("negated zh", "中国大模型并不落后", "unspecified"),
            ("不再 zh", "中国大模型不再落后于美国", "parity"),
            ("已经不 zh", "中国大模型已经不落后了", "parity"),
        ];
        for (label, text, expected) in cases {
            assert_eq!(rel(text), expected, "{label}: {text}");
        }
    }
}
