//! A deterministic generator of news-like story clusters, for benchmarks and
//! scale tests: varied story kinds, dateline formats, page furniture, planted
//! conflicts (recorded) and traps. Shared by `examples/gen_corpus.rs`, the
//! benches and the tests through `#[path]`.
#![allow(dead_code)]

#[path = "rng.rs"]
mod rng;
pub use rng::Rng;

/// One generated article.
pub struct Article {
    /// Relative path: `cluster-NNNNN/article-K.ext`.
    pub path: String,
    /// Its text.
    pub text: String,
}

/// A figure changed on purpose in one article of a cluster.
pub struct Planted {
    /// The article with the changed figure.
    pub path: String,
    /// The rule expected to report it.
    pub rule: &'static str,
    /// The figure as the other articles give it.
    pub original: String,
    /// The changed figure.
    pub changed: String,
}

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mer", "tan", "vi", "sor", "del", "ri", "bru", "nok", "sa", "fen", "gal", "mo", "ter", "zu", "lin",
    "qua", "dor", "pe", "ash", "bel", "cor", "dun", "eth", "fal", "gor", "hin", "ist", "jor", "kel", "lam", "mun",
    "nor", "ost", "pra", "rim", "sel", "tor", "ul",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const NUMBER_WORDS: &[&str] =
    &["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

fn name(rng: &mut Rng) -> String {
    let n = 3;
    let mut s: String = (0..n).map(|_| *rng.pick(SYLLABLES)).collect();
    if let Some(first) = s.get(..1) {
        s = first.to_uppercase() + &s[1..];
    }
    s
}

/// 13000 → "13,000".
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A day as (year, month 1-12, day, weekday index 0 = Monday).
#[derive(Clone, Copy)]
struct Day {
    y: i32,
    m: u32,
    d: u32,
}

impl Day {
    fn days_from_epoch(self) -> i64 {
        let (y, m) = if self.m <= 2 { (self.y as i64 - 1, self.m as i64 + 12) } else { (self.y as i64, self.m as i64) };
        365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + self.d as i64 - 719_469
    }

    fn weekday(self) -> usize {
        ((self.days_from_epoch() + 3).rem_euclid(7)) as usize
    }

    fn plus(self, days: u32) -> Day {
        let mut out = self;
        for _ in 0..days {
            let len = match out.m {
                2 if out.y % 4 == 0 && (out.y % 100 != 0 || out.y % 400 == 0) => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            out.d += 1;
            if out.d > len {
                out.d = 1;
                out.m += 1;
                if out.m > 12 {
                    out.m = 1;
                    out.y += 1;
                }
            }
        }
        out
    }

    fn month(self) -> &'static str {
        MONTHS[(self.m - 1) as usize]
    }
}

/// The facts of a story, as sentences with one figure each.
struct Fact {
    rule: &'static str,
    /// Sentence variants; `{}` is where the figure goes.
    variants: Vec<String>,
    figure: String,
    mutated: String,
}

fn fact(rule: &'static str, variants: &[String], figure: String, mutated: String) -> Fact {
    Fact { rule, variants: variants.to_vec(), figure, mutated }
}

fn story(rng: &mut Rng, day: Day) -> (String, Vec<Fact>, Vec<String>, String) {
    let place = name(rng);
    let other = name(rng);
    let wd = WEEKDAYS[day.weekday()];
    match rng.below(6) {
        0 => {
            let toll = rng.range(12, 900);
            let mag = rng.range(52, 78);
            let injured = rng.range(30, 2000);
            let aid = rng.range(2, 90);
            (
                format!("Quake kills {toll} in {place}"),
                vec![
                    fact("casualty-count", &[format!("At least {{}} people were killed when the quake struck {place} on {wd}, officials in {place} said."), format!("The quake that hit {place} on {wd} killed {{}} people, officials in {place} said.")], toll.to_string(), (toll + rng.range(5, 40)).to_string()),
                    fact("measure", &[format!("The magnitude {{}} quake was centred near {place}."), format!("Seismologists measured the {place} quake at magnitude {{}}.")], format!("{}.{}", mag / 10, mag % 10), format!("{}.{}", mag / 10, (mag % 10 + 3) % 10)),
                    fact("casualty-count", &[format!("More than {{}} people were injured in {place}."), format!("Hospitals in {place} treated {{}} injured people.")], grouped(injured), grouped(injured / 2)),
                    fact("money-amount", &[format!("The government of {other} pledged ${{}} million in aid for {place}.")], aid.to_string(), (aid * 10).to_string()),
                ],
                vec![format!("A magnitude {}.{} aftershock rattled {place} a day later.", mag / 10 - 1, mag % 10), format!("It was the deadliest quake in {place} since {}, when {} people died.", day.y - 1 - rng.below(30) as i32, toll + 17), format!("Police said {} residents were evacuated; the Red Cross said {}.", grouped(injured * 3), grouped(injured * 4))],
                place.clone(),
            )
        }
        1 => {
            let a = rng.range(35, 49);
            let b = rng.range(20, 34);
            let turnout = rng.range(40, 80);
            (
                format!("{place} heads for a runoff"),
                vec![
                    fact(
                        "percentage",
                        &[
                            format!("Turnout in {place} was {{}} per cent, the electoral commission said."),
                            format!("The electoral commission of {place} put turnout at {{}}%."),
                        ],
                        turnout.to_string(),
                        (turnout - 12).to_string(),
                    ),
                    fact(
                        "percentage",
                        &[format!("{other} won {{}}% of the vote in the first round in {place}.")],
                        a.to_string(),
                        (a + 9).to_string(),
                    ),
                    fact(
                        "people-count",
                        &[format!("Police in {place} said {{}} people were arrested after the vote.")],
                        rng.range(10, 300).to_string(),
                        rng.range(400, 900).to_string(),
                    ),
                ],
                vec![
                    format!("Her rival won {b}% of the vote in the first round in {place}."),
                    format!("In the previous election in {}, {other} won {}% of the vote.", day.y - 4, b + 3),
                ],
                place.clone(),
            )
        }
        2 => {
            let workers = rng.range(2, 40) * 500;
            let days = rng.range(3, 30);
            let hours = rng.range(3, 12);
            (
                format!("Dockers in {place} end strike"),
                vec![
                    fact("event-duration", &[format!("Workers at the port of {place} ended a {{}}-day strike on {wd}, the {place} dockers' union said."), format!("The {{}}-day strike at the {place} port ended on {wd}, the {place} dockers' union said.")], days.to_string(), (days + 4).to_string()),
                    fact("event-duration", &[format!("Talks in {place} lasted {{}} hours before a deal was reached."), format!("Negotiators in {place} met for {{}} hours.")], NUMBER_WORDS[hours as usize].to_string(), (hours + 10).to_string()),
                    fact("people-count", &[format!("About {{}} workers at the port of {place} took part.")], grouped(workers), grouped(workers * 3)),
                    fact("money-amount", &[format!("The strike cost {place} port operators €{{}} million, the port authority of {place} said.")], rng.range(5, 200).to_string(), rng.range(300, 900).to_string()),
                ],
                vec![format!("The deal raises pay in {place} by {}% over two years.", rng.range(2, 9))],
                place.clone(),
            )
        }
        3 => {
            let minutes = rng.range(3, 11) * 10;
            let call_day = day.plus(0);
            let meeting = day.plus(rng.range(8, 25) as u32);
            (
                format!("{place} and {other} leaders speak by phone"),
                vec![
                    fact(
                        "event-duration",
                        &[
                            format!(
                                "The leaders of {place} and {other} spoke for {{}} minutes in a phone call on {wd}."
                            ),
                            format!("Their {{}}-minute phone call on {wd} covered trade between {place} and {other}."),
                        ],
                        minutes.to_string(),
                        (minutes + 40).to_string(),
                    ),
                    fact(
                        "event-date",
                        &[format!(
                            "Ministers of {place} and {other} will meet in {place} on {} {{}}.",
                            meeting.month()
                        )],
                        meeting.d.to_string(),
                        (meeting.d % 28 + 1).to_string(),
                    ),
                    fact(
                        "event-ordinal",
                        &[format!("It was the {{}} call between the leaders of {place} and {other} this month.")],
                        "second".into(),
                        "third".into(),
                    ),
                ],
                vec![format!(
                    "The leaders of {place} and {other} held a two-hour video call on {} {}.",
                    call_day.month(),
                    call_day.d.saturating_sub(5).max(1)
                )],
                place.clone(),
            )
        }
        4 => {
            let displaced = rng.range(5, 90) * 1000;
            let dead = rng.range(3, 80);
            (
                format!("Floods displace thousands in {place}"),
                vec![
                    fact(
                        "people-count",
                        &[format!("Floods in {place} displaced {{}} people, the {place} disaster agency said.")],
                        grouped(displaced),
                        grouped(displaced * 2),
                    ),
                    fact(
                        "casualty-count",
                        &[format!(
                            "At least {{}} people died in the {place} floods, the {place} disaster agency said."
                        )],
                        dead.to_string(),
                        (dead / 2).max(1).to_string(),
                    ),
                    fact(
                        "money-amount",
                        &[format!("Damage in {place} was estimated at ${{}} billion.")],
                        format!("{}.{}", rng.range(1, 9), rng.range(1, 9)),
                        format!("{}", rng.range(20, 40)),
                    ),
                ],
                vec![format!("Floods in {place} in {} killed {} people.", day.y - 2 - rng.below(20) as i32, dead + 40)],
                place.clone(),
            )
        }
        _ => {
            let hectares = rng.range(2, 90) * 100;
            let days = rng.range(2, 14);
            (
                format!("Wildfire near {place} contained"),
                vec![
                    fact(
                        "measure",
                        &[format!("The fire near {place} burned {{}} hectares, the {place} fire service said.")],
                        grouped(hectares),
                        grouped(hectares * 4),
                    ),
                    fact(
                        "event-duration",
                        &[format!("The fire near {place} burned for {{}} days.")],
                        days.to_string(),
                        (days + 6).to_string(),
                    ),
                    fact(
                        "people-count",
                        &[format!("Police near {place} said {{}} residents were evacuated.")],
                        grouped(hectares / 2),
                        grouped(hectares * 5),
                    ),
                ],
                vec![format!(
                    "A fire near {place} in {} burned {} hectares.",
                    day.y - 1 - rng.below(10) as i32,
                    grouped(hectares * 3)
                )],
                place.clone(),
            )
        }
    }
}

fn furniture(rng: &mut Rng) -> Vec<String> {
    let mut out = Vec::new();
    for _ in 0..rng.range(1, 4) {
        out.push(format!(
            "{} fans gathered in {} on the {}th… Read More",
            grouped(rng.range(100, 90_000)),
            name(rng),
            rng.range(4, 28)
        ));
    }
    if rng.chance(0.5) {
        out.push("ALSO READ".into());
        for _ in 0..3 {
            out.push(format!("{} shares fall {}% on {}", name(rng), rng.range(1, 9), *rng.pick(WEEKDAYS)));
        }
        out.push(String::new());
    }
    out.push("This website uses cookies.".into());
    out
}

fn dateline(rng: &mut Rng, place: &str, day: Day) -> String {
    match rng.below(4) {
        0 => format!("{}, {} {}, {} —", place.to_uppercase(), day.month(), day.d, day.y),
        1 => format!(
            "{:02} {},{} {:02}:{:02} AM IST | {place} | Agencies\n",
            day.d,
            day.month(),
            day.y,
            rng.range(1, 11),
            rng.range(0, 59)
        ),
        2 => format!("Published {}-{:02}-{:02}\n", day.y, day.m, day.d),
        _ => format!("{} {}, {}\n", day.month(), day.d, day.y),
    }
}

/// One story cluster: its articles and what was planted in them.
pub fn cluster(rng: &mut Rng, index: usize) -> (Vec<Article>, Vec<Planted>) {
    let day = Day { y: 2012 + rng.below(13) as i32, m: 1 + rng.below(12) as u32, d: 1 + rng.below(28) as u32 };
    let (headline, facts, traps, place) = story(rng, day);
    let count = 3 + rng.below(5);
    let mutate = rng.chance(0.4).then(|| (1 + rng.below(count - 1), rng.below(facts.len())));
    let mut articles = Vec::with_capacity(count);
    let mut planted = Vec::new();
    for k in 0..count {
        let ext = *rng.pick(&["txt", "txt", "md", "html"]);
        let path = format!("cluster-{index:05}/article-{k}.{ext}");
        let published = day.plus(rng.below(2) as u32);
        let mut body = Vec::new();
        for (f, fact) in facts.iter().enumerate() {
            let changed = mutate == Some((k, f));
            let figure = if changed { &fact.mutated } else { &fact.figure };
            if changed {
                planted.push(Planted {
                    path: path.clone(),
                    rule: fact.rule,
                    original: fact.figure.clone(),
                    changed: fact.mutated.clone(),
                });
            }
            if changed || rng.chance(0.8) {
                body.push(rng.pick(&fact.variants).replace("{}", figure));
            }
        }
        for t in &traps {
            if rng.chance(0.5) {
                body.push(t.clone());
            }
        }
        for _ in 0..rng.range(2, 6) {
            body.push(format!(
                "Residents of {place} described the scene as {} and {}.",
                rng.pick(&["calm", "chaotic", "tense", "quiet"]),
                rng.pick(&["sad", "hopeful", "angry", "tired"])
            ));
        }
        let rotate = rng.below(body.len().max(1));
        body.rotate_left(rotate);
        let line = dateline(rng, &place, published);
        let text = render(ext, &headline, &line, &body, &furniture(rng), published);
        articles.push(Article { path, text });
    }
    (articles, planted)
}

fn render(ext: &str, headline: &str, dateline: &str, body: &[String], furniture: &[String], day: Day) -> String {
    let date = format!("{}-{:02}-{:02}", day.y, day.m, day.d);
    match ext {
        "md" => format!("---\ndate: {date}\n---\n# {headline}\n\n{}\n\n{}\n", body.join("\n\n"), furniture.join("\n")),
        "html" => {
            let paras: String = body.iter().map(|p| format!("<p>{p}</p>\n")).collect();
            let furn: String = furniture.iter().map(|f| format!("<li>{f}</li>\n")).collect();
            format!("<html><head><meta name=\"date\" content=\"{date}\"><title>{headline}</title></head><body>\n<h1>{headline}</h1>\n{paras}<ul>\n{furn}</ul>\n</body></html>\n")
        }
        _ => {
            let (first, rest) = body.split_first().map_or((String::new(), &[][..]), |(f, r)| (f.clone(), r));
            let lead =
                if dateline.ends_with('—') { format!("{dateline} {first}") } else { format!("{dateline}{first}") };
            format!("{headline}\n{lead}\n{}\n{}\n", rest.join("\n"), furniture.join("\n"))
        }
    }
}

/// `clusters` story clusters from `seed`.
pub fn corpus(seed: u64, clusters: usize) -> impl Iterator<Item = (Vec<Article>, Vec<Planted>)> {
    let mut rng = Rng::new(seed);
    (0..clusters).map(move |i| cluster(&mut rng, i))
}
