"""Offline planner: columns of titles, names of things and short texts read as their kind of text (not lorem,
slogans or random words); an example in a phrase ('like 1.4.2', 'e.g. A350-900', 'varietal name') stands for
values of its kind or shape, never copied into every row; a person's role word reads as a person's name."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from faker.providers.lorem.en_US import Provider as Lorem

from synthgen.planners.offline.composed import composed_pools
from synthgen.planners.offline.examples import shape_of

from .conftest import column_named, planned_rows

LOREM = frozenset(w.lower() for w in Lorem.word_list)
FILLER = frozenset({"word", "words", "sentence", "sentences", "paragraph", "text", "catch_phrase", "bs", "pystr"})


def _cells(df: pd.DataFrame, column: str) -> list[str]:
    return [str(v) for v in df[column] if isinstance(v, str) and v.strip()]


def _lorem(value: str) -> bool:
    tokens = re.findall(r"[a-z]+", value.lower())
    return bool(tokens) and all(t in LOREM for t in tokens)


def _title_like(value: str) -> bool:
    """A title: 1-12 words, no full stop at the end, its first word and most of its longer words capitalised."""
    tokens = value.split()
    long_words = [t for t in tokens if len(t) > 3 and t[0].isalpha()]
    first = tokens[0][0] if tokens else ""
    return 1 <= len(tokens) <= 12 and not value.endswith(".") and (first.isupper() or first.isdigit()) and \
        sum(t[0].isupper() for t in long_words) * 2 >= len(long_words)


def _check_texts(schema, df, column: str, *, titles: bool, distinct: int) -> list[str]:
    spec = next(c for c in schema.columns if c.name == column)
    assert spec.provider not in FILLER, f"{column} is filled by {spec.provider}"
    values = _cells(df, column)
    assert len(values) >= len(df) * 0.9, f"{column}: {len(values)} values in {len(df)} rows"
    assert len(set(values)) >= distinct, f"{column}: only {len(set(values))} distinct values: {values[:5]}"
    lorem = [v for v in values if _lorem(v)]
    assert len(lorem) * 2 < len(values), f"{column}: lorem filler, e.g. {lorem[:3]}"
    if titles:
        wrong = [v for v in values if not _title_like(v)]
        assert not wrong, f"{column}: not titles, e.g. {wrong[:3]}"
    return values


# -- 1. titles, names of things and short texts, by kind ----------------------------------------------------------

@pytest.mark.parametrize(("description", "words", "titles"), [
    ("Podcast episodes: podcast name, episode number, host, duration in minutes, release date",
     ("podcast",), True),
    ("Music streaming log:\n- track id\n- song title\n- album\n- artist\n- play count", ("song", "title"), True),
    ("Each row is a video game sale. Record the game title, the platform, the publisher and the units sold.",
     ("game", "title"), True),
    ("brewery taproom: beer name, abv %, ibu, price", ("beer",), True),
    ("article_id: int\nheadline: text\nauthor: string\nword_count: integer", ("headline",), True),
    ("bookshop stock list - novel title, author, price, copies on hand", ("novel",), True),
    ("container ships in port: ship name, flag, gross tonnage, berth", ("ship",), True),
    ("reviews of kitchen products: review id, review title, review text, stars 1-5", ("review", "text"), False),
    ("helpdesk cases for an ISP: case id, subject, customer email, opened at, priority", ("subject",), False),
    ("a feed of status updates: post id, post text, likes, posted at", ("post", "text"), False),
    ("utility complaints log\ncomplaint_id: int\ncomplaint: text\nfiled_on: date", ("complaint",), False),
])
def test_titles_and_short_texts_read_as_their_kind(planner, description, words, titles):
    schema, df = planned_rows(planner, description, rows=200, seed=3)
    column = column_named(schema, *words)
    _check_texts(schema, df, column, titles=titles, distinct=60)


@pytest.mark.parametrize(("description", "words", "kind"), [
    ("hotel bookings: guest name, check-in date, nights, special requests", ("special",), "request"),
    ("grocery orders: order id, address, delivery instructions, total", ("delivery", "instructions"), "instruction"),
    ("mortgage applications: applicant, amount, status (approved, rejected), rejection reason", ("rejection",),
     "reason"),
    ("forum moderation log - post id, moderator, removal reason, removed at", ("removal",), "reason"),
    ("field service visits: visit id, technician, agent notes", ("notes",), "note"),
])
def test_reasons_requests_and_notes_are_written_phrases(planner, description, words, kind):
    schema, df = planned_rows(planner, description, rows=200, seed=5)
    column = column_named(schema, *words)
    values = _check_texts(schema, df, column, titles=False, distinct=6)
    assert all(len(v) <= 120 for v in values), f"{kind}: texts too long for a {kind}"


def test_a_domain_gives_a_bare_title_its_kind(planner):
    films = planned_rows(planner, "films on a streaming service: title, year, runtime", rows=200, seed=1)
    books = planned_rows(planner, "books in a library: title, author, isbn", rows=200, seed=1)
    songs = planned_rows(planner, "songs on a playlist: title, artist, length", rows=200, seed=1)
    titles = [set(_check_texts(s, df, "title", titles=True, distinct=60)) for s, df in (films, books, songs)]
    pools = composed_pools()
    for made, pool in zip(titles, ("film_titles", "book_titles", "song_titles")):
        assert made <= set(pools[pool]), f"titles not from {pool}: {sorted(made - set(pools[pool]))[:3]}"


def test_composed_pools_are_many_distinct_values_each_run_the_same():
    pools = composed_pools()
    assert pools == composed_pools()
    for name, values in pools.items():
        assert len(values) == len(set(values)) >= 30, name
        assert not any("{" in v or "}" in v for v in values), name


# -- 2. an example stands for values of its kind or shape -----------------------------------------------------

@pytest.mark.parametrize(("description", "words", "shape"), [
    ("sensor fleet\ndevice_id: uuid\nfirmware: version like 1.4.2\nbattery_pct: integer", ("firmware",),
     r"[1-9]\.\d\.\d"),
    ("Museum stores: object number, title, shelf position like 12.045 QRT, condition", ("shelf", "position"),
     r"[1-9]\d\.\d{3} [A-Z]{3}"),
    ("rail fleet - loco model such as ES44AC, built year, depot", ("loco", "model"), r"ES[1-9]\d[A-Z]{2}"),
    ("mobile releases: release date, build like 7.12.3, platform (iOS or Android)", ("build",),
     r"[1-9]\.\d{2}\.\d"),
    ("- batch code like LOT-2024-17Q\n- quantity\n- expiry date", ("batch", "code"), r"LOT-2024-\d{2,3}[A-Z]"),
])
def test_one_example_gives_its_shape_not_its_value(planner, description, words, shape):
    schema, df = planned_rows(planner, description, rows=200, seed=2)
    values = _cells(df, column_named(schema, *words))
    assert len(values) == 200
    wrong = [v for v in values if not re.fullmatch(shape, v)]
    assert not wrong, f"not shaped like {shape}: {wrong[:5]}"
    assert len(set(values)) >= 50, f"few distinct values: {sorted(set(values))[:5]}"


@pytest.mark.parametrize(("description", "words", "examples", "phrase_words"), [
    ("airline fleet: tail number, aircraft type like A350-900, seats", ("aircraft",), {"A350-900"},
     {"like", "type"}),
    ("phone repairs\nticket_id: int\nphone: handset model, e.g. Pixel 7a, Galaxy S21\nfault: text",
     ("phone",), {"Pixel 7a", "Galaxy S21"}, {"handset", "model", "e.g."}),
    ("vineyard harvest: block, grape: varietal name, tonnes picked", ("grape",), set(), {"varietal", "name"}),
    ("Wine shop stock. Each wine has a wine name (for example Opus One), a vintage and a price.", ("wine",),
     {"Opus One"}, {"example"}),
    ("Record label catalogue:\n- album (e.g. Blue Train)\n- release year\n- label", ("album",), {"Blue Train"},
     {"e.g."}),
])
def test_examples_of_named_things_stand_for_their_kind(planner, description, words, examples, phrase_words):
    schema, df = planned_rows(planner, description, rows=200, seed=4)
    values = _cells(df, column_named(schema, *words))
    spec = next(c for c in schema.columns if c.name == column_named(schema, *words))
    assert len(set(values)) >= 8, f"few distinct values: {sorted(set(values))}"
    assert not any(set(v.lower().split()) & phrase_words for v in values), f"phrase words copied: {values[:5]}"
    assert examples <= set(spec.args["elements"]), "the examples are among the values"
    assert max(values.count(v) for v in set(values)) < len(values) / 4


@pytest.mark.parametrize(("example", "pattern"), [
    ("3.2.1", "%.#.#"), ("823.914 SMI", "%##.### ???"), ("v2.10", "v%.##"), ("40", ""), ("blue", ""),
    ("A-01", "A-%#"),
])
def test_shape_of_one_example(example, pattern):
    assert shape_of(example) == pattern


# -- 3. a person's role word reads as a person's name ---------------------------------------------------------

_PERSON = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\. )?[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'.-]+)+")


@pytest.mark.parametrize(("description", "words"), [
    ("operations: procedure, lead surgeon, theatre, start time", ("surgeon",)),
    ("youth football teams\n- team name\n- head coach\n- league", ("coach",)),
    ("court cases: case number, defense lawyer, judge, filing date", ("lawyer",)),
    ("Each stage production has a title, a director, a venue and an opening night.", ("director",)),
    ("street murals - wall id, lead artist, neighbourhood, painted on", ("artist",)),
    ("movies db: title, yr, dir, runtime min", ("dir",)),
    ("publishing_deals\nbook_title: text\nauthor: text\nadvance_usd: integer", ("author",)),
])
def test_role_words_read_as_person_names(planner, description, words):
    schema, df = planned_rows(planner, description, rows=100, seed=6)
    values = _cells(df, column_named(schema, *words))
    wrong = [v for v in values if not _PERSON.fullmatch(v)]
    assert len(values) == 100 and not wrong, f"not names: {wrong[:5]}"
    assert len(set(values)) >= 60


@pytest.mark.parametrize("description", [
    "Cinema listings: film, screen, showtime, seats left",
    "theatre performances\nshow: text\nperformance time: datetime\nhouse: integer",
])
def test_a_show_time_is_a_time(planner, description):
    schema, df = planned_rows(planner, description, rows=50, seed=8)
    column = next(c.name for c in schema.columns if "time" in c.name)
    times = pd.to_datetime(df[column], errors="coerce")
    assert times.notna().all(), f"not times: {list(df[column])[:5]}"


# -- another column's name after the dash is that column, never a value copied into every row ------------------

@pytest.mark.parametrize(("description", "column", "other"), [
    ("parking lots\nlot_id\nspaces_taken\nspaces_total - spaces_taken is never more than this", "spaces_total",
     "spaces taken"),
    ("loans\nloan_id\namount_repaid\namount_borrowed - amount_repaid never exceeds this", "amount_borrowed",
     "amount repaid"),
    ("bus trips\ntrip_id\npassengers\nbus_capacity - passengers_booked must not exceed this\npassengers_booked",
     "bus_capacity", "passengers booked"),
    ("hotel rooms\nroom_id\nguests_staying\nmax_occupancy - guests_staying is never more than this",
     "max_occupancy", "guests staying"),
    ("warehouse bins\nbin_id\nunits_stored\nbin_capacity - units_stored is never more than this",
     "bin_capacity", "units stored"),
])
def test_another_columns_name_is_no_value(planner, description, column, other):
    _, df = planned_rows(planner, description, rows=100, seed=9)
    assert column in df, f"{column} not in {list(df)}"
    values = pd.to_numeric(df[column], errors="coerce")
    assert values.notna().all(), f"{column} holds {list(df[column])[:3]}, not numbers"
    assert not any(other in str(v) for v in df[column])
    assert values.nunique() > 10


@pytest.mark.parametrize(("description", "words", "example"), [
    ("menu: dish, price like 40", ("price",), 40),
    ("gym members\nmember_id: int\nmonthly_fee: e.g. 35", ("monthly", "fee"), 35),
    ("- apartment id\n- rent such as 1200\n- bedrooms", ("rent",), 1200),
    ("Each parcel has a tracking code and a weight in kg like 2.5.", ("weight",), 2.5),
    ("wine list: wine name, bottle price like 45, vintage", ("bottle", "price"), 45),
])
def test_one_example_number_gives_numbers_around_it(planner, description, words, example):
    schema, df = planned_rows(planner, description, rows=200, seed=10)
    values = pd.to_numeric(df[column_named(schema, *words)], errors="raise")
    assert values.nunique() > 50, f"few values: {sorted(values.unique())[:5]}"
    assert values.min() <= example <= values.max()
    assert values.max() <= example * 5
