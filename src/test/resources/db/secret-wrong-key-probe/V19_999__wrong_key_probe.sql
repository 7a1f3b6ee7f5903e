-- Test only: a pending migration that must NOT run when the master key is wrong.
create table wrong_key_probe (id int primary key);
