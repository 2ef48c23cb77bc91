-- The knowledge base schema on PostgreSQL, version 1: the tables of the SQLite schema (db/migration), column for
-- column, so that the same SQL serves both stores, plus PostgreSQL's own full-text search in place of the Lucene
-- index (see docs/architecture.md, "The PostgreSQL store"). Three rules keep the two stores' answers equal:
-- every text column compares and sorts by code point (COLLATE "C", as SQLite's default BINARY collation does);
-- REAL is a double, as in SQLite; and a new row's id is one more than the highest id in its table, which is how
-- SQLite numbers an INTEGER PRIMARY KEY (so a store rebuilt from the same articles gets the same ids).

CREATE TABLE store_state (
    name  TEXT COLLATE "C" PRIMARY KEY,
    value BIGINT NOT NULL
);
-- 'seq' numbers the committed write batches, as in SQLite; 'search_seq' is the batch the person-name search
-- (person_name_search) last caught up with.
INSERT INTO store_state (name, value) VALUES ('seq', 0), ('search_seq', 0);

CREATE TABLE article (
    id           TEXT COLLATE "C" PRIMARY KEY,
    url          TEXT COLLATE "C",
    title        TEXT COLLATE "C",
    outlet       TEXT COLLATE "C",
    published    TEXT COLLATE "C",
    dateline     TEXT COLLATE "C",
    language     TEXT COLLATE "C",
    text         TEXT COLLATE "C" NOT NULL,
    content_hash TEXT COLLATE "C" NOT NULL
);
CREATE INDEX article_url ON article (url);

CREATE TABLE person (
    id              BIGINT PRIMARY KEY,
    name            TEXT COLLATE "C" NOT NULL,
    organization    INTEGER NOT NULL,
    statement_count INTEGER NOT NULL DEFAULT 0,
    article_count   INTEGER NOT NULL DEFAULT 0,
    first_seen      TEXT COLLATE "C",
    last_seen       TEXT COLLATE "C",
    seq             BIGINT NOT NULL
);
CREATE INDEX person_statement_count ON person (statement_count DESC, id);
CREATE INDEX person_seq ON person (seq);

CREATE TABLE sighting (
    id         BIGINT PRIMARY KEY,
    person_id  BIGINT NOT NULL REFERENCES person (id),
    article_id TEXT COLLATE "C" NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    name       TEXT COLLATE "C" NOT NULL,
    seen       TEXT COLLATE "C",
    outlet     TEXT COLLATE "C"
);
CREATE INDEX sighting_person ON sighting (person_id, seen, article_id);
CREATE INDEX sighting_article ON sighting (article_id);
CREATE INDEX sighting_name ON sighting (name);

CREATE TABLE sighting_alias (
    sighting_id BIGINT NOT NULL REFERENCES sighting (id) ON DELETE CASCADE,
    alias       TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (sighting_id, alias)
);

CREATE TABLE sighting_role (
    sighting_id BIGINT NOT NULL REFERENCES sighting (id) ON DELETE CASCADE,
    role        TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (sighting_id, role)
);

CREATE TABLE person_alias (
    person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    alias     TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (person_id, alias)
);
CREATE INDEX person_alias_alias ON person_alias (alias);

CREATE TABLE person_role (
    person_id  BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    role       TEXT COLLATE "C" NOT NULL,
    first_seen TEXT COLLATE "C",
    last_seen  TEXT COLLATE "C",
    articles   INTEGER NOT NULL,
    PRIMARY KEY (person_id, role)
);

CREATE TABLE person_key (
    key       TEXT COLLATE "C" NOT NULL,
    person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (key, person_id)
);
CREATE INDEX person_key_person ON person_key (person_id);

-- The statement's words for PostgreSQL's text search (configuration demarche_text below), kept by the database
-- itself whenever the text changes, so the search always sees the last committed batch.
CREATE TABLE statement (
    id              BIGINT PRIMARY KEY,
    text            TEXT COLLATE "C" NOT NULL,
    kind            TEXT COLLATE "C" NOT NULL,
    speaker_id      BIGINT REFERENCES person (id),
    speaker_role    TEXT COLLATE "C",
    date            TEXT COLLATE "C",
    date_derivation TEXT COLLATE "C" NOT NULL,
    reports_id      BIGINT REFERENCES statement (id) ON DELETE SET NULL,
    source_count    INTEGER NOT NULL,
    seq             BIGINT NOT NULL
);
CREATE INDEX statement_speaker ON statement (speaker_id, date);
CREATE INDEX statement_date ON statement (date);
CREATE INDEX statement_reports ON statement (reports_id);
CREATE INDEX statement_seq ON statement (seq);
-- Newest first, the order of browsing and of sort=date: a page is read off this index without sorting.
CREATE INDEX statement_newest ON statement (date DESC NULLS LAST, id DESC);

CREATE TABLE statement_key (
    key          BIGINT NOT NULL,
    statement_id BIGINT NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
    PRIMARY KEY (key, statement_id)
);
CREATE INDEX statement_key_statement ON statement_key (statement_id);

CREATE TABLE statement_topic (
    statement_id BIGINT NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
    topic        TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (statement_id, topic)
);
CREATE INDEX statement_topic_topic ON statement_topic (topic);

CREATE TABLE source (
    article_id      TEXT COLLATE "C" NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    statement_id    BIGINT NOT NULL REFERENCES statement (id),
    sighting_id     BIGINT REFERENCES sighting (id) ON DELETE SET NULL,
    kind            TEXT COLLATE "C" NOT NULL,
    text            TEXT COLLATE "C" NOT NULL,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    speaker_name    TEXT COLLATE "C",
    speaker_role    TEXT COLLATE "C",
    cue             TEXT COLLATE "C",
    cue_start       INTEGER NOT NULL,
    cue_end         INTEGER NOT NULL,
    confidence      DOUBLE PRECISION NOT NULL,
    date            TEXT COLLATE "C",
    date_derivation TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX source_statement ON source (statement_id, date);
CREATE INDEX source_sighting ON source (sighting_id);

CREATE TABLE correction (
    id        BIGINT PRIMARY KEY,
    kind      TEXT COLLATE "C" NOT NULL CHECK (kind IN ('merge', 'split')),
    aliases_a TEXT COLLATE "C" NOT NULL,
    aliases_b TEXT COLLATE "C" NOT NULL,
    created   TEXT COLLATE "C" NOT NULL
);

-- Written by the same code as in SQLite, where the Lucene index reads it; here the search catch-up empties it.
CREATE TABLE removed (
    kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('statement', 'person')),
    id   BIGINT NOT NULL,
    seq  BIGINT NOT NULL
);
CREATE INDEX removed_seq ON removed (seq);

-- SQLite's numbering of new rows (the highest id plus one). Writers are serialised (Database takes an advisory
-- lock for each write transaction), and every insert that takes a default id writes one row. PL/pgSQL keeps the
-- plan of its query for the session (an SQL function plans it at every call); the tables are found on the
-- session's search_path, the store's schema (a SET search_path clause on the function made each call 100 times
-- slower).
CREATE FUNCTION next_person_id() RETURNS BIGINT LANGUAGE plpgsql
    AS $$ BEGIN RETURN (SELECT coalesce(max(id), 0) + 1 FROM person); END $$;
CREATE FUNCTION next_sighting_id() RETURNS BIGINT LANGUAGE plpgsql
    AS $$ BEGIN RETURN (SELECT coalesce(max(id), 0) + 1 FROM sighting); END $$;
CREATE FUNCTION next_statement_id() RETURNS BIGINT LANGUAGE plpgsql
    AS $$ BEGIN RETURN (SELECT coalesce(max(id), 0) + 1 FROM statement); END $$;
CREATE FUNCTION next_correction_id() RETURNS BIGINT LANGUAGE plpgsql
    AS $$ BEGIN RETURN (SELECT coalesce(max(id), 0) + 1 FROM correction); END $$;
ALTER TABLE person ALTER COLUMN id SET DEFAULT next_person_id();
ALTER TABLE sighting ALTER COLUMN id SET DEFAULT next_sighting_id();
ALTER TABLE statement ALTER COLUMN id SET DEFAULT next_statement_id();
ALTER TABLE correction ALTER COLUMN id SET DEFAULT next_correction_id();

-- Text search as the Lucene index reads statements: Snowball stems for English words (Latin letters) and for
-- Russian ones (other letters), lower case, no stop words (a query for "the" or "не" still finds statements).
CREATE TEXT SEARCH DICTIONARY demarche_english (TEMPLATE = snowball, LANGUAGE = english);
CREATE TEXT SEARCH DICTIONARY demarche_russian (TEMPLATE = snowball, LANGUAGE = russian);
CREATE TEXT SEARCH CONFIGURATION demarche_text (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION demarche_text
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH demarche_english;
ALTER TEXT SEARCH CONFIGURATION demarche_text
    ALTER MAPPING FOR word, hword, hword_part WITH demarche_russian;

ALTER TABLE statement ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('demarche_text'::regconfig, text)) STORED;
CREATE INDEX statement_search ON statement USING gin (search);

-- Person names as the Lucene index reads them (every alias and its Latin transliteration, lower case, accents
-- folded), written by the application, which transliterates; searched by word and word prefix.
CREATE TABLE person_name_search (
    person_id BIGINT PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    names     tsvector NOT NULL
);
CREATE INDEX person_name_search_names ON person_name_search USING gin (names);
