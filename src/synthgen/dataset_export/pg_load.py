"""Loads a dataset straight into a live PostgreSQL (psycopg 3): CREATE TABLEs, one COPY per table, then the keys
and links (each checked in one pass), all in one transaction, so the database ends with the whole dataset or
with nothing of it.

A failure at any point (a bad URL, an unreachable server, a table that already exists, a value the column
refuses, a dropped connection, the engine's own error) rolls everything back; psycopg's failures become an
ExportError naming the URL without its password, the table, and PostgreSQL's reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ..dataset_stream import TableStream
from ..errors import ExportError
from . import names
from .cells import copy_text
from .pg_script import copy_statement
from .sqltypes import add_keys, create_table

if TYPE_CHECKING:
    import psycopg

OnRows = Callable[[str, int], object]
CONNECT_TIMEOUT_S = 10
_SCHEMES = ("postgresql://", "postgres://")


def redact(url: str) -> str:
    """The URL with its password (in the user part or a password= parameter) replaced by ***."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return re.sub(r"(?i)(password\s*=\s*)\S+", r"\1***", url)
    netloc, slash, tail = rest.partition("/")
    userinfo, at, host = netloc.rpartition("@")
    if at and ":" in userinfo:
        netloc = userinfo.split(":", 1)[0] + ":***@" + host
    return scheme + sep + netloc + slash + re.sub(r"(?i)(password=)[^&]*", r"\1***", tail)


def load_postgres(url: str, streams: Sequence[TableStream], *, on_rows: OnRows | None = None) -> dict[str, int]:
    """Create the tables and COPY every row into the database at `url`, in one transaction; return the rows
    loaded per table. Raises ExportError (nothing loaded) on any database failure."""
    if not isinstance(url, str) or not url.startswith(_SCHEMES):
        shown = redact(url) if isinstance(url, str) else repr(url)
        raise ExportError(f"cannot load into {shown!r}: a PostgreSQL URL starts with postgresql:// "
                          "(e.g. postgresql://user:password@localhost:5432/shop)")
    names.check(streams, max_bytes=names.POSTGRES_NAME_BYTES)
    ddl = [create_table(stream, "postgres", keys=False) for stream in streams]
    import psycopg  # only when a database is asked for

    shown = redact(url)
    secret = _password(url)
    try:
        conn = psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_S, application_name="synthgen")
    except (psycopg.Error, ValueError) as exc:  # ValueError: a URL whose shape libpq refuses before connecting
        raise ExportError(f"cannot connect to {shown}: {_reason(exc, secret)}") from None
    table = None
    try:
        with conn, conn.transaction():
            for stream, statement in zip(streams, ddl, strict=True):
                table = stream.name
                conn.execute(statement)  # built from quoted names only
            written = {}
            for stream in streams:
                table = stream.name
                written[stream.name] = _copy(conn, stream, on_rows)
            for table, statement in add_keys(streams):
                conn.execute(statement)  # built from quoted names only
    except psycopg.Error as exc:
        raise ExportError(_failure(exc, shown, secret, table)) from None
    finally:
        conn.close()
    return written


def _copy(conn: psycopg.Connection, stream: TableStream, on_rows: OnRows | None) -> int:
    rows = 0
    with conn.cursor() as cur, cur.copy(copy_statement(stream)) as copy:
        for batch in stream.batches:
            if batch.num_rows:
                copy.write(copy_text(batch, stream))
                rows += batch.num_rows
                if on_rows is not None:
                    on_rows(stream.name, rows)
    return rows


def _failure(exc: BaseException, shown: str, secret: str | None, table: str | None) -> str:
    import psycopg

    reason = _reason(exc, secret)
    where = f" table {table!r}" if table else ""
    if isinstance(exc, psycopg.errors.DuplicateTable):
        return (f"cannot load into {shown}: table {table!r} already exists there; nothing was loaded (drop it "
                "or load into another database)")
    if isinstance(exc, psycopg.OperationalError):
        return f"lost the connection to {shown} while loading{where}: {reason}; nothing was committed"
    return f"loading{where} into {shown} failed: {reason}; nothing was loaded (the transaction was rolled back)"


def _password(url: str) -> str | None:
    try:
        password = urlsplit(url).password
    except ValueError:
        return None
    return password or None


def _reason(exc: BaseException, secret: str | None) -> str:
    diag = getattr(exc, "diag", None)
    text = (getattr(diag, "message_primary", None) or str(exc)).strip()
    detail = getattr(diag, "message_detail", None)
    if detail:
        text += f" ({detail.strip()})"
    text = " ".join(text.split()) or type(exc).__name__
    return text.replace(secret, "***") if secret else text
