-- ShedLock's table: a scheduled job (the nightly proposal batch) takes its row before it runs, so that of all
-- the nodes sharing this database only one runs it. Times are the database's own (ShedLock's usingDbTime), so
-- the nodes' clocks need not agree. Portable SQL: runs unchanged on H2 and PostgreSQL.

create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null
);
