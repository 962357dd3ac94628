"""The offline planner's column rules: totals, parts of a whole, grades, status-dependent columns, cities by
country and datetime links, each checked on every generated row; and the cases it must leave alone."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

import synthgen
from synthgen.planners.offline.fields import Field
from synthgen.planners.offline.planner import OfflinePlanner
from synthgen.planners.offline.rules import nested_lists, ref, rules_data
from synthgen.planners.offline.validate import validated
from synthgen.schema import DatasetSchema

ROWS = 2000


@pytest.fixture(scope="module")
def planner() -> OfflinePlanner:
    return OfflinePlanner()


def plan(planner: OfflinePlanner, text: str) -> DatasetSchema:
    return planner.plan(text).schema


def col(schema: DatasetSchema, name: str) -> Any:
    return next(c for c in schema.columns if c.name == name)


def rows(schema: DatasetSchema, n: int = ROWS) -> pd.DataFrame:
    return synthgen.generate(schema, rows=n, seed=3)


def test_total_is_quantity_times_unit_price(planner: OfflinePlanner) -> None:
    schema = plan(planner, "Online orders with order id, quantity, unit price and total")
    assert col(schema, "total").formula == "round(quantity * unit_price, 2)"
    df = rows(schema)
    assert ((df.total - (df.quantity * df.unit_price).round(2)).abs() < 0.006).all()
    assert df.total.nunique() > ROWS // 2  # computed per row, not one value


def test_dates_filled_only_for_their_status(planner: OfflinePlanner) -> None:
    schema = plan(planner, "Online orders with order id, order date, ship date, delivery date, "
                           "status (pending, shipped, delivered, cancelled)")
    assert col(schema, "ship_date").when.model_dump(exclude_none=True) == {"column": "status",
                                                                         "in": ["shipped", "delivered"]}
    assert col(schema, "delivery_date").when.values == ["delivered"]
    df = rows(schema)
    assert (df.ship_date.notna() == df.status.isin(["shipped", "delivered"])).all()
    assert (df.delivery_date.notna() == df.status.eq("delivered")).all()
    shipped = df[df.ship_date.notna()]
    gap = pd.to_datetime(shipped.ship_date) - pd.to_datetime(shipped.order_date)
    assert len(shipped) > ROWS // 4 and gap.between(pd.Timedelta(0), pd.Timedelta(days=3)).all()


def test_refunds_only_for_refunded_payments_and_never_above_the_amount(planner: OfflinePlanner) -> None:
    schema = plan(planner, "Payments: payment id, paid date, amount, status one of paid, refunded, failed; "
                           "refund amount; refund date")
    refund = col(schema, "refund_amount")
    assert refund.formula == "round(amount * uniform(0.2, 1.0), 2)" and refund.when.values == ["refunded"]
    assert col(schema, "refund_date").after.column == "paid_date"
    df = rows(schema)
    refunded = df.status.eq("refunded")
    assert (df.refund_amount.notna() == refunded).all() and (df.refund_date.notna() == refunded).all()
    assert (df.paid_date.notna() == df.status.isin(["paid", "refunded"])).all()  # failed payments were not paid
    r = df[refunded]
    assert len(r) > 100 and (r.refund_amount <= r.amount).all() and (r.refund_amount > 0).all()
    assert (pd.to_datetime(r.refund_date) > pd.to_datetime(r.paid_date)).all()


def test_reasons_only_where_the_status_has_one(planner: OfflinePlanner) -> None:
    schema = plan(planner, "bookings with booking id, status (confirmed, cancelled, refunded), cancellation reason, "
                           "refund reason, special requests")
    df = rows(schema)
    assert (df.cancellation_reason.notna() == df.status.eq("cancelled")).all()
    assert (df.refund_reason.notna() == df.status.eq("refunded")).all()
    assert col(schema, "special_requests").when is None


def test_amount_paid_never_exceeds_amount_due(planner: OfflinePlanner) -> None:
    schema = plan(planner, "Invoices with invoice number, invoice date, amount due, amount paid, payment date")
    assert "amount_due" in col(schema, "amount_paid").formula
    df = rows(schema)
    assert (df.amount_paid <= df.amount_due).all() and (df.amount_paid >= 0).all()
    full = (df.amount_paid == df.amount_due).mean()
    assert 0.5 < full < 0.9  # most pay in full, some in part


def test_discount_amount_below_the_price(planner: OfflinePlanner) -> None:
    schema = plan(planner, "products with name, price and discount amount")
    assert col(schema, "discount_amount").formula == "round(price * uniform(0, 0.5), 2)"
    df = rows(schema)
    assert (df.discount_amount <= df.price * 0.5 + 0.005).all()


def test_a_refund_is_of_the_sale_not_of_its_discount(planner: OfflinePlanner) -> None:
    schema = plan(planner, "sales with qty, unit price, line total, discount amount, tax amount, refund amount")
    assert col(schema, "refund_amount").formula == "round(line_total * uniform(0.2, 1.0), 2)"
    df = rows(schema)
    assert (df.refund_amount <= df.line_total).all()


def test_letter_grade_from_the_score(planner: OfflinePlanner) -> None:
    schema = plan(planner, "Student results with student name, exam score between 0 and 100 and letter grade")
    assert col(schema, "letter_grade").formula == \
        "bucket(exam_score, [60, 70, 80, 90], ['F', 'D', 'C', 'B', 'A'])"
    assert col(schema, "exam_score").distribution.kind == "normal"
    df = rows(schema)
    expected = pd.cut(df.exam_score, [-1, 59.5, 69.5, 79.5, 89.5, 100], labels=list("FDCBA")).astype(str)
    assert (df.letter_grade == expected).all()
    assert df.exam_score.between(0, 100).all()
    shares = df.letter_grade.value_counts(normalize=True)
    assert set(shares.index) == set("ABCDF") and shares.max() < 0.45  # a spread of grades, not mostly F


def test_pass_fail_grade_from_a_score_range(planner: OfflinePlanner) -> None:
    schema = plan(planner, "driving tests with candidate name, test score (0 to 40), grade: pass, fail")
    assert col(schema, "grade").formula == "bucket(test_score, [20], ['fail', 'pass'])"
    df = rows(schema)
    assert ((df.test_score >= 20) == df.grade.eq("pass")).all()


def test_city_follows_the_listed_country(planner: OfflinePlanner) -> None:
    schema = plan(planner, "Customers with name, email, country (France, Germany, Japan, USA) and city")
    cities = rules_data().cities
    df = rows(schema)
    for country, group in df.groupby("country"):
        assert set(group.city) <= set(cities[country.lower()]), country
    paris = df[df.country == "France"].city.value_counts()
    assert paris.index[0] == "Paris"  # the largest city comes up most


@pytest.mark.parametrize("text, sub", [
    ("products with name, category (electronics: phones, laptops; clothing: shirts, shoes), subcategory and price",
     "subcategory"),
    ("tickets with type (hardware: laptop, printer; software: email or vpn) and priority", "subtype"),  # made
])
def test_sub_choices_follow_their_choice(planner: OfflinePlanner, text: str, sub: str) -> None:
    schema = plan(planner, text)
    head = sub[3:]
    lists = col(schema, sub).by.elements
    assert col(schema, head).args["elements"] == list(lists) and col(schema, sub).by.column == head
    df = rows(schema)
    for value, group in df.groupby(head):
        assert set(group[sub]) == set(lists[value]), value
    assert len(lists) == 2 and all(len(v) == 2 for v in lists.values())


def test_nested_lists_only_in_the_plain_form() -> None:
    assert nested_lists("category (food: bread, milk; toys: ball or kite)") == \
        ("category (food, toys)", {"food": ["bread", "milk"], "toys": ["ball", "kite"]})
    for text in ("category (food: bread; toys)", "category (food: bread, milk)", "category (a: x; a: y)",
                 "(a: x; b: y)", "status: open; closed", "category (food: (bread); toys: ball)"):
        assert nested_lists(text) is None, text


@pytest.mark.parametrize("text, follower, leader, low, high", [
    ("Hospital admissions with patient id, admission datetime, discharge datetime, ward",
     "discharge_datetime", "admission_datetime", 0.05, 3),
    ("Hotel stays: guest name, check-in time, check-out time, room type", "check_out_time", "check_in_time", 0.8, 14),
    ("Support tickets: ticket id, created at timestamp, resolved at timestamp", "resolved_at_timestamp",
     "created_at_timestamp", 0.02, 14),
])
def test_datetimes_follow_by_fractions_of_a_day(planner: OfflinePlanner, text: str, follower: str, leader: str,
                                                low: float, high: float) -> None:
    schema = plan(planner, text)
    after = col(schema, follower).after
    assert (after.column, after.min_days, after.max_days) == (leader, low, high)
    df = rows(schema)
    days = (pd.to_datetime(df[follower]) - pd.to_datetime(df[leader])).dt.total_seconds() / 86400
    assert days.between(low - 1e-6, high + 1e-6).all()
    assert (days % 1 != 0).mean() > 0.9  # fractions of a day, not whole days


@pytest.mark.parametrize("text, name", [
    ("orders with order id, total and status (pending, shipped)", "total"),  # no quantity or price: a total stays
    ("orders with ship date and status (open, closed)", "ship_date"),  # no status value names shipping
    ("orders with order date, expected delivery date and status (pending, delivered)", "expected_delivery_date"),
    ("students with math score, reading score and grade", "grade"),  # which score? none
    ("customers with name, country (France, Atlantis) and city", "city"),  # an unknown country: no lists
    ("payments with amount, refund date and status: refunded", "refund_date"),  # every row is refunded
    ("products with price and discount", "discount"),  # a percentage, not an amount below the price
    ("deliveries with quantity, unit price and total distance", "total_distance"),  # not money: no total
    ("parcels with quantity, unit price, total weight", "total_weight"),
])
def test_no_rule_where_the_words_do_not_say_so(planner: OfflinePlanner, text: str, name: str) -> None:
    column = col(plan(planner, text), name)
    assert column.formula is None and column.when is None and column.by is None, column
    assert column.provider is not None


def test_rules_are_dropped_before_columns_are_replaced() -> None:
    notes: list[str] = []
    amount = Field("amount", "pyfloat", {"min_value": 1.0, "max_value": 9.0, "right_digits": 2}, kind="float")
    broken = Field("share", "pyfloat", {"min_value": 1.0, "max_value": 9.0, "right_digits": 2}, kind="float",
                   formula="round(amount * , 2)")
    schema = validated("t", "en_US", [amount, broken], notes)
    assert col(schema, "share").provider == "pyfloat" and col(schema, "share").formula is None
    assert any("column rules were dropped" in n for n in notes)


def test_odd_names_are_quoted_in_formulas() -> None:
    assert ref("unit_price") == "unit_price"
    assert ref("round") == 'col("round")' and ref("unit price") == 'col("unit price")'
    assert ref('a"b') == 'col("a\\"b")'
