-- A review keeps the sections it started with: a template changed later shapes only reviews started after.
alter table review add column sections varchar(1000);

update review set sections = (select t.sections from review_template t where t.id = review.template_id);
