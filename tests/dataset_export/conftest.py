"""Fixtures for the dataset writers: a small shop (customers -> orders -> items) built by hand from Arrow
batches, with keys, dates, money with scales, booleans, nulls, awkward text and a column named like an SQL
keyword; and a real throwaway PostgreSQL server (Debian's), started once per session."""

from __future__ import annotations

import datetime as dt
import glob
import math
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

from synthgen.dataset_stream import ForeignKey, TableStream

AWKWARD = ['O\'Brien "the" one', "tab\there", "line\nbreak", "cr\r\nlf", "back\\slash", "\\.", "\\N",
           "ünïcødé 日本語 🎉", "=SUM(A1)", "", "comma, semi; pipe|", "  spaced  "]


@dataclass
class Shop:
    """The full tables, and streams over them cut into small batches (made lazily, like the engine's)."""

    tables: dict[str, pa.Table]
    batch_rows: int = 7

    def streams(self, **replace: Callable[[pa.Table], Iterator[pa.RecordBatch]]) -> list[TableStream]:
        """Fresh TableStreams (batches are one-shot); `replace` gives a table other batches (e.g. failing)."""
        links = {"orders": (ForeignKey("customer_id", "customers", "customer_id"),),
                 "items": (ForeignKey("order_id", "orders", "order_id"),)}
        keys = {"customers": "customer_id", "orders": "order_id", "items": "item_id"}
        scales = {"customers": {"balance": 2}, "orders": {"total": 2}, "items": {"unit_price": 2}}
        out = []
        for name, table in self.tables.items():
            make = replace.get(name, self.batches)
            out.append(TableStream(name, table.schema, make(table), keys[name], links.get(name, ()),
                                   scales[name], table.num_rows))
        return out

    def batches(self, table: pa.Table) -> Iterator[pa.RecordBatch]:
        for start in range(0, table.num_rows, self.batch_rows):
            yield from table.slice(start, self.batch_rows).to_batches()


def make_shop(customers: int = 40, seed: int = 7) -> Shop:
    rng = np.random.default_rng(seed)
    ids = np.arange(1, customers + 1, dtype=np.int64)
    names = [AWKWARD[i % len(AWKWARD)] if i % 3 == 0 else f"Customer {i}" for i in range(customers)]
    names[5] = None
    signup = [dt.date(2022, 1, 1) + dt.timedelta(days=int(d)) for d in rng.integers(0, 900, customers)]
    vip = [None if i % 7 == 0 else bool(i % 2) for i in range(customers)]
    balance = np.round(rng.uniform(0, 5000, customers), 2)
    balance[3] = np.nan  # no NUMERIC holds NaN: it becomes NULL
    created = [dt.datetime(2023, 5, 1, 13, 45) + dt.timedelta(seconds=int(s), microseconds=int(u))
               for s, u in zip(rng.integers(0, 10**7, customers), rng.choice([0, 250_000], customers), strict=True)]
    customers_t = pa.table({
        "customer_id": pa.array(ids), "name": pa.array(names, pa.string()),
        "signup_date": pa.array(signup, pa.date32()), "vip": pa.array(vip, pa.bool_()),
        "balance": pa.array(balance), "created_at": pa.array(created, pa.timestamp("us")),
        "select": pa.array([f"kw {i}" for i in range(customers)]).dictionary_encode(),  # an SQL keyword
    })
    per = rng.integers(0, 5, customers)  # 0..4 orders per customer
    order_customer = np.repeat(ids, per)
    n_orders = len(order_customer)
    order_ids = [str(uuid.UUID(int=int(x))) for x in rng.integers(0, 2**62, n_orders)]
    order_date = [signup[c - 1] + dt.timedelta(days=int(d))
                  for c, d in zip(order_customer, rng.integers(0, 400, n_orders), strict=True)]
    orders_t = pa.table({
        "order_id": pa.array(order_ids), "customer_id": pa.array(order_customer),
        "order_date": pa.array(order_date, pa.date32()),
        "status": pa.array([["pending", "shipped", "delivered"][i % 3] for i in range(n_orders)]),
        "total": pa.array(np.round(rng.uniform(5, 500, n_orders), 2)),
        "group": pa.array([AWKWARD[i % len(AWKWARD)] for i in range(n_orders)], pa.large_string()),
    })
    per_item = rng.integers(1, 4, n_orders)
    item_order = np.repeat(np.array(order_ids, dtype=object), per_item)
    n_items = len(item_order)
    items_t = pa.table({
        "item_id": pa.array(np.arange(1, n_items + 1, dtype=np.int64)),
        "order_id": pa.array(list(item_order), pa.string()),
        "product": pa.array([f"Product \"{i % 13}\"" for i in range(n_items)]),
        "quantity": pa.array(rng.integers(1, 10, n_items).astype(np.int32)),
        "unit_price": pa.array(np.round(rng.uniform(0.5, 99.99, n_items), 2)),
        "weight": pa.array(rng.uniform(0, 3, n_items).astype(np.float32)),
    })
    return Shop({"customers": customers_t, "orders": orders_t, "items": items_t})


@pytest.fixture
def shop() -> Shop:
    return make_shop()


# ---- a throwaway PostgreSQL server ----------------------------------------------------------------------

@dataclass(frozen=True)
class PgServer:
    host: str
    port: int
    user: str
    bindir: Path

    def url(self, db: str = "postgres", password: str | None = None) -> str:
        secret = f":{password}" if password else ""
        return f"postgresql://{self.user}{secret}@{self.host}:{self.port}/{db}"


def pg_tool(name: str) -> Path | None:
    """A PostgreSQL program: on PATH, or in Debian's /usr/lib/postgresql/<version>/bin (not on PATH there)."""
    found = shutil.which(name)
    if found:
        return Path(found)
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    return Path(candidates[-1]) if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _unprivileged() -> pwd.struct_passwd:
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    pytest.fail("running as root, and no unprivileged user (postgres, nobody) to run initdb as")


def postgres_missing() -> None:
    """Skip, or fail under SYNTHGEN_REQUIRE_POSTGRES=1 (CI, where a missing server must not pass unseen)."""
    reason = "PostgreSQL is not installed (initdb, pg_ctl not found; apt-get install postgresql)"
    if os.environ.get("SYNTHGEN_REQUIRE_POSTGRES") == "1":
        pytest.fail(reason + " and SYNTHGEN_REQUIRE_POSTGRES=1")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PgServer]:
    """initdb into a temp folder, pg_ctl start on a free port (unix socket in the same folder), stop at the end.
    Skipped when PostgreSQL is not installed, unless SYNTHGEN_REQUIRE_POSTGRES=1 (CI), which fails instead."""
    initdb, pg_ctl = pg_tool("initdb"), pg_tool("pg_ctl")
    if initdb is None or pg_ctl is None:
        postgres_missing()
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb and postgres refuse to run as root: run them as an unprivileged user
        user = _unprivileged()
        base = Path(tempfile.mkdtemp(prefix="synthgen-pg-"))  # pytest's own tmp is root-only (0700)
        os.chown(base, user.pw_uid, user.pw_gid)
        as_user = ["runuser", "-u", user.pw_name, "--"]
    else:
        base = tmp_path_factory.mktemp("postgres")
    data, log, port = base / "data", base / "server.log", _free_port()
    try:
        subprocess.run([*as_user, str(initdb), "-D", str(data), "-U", "synthgen", "--auth=trust", "-E", "UTF8",
                        "--no-locale", "--no-sync"], check=True, capture_output=True, cwd=base, timeout=300)
        options = (f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off "
                   "-c synchronous_commit=off -c max_connections=20 -c shared_buffers=32MB")
        started = subprocess.run([*as_user, str(pg_ctl), "-D", str(data), "-l", str(log), "-w", "-t", "120",
                                  "-o", options, "start"], capture_output=True, cwd=base, timeout=180, check=False)
        if started.returncode:
            pytest.fail(f"PostgreSQL did not start: {started.stderr.decode()} {log.read_text(errors='replace')}")
        yield PgServer("127.0.0.1", port, "synthgen", initdb.parent)
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run([*as_user, str(pg_ctl), "-D", str(data), "-m", "immediate", "-w", "stop"],
                           capture_output=True, cwd=base, timeout=120, check=False)
        if as_user:
            shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def pg_db(postgres_server: PgServer) -> Iterator[str]:
    """A fresh, empty database on the throwaway server; its URL. Dropped afterwards."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server.url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield postgres_server.url(name)
    with psycopg.connect(postgres_server.url(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def expected_rows(shop: Shop, table: str) -> list[tuple[object, ...]]:
    """The rows a database should hold: money as Decimal with its scale, NaN as None, dictionaries decoded."""
    import decimal

    t = shop.tables[table]
    scales = {"balance": 2, "total": 2, "unit_price": 2}
    columns = []
    for name in t.column_names:
        values = t.column(name).to_pylist()
        if name in scales:
            q = decimal.Decimal(1).scaleb(-scales[name])
            values = [None if v is None or math.isnan(v) else decimal.Decimal(repr(v)).quantize(q) for v in values]
        columns.append(values)
    return list(zip(*columns, strict=True))
