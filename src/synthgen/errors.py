"""The exception tree of SynthGen: every failure a user can cause or meet has a class here.

    SynthGenError                    base of everything we raise on purpose
    ├── SchemaError                  the schema (file, request or planner answer) is invalid; .problems lists why
    │   ├── CapacityError            a `unique` column cannot hold the rows asked for
    │   ├── FormulaError             a column's formula does not parse or type-check, or passes a limit
    │   ├── NotUnderstood            a planner found nothing in a description it can read as a column
    │   └── ExamplesError            example rows (a sample) cannot be read: not a list of objects, empty, ...
    ├── LimitError                   a request exceeds a configured limit (rows, columns, description length)
    ├── PlannerError                 a planner could not turn a description into a valid schema
    │   ├── PlannerTimeout           ... within the time budget
    │   └── PlannerUnavailable       ... because the LLM service is overloaded or rate limited
    │       └── PlannerBusy          ... because this server is already planning as much as it may
    ├── GenerationError              Faker itself failed while making a column's values
    └── ExportError                  an unknown output format or an unwritable destination

Front doors map these to HTTP statuses and CLI exit codes; nothing else should reach a user.
"""

from __future__ import annotations


class SynthGenError(Exception):
    """Base class for errors SynthGen raises on purpose."""

    code = "synthgen_error"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class SchemaError(SynthGenError):
    """The schema is invalid. `problems` holds one human sentence per problem, each naming its field."""

    code = "invalid_schema"

    def __init__(self, problems: list[str] | str) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("; ".join(self.problems))


class CapacityError(SchemaError):
    """A `unique` column has fewer possible values than the rows asked for."""

    code = "unique_capacity"


class FormulaError(SchemaError):
    """A formula is invalid: syntax, an unknown name, mixed types or a limit. `position` is the 0-based
    character where the problem is (None for the whole formula); the message shows it with an excerpt."""

    def __init__(self, problem: str, position: int | None = None) -> None:
        super().__init__(problem)
        self.position = position


class NotUnderstood(SchemaError):
    """A planner found nothing in the description it can read as a column (code "not_understood").

    The message says so and shows an example description; `unrecognised` lists the words the planner could not
    read. Front doors treat it as any SchemaError: a 422 from the API, exit code 2 from the CLI."""

    code = "not_understood"
    EXAMPLE = ("customer orders with order id, customer name, email, order date, status (pending, shipped, "
               "delivered) and amount between 5 and 500")

    def __init__(self, detail: str | None = None, *, unrecognised: list[str] | None = None) -> None:
        self.unrecognised = list(unrecognised or [])
        if detail is None:
            words = ", ".join(f"'{w[:60]}'" for w in self.unrecognised[:10])
            detail = (f"nothing in the description reads as a column{f' (not understood: {words})' if words else ''}; "
                      f"name the columns you want and their values, e.g. \"{self.EXAMPLE}\"")
        super().__init__(detail)


class ExamplesError(SchemaError):
    """Example rows (a sample) cannot be read or planned from: not a list of objects, mixed shapes, empty, a CSV
    that does not parse, too many records or columns. A 422 from the API, exit code 2 from the CLI."""

    code = "invalid_examples"


class LimitError(SynthGenError):
    """A request exceeds a limit; `field` and `limit` say which."""

    code = "limit_exceeded"

    def __init__(self, detail: str, *, field: str = "", limit: int | None = None) -> None:
        super().__init__(detail)
        self.field = field
        self.limit = limit


class PlannerError(SynthGenError):
    """A planner failed to produce a valid schema."""

    code = "planner_failed"


class PlannerTimeout(PlannerError):
    """The planner did not answer within its time budget."""

    code = "planner_timeout"


class PlannerUnavailable(PlannerError):
    """The LLM service refused for now (rate limit, overload); `retry_after` seconds is a hint."""

    code = "planner_unavailable"

    def __init__(self, detail: str, *, retry_after: int = 30) -> None:
        super().__init__(detail)
        self.retry_after = retry_after


class PlannerBusy(PlannerUnavailable):
    """Every planning slot (MAX_CONCURRENT_PLANS) is taken; refused before any planner call."""

    code = "planner_busy"


class GenerationError(SynthGenError):
    """Faker itself failed while making a column's values (a provider that raises on some draws)."""

    code = "generation_failed"


class ExportError(SynthGenError):
    """An output format or destination problem."""

    code = "export_failed"
