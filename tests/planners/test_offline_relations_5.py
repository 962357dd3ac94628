"""Values derived from other columns of the row, read as a careful person reads them (issue 12, round 3): the
same date, date differences in days/hours/minutes/seconds, sums of parts, caps said with a negation or 'this',
'within N% of', and columns filled only where a yes/no flag holds. Each reading is proved on descriptions of
several domains and phrasings, by checking the rows: the relation holds in every row."""

from __future__ import annotations

import itertools

import pandas as pd
import pytest
from tests.planners.conftest import column_named, numbers, planned_rows

ROWS = 120


def _days(df: pd.DataFrame, end: str, start: str) -> pd.Series:
    return (pd.to_datetime(df[end]) - pd.to_datetime(df[start])).dt.total_seconds() / 86400


# ---- the same date ----------------------------------------------------------------------------------------

SAME = [
    (("Car rentals: rental id, customer name, pickup date, return date (after the pickup date), insurance start date "
     "which is the same day as the pickup date"), ("insurance", "start"), ("pickup",)),
    (("Shipments\n- shipment id\n- order date\n- dispatch date - equals the order date\n- delivery date (after the "
     "dispatch date)"), ("dispatch",), ("order", "date")),
    (("Conference registrations with attendee names, arrival dates, badge pickup dates that fall on the arrival date, "
     "and departure dates after the arrival date"), ("badge",), ("arrival",)),
    (("invoice_no: string\ninvoice_date: date\ntax_point_date: date, same as invoice_date\ndue_date: date, 30 days "
     "after invoice_date"), ("tax", "point"), ("invoice", "date")),
    (("Hospital stays: patient id, admission date, ward entry date is on the admission date, discharge date after the "
     "admission date"), ("ward",), ("admission",)),
]


@pytest.mark.parametrize(("text", "copy", "source"), SAME)
def test_a_date_said_to_be_on_another_is_that_date(planner, text, copy, source):
    schema, df = planned_rows(planner, text, ROWS, 3)
    a, b = column_named(schema, *copy), column_named(schema, *source, avoid=copy)
    assert df[a].notna().all()
    assert (pd.to_datetime(df[a]) == pd.to_datetime(df[b])).all(), df[[a, b]].head()


# ---- differences of two dates -----------------------------------------------------------------------------

GAPS = [
    (("Parking sessions: plate number, entry time, exit time after entry time, minutes parked = exit time minus entry "
     "time"), ("minutes",), ("entry",), ("exit",), 1440),
    (("Support calls\n- call id\n- call start (timestamp)\n- call end (timestamp, after call start)\n- talk seconds: "
     "(the gap between call start and call end)"), ("seconds",), ("start",), ("end",), 86400),
    (("Library loans: loan id, borrowed date, returned date after the borrowed date, days kept is the difference "
     "between them"), ("kept",), ("borrowed",), ("returned",), 1),
    (("employee leave: employee, leave start date, leave end date (after leave start date), number of leave days "
     "computed as leave end date minus leave start date"), ("number",), ("start",), ("end",), 1),
    (("flight_no: text\ndeparture_time: datetime\narrival_time: datetime, after departure_time\nflight_hours: decimal, "
     "the difference between departure_time and arrival_time"), ("hours",), ("departure",), ("arrival",), 24),
]


@pytest.mark.parametrize(("text", "gap", "start", "end", "per_day"), GAPS)
def test_a_gap_said_in_words_is_end_minus_start_in_its_unit(planner, text, gap, start, end, per_day):
    schema, df = planned_rows(planner, text, ROWS, 4)
    g, s, e = column_named(schema, *gap), column_named(schema, *start), column_named(schema, *end)
    expected = _days(df, e, s) * per_day
    assert (expected > 0).all()
    assert ((numbers(df, g) - expected).abs() <= 0.51).all(), df[[s, e, g]].head()


IMPLIED = [
    ("Hotel stays: guest, arrival date, departure date after arrival, nights", ("nights",), ("arrival",),
     ("departure",), 1),
    ("Workout log with athlete names, start times, end times after the start time, and duration in minutes",
     ("duration",), ("start",), ("end",), 1440),
    ("rental_id, pickup_at (datetime), dropoff_at (datetime after pickup_at), duration_hours", ("duration",),
     ("pickup",), ("dropoff",), 24),
    ("Machine downtime events: machine, stopped at, restarted at (after stopped at), downtime duration seconds",
     ("duration",), ("stopped",), ("restarted",), 86400),
    ("Patient admissions\n* patient id\n* admit date\n* discharge date, after admit date\n* length of stay in days",
     ("length",), ("admit",), ("discharge",), 1),
]


@pytest.mark.parametrize(("text", "gap", "start", "end", "per_day"), IMPLIED)
def test_a_length_of_time_beside_an_ordered_pair_of_dates_is_their_difference(planner, text, gap, start, end,
                                                                            per_day):
    schema, df = planned_rows(planner, text, ROWS, 5)
    g, s, e = column_named(schema, *gap), column_named(schema, *start), column_named(schema, *end)
    expected = _days(df, e, s) * per_day
    assert ((numbers(df, g) - expected).abs() <= 0.51).all(), df[[s, e, g]].head()
    assert (numbers(df, g) > 0).all()


def test_a_stay_with_its_own_range_keeps_the_count_of_days_stated():
    """A count of days that is not a length of time between the table's dates ('days supply') stays as stated."""
    from synthgen.planners.offline.planner import OfflinePlanner
    schema, df = planned_rows(OfflinePlanner(), "prescriptions: rx id, written date, filled date after written "
                                                "date, days supply (30 or 90)", ROWS, 6)
    assert set(numbers(df, column_named(schema, "supply"))) <= {30, 90}


# ---- sums of the parts named ------------------------------------------------------------------------------

SUMS = [
    ("Order lines: item cost, shipping cost, order total which is the two added together",
     ("order", "total"), [("item",), ("shipping",)]),
    (("Course results with student names, a quiz score, an essay score, an exam score and an overall score that adds "
     "up the quiz score, the essay score and the exam score"), ("overall",), [("quiz",), ("essay",), ("exam",)]),
    (("Budget lines\n- salaries cost\n- equipment cost\n- travel cost\n- total budget: the sum of salaries cost, "
     "equipment cost and travel cost"), ("budget",), [("salaries",), ("equipment",), ("travel",)]),
    ("Energy use per home: home id, heating kwh, cooling kwh, appliances kwh, and combined kwh (the three summed)",
     ("combined",), [("heating",), ("cooling",), ("appliances",)]),
    (("match_id: integer\nhome_goals: integer\naway_goals: integer\ngoals_total: integer, home_goals and away_goals "
     "added up"),
     ("total",), [("home",), ("away",)]),
]


@pytest.mark.parametrize(("text", "total", "parts"), SUMS)
def test_a_total_said_to_add_up_its_parts_is_their_sum(planner, text, total, parts):
    schema, df = planned_rows(planner, text, ROWS, 7)
    t = column_named(schema, *total)
    names = [column_named(schema, *p, avoid=total) for p in parts]
    summed = sum(numbers(df, n) for n in names)
    assert ((numbers(df, t) - summed).abs() <= 0.011).all(), df[[*names, t]].head()


# ---- caps said with a negation or 'this' -------------------------------------------------------------------

CAPS = [
    ("Parking garage: level, spaces, cars parked (can't be more than the spaces)", ("cars",), ("space",)),
    ("Class sections: section id, seats, enrolled students, which must not go above the seats", ("enrolled",),
     ("seats",)),
    ("warehouse bins: bin code, bin capacity kg, load kg - shouldn't be greater than bin capacity kg", ("load",),
     ("capacity",)),
    ("purchase lines: line id, ordered quantity, delivered quantity (cannot be more than the ordered quantity)",
     ("delivered",), ("ordered",)),
    ("Exams: student, max marks, marks obtained - can never be greater than max marks", ("obtained",), ("max",)),
    ("Accounts\naccount_id\nbalance\ncredit_limit - balance is never above this\nopened_on", ("balance",),
     ("limit",)),
    ("Lobbies\n- lobby id\n- players joined\n- max players - players joined can't exceed it\n- region", ("joined",),
     ("max",)),
    ("Projects\nproject name\nspent amount\nbudget amount - spent amount is not more than this", ("spent",),
     ("budget",)),
]


@pytest.mark.parametrize(("text", "part", "whole"), CAPS)
def test_a_count_said_never_to_pass_another_stays_at_or_below_it(planner, text, part, whole):
    schema, df = planned_rows(planner, text, ROWS, 8)
    p, w = column_named(schema, *part), column_named(schema, *whole, avoid=part)
    assert (numbers(df, p) <= numbers(df, w)).all(), df[[p, w]].head()
    assert (numbers(df, p) > 0).mean() > 0.5  # a share of the whole, not nothing


# ---- within N% of ------------------------------------------------------------------------------------------

WITHIN = [
    ("readings: sensor id, target temp, measured temp (±5% of target temp)", ("measured",), ("target",), 0.05),
    ("quotes: quote id, quoted price, final price within 8% of the quoted price", ("final",), ("quoted",), 0.08),
    ("Timesheets\n- task\n- estimated hours\n- actual hours, within 20% of estimated hours", ("actual",),
     ("estimated",), 0.2),
    ("supply contracts with contracted kwh and delivered kwh plus or minus 3% of contracted kwh", ("delivered",),
     ("contracted",), 0.03),
    ("stock_day: date\nopening_price: decimal 10-500\nclosing_price: within 2% of opening_price", ("closing",),
     ("opening",), 0.02),
]


@pytest.mark.parametrize(("text", "near", "of", "share"), WITHIN)
def test_within_a_share_of_another_column_stays_close_to_it_on_both_sides(planner, text, near, of, share):
    schema, df = planned_rows(planner, text, ROWS, 9)
    n, o = numbers(df, column_named(schema, *near)), numbers(df, column_named(schema, *of))
    ratio = (n / o)[o >= 5]  # rounding aside
    assert ratio.between(1 - share - 0.01, 1 + share + 0.01).all(), ratio.describe()
    assert (ratio > 1).any() and (ratio < 1).any()  # around it, not a small share of it


# ---- filled only where a yes/no flag holds -----------------------------------------------------------------

FLAGS = [
    ("Orders: order id, amount, returned (yes/no, 10% yes), return reason only for returned orders", ("returned",),
     ("reason",), True),
    ("Employees\n- name\n- has company car (boolean)\n- car plate number - only filled in for those who have",
     ("company", "car"), ("plate",), True),
    ("Patients: patient id, smoker (yes/no), daily cigarettes (only for smokers)", ("smoker",), ("cigarettes",),
     True),
    (("Students with student ids, names, whether they received a scholarship, and the scholarship amount, which is "
     "empty unless they received a scholarship"), ("received",), ("amount",), True),
    ("Subscribers: subscriber id, premium (true/false), premium since date - blank if not premium", ("premium",),
     ("since",), True),
]


@pytest.mark.parametrize(("text", "flag", "column", "value"), FLAGS)
def test_a_column_only_for_rows_with_a_flag_is_blank_elsewhere(planner, text, flag, column, value):
    schema, df = planned_rows(planner, text, ROWS, 10)
    f, c = column_named(schema, *flag, avoid=column), column_named(schema, *column)
    holds = df[f].astype(str).str.lower().isin(["true", "yes", "1"]) == value
    assert holds.any() and (~holds).any()
    assert df.loc[holds, c].notna().all(), df[[f, c]].head()
    assert df.loc[~holds, c].isna().all(), df[[f, c]].head()



HALF_NAMED = [
    ("Members: member id, signup date, cancelled (yes/no), cancel date only for cancelled members", ("signup",)),
    ("Tenants: tenant id, move in date, evicted (yes/no), eviction date only for evicted tenants", ("move",)),
    ("Players: player id, debut date, retired (yes/no), retirement date only for retired players", ("debut",)),
]


@pytest.mark.parametrize(("text", "full"), HALF_NAMED)
def test_a_date_half_named_before_only_is_not_taken_for_the_one_filled(planner, text, full):
    """'cancel date only for cancelled members' where only 'date' named a column (the signup date): that date
    stays filled in every row."""
    schema, df = planned_rows(planner, text, ROWS, 11)
    assert df[column_named(schema, *full)].notna().all()


# ---- a rate per unit of lateness ---------------------------------------------------------------------------

LATE = [
    ("Rentals: rental id, due back date, returned date, late charge, $2 per day late", ("charge",), ("due",),
     ("returned",), 2, 1),
    ("Invoices\n- invoice id\n- due date\n- payment date\n- penalty: 1.5 per day overdue", ("penalty",), ("due",),
     ("payment",), 1.5, 1),
    ("assignments: student, deadline (datetime), submitted at (datetime), penalty points, 5 per hour late",
     ("penalty",), ("deadline",), ("submitted",), 5, 24),
    ("Deliveries: order id, promised date, delivered date, refund credit of 3 per day delayed",
     ("credit",), ("promised",), ("delivered",), 3, 1),
    (("Construction contracts: contract id, planned completion date, actual completion date, liquidated damages, 500 "
     "per day late"), ("damages",), ("planned",), ("actual",), 500, 1),
]


@pytest.mark.parametrize(("text", "fee", "due", "actual", "rate", "per_day"), LATE)
def test_a_rate_per_unit_late_is_charged_only_for_the_time_past_due(planner, text, fee, due, actual, rate, per_day):
    schema, df = planned_rows(planner, text, ROWS, 13)
    f, d, a = column_named(schema, *fee), column_named(schema, *due), column_named(schema, *actual, avoid=due)
    late = (_days(df, a, d) * per_day).clip(lower=0)
    charged = numbers(df, f)
    known = df[a].notna()
    assert ((charged[known] - rate * late[known]).abs() <= 0.011).all(), df[[d, a, f]].head()
    assert (charged[known] == 0).any() and (charged[known] > 0).any()  # on time costs nothing


@pytest.mark.parametrize("text", [
    ("Equipment hire\nhire id\ndue back date\nreturned date (empty if not returned yet)\nstatus - out, returned or "
    "overdue\nlate charge, $5 per day late"),
    ("Invoices: invoice id, status (open, paid, overdue), due date, paid date (only for paid invoices), late fee, "
     "5 per day late"),
])
def test_a_late_charge_beside_a_date_not_yet_known_is_never_blank(planner, text):
    """Where the actual date is blank (not returned, not paid) the charge is 0, or some days' worth when the
    state says overdue; where it is known, the rate times the days past due."""
    schema, df = planned_rows(planner, text, ROWS, 14)
    fee = numbers(df, column_named(schema, "late"))
    status = df[column_named(schema, "status")].astype(str)
    assert fee.notna().all()
    assert (fee[status == "overdue"] > 0).all()
    assert (fee[~status.isin(["overdue", "returned", "paid"])] == 0).all()


# ---- numbers that follow a category ------------------------------------------------------------------------

TIERS = [
    (("Coworking members: member id, plan (hot desk, dedicated desk, private office), monthly price depends on the "
     "plan"), ("plan",), ("price",)),
    ("Parcels: parcel id, service level (economy, standard, express), shipping fee based on the service level",
     ("service",), ("fee",)),
    ("Gym passes\n- pass id\n- pass type (single, ten visit, unlimited)\n- price, set by the pass type", ("type",),
     ("price",)),
    ("car_class: economy, compact, suv\nrental_id: integer\ndaily_rate: decimal, varies by car_class", ("class",),
     ("rate",)),
    ("Cloud instances with instance ids, sizes (small, medium, large) and hourly costs according to the size",
     ("size",), ("cost",)),
]


@pytest.mark.parametrize(("text", "category", "value"), TIERS)
def test_a_number_said_to_follow_a_category_rises_with_it_in_listed_order(planner, text, category, value):
    schema, df = planned_rows(planner, text, 300, 15)
    c, v = column_named(schema, *category), column_named(schema, *value, avoid=category)
    listed = next(col.args["elements"] for col in schema.columns if col.name == c)
    values = numbers(df, v)
    bands = [values[df[c] == x] for x in listed]
    assert all(len(b) for b in bands)
    assert all(a.max() <= b.min() for a, b in itertools.pairwise(bands)), [b.describe() for b in bands]


FREE = [
    ("Streaming accounts: account id, tier (Free, Standard, Premium), monthly charge", ("tier",), ("charge",)),
    ("App users\n- user id\n- subscription plan: free, plus, pro\n- revenue usd", ("plan",), ("revenue",)),
    ("VPN customers with customer ids, plans (Free, Basic, Ultimate) and annual fees", ("plan",), ("fee",)),
    ("customer: company\nlicense: Free, Team or Enterprise\nbilled amount", ("license",), ("amount",)),
    ("Museum members: member id, membership level (free, friend, patron), yearly price", ("level",), ("price",)),
]


@pytest.mark.parametrize(("text", "plan", "charge"), FREE)
def test_a_charge_beside_a_free_plan_is_zero_there_and_paid_elsewhere(planner, text, plan, charge):
    schema, df = planned_rows(planner, text, ROWS, 16)
    p, c = column_named(schema, *plan), column_named(schema, *charge, avoid=plan)
    free = df[p].astype(str).str.lower() == "free"
    assert free.any() and (~free).any()
    assert (numbers(df, c)[free] == 0).all()
    assert (numbers(df, c)[~free] > 0).all()


WHOLE_SHARES = [
    ("Harvest: field id, expected crates (5 to 40), picked crates (within 10% of expected crates)", ("picked",),
     ("expected",), 0.9, 1.1),
    ("Print runs\n- run id\n- copies ordered: integer 3-60\n- copies printed: integer, within 5% of copies ordered",
     ("printed",), ("ordered",), 0.95, 1.05),
    ("Flocks: flock id, birds (10 to 90), sick birds (at most 5% of birds)", ("sick",), ("birds",), 0, 0.05),
    ("batches: batch_no, eggs_set: integer 4-50, eggs_cracked (up to 8% of eggs_set)", ("cracked",),
     ("set",), 0, 0.08),
    ("Classes with class ids, pupils between 8 and 35, and absent pupils, no more than 10% of pupils", ("absent",),
     ("pupils",), 0, 0.1),
]


@pytest.mark.parametrize(("text", "part", "whole", "low", "high"), WHOLE_SHARES)
def test_a_whole_share_of_a_whole_number_stays_inside_its_stated_share(planner, text, part, whole, low, high):
    """Rounding never carries a count outside its share ('within 10% of 16' is 15 to 17, never 18)."""
    schema, df = planned_rows(planner, text, 300, 17)
    p, w = numbers(df, column_named(schema, *part)), numbers(df, column_named(schema, *whole, avoid=part))
    assert (p == p.round()).all()
    assert ((p >= w * low - 1e-9) & (p <= w * high + 1e-9)).all(), pd.concat([p, w], axis=1)[p > w * high].head()
