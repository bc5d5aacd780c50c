-- Every registration may carry a level; MAPPA keeps its own category and level.
alter table risk_registration add column level varchar(10) check (level in ('LOW', 'MEDIUM', 'HIGH'));
