-- The knowledge base schema, version 1. SQLite is the store of record; the Lucene index is derived from it
-- (see docs/architecture.md, "The store"). Dates are ISO days (YYYY-MM-DD) as text, so they sort as dates.

-- Counters of the store: 'seq' numbers the committed write batches; 'lucene_seq' is not kept here (it lives in
-- the Lucene commit), which is how the index knows which batches it has not seen.
CREATE TABLE store_state (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO store_state (name, value) VALUES ('seq', 0);

-- One row per article: the latest version seen under its id.
CREATE TABLE article (
    id           TEXT PRIMARY KEY,
    url          TEXT,
    title        TEXT,
    outlet       TEXT,
    published    TEXT,
    dateline     TEXT,
    language     TEXT,
    text         TEXT NOT NULL,
    content_hash TEXT NOT NULL
);
CREATE INDEX article_url ON article (url);

-- One identity per real person (or speaking organization). Counts and seen dates are derived from sightings and
-- statements and refreshed whenever those change.
CREATE TABLE person (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    organization    INTEGER NOT NULL,
    statement_count INTEGER NOT NULL DEFAULT 0,
    article_count   INTEGER NOT NULL DEFAULT 0,
    first_seen      TEXT,
    last_seen       TEXT,
    seq             INTEGER NOT NULL
);
CREATE INDEX person_statement_count ON person (statement_count DESC, id);

-- A person as one article names them.
CREATE TABLE sighting (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES person (id),
    article_id TEXT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    seen       TEXT,
    outlet     TEXT
);
CREATE INDEX sighting_person ON sighting (person_id, seen, article_id);
CREATE INDEX sighting_article ON sighting (article_id);
CREATE INDEX sighting_name ON sighting (name);

CREATE TABLE sighting_alias (
    sighting_id INTEGER NOT NULL REFERENCES sighting (id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    PRIMARY KEY (sighting_id, alias)
) WITHOUT ROWID;

CREATE TABLE sighting_role (
    sighting_id INTEGER NOT NULL REFERENCES sighting (id) ON DELETE CASCADE,
    role        TEXT NOT NULL,
    PRIMARY KEY (sighting_id, role)
) WITHOUT ROWID;

-- Derived from sightings: every spelling of a person, and every role with the days it was first and last seen.
CREATE TABLE person_alias (
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    PRIMARY KEY (person_id, alias)
) WITHOUT ROWID;
CREATE INDEX person_alias_alias ON person_alias (alias);

CREATE TABLE person_role (
    person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    first_seen TEXT,
    last_seen  TEXT,
    articles   INTEGER NOT NULL,
    PRIMARY KEY (person_id, role)
) WITHOUT ROWID;

-- Blocking keys (NameForms.blockingKeys): candidate identities for a new sighting are found here, never by a scan.
CREATE TABLE person_key (
    key       TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (key, person_id)
) WITHOUT ROWID;
CREATE INDEX person_key_person ON person_key (person_id);

-- One record per statement across articles. Text, kind, speaker and date are those of the earliest source.
CREATE TABLE statement (
    id              INTEGER PRIMARY KEY,
    text            TEXT NOT NULL,
    kind            TEXT NOT NULL,
    speaker_id      INTEGER REFERENCES person (id),
    speaker_role    TEXT,
    date            TEXT,
    date_derivation TEXT NOT NULL,
    reports_id      INTEGER REFERENCES statement (id) ON DELETE SET NULL,
    source_count    INTEGER NOT NULL,
    seq             INTEGER NOT NULL
);
CREATE INDEX statement_speaker ON statement (speaker_id, date);
CREATE INDEX statement_date ON statement (date);
CREATE INDEX statement_reports ON statement (reports_id);
CREATE INDEX statement_seq ON statement (seq);

-- Blocking keys (StatementFingerprint.blockingKeys) of every version of a statement.
CREATE TABLE statement_key (
    key          INTEGER NOT NULL,
    statement_id INTEGER NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
    PRIMARY KEY (key, statement_id)
) WITHOUT ROWID;
CREATE INDEX statement_key_statement ON statement_key (statement_id);

CREATE TABLE statement_topic (
    statement_id INTEGER NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
    topic        TEXT NOT NULL,
    PRIMARY KEY (statement_id, topic)
) WITHOUT ROWID;
CREATE INDEX statement_topic_topic ON statement_topic (topic);

-- One passage of one article that carries a statement: the article's quote number 'position'.
CREATE TABLE source (
    article_id      TEXT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    statement_id    INTEGER NOT NULL REFERENCES statement (id),
    sighting_id     INTEGER REFERENCES sighting (id) ON DELETE SET NULL,
    kind            TEXT NOT NULL,
    text            TEXT NOT NULL,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    speaker_name    TEXT,
    speaker_role    TEXT,
    cue             TEXT,
    cue_start       INTEGER NOT NULL,
    cue_end         INTEGER NOT NULL,
    confidence      REAL NOT NULL,
    date            TEXT,
    date_derivation TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX source_statement ON source (statement_id, date);
CREATE INDEX source_sighting ON source (sighting_id);

-- Users' corrections of identities, re-applied after every ingest. They name people by aliases, never by id, so
-- they still apply when identities are rebuilt: merge (the holders of aliases_a and of aliases_b are one person) and
-- split (articles naming somebody by one of aliases_a never mean the person they name by one of aliases_b).
CREATE TABLE correction (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
    aliases_a TEXT NOT NULL,
    aliases_b TEXT NOT NULL,
    created   TEXT NOT NULL
);

-- Statements and people deleted since the search index last caught up (its seq), so it can drop them too.
CREATE TABLE removed (
    kind TEXT NOT NULL CHECK (kind IN ('statement', 'person')),
    id   INTEGER NOT NULL,
    seq  INTEGER NOT NULL
);
CREATE INDEX removed_seq ON removed (seq);
