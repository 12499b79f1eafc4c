-- SPDX-License-Identifier: GPL-2.0-or-later
-- A Parlance project on PostgreSQL, schema version 7: the tables of the SQLite project file at
-- version 7 (app/storage/schema.cpp), in PostgreSQL's terms, plus what a desk needs — the role
-- that made each annotation, row-level security, row versions and change notifications.
-- Run by Postgres::Schema::create() inside one transaction, with search_path set to the project's
-- schema; @CODERS@ and @CURATORS@ are replaced by the (quoted) names of the two group roles.
--
-- Differences from the SQLite schema, on purpose (doc/postgresql.md):
--   INTEGER PRIMARY KEY AUTOINCREMENT  -> bigint GENERATED ALWAYS AS IDENTITY
--   TEXT dates                         -> date (articles.published), timestamptz (the rest)
--   negated INTEGER 0/1                -> boolean
--   FTS5 external-content tables       -> a generated tsvector column with a GIN index
--   application_id / user_version      -> the parlance_meta table
--   settings.value (untyped)           -> value text, or value_bytes bytea for type 'bytes'

-- Full-text search as SQLite's unicode61 tokenizer with remove_diacritics does it: no stemming,
-- case and accents folded.
-- unaccent is installed once per database (in the schema of the first project made there).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION parlance_text (COPY = pg_catalog.simple);
DO $$
BEGIN
    EXECUTE format('ALTER TEXT SEARCH CONFIGURATION parlance_text ALTER MAPPING FOR hword, hword_part, word WITH %s.unaccent, simple',
                   (SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'unaccent'));
END
$$;

-- What the file keeps in its header: which application, which schema version; and the desk's
-- settings of this project (blind, the curator role).
CREATE TABLE parlance_meta (
    key text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE articles (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title text NOT NULL DEFAULT '',
    outlet text NOT NULL DEFAULT '',
    author text NOT NULL DEFAULT '',
    url text NOT NULL DEFAULT '',
    published date,
    language text NOT NULL DEFAULT '',
    content_hash text NOT NULL,
    imported_at timestamptz NOT NULL,
    quote_count integer NOT NULL DEFAULT 0,
    commitment_count integer NOT NULL DEFAULT 0,
    annotation_count integer NOT NULL DEFAULT 0,
    uuid text UNIQUE
);
CREATE INDEX articles_content_hash ON articles (content_hash);

-- The texts apart from the metadata, so that listing articles does not page through them.
CREATE TABLE article_texts (
    article_id bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    text text NOT NULL,
    text_search tsvector GENERATED ALWAYS AS (to_tsvector('parlance_text', text)) STORED
);
CREATE INDEX article_texts_search ON article_texts USING gin (text_search);

CREATE TABLE actors (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    canonical_name text NOT NULL,
    name_key text NOT NULL,
    type text NOT NULL,
    role text NOT NULL DEFAULT '',
    uuid text UNIQUE,
    modified timestamptz
);
CREATE INDEX actors_name_key ON actors (name_key);

CREATE TABLE actor_aliases (
    actor_id bigint NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    position integer NOT NULL,
    alias text NOT NULL,
    name_key text NOT NULL,
    PRIMARY KEY (actor_id, position)
);
CREATE INDEX actor_aliases_name_key ON actor_aliases (name_key);

CREATE TABLE categories (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    color text NOT NULL DEFAULT '',
    shortcut text NOT NULL DEFAULT '',
    description text NOT NULL DEFAULT '',
    uuid text UNIQUE,
    modified timestamptz
);

CREATE TABLE coders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE,
    uuid text UNIQUE
);

CREATE TABLE annotations (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    exact text NOT NULL DEFAULT '',
    prefix text NOT NULL DEFAULT '',
    suffix text NOT NULL DEFAULT '',
    kind text NOT NULL,
    origin text NOT NULL,
    actor_id bigint REFERENCES actors (id) ON DELETE SET NULL,
    addressee_id bigint REFERENCES actors (id) ON DELETE SET NULL,
    quote_kind text NOT NULL,
    content_parts text NOT NULL DEFAULT '[]',
    cue_start integer,
    cue_end integer,
    source_start integer,
    source_end integer,
    commitment_type text NOT NULL,
    strength double precision,
    negated boolean NOT NULL DEFAULT false,
    condition_start integer,
    condition_end integer,
    time_start integer,
    time_end integer,
    category_id bigint REFERENCES categories (id) ON DELETE SET NULL,
    note text NOT NULL DEFAULT '',
    coder text NOT NULL DEFAULT '',
    created timestamptz,
    modified timestamptz,
    uuid text UNIQUE,
    confidence double precision,
    source_kind text NOT NULL DEFAULT 'none',
    -- The desk's own columns: who may see and change the row, and what changed it last.
    coder_role text NOT NULL DEFAULT current_user,
    row_version bigint NOT NULL DEFAULT 1,
    changed_by text NOT NULL DEFAULT current_user,
    changed_columns text[] NOT NULL DEFAULT '{}',
    note_search tsvector GENERATED ALWAYS AS (to_tsvector('parlance_text', note)) STORED
);
CREATE INDEX annotations_article ON annotations (article_id, kind, origin);
CREATE INDEX annotations_actor ON annotations (actor_id);
CREATE INDEX annotations_addressee ON annotations (addressee_id);
CREATE INDEX annotations_category ON annotations (category_id);
CREATE INDEX annotations_mentions ON annotations (article_id, origin, actor_id, addressee_id);
CREATE INDEX annotations_coder_role ON annotations (coder_role);
CREATE INDEX annotations_note_search ON annotations USING gin (note_search);

CREATE TABLE comparison_sets (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL DEFAULT '',
    uuid text UNIQUE
);

CREATE TABLE comparison_set_members (
    set_id bigint NOT NULL REFERENCES comparison_sets (id) ON DELETE CASCADE,
    position integer NOT NULL,
    article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (set_id, position)
);
CREATE INDEX comparison_set_members_article ON comparison_set_members (article_id);

CREATE TABLE settings (
    key text PRIMARY KEY,
    type text NOT NULL,
    value text,
    value_bytes bytea
);

CREATE TABLE merge_conflicts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity text NOT NULL,
    uuid text NOT NULL,
    field text NOT NULL,
    kept_value text NOT NULL,
    lost_value text NOT NULL,
    kept_modified timestamptz,
    lost_modified timestamptz,
    UNIQUE (entity, uuid, field, kept_value, lost_value)
);

CREATE TABLE merged_identities (
    entity text NOT NULL,
    uuid text NOT NULL,
    merged_into text NOT NULL,
    PRIMARY KEY (entity, uuid)
);

CREATE TABLE commitment_threads (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    label text NOT NULL DEFAULT '',
    coder text NOT NULL DEFAULT '',
    modified timestamptz
);

-- Members name annotations without a foreign key on purpose (see the SQLite schema, version 5).
CREATE TABLE commitment_thread_members (
    annotation_id bigint PRIMARY KEY,
    thread_id bigint NOT NULL REFERENCES commitment_threads (id) ON DELETE CASCADE
);
CREATE INDEX commitment_thread_members_thread ON commitment_thread_members (thread_id);

-- ---- Row-level security ------------------------------------------------------------------------
-- Coders are roles in the group @CODERS@; curators are members of @CURATORS@ (both named in
-- parlance_meta). The tables belong to the role that ran this script, which the app does not use.

CREATE FUNCTION parlance_is_curator() RETURNS boolean
    LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT coalesce((SELECT pg_catalog.pg_has_role(current_user, r.oid, 'MEMBER')
                       FROM parlance_meta m JOIN pg_catalog.pg_roles r ON r.rolname = m.value
                      WHERE m.key = 'curator_role'), false)
$$;

-- True when the session's role may see every coder's annotations: the project is not blind, or
-- the role is a curator.
CREATE FUNCTION parlance_sees_everyones() RETURNS boolean
    LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT coalesce((SELECT value <> 'true' FROM parlance_meta WHERE key = 'blind'), true)
        OR parlance_is_curator()
$$;

ALTER TABLE annotations ENABLE ROW LEVEL SECURITY;
CREATE POLICY annotations_read ON annotations FOR SELECT
    USING (coder_role = current_user OR (SELECT parlance_sees_everyones()));
CREATE POLICY annotations_insert ON annotations FOR INSERT
    WITH CHECK (coder_role = current_user OR (SELECT parlance_is_curator()));
CREATE POLICY annotations_update ON annotations FOR UPDATE
    USING (coder_role = current_user OR (SELECT parlance_is_curator()))
    WITH CHECK (coder_role = current_user OR (SELECT parlance_is_curator()));
CREATE POLICY annotations_delete ON annotations FOR DELETE
    USING (coder_role = current_user OR (SELECT parlance_is_curator()));

-- ---- Row versions: an edit based on a stale read is refused -----------------------------------
-- An UPDATE that sets row_version says which version it was based on; when the row has moved on
-- since, it is refused (SQLSTATE PA001) with who changed what. An UPDATE that leaves row_version
-- alone is not checked. Either way the version goes up by one and the change is recorded.
CREATE FUNCTION parlance_annotation_version() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF NEW.row_version IS DISTINCT FROM OLD.row_version THEN
        RAISE EXCEPTION USING
            ERRCODE = 'PA001',
            MESSAGE = format('annotation %s was changed by %s since you read it (%s); your change was not saved',
                             OLD.id, OLD.changed_by, coalesce(nullif(array_to_string(OLD.changed_columns, ', '), ''), 'no columns')),
            DETAIL = format('It is at version %s; your change was based on version %s.', OLD.row_version, NEW.row_version),
            HINT = 'Read the annotation again and redo the change.';
    END IF;
    NEW.row_version := OLD.row_version + 1;
    NEW.changed_by := current_user;
    NEW.changed_columns := ARRAY(
        SELECT n.key FROM jsonb_each(to_jsonb(NEW)) n JOIN jsonb_each(to_jsonb(OLD)) o USING (key)
         WHERE n.value IS DISTINCT FROM o.value
           AND n.key NOT IN ('row_version', 'changed_by', 'changed_columns', 'modified', 'note_search')
         ORDER BY n.key);
    RETURN NEW;
END
$$;
CREATE TRIGGER annotations_version BEFORE UPDATE ON annotations
    FOR EACH ROW EXECUTE FUNCTION parlance_annotation_version();

-- ---- Change notifications ------------------------------------------------------------------------
-- After each statement that changed a table: NOTIFY parlance, '<table> <INSERT|UPDATE|DELETE> <ids>',
-- with the values of the key column TG_ARGV[0] (and, given TG_ARGV[1], ' <column> <ids>' of a parent
-- such as the article), comma-separated, or '*' for more than 200 rows. Ids only: every listener
-- sees the payload, and reads the rows again through row-level security.
CREATE FUNCTION parlance_notify() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    ids text;
    parents text;
    payload text;
BEGIN
    EXECUTE format('SELECT CASE WHEN count(DISTINCT %1$I) > 200 THEN ''*'' ELSE string_agg(DISTINCT %1$I::text, '','') END FROM changed',
                   TG_ARGV[0]) INTO ids;
    IF ids IS NULL THEN
        RETURN NULL;
    END IF;
    payload := TG_TABLE_NAME || ' ' || TG_OP || ' ' || ids;
    IF TG_NARGS > 1 THEN
        EXECUTE format('SELECT CASE WHEN count(DISTINCT %1$I) > 200 THEN ''*'' ELSE string_agg(DISTINCT %1$I::text, '','') END FROM changed',
                       TG_ARGV[1]) INTO parents;
        payload := payload || ' ' || TG_ARGV[1] || ' ' || parents;
    END IF;
    PERFORM pg_notify('parlance', payload);
    RETURN NULL;
END
$$;
