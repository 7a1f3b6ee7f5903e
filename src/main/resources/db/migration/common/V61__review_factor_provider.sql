-- A contributing factor (or mitigator) may name the third-party provider it lay with, so a
-- provider's report can list the incidents it contributed to. Providers belong to another
-- module, so the id carries no foreign key; a removed provider leaves the factor's text.
alter table review_factor add column provider_id uuid;

create index review_factor_provider on review_factor (provider_id);
