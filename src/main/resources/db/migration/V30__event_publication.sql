-- Spring Modulith's event publication registry (JPA): one row per event and listener that must not be lost
-- (mail, index updates, audit written after the acting transaction). A row is written in the transaction that
-- publishes the event and completed when its listener succeeds; rows still incomplete are resubmitted at
-- start-up and on a schedule, by whichever node finds them. Columns as Modulith 2.1's JpaEventPublication maps
-- them. Portable SQL: runs unchanged on H2 and PostgreSQL.

create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(1000000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer       not null,
    last_resubmission_date timestamp with time zone
);

create index ix_event_publication_incomplete on event_publication (completion_date, publication_date);

-- Used only when completed publications are archived instead of deleted (spring.modulith.events.completion-mode).
create table event_publication_archive (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(1000000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer       not null,
    last_resubmission_date timestamp with time zone
);
