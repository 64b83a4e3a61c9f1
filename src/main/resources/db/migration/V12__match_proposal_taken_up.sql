-- A proposal the researchers took up: one of them proposed a joint project to the other.
alter table match_proposal drop constraint ck_match_proposal_status;
alter table match_proposal add constraint ck_match_proposal_status check (status in ('OPEN', 'DISMISSED', 'TAKEN_UP'));
