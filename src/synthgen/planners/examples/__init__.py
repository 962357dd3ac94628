"""The examples planner: a schema from sample rows (a JSON list of objects, JSON lines, or CSV), in the schema
language, so it can be seen, edited and saved. Front doors reach it through pipeline.Request(examples=...)."""

from .planner import ExamplesPlanner, fit_rows, infer_schema, kinds
from .sample import MAX_FIELDS, MAX_RECORDS, Sample, read_file, read_sample

__all__ = ["MAX_FIELDS", "MAX_RECORDS", "ExamplesPlanner", "Sample", "fit_rows", "infer_schema", "kinds", "read_file",
           "read_sample"]
