"""Client search: an index that keeps search-as-you-type fast on large card files.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

The search box looks for a fragment anywhere in a name, a phone, a plate, a VIN, an
e-mail or a make and model. A ``LIKE '%…%'`` over the tables reads every row (a tenth of
a second at 100,000 clients); trigram indexes answer it from the few rows that hold the
fragment's three-letter pieces. Both engines get one search row per (client, car) pair —
a client without cars gets one row without a car — so a query such as "Иванов Kia" is one
index lookup and its answer is already the list the intake box shows.

- SQLite: ``client_search`` is an FTS5 table with the ``trigram`` tokenizer (SQLite 3.34+),
  which also folds case for every alphabet. Its rowid is the car's id, or minus the
  client's id for a client without cars, so triggers find a client's rows by rowid.
- PostgreSQL: ``client_search`` is a plain table with ``pg_trgm`` GIN indexes (a trusted
  extension: the database owner may create it). Its ``words`` column holds the name,
  e-mail, VIN, make and model fields in one text, each after a line break (the
  patronymic after a tab), so that "a word occurs in any of them" is one index scan, not
  eight, and "a field begins with it" is ``LIKE '%<line break>ива%'``; the columns that
  are searched alone (names by their first letters, phones, plates, VINs) have one
  GIN index together.

The rows are written by triggers on ``clients``, ``client_phones`` and ``vehicles``, so
every writer keeps them right without calling anything: the services, the demo shop's
bulk inserts and PostgreSQL COPY, imports, even an SQL console. Triggers use built-in
functions only. They store text folded as the search folds the typed text: ё as е,
plates without spaces and with the Latin look-alike letters made Cyrillic, and on
PostgreSQL lower case (FTS5 folds case itself). On SQLite every column but the phones
starts with two spaces, so "begins with" is a phrase like any other ("  ива") and one or
two typed letters ("  и") still make a three-letter piece; the phones need none, each
number starts with "+". The copy of the letter table below is frozen with this step.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PLATE_LATIN = "abekmhopctyx"
PLATE_CYRILLIC = "авекмнорстух"
PAD = "  "
TEXT_COLUMNS = (
    "last_name", "first_name", "middle_name", "company_name",
    "phones", "plate", "vin", "email", "make", "model",
)  # fmt: skip
COLUMNS = "client_id, vehicle_id, " + ", ".join(TEXT_COLUMNS)
PG_WORDS = (
    ("chr(10)", "last_name"), ("chr(10)", "first_name"), ("chr(9)", "middle_name"),
    ("chr(10)", "company_name"), ("chr(10)", "email"), ("chr(10)", "vin"),
    ("chr(10)", "make"), ("chr(10)", "model"),
)  # fmt: skip
PG_FIELDS = ("last_name", "first_name", "company_name", "phones", "plate", "vin")
WATCHED = {
    "clients": ("id", "last_name, first_name, middle_name, company_name, email"),
    "client_phones": ("client_id", "client_id, number"),
    "vehicles": ("owner_id", "owner_id, make, model, plate, vin"),
}
"""Each table's column naming the client, and the columns whose update SQLite's triggers
follow; PostgreSQL's follow any update, as triggers that see a statement's rows at once
(one refresh for a COPY of thousands) cannot name columns."""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _upgrade_postgresql()
    else:
        _upgrade_sqlite()


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in WATCHED:
        for event in ("insert", "update", "delete"):
            name = f"client_search_{table}_{event}"
            op.execute(f"DROP TRIGGER IF EXISTS {name}" + (f" ON {table}" if postgres else ""))
    op.execute("DROP TABLE IF EXISTS client_search")
    if postgres:
        op.execute("DROP FUNCTION IF EXISTS client_search_changed()")
        op.execute("DROP FUNCTION IF EXISTS client_search_refresh(integer[])")


# -- SQLite --------------------------------------------------------------------------------


def _sqlite_fold(sql: str) -> str:
    return f"replace(replace({sql}, 'ё', 'е'), 'Ё', 'Е')"


def _sqlite_plate(sql: str) -> str:
    folded = f"lower(replace({sql}, ' ', ''))"
    for latin, cyrillic in zip(PLATE_LATIN, PLATE_CYRILLIC, strict=True):
        folded = f"replace({folded}, '{latin}', '{cyrillic}')"
    return folded


def _sqlite_rows(where: str) -> str:
    """The search rows of the clients selected by ``where`` (on ``clients c``)."""
    phones = """coalesce((SELECT group_concat(number, ' ') FROM (
                SELECT number FROM client_phones WHERE client_id = c.id ORDER BY id)), '')"""
    texts = {
        "last_name": _sqlite_fold("c.last_name"),
        "first_name": _sqlite_fold("c.first_name"),
        "middle_name": _sqlite_fold("c.middle_name"),
        "company_name": _sqlite_fold("c.company_name"),
        "plate": _sqlite_plate("v.plate"),
        "vin": "v.vin",
        "email": "c.email",
        "make": _sqlite_fold("v.make"),
        "model": _sqlite_fold("v.model"),
    }
    values = ", ".join(
        phones if name == "phones" else f"'{PAD}' || coalesce({texts[name]}, '')"
        for name in TEXT_COLUMNS
    )
    return f"""
        INSERT INTO client_search (rowid, {COLUMNS})
        SELECT coalesce(v.id, -c.id), c.id, v.id, {values}
        FROM clients c LEFT JOIN vehicles v ON v.owner_id = c.id
        WHERE {where};"""


def _sqlite_refresh(client_id: str) -> str:
    """Statements that rewrite the search rows of one client (nothing when NULL)."""
    return f"""
        DELETE FROM client_search WHERE rowid = -({client_id});
        DELETE FROM client_search
            WHERE rowid IN (SELECT id FROM vehicles WHERE owner_id = {client_id});
        {_sqlite_rows(f"c.id = {client_id}")}"""


def _upgrade_sqlite() -> None:
    op.execute(
        f"CREATE VIRTUAL TABLE client_search USING fts5("
        f"client_id UNINDEXED, vehicle_id UNINDEXED, "
        f"{', '.join(TEXT_COLUMNS)}, tokenize = 'trigram')"
    )
    op.execute(_sqlite_rows("1"))
    for table, (key, watched) in WATCHED.items():
        gone = "DELETE FROM client_search WHERE rowid = old.id;" if table == "vehicles" else ""
        bodies = {
            "insert": ("INSERT", _sqlite_refresh(f"new.{key}")),
            "update": (
                f"UPDATE OF {watched}",
                gone + _sqlite_refresh(f"old.{key}") + _sqlite_refresh(f"new.{key}"),
            ),
            "delete": ("DELETE", gone + _sqlite_refresh(f"old.{key}")),
        }
        for event, (when, body) in bodies.items():
            op.execute(
                f"CREATE TRIGGER client_search_{table}_{event} AFTER {when} ON {table} "
                f"BEGIN {body} END"
            )


# -- PostgreSQL ----------------------------------------------------------------------------


def _pg_fold(sql: str) -> str:
    return f"replace(lower({sql}), 'ё', 'е')"


def _upgrade_postgresql() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(
        "CREATE TABLE client_search ("
        "id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
        "client_id integer NOT NULL, vehicle_id integer, "
        + ", ".join(f"{name} text NOT NULL" for name in (*TEXT_COLUMNS, "words"))
        + ")"
    )
    op.execute("CREATE INDEX ix_client_search_client_id ON client_search (client_id)")
    # Without fast update a save writes the index at once: every keystroke would
    # otherwise read through the list of pending entries until a vacuum empties it.
    for name, columns in (("words", ("words",)), ("fields", PG_FIELDS)):
        op.execute(
            f"CREATE INDEX ix_client_search_{name} ON client_search USING gin ("
            + ", ".join(f"{column} gin_trgm_ops" for column in columns)
            + ") WITH (fastupdate = off)"
        )
    plate = f"translate(lower(replace(v.plate, ' ', '')), '{PLATE_LATIN}', '{PLATE_CYRILLIC}')"
    words = " || ".join(f"{separator} || f.{name}" for separator, name in PG_WORDS)
    op.execute(
        f"""
        CREATE FUNCTION client_search_refresh(changed integer[]) RETURNS void
        LANGUAGE sql AS $$
        -- Two desks changing one client's card, phones or cars at once: the second waits
        -- here, then sees the first one's rows, so no stale or doubled line is left.
        SELECT 1 FROM clients WHERE id = ANY (changed) ORDER BY id FOR UPDATE;
        DELETE FROM client_search WHERE client_id = ANY (changed);
        INSERT INTO client_search ({COLUMNS}, words)
        SELECT f.*, {words} FROM (
            SELECT c.id, v.id, {_pg_fold("c.last_name")}, {_pg_fold("c.first_name")},
                {_pg_fold("c.middle_name")}, {_pg_fold("c.company_name")},
                coalesce((SELECT string_agg(p.number, ' ' ORDER BY p.id)
                          FROM client_phones p WHERE p.client_id = c.id), ''),
                coalesce({plate}, ''), coalesce(lower(v.vin), ''), lower(c.email),
                coalesce({_pg_fold("v.make")}, ''), coalesce({_pg_fold("v.model")}, '')
            FROM clients c LEFT JOIN vehicles v ON v.owner_id = c.id
            WHERE c.id = ANY (changed)
        ) AS f ({COLUMNS});
        $$"""
    )
    # One call per statement, not per row: a COPY of 5,000 clients is one refresh.
    op.execute(
        """
        CREATE FUNCTION client_search_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            changed integer[] := '{}';
            part integer[];
        BEGIN
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                EXECUTE format('SELECT array_agg(%I) FROM new_rows', TG_ARGV[0]) INTO part;
                changed := changed || coalesce(part, '{}');
            END IF;
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
                EXECUTE format('SELECT array_agg(%I) FROM old_rows', TG_ARGV[0]) INTO part;
                changed := changed || coalesce(part, '{}');
            END IF;
            PERFORM client_search_refresh(changed);
            RETURN NULL;
        END $$"""
    )
    transition = {
        "insert": "NEW TABLE AS new_rows",
        "update": "OLD TABLE AS old_rows NEW TABLE AS new_rows",
        "delete": "OLD TABLE AS old_rows",
    }
    for table, (key, _watched) in WATCHED.items():
        for event, tables in transition.items():
            op.execute(
                f"CREATE TRIGGER client_search_{table}_{event} AFTER {event.upper()} ON {table} "
                f"REFERENCING {tables} FOR EACH STATEMENT "
                f"EXECUTE FUNCTION client_search_changed('{key}')"
            )
    op.execute("SELECT client_search_refresh(array(SELECT id FROM clients))")
