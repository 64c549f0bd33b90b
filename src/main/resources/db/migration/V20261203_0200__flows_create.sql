-- Extra-regional flows: exchange agreements (metadata only), aggregated weekly counts by revision, early-warning alerts.
-- Never personal or biometric data: a row is a count of people for a week, country, origin and optional breakdowns.
create table flow_exchange_agreement (
    id              uuid primary key,
    code            text not null unique,
    title           text not null,
    parties         text not null,            -- ISO 3166-1 alpha-2 codes, comma-separated
    legal_basis     text not null,
    data_categories text not null,            -- comma-separated keys (counts-by-nationality, biometric-hits, ...)
    starts_on       date not null,
    ends_on         date,
    document_url    text,
    notes           text,
    created_at      timestamptz not null default now(),
    version         bigint not null default 0
);

create table flow_submission (
    id            uuid primary key,
    country       char(2) not null,
    period_start  date not null,
    period_end    date not null,
    revision      int not null,
    current       boolean not null,
    file_name     text not null,
    row_count     int not null,
    total         bigint not null,
    submitted_by  text not null,
    submitted_at  timestamptz not null,
    via_api       boolean not null default false,
    unique (country, period_start, period_end, revision),
    check (period_end >= period_start)
);
create unique index flow_submission_current on flow_submission (country, period_start, period_end) where current;

create table flow_count (
    submission_id uuid not null references flow_submission (id) on delete cascade,
    week          date not null,               -- the Monday of the ISO week
    country       char(2) not null,
    origin        text not null,
    border_point  text not null default '',
    sex           text not null default '',
    age_band      text not null default '',
    people        int not null check (people >= 0),
    primary key (submission_id, week, origin, border_point, sex, age_band)
);
create index flow_count_series on flow_count (country, origin, week);

-- an upload checked and shown as a preview, waiting for the focal point to commit it
create table flow_staged_upload (
    id           uuid primary key,
    account      text not null,
    country      char(2) not null,
    period_start date not null,
    period_end   date not null,
    file_name    text not null,
    content      bytea not null,
    created_at   timestamptz not null default now()
);

create table flow_alert (
    id              uuid primary key,
    kind            text not null check (kind in ('ALARM', 'WATCH')),
    country         char(2) not null,
    origin          text not null,
    week            date not null,
    observed        int,
    upperbound      double precision,
    source_country  char(2),
    lag_weeks       int,
    created_at      timestamptz not null default now(),
    acknowledged_by text,
    acknowledged_at timestamptz,
    notes           text,
    version         bigint not null default 0,
    unique (kind, country, origin, week)
);
