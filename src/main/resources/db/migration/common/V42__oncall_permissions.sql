-- Everyone who reads operations may see who is on call; responders and administrators
-- change teams, rotations and overrides.
insert into role_permission (role_id, permission) values
    ('00000000-0000-0000-0000-000000000001', 'oncall:read'),
    ('00000000-0000-0000-0000-000000000002', 'oncall:read'),
    ('00000000-0000-0000-0000-000000000002', 'oncall:write'),
    ('00000000-0000-0000-0000-000000000003', 'oncall:read'),
    ('00000000-0000-0000-0000-000000000004', 'oncall:read'),
    ('00000000-0000-0000-0000-000000000004', 'oncall:write');
