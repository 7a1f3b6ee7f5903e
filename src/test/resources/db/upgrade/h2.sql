-- H2 2.4.240; 
SET WRITE_DELAY 0;             
;              
CREATE USER IF NOT EXISTS "SA" SALT '6e318e5b3fcbbea1' HASH '122299f6eb5f2132d47ab78e38c7b18894c9d10c555878f94428b9be3e43883d' ADMIN;          
CREATE CACHED TABLE "public"."flyway_schema_history"(
    "installed_rank" INTEGER NOT NULL,
    "version" CHARACTER VARYING(50),
    "description" CHARACTER VARYING(200) NOT NULL,
    "type" CHARACTER VARYING(20) NOT NULL,
    "script" CHARACTER VARYING(1000) NOT NULL,
    "checksum" INTEGER,
    "installed_by" CHARACTER VARYING(100) NOT NULL,
    "installed_on" TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "execution_time" INTEGER NOT NULL,
    "success" BOOLEAN NOT NULL
);           
ALTER TABLE "public"."flyway_schema_history" ADD CONSTRAINT "public"."flyway_schema_history_pk" PRIMARY KEY("installed_rank"); 
-- 27 +/- SELECT COUNT(*) FROM public.flyway_schema_history;   
INSERT INTO "public"."flyway_schema_history" VALUES
(-1, NULL, '<< Flyway Schema History table created >>', 'TABLE', '', NULL, 'sa', TIMESTAMP '2026-12-02 09:04:43.52062', 0, TRUE),
(1, '1', 'identity', 'SQL', 'V1__identity.sql', 512664833, 'sa', TIMESTAMP '2026-12-02 09:04:43.654393', 49, TRUE),
(2, '2', 'audit', 'SQL', 'V2__audit.sql', -181912060, 'sa', TIMESTAMP '2026-12-02 09:04:43.697414', 15, TRUE),
(3, '3', 'audit append only', 'SQL', 'V3__audit_append_only.sql', 1860353983, 'sa', TIMESTAMP '2026-12-02 09:04:43.718761', 12, TRUE),
(4, '10', 'secret', 'SQL', 'V10__secret.sql', 1528184825, 'sa', TIMESTAMP '2026-12-02 09:04:43.755985', 25, TRUE),
(5, '20', 'sso settings', 'SQL', 'V20__sso_settings.sql', -1122423720, 'sa', TIMESTAMP '2026-12-02 09:04:43.780796', 7, TRUE),
(6, '50', 'status pages', 'SQL', 'V50__status_pages.sql', -1680393814, 'sa', TIMESTAMP '2026-12-02 09:04:43.887958', 85, TRUE),
(7, '60', 'status incident templates', 'SQL', 'V60__status_incident_templates.sql', 1420349863, 'sa', TIMESTAMP '2026-12-02 09:04:43.913836', 4, TRUE),
(8, '61', 'status page access links', 'SQL', 'V61__status_page_access_links.sql', 704877324, 'sa', TIMESTAMP '2026-12-02 09:04:43.934192', 9, TRUE),
(9, '70', 'notify outbox', 'SQL', 'V70__notify_outbox.sql', -1408396799, 'sa', TIMESTAMP '2026-12-02 09:04:43.972908', 10, TRUE),
(10, '71', 'notify subscribers', 'SQL', 'V71__notify_subscribers.sql', -381449185, 'sa', TIMESTAMP '2026-12-02 09:04:44.009071', 16, TRUE),
(11, '80', 'status metrics', 'SQL', 'V80__status_metrics.sql', -1363816533, 'sa', TIMESTAMP '2026-12-02 09:04:44.031942', 13, TRUE),
(12, '90', 'shedlock', 'SQL', 'V90__shedlock.sql', 123889660, 'sa', TIMESTAMP '2026-12-02 09:04:44.09365', 10, TRUE),
(13, '100', 'alerts', 'SQL', 'V100__alerts.sql', 1635774156, 'sa', TIMESTAMP '2026-12-02 09:04:44.149305', 31, TRUE),
(14, '101', 'alert acknowledgement', 'SQL', 'V101__alert_acknowledgement.sql', 1813223447, 'sa', TIMESTAMP '2026-12-02 09:04:44.216171', 60, TRUE),
(15, '102', 'alert groups', 'SQL', 'V102__alert_groups.sql', 12660471, 'sa', TIMESTAMP '2026-12-02 09:04:44.384595', 142, TRUE),
(16, '103', 'generic mapping', 'SQL', 'V103__generic_mapping.sql', 900892514, 'sa', TIMESTAMP '2026-12-02 09:04:44.424084', 35, TRUE),
(17, '104', 'alert silences', 'SQL', 'V104__alert_silences.sql', 74358454, 'sa', TIMESTAMP '2026-12-02 09:04:44.486778', 36, TRUE),
(18, '105', 'alert fingerprint index', 'SQL', 'V105__alert_fingerprint_index.sql', 1676693723, 'sa', TIMESTAMP '2026-12-02 09:04:44.499801', 3, TRUE),
(19, '106', 'alert content hash', 'SQL', 'V106__alert_content_hash.sql', -1908393895, 'sa', TIMESTAMP '2026-12-02 09:04:44.528509', 21, TRUE),
(20, '107', 'alert fingerprint 255', 'SQL', 'V107__alert_fingerprint_255.sql', 1634215359, 'sa', TIMESTAMP '2026-12-02 09:04:44.567785', 28, TRUE),
(21, '110', 'incidents', 'SQL', 'V110__incidents.sql', -1939376167, 'sa', TIMESTAMP '2026-12-02 09:04:44.666291', 59, TRUE),
(22, '130', 'outbound webhooks', 'SQL', 'V130__outbound_webhooks.sql', -1313560293, 'sa', TIMESTAMP '2026-12-02 09:04:44.689823', 2, TRUE),
(23, '131', 'chat integrations', 'SQL', 'V131__chat_integrations.sql', 1247990144, 'sa', TIMESTAMP '2026-12-02 09:04:44.711603', 17, TRUE),
(24, '140', 'reviews', 'SQL', 'V140__reviews.sql', -1639726009, 'sa', TIMESTAMP '2026-12-02 09:04:44.771302', 39, TRUE),
(25, '141', 'review kept sections', 'SQL', 'V141__review_kept_sections.sql', -139156303, 'sa', TIMESTAMP '2026-12-02 09:04:44.830683', 46, TRUE),
(26, '150', 'search changes', 'SQL', 'V150__search_changes.sql', 564793075, 'sa', TIMESTAMP '2026-12-02 09:04:44.849703', 4, TRUE);    
CREATE INDEX "public"."flyway_schema_history_s_idx" ON "public"."flyway_schema_history"("success" NULLS LAST); 
CREATE CACHED TABLE "public"."role"(
    "id" UUID NOT NULL,
    "name" CHARACTER VARYING(80) NOT NULL,
    "description" CHARACTER VARYING(500) DEFAULT '' NOT NULL,
    "builtin" BOOLEAN DEFAULT FALSE NOT NULL,
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL
);      
ALTER TABLE "public"."role" ADD CONSTRAINT "public"."CONSTRAINT_3" PRIMARY KEY("id");          
-- 4 +/- SELECT COUNT(*) FROM public.role;     
INSERT INTO "public"."role" VALUES
(UUID '00000000-0000-0000-0000-000000000001', 'Viewer', 'Reads everything operational; changes nothing.', TRUE, TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:43.628033+00'),
(UUID '00000000-0000-0000-0000-000000000002', 'Responder', 'Responds to alerts and incidents and writes reviews.', TRUE, TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:43.628033+00'),
(UUID '00000000-0000-0000-0000-000000000003', 'Communicator', 'Publishes status pages and status incidents.', TRUE, TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:43.628033+00'),
(UUID '00000000-0000-0000-0000-000000000004', 'Admin', 'Every permission, including users, roles and settings.', TRUE, TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:43.628033+00');             
CREATE CACHED TABLE "public"."role_permission"(
    "role_id" UUID NOT NULL,
    "permission" CHARACTER VARYING(40) NOT NULL
);
ALTER TABLE "public"."role_permission" ADD CONSTRAINT "public"."CONSTRAINT_BD" PRIMARY KEY("role_id", "permission");           
-- 38 +/- SELECT COUNT(*) FROM public.role_permission;         
INSERT INTO "public"."role_permission" VALUES
(UUID '00000000-0000-0000-0000-000000000001', 'statuspage:read'),
(UUID '00000000-0000-0000-0000-000000000001', 'incident:read'),
(UUID '00000000-0000-0000-0000-000000000001', 'alert:read'),
(UUID '00000000-0000-0000-0000-000000000001', 'review:read'),
(UUID '00000000-0000-0000-0000-000000000001', 'provider:read'),
(UUID '00000000-0000-0000-0000-000000000001', 'insight:read'),
(UUID '00000000-0000-0000-0000-000000000002', 'statuspage:read'),
(UUID '00000000-0000-0000-0000-000000000002', 'incident:read'),
(UUID '00000000-0000-0000-0000-000000000002', 'incident:write'),
(UUID '00000000-0000-0000-0000-000000000002', 'alert:read'),
(UUID '00000000-0000-0000-0000-000000000002', 'alert:write'),
(UUID '00000000-0000-0000-0000-000000000002', 'review:read'),
(UUID '00000000-0000-0000-0000-000000000002', 'review:write'),
(UUID '00000000-0000-0000-0000-000000000002', 'provider:read'),
(UUID '00000000-0000-0000-0000-000000000002', 'insight:read'),
(UUID '00000000-0000-0000-0000-000000000003', 'statuspage:read'),
(UUID '00000000-0000-0000-0000-000000000003', 'statuspage:write'),
(UUID '00000000-0000-0000-0000-000000000003', 'incident:read'),
(UUID '00000000-0000-0000-0000-000000000003', 'incident:write'),
(UUID '00000000-0000-0000-0000-000000000003', 'alert:read'),
(UUID '00000000-0000-0000-0000-000000000003', 'review:read'),
(UUID '00000000-0000-0000-0000-000000000003', 'provider:read'),
(UUID '00000000-0000-0000-0000-000000000003', 'insight:read'),
(UUID '00000000-0000-0000-0000-000000000004', 'statuspage:read'),
(UUID '00000000-0000-0000-0000-000000000004', 'statuspage:write'),
(UUID '00000000-0000-0000-0000-000000000004', 'incident:read'),
(UUID '00000000-0000-0000-0000-000000000004', 'incident:write'),
(UUID '00000000-0000-0000-0000-000000000004', 'alert:read'),
(UUID '00000000-0000-0000-0000-000000000004', 'alert:write'),
(UUID '00000000-0000-0000-0000-000000000004', 'alert:ingest'),
(UUID '00000000-0000-0000-0000-000000000004', 'review:read'),
(UUID '00000000-0000-0000-0000-000000000004', 'review:write'),
(UUID '00000000-0000-0000-0000-000000000004', 'provider:read'),
(UUID '00000000-0000-0000-0000-000000000004', 'provider:write'),
(UUID '00000000-0000-0000-0000-000000000004', 'insight:read'),
(UUID '00000000-0000-0000-0000-000000000004', 'audit:read'),
(UUID '00000000-0000-0000-0000-000000000004', 'user:admin'),
(UUID '00000000-0000-0000-0000-000000000004', 'settings:admin');    
CREATE CACHED TABLE "public"."app_user"(
    "id" UUID NOT NULL,
    "email" CHARACTER VARYING(320) NOT NULL,
    "email_key" CHARACTER VARYING(320) NOT NULL,
    "display_name" CHARACTER VARYING(200) NOT NULL,
    "password_hash" CHARACTER VARYING(200),
    "role_id" UUID NOT NULL,
    "active" BOOLEAN DEFAULT TRUE NOT NULL,
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "last_login_at" TIMESTAMP WITH TIME ZONE
);    
ALTER TABLE "public"."app_user" ADD CONSTRAINT "public"."CONSTRAINT_4" PRIMARY KEY("id");      
-- 1 +/- SELECT COUNT(*) FROM public.app_user; 
INSERT INTO "public"."app_user" VALUES
(UUID 'ae6bcc1d-fad0-46c6-8d4f-e0874cec25a3', 'admin@upgrade.test', 'admin@upgrade.test', 'admin', '{bcrypt}$2a$10$DN2zy2BTn1iRzg11IF7XweddiwVhaPAp3VCEGSVnpvJB8ZdFDQZMm', UUID '00000000-0000-0000-0000-000000000004', TRUE, TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:53.418482+00', NULL);          
CREATE CACHED TABLE "public"."api_token"(
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "name" CHARACTER VARYING(100) NOT NULL,
    "token_hash" CHARACTER VARYING(64) NOT NULL,
    "token_hint" CHARACTER VARYING(16) NOT NULL,
    "permissions" CHARACTER VARYING(1000) NOT NULL,
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "expires_at" TIMESTAMP WITH TIME ZONE,
    "last_used_at" TIMESTAMP WITH TIME ZONE,
    "revoked_at" TIMESTAMP WITH TIME ZONE
);      
ALTER TABLE "public"."api_token" ADD CONSTRAINT "public"."CONSTRAINT_F" PRIMARY KEY("id");     
-- 1 +/- SELECT COUNT(*) FROM public.api_token;
INSERT INTO "public"."api_token" VALUES
(UUID 'b1722053-e6a7-4428-af0e-ad1b8be50b2a', UUID 'ae6bcc1d-fad0-46c6-8d4f-e0874cec25a3', 'bootstrap', '593ff2b9045460c85319201be009808749645323d7ceea19b29e5e206830cffb', U&'upgrade_\2026', 'alert:ingest alert:read alert:write audit:read incident:read incident:write insight:read provider:read provider:write review:read review:write settings:admin statuspage:read statuspage:write user:admin', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:53.467961+00', NULL, TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:54.627234+00', NULL);           
CREATE INDEX "public"."api_token_user" ON "public"."api_token"("user_id" NULLS LAST);          
CREATE CACHED TABLE "public"."one_time_link"(
    "id" UUID NOT NULL,
    "purpose" CHARACTER VARYING(20) NOT NULL,
    "token_hash" CHARACTER VARYING(64) NOT NULL,
    "user_id" UUID,
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "used_at" TIMESTAMP WITH TIME ZONE
);     
ALTER TABLE "public"."one_time_link" ADD CONSTRAINT "public"."CONSTRAINT_2" PRIMARY KEY("id"); 
-- 0 +/- SELECT COUNT(*) FROM public.one_time_link;            
CREATE CACHED TABLE "public"."audit_event"(
    "id" BIGINT GENERATED BY DEFAULT AS IDENTITY(START WITH 1 RESTART WITH 14) NOT NULL,
    "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "actor_type" CHARACTER VARYING(20) NOT NULL,
    "actor_id" CHARACTER VARYING(64),
    "actor_name" CHARACTER VARYING(320) NOT NULL,
    "action" CHARACTER VARYING(80) NOT NULL,
    "target_type" CHARACTER VARYING(40) NOT NULL,
    "target_id" CHARACTER VARYING(64),
    "summary" CHARACTER VARYING(2000) NOT NULL,
    "client_address" CHARACTER VARYING(64)
);         
ALTER TABLE "public"."audit_event" ADD CONSTRAINT "public"."CONSTRAINT_36" PRIMARY KEY("id");  
-- 13 +/- SELECT COUNT(*) FROM public.audit_event;             
INSERT INTO "public"."audit_event" VALUES
(1, TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:53.442176+00', 'system', NULL, 'sharpend', 'user.created', 'user', 'ae6bcc1d-fad0-46c6-8d4f-e0874cec25a3', 'email=admin@upgrade.test, role=Admin, via=bootstrap', NULL),
(2, TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:53.485528+00', 'system', NULL, 'sharpend', 'token.created', 'api_token', 'b1722053-e6a7-4428-af0e-ad1b8be50b2a', 'name=bootstrap, owner=admin@upgrade.test, permissions=[alert:ingest alert:read alert:write audit:read incident:read incident:write insight:read provider:read provider:write review:read review:write settings:admin statuspage:read statuspage:write user:admin], expiresAt=null', NULL),
(3, TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:54.815893+00', 'token', 'b1722053-e6a7-4428-af0e-ad1b8be50b2a', 'admin@upgrade.test (token bootstrap)', 'statuspage.created', 'status_page', 'x6z6cxm7ksdp', 'name=Acme, slug=acme', '127.0.0.1'),
(4, TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:56.171934+00', 'token', 'b1722053-e6a7-4428-af0e-ad1b8be50b2a', 'admin@upgrade.test (token bootstrap)', 'component.created', 'component', 'qnpt4abr4925', 'name=Checkout API, page=x6z6cxm7ksdp', '127.0.0.1'),
(5, TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:56.520484+00', 'token', 'b1722053-e6a7-4428-af0e-ad1b8be50b2a', 'admin@upgrade.test (token bootstrap)', 'component.status_changed', 'component', 'qnpt4abr4925', 'name=Checkout API, status: operational -> degraded_performance', '127.0.0.1'),
(6, TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:56.554943+00', 'token', 'b1722053-e6a7-4428-af0e-ad1b8be50b2a', 'admin@upgrade.test (token bootstrap)', 'status_incident.created', 'status_incident', 'rcvmlp0nxgrp', 'name=Slow checkouts, status=investigating', '127.0.0.1'),
(7, TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.207397+00', 'token', 'b1722053-e6a7-4428-af0e-ad1b8be50b2a', 'admin@upgrade.test (token bootstrap)', 'status_incident.updated', 'status_incident', 'rcvmlp0nxgrp', 'name=Slow checkouts, status=identified', '127.0.0.1'),
(8, TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.45389+00', 'token', 'b1722053-e6a7-4428-af0e-ad1b8be50b2a', 'admin@upgrade.test (token bootstrap)', 'integration.created', 'integration', 'ffd9f693-387b-4ea9-bacf-446b3221ff7a', 'name=prod alertmanager, type=alertmanager', '127.0.0.1'),
(9, TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.875584+00', 'token', 'b1722053-e6a7-4428-af0e-ad1b8be50b2a', 'admin@upgrade.test (token bootstrap)', 'incident.declared', 'incident', '1', 'title=Checkout latency, severity=SEV2', '127.0.0.1'),
(10, TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.927419+00', 'token', 'b1722053-e6a7-4428-af0e-ad1b8be50b2a', 'admin@upgrade.test (token bootstrap)', 'incident.participant_added', 'incident', '1', 'person=admin@upgrade.test', '127.0.0.1'),
(11, TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.92864+00', 'token', 'b1722053-e6a7-4428-af0e-ad1b8be50b2a', 'admin@upgrade.test (token bootstrap)', 'incident.role_assigned', 'incident', '1', 'role=commander, holder=admin@upgrade.test', '127.0.0.1'),
(12, TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:58.34046+00', 'token', 'b1722053-e6a7-4428-af0e-ad1b8be50b2a', 'admin@upgrade.test (token bootstrap)', 'incident.timeline_entry_recorded', 'incident', '1', 'entry=2, kind=observation', '127.0.0.1'),
(13, TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:58.803217+00', 'token', 'b1722053-e6a7-4428-af0e-ad1b8be50b2a', 'admin@upgrade.test (token bootstrap)', 'review.created', 'review', '1', 'title=Checkout latency review, template=sharpend, incident=1', '127.0.0.1');    
CREATE INDEX "public"."audit_event_time" ON "public"."audit_event"("occurred_at" NULLS LAST);  
CREATE INDEX "public"."audit_event_action" ON "public"."audit_event"("action" NULLS LAST);     
CREATE CACHED TABLE "public"."secret"(
    "id" UUID NOT NULL,
    "purpose" CHARACTER VARYING(100) NOT NULL,
    "key_id" CHARACTER VARYING(16) NOT NULL,
    "wrapped_key" BINARY VARYING NOT NULL,
    "key_nonce" BINARY VARYING NOT NULL,
    "ciphertext" BINARY VARYING NOT NULL,
    "nonce" BINARY VARYING NOT NULL,
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL
);        
ALTER TABLE "public"."secret" ADD CONSTRAINT "public"."CONSTRAINT_C" PRIMARY KEY("id");        
-- 0 +/- SELECT COUNT(*) FROM public.secret;   
CREATE CACHED TABLE "public"."secret_key_check"(
    "id" INTEGER NOT NULL,
    "key_id" CHARACTER VARYING(16) NOT NULL,
    "wrapped_key" BINARY VARYING NOT NULL,
    "key_nonce" BINARY VARYING NOT NULL,
    "ciphertext" BINARY VARYING NOT NULL,
    "nonce" BINARY VARYING NOT NULL,
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL
);              
ALTER TABLE "public"."secret_key_check" ADD CONSTRAINT "public"."CONSTRAINT_1" PRIMARY KEY("id");              
-- 1 +/- SELECT COUNT(*) FROM public.secret_key_check;         
INSERT INTO "public"."secret_key_check" VALUES
(1, '14fdb429bde76565', X'b1cbe7a30e0bafc855124df6d00bb0b1f8b4b18c1346e7d6c1cd51297cac9900cc51bf3ec3aa159a79aa3df6958a1221', X'288822324ba8f80f13b8363d', X'545d56471ee870f185a892b74e1b469d8b72fccf8f40bbd8992ec62766fb73bf24ef378f82aa2a4a16', X'bf7d41e06b4246b1f749917b', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:44.885158+00');        
CREATE CACHED TABLE "public"."sso_settings"(
    "id" INTEGER NOT NULL,
    "enabled" BOOLEAN NOT NULL,
    "issuer" CHARACTER VARYING(500) NOT NULL,
    "client_id" CHARACTER VARYING(200) NOT NULL,
    "client_secret" UUID,
    "default_role" CHARACTER VARYING(80) NOT NULL,
    "label" CHARACTER VARYING(100) NOT NULL,
    "revision" UUID NOT NULL,
    "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "updated_by" UUID
);    
ALTER TABLE "public"."sso_settings" ADD CONSTRAINT "public"."CONSTRAINT_9" PRIMARY KEY("id");  
-- 0 +/- SELECT COUNT(*) FROM public.sso_settings;             
CREATE CACHED TABLE "public"."sp_page"(
    "id" CHARACTER VARYING(16) NOT NULL,
    "slug" CHARACTER VARYING(60) NOT NULL,
    "hostname" CHARACTER VARYING(253),
    "name" CHARACTER VARYING(200) NOT NULL,
    "public_url" CHARACTER VARYING(500),
    "time_zone" CHARACTER VARYING(64) NOT NULL,
    "is_default" BOOLEAN DEFAULT FALSE NOT NULL,
    "visibility" CHARACTER VARYING(10) NOT NULL,
    "accent_color" CHARACTER VARYING(7),
    "logo_url" CHARACTER VARYING(500),
    "footer_links" CHARACTER VARYING(4000) DEFAULT '' NOT NULL,
    "version" BIGINT DEFAULT 0 NOT NULL,
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL
);   
ALTER TABLE "public"."sp_page" ADD CONSTRAINT "public"."CONSTRAINT_8" PRIMARY KEY("id");       
-- 1 +/- SELECT COUNT(*) FROM public.sp_page;  
INSERT INTO "public"."sp_page" VALUES
('x6z6cxm7ksdp', 'acme', NULL, 'Acme', NULL, 'Etc/UTC', TRUE, 'public', NULL, NULL, '', 4, TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:54.748542+00', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.196557+00');          
CREATE CACHED TABLE "public"."sp_component"(
    "id" CHARACTER VARYING(16) NOT NULL,
    "page_id" CHARACTER VARYING(16) NOT NULL,
    "group_id" CHARACTER VARYING(16),
    "is_group" BOOLEAN DEFAULT FALSE NOT NULL,
    "name" CHARACTER VARYING(200) NOT NULL,
    "description" CHARACTER VARYING(2000),
    "status" CHARACTER VARYING(30) NOT NULL,
    "position" INTEGER NOT NULL,
    "showcase" BOOLEAN DEFAULT TRUE NOT NULL,
    "only_show_if_degraded" BOOLEAN DEFAULT FALSE NOT NULL,
    "start_date" DATE,
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL
);       
ALTER TABLE "public"."sp_component" ADD CONSTRAINT "public"."CONSTRAINT_E" PRIMARY KEY("id");  
-- 1 +/- SELECT COUNT(*) FROM public.sp_component;             
INSERT INTO "public"."sp_component" VALUES
('qnpt4abr4925', 'x6z6cxm7ksdp', NULL, FALSE, 'Checkout API', NULL, 'degraded_performance', 1, TRUE, FALSE, NULL, TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:56.157977+00', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:56.513646+00');              
CREATE INDEX "public"."sp_component_page" ON "public"."sp_component"("page_id" NULLS LAST, "position" NULLS LAST);             
CREATE CACHED TABLE "public"."sp_component_status"(
    "id" BIGINT GENERATED BY DEFAULT AS IDENTITY(START WITH 1 RESTART WITH 3) NOT NULL,
    "component_id" CHARACTER VARYING(16) NOT NULL,
    "status" CHARACTER VARYING(30) NOT NULL,
    "started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "ended_at" TIMESTAMP WITH TIME ZONE
);     
ALTER TABLE "public"."sp_component_status" ADD CONSTRAINT "public"."CONSTRAINT_ED" PRIMARY KEY("id");          
-- 2 +/- SELECT COUNT(*) FROM public.sp_component_status;      
INSERT INTO "public"."sp_component_status" VALUES
(1, 'qnpt4abr4925', 'operational', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:56.157977+00', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:56.513646+00'),
(2, 'qnpt4abr4925', 'degraded_performance', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:56.513646+00', NULL);         
CREATE INDEX "public"."sp_component_status_time" ON "public"."sp_component_status"("component_id" NULLS LAST, "started_at" NULLS LAST);        
CREATE CACHED TABLE "public"."sp_incident"(
    "id" CHARACTER VARYING(16) NOT NULL,
    "page_id" CHARACTER VARYING(16) NOT NULL,
    "kind" CHARACTER VARYING(12) NOT NULL,
    "name" CHARACTER VARYING(300) NOT NULL,
    "status" CHARACTER VARYING(20) NOT NULL,
    "impact" CHARACTER VARYING(12) NOT NULL,
    "impact_override" CHARACTER VARYING(12),
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "monitoring_at" TIMESTAMP WITH TIME ZONE,
    "resolved_at" TIMESTAMP WITH TIME ZONE,
    "scheduled_for" TIMESTAMP WITH TIME ZONE,
    "scheduled_until" TIMESTAMP WITH TIME ZONE,
    "auto_in_progress" BOOLEAN DEFAULT FALSE NOT NULL,
    "auto_completed" BOOLEAN DEFAULT FALSE NOT NULL,
    "auto_components" BOOLEAN DEFAULT FALSE NOT NULL,
    "postmortem_url" CHARACTER VARYING(1000),
    "backfilled" BOOLEAN DEFAULT FALSE NOT NULL
);        
ALTER TABLE "public"."sp_incident" ADD CONSTRAINT "public"."CONSTRAINT_CD" PRIMARY KEY("id");  
-- 1 +/- SELECT COUNT(*) FROM public.sp_incident;              
INSERT INTO "public"."sp_incident" VALUES
('rcvmlp0nxgrp', 'x6z6cxm7ksdp', 'INCIDENT', 'Slow checkouts', 'identified', 'minor', NULL, TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:56.513646+00', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.196557+00', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:56.513646+00', NULL, NULL, NULL, NULL, FALSE, FALSE, FALSE, NULL, FALSE); 
CREATE INDEX "public"."sp_incident_page" ON "public"."sp_incident"("page_id" NULLS LAST, "kind" NULLS LAST, "created_at" NULLS LAST);          
CREATE INDEX "public"."sp_incident_schedule" ON "public"."sp_incident"("kind" NULLS LAST, "status" NULLS LAST, "scheduled_for" NULLS LAST);    
CREATE CACHED TABLE "public"."sp_incident_component"(
    "incident_id" CHARACTER VARYING(16) NOT NULL,
    "component_id" CHARACTER VARYING(16) NOT NULL,
    "previous_status" CHARACTER VARYING(30)
);      
ALTER TABLE "public"."sp_incident_component" ADD CONSTRAINT "public"."CONSTRAINT_1F13" PRIMARY KEY("incident_id", "component_id");             
-- 1 +/- SELECT COUNT(*) FROM public.sp_incident_component;    
INSERT INTO "public"."sp_incident_component" VALUES
('rcvmlp0nxgrp', 'qnpt4abr4925', NULL);    
CREATE CACHED TABLE "public"."sp_incident_update"(
    "id" CHARACTER VARYING(16) NOT NULL,
    "incident_id" CHARACTER VARYING(16) NOT NULL,
    "status" CHARACTER VARYING(20) NOT NULL,
    "body" CHARACTER VARYING(20000) NOT NULL,
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "display_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "deliver_notifications" BOOLEAN DEFAULT TRUE NOT NULL
);              
ALTER TABLE "public"."sp_incident_update" ADD CONSTRAINT "public"."CONSTRAINT_5" PRIMARY KEY("id");            
-- 2 +/- SELECT COUNT(*) FROM public.sp_incident_update;       
INSERT INTO "public"."sp_incident_update" VALUES
('88gegpze0yj1', 'rcvmlp0nxgrp', 'investigating', 'We are looking into it.', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:56.513646+00', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:56.513646+00', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:56.513646+00', TRUE),
('606eov7djbjx', 'rcvmlp0nxgrp', 'identified', 'A cache node is out.', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.196557+00', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.196557+00', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.196557+00', TRUE); 
CREATE INDEX "public"."sp_incident_update_incident" ON "public"."sp_incident_update"("incident_id" NULLS LAST, "display_at" NULLS LAST);       
CREATE CACHED TABLE "public"."sp_update_component"(
    "update_id" CHARACTER VARYING(16) NOT NULL,
    "component_id" CHARACTER VARYING(16) NOT NULL,
    "name" CHARACTER VARYING(200) NOT NULL,
    "old_status" CHARACTER VARYING(30) NOT NULL,
    "new_status" CHARACTER VARYING(30) NOT NULL
);         
ALTER TABLE "public"."sp_update_component" ADD CONSTRAINT "public"."CONSTRAINT_E2E" PRIMARY KEY("update_id", "component_id");  
-- 1 +/- SELECT COUNT(*) FROM public.sp_update_component;      
INSERT INTO "public"."sp_update_component" VALUES
('88gegpze0yj1', 'qnpt4abr4925', 'Checkout API', 'operational', 'degraded_performance');     
CREATE CACHED TABLE "public"."sp_incident_template"(
    "id" CHARACTER VARYING(16) NOT NULL,
    "page_id" CHARACTER VARYING(16) NOT NULL,
    "name" CHARACTER VARYING(200) NOT NULL,
    "title" CHARACTER VARYING(300) NOT NULL,
    "body" CHARACTER VARYING(20000) NOT NULL,
    "component_status" CHARACTER VARYING(30),
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL
);     
ALTER TABLE "public"."sp_incident_template" ADD CONSTRAINT "public"."CONSTRAINT_F6" PRIMARY KEY("id");         
-- 0 +/- SELECT COUNT(*) FROM public.sp_incident_template;     
CREATE INDEX "public"."sp_incident_template_page" ON "public"."sp_incident_template"("page_id" NULLS LAST, "name" NULLS LAST); 
CREATE CACHED TABLE "public"."sp_access_link"(
    "id" CHARACTER VARYING(16) NOT NULL,
    "page_id" CHARACTER VARYING(16) NOT NULL,
    "label" CHARACTER VARYING(200) NOT NULL,
    "token_hash" CHARACTER VARYING(64) NOT NULL,
    "token_hint" CHARACTER VARYING(16) NOT NULL,
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "revoked_at" TIMESTAMP WITH TIME ZONE
);          
ALTER TABLE "public"."sp_access_link" ADD CONSTRAINT "public"."CONSTRAINT_6" PRIMARY KEY("id");
-- 0 +/- SELECT COUNT(*) FROM public.sp_access_link;           
CREATE INDEX "public"."sp_access_link_page" ON "public"."sp_access_link"("page_id" NULLS LAST);
CREATE CACHED TABLE "public"."notify_delivery"(
    "id" CHARACTER VARYING(32) NOT NULL,
    "channel" CHARACTER VARYING(20) NOT NULL,
    "target" CHARACTER VARYING(2000) NOT NULL,
    "subscriber_id" CHARACTER VARYING(32),
    "event" CHARACTER VARYING(60) NOT NULL,
    "payload" CHARACTER VARYING NOT NULL,
    "state" CHARACTER VARYING(12) NOT NULL,
    "attempts" INTEGER DEFAULT 0 NOT NULL,
    "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "claimed_until" TIMESTAMP WITH TIME ZONE,
    "claimed_by" CHARACTER VARYING(64),
    "last_attempt_at" TIMESTAMP WITH TIME ZONE,
    "last_error" CHARACTER VARYING(1000),
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "delivered_at" TIMESTAMP WITH TIME ZONE
);      
ALTER TABLE "public"."notify_delivery" ADD CONSTRAINT "public"."CONSTRAINT_C6" PRIMARY KEY("id");              
-- 0 +/- SELECT COUNT(*) FROM public.notify_delivery;          
CREATE INDEX "public"."notify_delivery_due" ON "public"."notify_delivery"("state" NULLS LAST, "next_attempt_at" NULLS LAST);   
CREATE INDEX "public"."notify_delivery_subscriber" ON "public"."notify_delivery"("subscriber_id" NULLS LAST);  
CREATE CACHED TABLE "public"."notify_subscriber"(
    "id" CHARACTER VARYING(32) NOT NULL,
    "page_id" CHARACTER VARYING(16) NOT NULL,
    "channel" CHARACTER VARYING(20) NOT NULL,
    "target" CHARACTER VARYING(2000) NOT NULL,
    "token" CHARACTER VARYING(64) NOT NULL,
    "secret_ref" UUID,
    "confirmed_at" TIMESTAMP WITH TIME ZONE,
    "components" CHARACTER VARYING(4000) DEFAULT '' NOT NULL,
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "last_mailed_confirmation_at" TIMESTAMP WITH TIME ZONE
);          
ALTER TABLE "public"."notify_subscriber" ADD CONSTRAINT "public"."CONSTRAINT_7" PRIMARY KEY("id");             
-- 0 +/- SELECT COUNT(*) FROM public.notify_subscriber;        
CREATE INDEX "public"."notify_subscriber_page" ON "public"."notify_subscriber"("page_id" NULLS LAST, "channel" NULLS LAST);    
CREATE UNIQUE NULLS DISTINCT INDEX "public"."notify_subscriber_target" ON "public"."notify_subscriber"("page_id" NULLS LAST, "channel" NULLS LAST, "target" NULLS LAST);       
CREATE CACHED TABLE "public"."notify_smtp"(
    "id" INTEGER NOT NULL,
    "host" CHARACTER VARYING(253) NOT NULL,
    "port" INTEGER NOT NULL,
    "username" CHARACTER VARYING(300),
    "password_ref" UUID,
    "from_address" CHARACTER VARYING(300) NOT NULL,
    "starttls" BOOLEAN NOT NULL,
    "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL
);     
ALTER TABLE "public"."notify_smtp" ADD CONSTRAINT "public"."CONSTRAINT_98" PRIMARY KEY("id");  
-- 0 +/- SELECT COUNT(*) FROM public.notify_smtp;              
CREATE CACHED TABLE "public"."sp_metric"(
    "id" CHARACTER VARYING(16) NOT NULL,
    "page_id" CHARACTER VARYING(16) NOT NULL,
    "name" CHARACTER VARYING(200) NOT NULL,
    "suffix" CHARACTER VARYING(20),
    "decimals" INTEGER DEFAULT 0 NOT NULL,
    "position" INTEGER NOT NULL,
    "source" CHARACTER VARYING(12) NOT NULL,
    "prometheus_url" CHARACTER VARYING(500),
    "query" CHARACTER VARYING(2000),
    "interval_seconds" INTEGER DEFAULT 60 NOT NULL,
    "polled_at" TIMESTAMP WITH TIME ZONE,
    "last_error" CHARACTER VARYING(500),
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL
);   
ALTER TABLE "public"."sp_metric" ADD CONSTRAINT "public"."CONSTRAINT_6E" PRIMARY KEY("id");    
-- 0 +/- SELECT COUNT(*) FROM public.sp_metric;
CREATE INDEX "public"."sp_metric_page" ON "public"."sp_metric"("page_id" NULLS LAST, "position" NULLS LAST);   
CREATE CACHED TABLE "public"."sp_metric_point"(
    "metric_id" CHARACTER VARYING(16) NOT NULL,
    "at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "val" DOUBLE PRECISION NOT NULL
);             
ALTER TABLE "public"."sp_metric_point" ADD CONSTRAINT "public"."CONSTRAINT_26B" PRIMARY KEY("metric_id", "at");
-- 0 +/- SELECT COUNT(*) FROM public.sp_metric_point;          
CREATE CACHED TABLE "public"."shedlock"(
    "name" CHARACTER VARYING(64) NOT NULL,
    "lock_until" TIMESTAMP NOT NULL,
    "locked_at" TIMESTAMP NOT NULL,
    "locked_by" CHARACTER VARYING(255) NOT NULL
);
ALTER TABLE "public"."shedlock" ADD CONSTRAINT "public"."CONSTRAINT_D" PRIMARY KEY("name");    
-- 1 +/- SELECT COUNT(*) FROM public.shedlock; 
INSERT INTO "public"."shedlock" VALUES
('statuspage-maintenance-schedule', TIMESTAMP '2026-12-02 09:04:57.751', TIMESTAMP '2026-12-02 09:04:52.751', 'vm');    
CREATE CACHED TABLE "public"."alert_silence"(
    "id" BIGINT GENERATED BY DEFAULT AS IDENTITY(START WITH 1) NOT NULL,
    "matchers" CHARACTER VARYING(4000) NOT NULL,
    "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "comment" CHARACTER VARYING(1000) NOT NULL,
    "created_by" CHARACTER VARYING(320) NOT NULL,
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL
);            
ALTER TABLE "public"."alert_silence" ADD CONSTRAINT "public"."CONSTRAINT_5D" PRIMARY KEY("id");
-- 0 +/- SELECT COUNT(*) FROM public.alert_silence;            
CREATE INDEX "public"."alert_silence_active" ON "public"."alert_silence"("ends_at" NULLS LAST);
CREATE CACHED TABLE "public"."alert_group"(
    "id" BIGINT GENERATED BY DEFAULT AS IDENTITY(START WITH 1 RESTART WITH 2) NOT NULL,
    "integration_id" UUID NOT NULL,
    "group_key" CHARACTER VARYING(1000) NOT NULL,
    "title" CHARACTER VARYING(500) NOT NULL,
    "status" CHARACTER VARYING(15) NOT NULL,
    "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "acknowledged_at" TIMESTAMP WITH TIME ZONE,
    "acknowledged_by" CHARACTER VARYING(320),
    "resolved_at" TIMESTAMP WITH TIME ZONE,
    "resolved_by" CHARACTER VARYING(320)
);               
ALTER TABLE "public"."alert_group" ADD CONSTRAINT "public"."CONSTRAINT_DB" PRIMARY KEY("id");  
-- 1 +/- SELECT COUNT(*) FROM public.alert_group;              
INSERT INTO "public"."alert_group" VALUES
(1, UUID 'ffd9f693-387b-4ea9-bacf-446b3221ff7a', 'alertname=CheckoutLatency', 'p99 checkout latency over 2 s', 'triggered', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.596892+00', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.596892+00', NULL, NULL, NULL, NULL);             
CREATE INDEX "public"."alert_group_open" ON "public"."alert_group"("integration_id" NULLS LAST, "group_key" NULLS LAST, "status" NULLS LAST);  
CREATE INDEX "public"."alert_group_status" ON "public"."alert_group"("status" NULLS LAST, "updated_at" NULLS LAST);            
CREATE CACHED TABLE "public"."incident_severity"(
    "code" CHARACTER VARYING(20) NOT NULL,
    "description" CHARACTER VARYING(500) NOT NULL,
    "position" INTEGER NOT NULL
);             
ALTER TABLE "public"."incident_severity" ADD CONSTRAINT "public"."CONSTRAINT_A" PRIMARY KEY("code");           
-- 4 +/- SELECT COUNT(*) FROM public.incident_severity;        
INSERT INTO "public"."incident_severity" VALUES
('SEV1', 'Critical: the service is down or data is at risk for many customers.', 1),
('SEV2', 'Major: a core function is failing or badly degraded for many customers.', 2),
('SEV3', 'Minor: a part of the service is degraded, or few customers are affected.', 3),
('SEV4', 'Low: no customer impact yet; worth a coordinated look.', 4);   
CREATE CACHED TABLE "public"."alert"(
    "id" BIGINT GENERATED BY DEFAULT AS IDENTITY(START WITH 1 RESTART WITH 2) NOT NULL,
    "integration_id" UUID NOT NULL,
    "fingerprint" CHARACTER VARYING(255) NOT NULL,
    "rule_key" CHARACTER VARYING(500) NOT NULL,
    "status" CHARACTER VARYING(10) NOT NULL,
    "title" CHARACTER VARYING(500) NOT NULL,
    "severity" CHARACTER VARYING(40),
    "labels" CHARACTER VARYING(8000) NOT NULL,
    "annotations" CHARACTER VARYING(16000) NOT NULL,
    "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "ends_at" TIMESTAMP WITH TIME ZONE,
    "source_url" CHARACTER VARYING(2000),
    "raw_payload" CHARACTER VARYING(16000) NOT NULL,
    "first_seen" TIMESTAMP WITH TIME ZONE NOT NULL,
    "last_seen" TIMESTAMP WITH TIME ZONE NOT NULL,
    "occurrences" BIGINT DEFAULT 1 NOT NULL,
    "acknowledged_at" TIMESTAMP WITH TIME ZONE,
    "group_id" BIGINT,
    "suppressed_by" CHARACTER VARYING(40),
    "content_hash" CHARACTER VARYING(32)
);           
ALTER TABLE "public"."alert" ADD CONSTRAINT "public"."CONSTRAINT_58" PRIMARY KEY("id");        
-- 1 +/- SELECT COUNT(*) FROM public.alert;    
INSERT INTO "public"."alert" VALUES
(1, UUID 'ffd9f693-387b-4ea9-bacf-446b3221ff7a', 'c0ffee0123456789', 'alertname=CheckoutLatency,job=', 'firing', 'p99 checkout latency over 2 s', 'critical', '{"alertname":"CheckoutLatency","severity":"critical"}', '{"summary":"p99 checkout latency over 2 s"}', TIMESTAMP WITH TIME ZONE '2026-11-30 10:00:00+00', NULL, NULL, U&'{"status": "firing", "labels": {"alertname": "CheckoutLatency", "severity": "critical"},\000a\0009\0009"annotations": {"summary": "p99 checkout latency over 2 s"}, "startsAt": "2026-11-30T10:00:00Z",\000a\0009\0009"fingerprint": "c0ffee0123456789"}', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.596892+00', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.596892+00', 1, NULL, 1, NULL, 'dd06b59d842e441c5d419133bc190d02');              
CREATE INDEX "public"."alert_status" ON "public"."alert"("status" NULLS LAST, "last_seen" NULLS LAST);         
CREATE INDEX "public"."alert_rule" ON "public"."alert"("rule_key" NULLS LAST); 
CREATE INDEX "public"."alert_group_member" ON "public"."alert"("group_id" NULLS LAST);         
CREATE INDEX "public"."alert_fingerprint" ON "public"."alert"("fingerprint" NULLS LAST);       
CREATE CACHED TABLE "public"."alert_integration"(
    "id" UUID NOT NULL,
    "name" CHARACTER VARYING(100) NOT NULL,
    "type" CHARACTER VARYING(20) NOT NULL,
    "key_hash" CHARACTER VARYING(64) NOT NULL,
    "key_hint" CHARACTER VARYING(16) NOT NULL,
    "rule_labels" CHARACTER VARYING(500) NOT NULL,
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "disabled_at" TIMESTAMP WITH TIME ZONE,
    "group_by" CHARACTER VARYING(500) DEFAULT 'alertname' NOT NULL,
    "group_window_seconds" INTEGER DEFAULT 3600 NOT NULL,
    "mapping" CHARACTER VARYING(4000)
);       
ALTER TABLE "public"."alert_integration" ADD CONSTRAINT "public"."CONSTRAINT_F5" PRIMARY KEY("id");            
-- 1 +/- SELECT COUNT(*) FROM public.alert_integration;        
INSERT INTO "public"."alert_integration" VALUES
(UUID 'ffd9f693-387b-4ea9-bacf-446b3221ff7a', 'prod alertmanager', 'alertmanager', '760b62b5b8f4b5245828dc7b2c166de96e7dafc67659363a4efdbac7116c9341', U&'shk_lTuO\2026', 'alertname,job', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.444276+00', NULL, 'alertname', 3600, NULL);           
CREATE CACHED TABLE "public"."incident"(
    "id" BIGINT GENERATED BY DEFAULT AS IDENTITY(START WITH 1 RESTART WITH 2) NOT NULL,
    "title" CHARACTER VARYING(300) NOT NULL,
    "summary" CHARACTER VARYING(20000) DEFAULT '' NOT NULL,
    "severity" CHARACTER VARYING(20) NOT NULL,
    "status" CHARACTER VARYING(15) NOT NULL,
    "declared_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "declared_by" CHARACTER VARYING(320) NOT NULL,
    "mitigated_at" TIMESTAMP WITH TIME ZONE,
    "resolved_at" TIMESTAMP WITH TIME ZONE,
    "closed_at" TIMESTAMP WITH TIME ZONE,
    "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "version" BIGINT DEFAULT 0 NOT NULL
);
ALTER TABLE "public"."incident" ADD CONSTRAINT "public"."CONSTRAINT_52" PRIMARY KEY("id");     
-- 1 +/- SELECT COUNT(*) FROM public.incident; 
INSERT INTO "public"."incident" VALUES
(1, 'Checkout latency', '', 'SEV2', 'investigating', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.832466+00', 'admin@upgrade.test', NULL, NULL, NULL, TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:58.361972+00', 5);    
CREATE INDEX "public"."incident_status" ON "public"."incident"("status" NULLS LAST, "declared_at" NULLS LAST); 
CREATE CACHED TABLE "public"."incident_component"(
    "incident_id" BIGINT NOT NULL,
    "page_id" CHARACTER VARYING(16) NOT NULL,
    "component_id" CHARACTER VARYING(16) NOT NULL
);       
ALTER TABLE "public"."incident_component" ADD CONSTRAINT "public"."CONSTRAINT_CD54" PRIMARY KEY("incident_id", "component_id");
-- 0 +/- SELECT COUNT(*) FROM public.incident_component;       
CREATE CACHED TABLE "public"."incident_role"(
    "id" BIGINT GENERATED BY DEFAULT AS IDENTITY(START WITH 1 RESTART WITH 2) NOT NULL,
    "incident_id" BIGINT NOT NULL,
    "role" CHARACTER VARYING(20) NOT NULL,
    "holder" CHARACTER VARYING(320) NOT NULL,
    "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "assigned_by" CHARACTER VARYING(320) NOT NULL,
    "ended_at" TIMESTAMP WITH TIME ZONE
);           
ALTER TABLE "public"."incident_role" ADD CONSTRAINT "public"."CONSTRAINT_55" PRIMARY KEY("id");
-- 1 +/- SELECT COUNT(*) FROM public.incident_role;            
INSERT INTO "public"."incident_role" VALUES
(1, 1, 'commander', 'admin@upgrade.test', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.910797+00', 'admin@upgrade.test', NULL);   
CREATE INDEX "public"."incident_role_of" ON "public"."incident_role"("incident_id" NULLS LAST, "role" NULLS LAST);             
CREATE CACHED TABLE "public"."incident_participant"(
    "incident_id" BIGINT NOT NULL,
    "person" CHARACTER VARYING(320) NOT NULL,
    "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL
);     
ALTER TABLE "public"."incident_participant" ADD CONSTRAINT "public"."CONSTRAINT_348" PRIMARY KEY("incident_id", "person");     
-- 1 +/- SELECT COUNT(*) FROM public.incident_participant;     
INSERT INTO "public"."incident_participant" VALUES
(1, 'admin@upgrade.test', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.910797+00');        
CREATE CACHED TABLE "public"."incident_alert_group"(
    "incident_id" BIGINT NOT NULL,
    "group_id" BIGINT NOT NULL,
    "attached_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "attached_by" CHARACTER VARYING(320) NOT NULL
);              
ALTER TABLE "public"."incident_alert_group" ADD CONSTRAINT "public"."CONSTRAINT_E20A" PRIMARY KEY("incident_id", "group_id");  
-- 0 +/- SELECT COUNT(*) FROM public.incident_alert_group;     
CREATE INDEX "public"."incident_alert_group_of" ON "public"."incident_alert_group"("group_id" NULLS LAST);     
CREATE CACHED TABLE "public"."incident_timeline_entry"(
    "id" BIGINT GENERATED BY DEFAULT AS IDENTITY(START WITH 1 RESTART WITH 3) NOT NULL,
    "incident_id" BIGINT NOT NULL,
    "kind" CHARACTER VARYING(20) NOT NULL,
    "body" CHARACTER VARYING(20000) NOT NULL,
    "author" CHARACTER VARYING(320) NOT NULL,
    "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "edited_at" TIMESTAMP WITH TIME ZONE
);
ALTER TABLE "public"."incident_timeline_entry" ADD CONSTRAINT "public"."CONSTRAINT_71" PRIMARY KEY("id");      
-- 2 +/- SELECT COUNT(*) FROM public.incident_timeline_entry;  
INSERT INTO "public"."incident_timeline_entry" VALUES
(1, 1, 'role', 'admin@upgrade.test is commander.', 'admin@upgrade.test', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.942612+00', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.942612+00', NULL),
(2, 1, 'observation', 'Cache node cache-3 restarted.', 'admin@upgrade.test', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:58.338173+00', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:58.338173+00', NULL);              
CREATE INDEX "public"."incident_timeline_of" ON "public"."incident_timeline_entry"("incident_id" NULLS LAST, "occurred_at" NULLS LAST);        
CREATE CACHED TABLE "public"."incident_hypothesis"(
    "id" BIGINT GENERATED BY DEFAULT AS IDENTITY(START WITH 1) NOT NULL,
    "incident_id" BIGINT NOT NULL,
    "statement" CHARACTER VARYING(2000) NOT NULL,
    "status" CHARACTER VARYING(15) NOT NULL,
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "created_by" CHARACTER VARYING(320) NOT NULL
);         
ALTER TABLE "public"."incident_hypothesis" ADD CONSTRAINT "public"."CONSTRAINT_78" PRIMARY KEY("id");          
-- 0 +/- SELECT COUNT(*) FROM public.incident_hypothesis;      
CREATE INDEX "public"."incident_hypothesis_of" ON "public"."incident_hypothesis"("incident_id" NULLS LAST);    
CREATE CACHED TABLE "public"."incident_hypothesis_change"(
    "id" BIGINT GENERATED BY DEFAULT AS IDENTITY(START WITH 1) NOT NULL,
    "hypothesis_id" BIGINT NOT NULL,
    "status" CHARACTER VARYING(15) NOT NULL,
    "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "changed_by" CHARACTER VARYING(320) NOT NULL
);  
ALTER TABLE "public"."incident_hypothesis_change" ADD CONSTRAINT "public"."CONSTRAINT_BC" PRIMARY KEY("id");   
-- 0 +/- SELECT COUNT(*) FROM public.incident_hypothesis_change;               
CREATE INDEX "public"."incident_hypothesis_change_of" ON "public"."incident_hypothesis_change"("hypothesis_id" NULLS LAST);    
CREATE CACHED TABLE "public"."incident_hypothesis_evidence"(
    "hypothesis_id" BIGINT NOT NULL,
    "entry_id" BIGINT NOT NULL
);            
ALTER TABLE "public"."incident_hypothesis_evidence" ADD CONSTRAINT "public"."CONSTRAINT_531F" PRIMARY KEY("hypothesis_id", "entry_id");        
-- 0 +/- SELECT COUNT(*) FROM public.incident_hypothesis_evidence;             
CREATE CACHED TABLE "public"."incident_status_notice"(
    "incident_id" BIGINT NOT NULL,
    "page_id" CHARACTER VARYING(16) NOT NULL,
    "notice_id" CHARACTER VARYING(16) NOT NULL,
    "published_at" TIMESTAMP WITH TIME ZONE NOT NULL
);
ALTER TABLE "public"."incident_status_notice" ADD CONSTRAINT "public"."CONSTRAINT_24A" PRIMARY KEY("incident_id", "page_id");  
-- 0 +/- SELECT COUNT(*) FROM public.incident_status_notice;   
CREATE CACHED TABLE "public"."notify_endpoint"(
    "id" CHARACTER VARYING(32) NOT NULL,
    "name" CHARACTER VARYING(100) NOT NULL,
    "url" CHARACTER VARYING(2000) NOT NULL,
    "events" CHARACTER VARYING(1000) DEFAULT '' NOT NULL,
    "secret_ref" UUID NOT NULL,
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL
);               
ALTER TABLE "public"."notify_endpoint" ADD CONSTRAINT "public"."CONSTRAINT_FD" PRIMARY KEY("id");              
-- 0 +/- SELECT COUNT(*) FROM public.notify_endpoint;          
CREATE CACHED TABLE "public"."chat_integration"(
    "id" CHARACTER VARYING(32) NOT NULL,
    "name" CHARACTER VARYING(100) NOT NULL,
    "kind" CHARACTER VARYING(20) NOT NULL,
    "secret_ref" UUID,
    "token_hash" CHARACTER VARYING(64),
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL
);          
ALTER TABLE "public"."chat_integration" ADD CONSTRAINT "public"."CONSTRAINT_84" PRIMARY KEY("id");             
-- 0 +/- SELECT COUNT(*) FROM public.chat_integration;         
CREATE CACHED TABLE "public"."chat_user_link"(
    "integration_id" CHARACTER VARYING(32) NOT NULL,
    "chat_user" CHARACTER VARYING(100) NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL
);        
ALTER TABLE "public"."chat_user_link" ADD CONSTRAINT "public"."CONSTRAINT_5B6" PRIMARY KEY("integration_id", "chat_user");     
-- 0 +/- SELECT COUNT(*) FROM public.chat_user_link;           
CREATE CACHED TABLE "public"."review_template"(
    "id" CHARACTER VARYING(40) NOT NULL,
    "name" CHARACTER VARYING(200) NOT NULL,
    "sections" CHARACTER VARYING(1000) NOT NULL,
    "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL
);    
ALTER TABLE "public"."review_template" ADD CONSTRAINT "public"."CONSTRAINT_3B" PRIMARY KEY("id");              
-- 3 +/- SELECT COUNT(*) FROM public.review_template;          
INSERT INTO "public"."review_template" VALUES
('sharpend', 'Sharpend default', 'summary,impact,timeline,accounts,factors,mitigators,surprises,lucky,went_well,questions,actions', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:44.745415+00'),
('sre-book', 'SRE book example postmortem', 'summary,impact,trigger,went_well,went_wrong,lucky,actions,timeline', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:44.745415+00'),
('contributors', 'Contributors, mitigators, risks', 'summary,impact,factors,mitigators,risks,accounts,timeline,actions', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:44.745415+00');  
CREATE CACHED TABLE "public"."search_change"(
    "seq" BIGINT GENERATED BY DEFAULT AS IDENTITY(START WITH 1 RESTART WITH 7) NOT NULL,
    "doc_type" CHARACTER VARYING(40) NOT NULL,
    "doc_id" CHARACTER VARYING(100) NOT NULL,
    "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL
);      
ALTER TABLE "public"."search_change" ADD CONSTRAINT "public"."CONSTRAINT_3B8" PRIMARY KEY("seq");              
-- 6 +/- SELECT COUNT(*) FROM public.search_change;            
INSERT INTO "public"."search_change" VALUES
(1, 'incident', '1', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.886402+00'),
(2, 'incident', '1', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.928241+00'),
(3, 'timeline_entry', '1', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.95357+00'),
(4, 'incident', '1', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.956503+00'),
(5, 'timeline_entry', '2', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:58.363277+00'),
(6, 'review', '1', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:58.803837+00');           
CREATE INDEX "public"."search_change_age" ON "public"."search_change"("changed_at" NULLS LAST);
CREATE CACHED TABLE "public"."review_section"(
    "review_id" BIGINT NOT NULL,
    "section_key" CHARACTER VARYING(40) NOT NULL,
    "body" CHARACTER VARYING(20000) DEFAULT '' NOT NULL
);   
ALTER TABLE "public"."review_section" ADD CONSTRAINT "public"."CONSTRAINT_9AE" PRIMARY KEY("review_id", "section_key");        
-- 0 +/- SELECT COUNT(*) FROM public.review_section;           
CREATE CACHED TABLE "public"."review_account"(
    "id" BIGINT GENERATED BY DEFAULT AS IDENTITY(START WITH 1) NOT NULL,
    "review_id" BIGINT NOT NULL,
    "author" CHARACTER VARYING(320) NOT NULL,
    "saw" CHARACTER VARYING(10000) DEFAULT '' NOT NULL,
    "did" CHARACTER VARYING(10000) DEFAULT '' NOT NULL,
    "expected" CHARACTER VARYING(10000) DEFAULT '' NOT NULL,
    "assumed" CHARACTER VARYING(10000) DEFAULT '' NOT NULL,
    "understood" CHARACTER VARYING(10000) DEFAULT '' NOT NULL,
    "shared" BOOLEAN DEFAULT FALSE NOT NULL,
    "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL
);              
ALTER TABLE "public"."review_account" ADD CONSTRAINT "public"."CONSTRAINT_DF" PRIMARY KEY("id");               
-- 0 +/- SELECT COUNT(*) FROM public.review_account;           
CREATE CACHED TABLE "public"."review_timeline"(
    "review_id" BIGINT NOT NULL,
    "entry_id" BIGINT NOT NULL,
    "annotation" CHARACTER VARYING(5000) DEFAULT '' NOT NULL
);               
ALTER TABLE "public"."review_timeline" ADD CONSTRAINT "public"."CONSTRAINT_E73" PRIMARY KEY("review_id", "entry_id");          
-- 0 +/- SELECT COUNT(*) FROM public.review_timeline;          
CREATE CACHED TABLE "public"."review_factor"(
    "id" BIGINT GENERATED BY DEFAULT AS IDENTITY(START WITH 1) NOT NULL,
    "review_id" BIGINT NOT NULL,
    "kind" CHARACTER VARYING(20) NOT NULL,
    "factor_type" CHARACTER VARYING(20) NOT NULL,
    "description" CHARACTER VARYING(5000) NOT NULL,
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL
); 
ALTER TABLE "public"."review_factor" ADD CONSTRAINT "public"."CONSTRAINT_30" PRIMARY KEY("id");
-- 0 +/- SELECT COUNT(*) FROM public.review_factor;            
CREATE CACHED TABLE "public"."review_factor_evidence"(
    "factor_id" BIGINT NOT NULL,
    "entry_id" BIGINT NOT NULL
);      
ALTER TABLE "public"."review_factor_evidence" ADD CONSTRAINT "public"."CONSTRAINT_50B" PRIMARY KEY("factor_id", "entry_id");   
-- 0 +/- SELECT COUNT(*) FROM public.review_factor_evidence;   
CREATE CACHED TABLE "public"."review_action"(
    "id" BIGINT GENERATED BY DEFAULT AS IDENTITY(START WITH 1) NOT NULL,
    "review_id" BIGINT NOT NULL,
    "title" CHARACTER VARYING(300) NOT NULL,
    "owner" CHARACTER VARYING(320),
    "due_on" DATE,
    "status" CHARACTER VARYING(20) NOT NULL,
    "reason" CHARACTER VARYING(2000),
    "tracker_url" CHARACTER VARYING(500),
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "reminded_due_for" DATE,
    "reminded_overdue_for" DATE
);               
ALTER TABLE "public"."review_action" ADD CONSTRAINT "public"."CONSTRAINT_28" PRIMARY KEY("id");
-- 0 +/- SELECT COUNT(*) FROM public.review_action;            
CREATE INDEX "public"."review_action_status" ON "public"."review_action"("status" NULLS LAST, "due_on" NULLS LAST);            
CREATE CACHED TABLE "public"."review"(
    "id" BIGINT GENERATED BY DEFAULT AS IDENTITY(START WITH 1 RESTART WITH 2) NOT NULL,
    "incident_id" BIGINT,
    "title" CHARACTER VARYING(300) NOT NULL,
    "status" CHARACTER VARYING(20) NOT NULL,
    "template_id" CHARACTER VARYING(40) NOT NULL,
    "facilitator" CHARACTER VARYING(320),
    "meeting_at" TIMESTAMP WITH TIME ZONE,
    "started_at" TIMESTAMP WITH TIME ZONE,
    "detected_at" TIMESTAMP WITH TIME ZONE,
    "mitigated_at" TIMESTAMP WITH TIME ZONE,
    "resolved_at" TIMESTAMP WITH TIME ZONE,
    "created_by" CHARACTER VARYING(320) NOT NULL,
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
    "published_at" TIMESTAMP WITH TIME ZONE,
    "sections" CHARACTER VARYING(1000)
);     
ALTER TABLE "public"."review" ADD CONSTRAINT "public"."CONSTRAINT_C8" PRIMARY KEY("id");       
-- 1 +/- SELECT COUNT(*) FROM public.review;   
INSERT INTO "public"."review" VALUES
(1, 1, 'Checkout latency review', 'draft', 'sharpend', NULL, NULL, TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.832466+00', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:57.832466+00', NULL, NULL, 'admin@upgrade.test', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:58.787916+00', TIMESTAMP WITH TIME ZONE '2026-12-02 09:04:58.787916+00', NULL, 'summary,impact,timeline,accounts,factors,mitigators,surprises,lucky,went_well,questions,actions');    
CREATE INDEX "public"."review_incident" ON "public"."review"("incident_id" NULLS LAST);        
ALTER TABLE "public"."sso_settings" ADD CONSTRAINT "public"."CONSTRAINT_9E" CHECK("id" = 1) NOCHECK;           
ALTER TABLE "public"."secret_key_check" ADD CONSTRAINT "public"."CONSTRAINT_1C" CHECK("id" = 1) NOCHECK;       
ALTER TABLE "public"."sp_page" ADD CONSTRAINT "public"."CONSTRAINT_87" UNIQUE NULLS DISTINCT ("slug");         
ALTER TABLE "public"."chat_integration" ADD CONSTRAINT "public"."CONSTRAINT_84C" UNIQUE NULLS DISTINCT ("token_hash");         
ALTER TABLE "public"."one_time_link" ADD CONSTRAINT "public"."CONSTRAINT_20" UNIQUE NULLS DISTINCT ("token_hash");             
ALTER TABLE "public"."alert_integration" ADD CONSTRAINT "public"."CONSTRAINT_F57" UNIQUE NULLS DISTINCT ("key_hash");          
ALTER TABLE "public"."alert" ADD CONSTRAINT "public"."CONSTRAINT_5898" UNIQUE NULLS DISTINCT ("integration_id", "fingerprint");
ALTER TABLE "public"."app_user" ADD CONSTRAINT "public"."CONSTRAINT_45" UNIQUE NULLS DISTINCT ("email_key");   
ALTER TABLE "public"."review_account" ADD CONSTRAINT "public"."CONSTRAINT_DF51" UNIQUE NULLS DISTINCT ("review_id", "author"); 
ALTER TABLE "public"."role" ADD CONSTRAINT "public"."CONSTRAINT_35" UNIQUE NULLS DISTINCT ("name");            
ALTER TABLE "public"."notify_subscriber" ADD CONSTRAINT "public"."CONSTRAINT_75F" UNIQUE NULLS DISTINCT ("token");             
ALTER TABLE "public"."sp_page" ADD CONSTRAINT "public"."CONSTRAINT_87F" UNIQUE NULLS DISTINCT ("hostname");    
ALTER TABLE "public"."sp_access_link" ADD CONSTRAINT "public"."CONSTRAINT_6D5" UNIQUE NULLS DISTINCT ("token_hash");           
ALTER TABLE "public"."api_token" ADD CONSTRAINT "public"."CONSTRAINT_FB9" UNIQUE NULLS DISTINCT ("token_hash");
ALTER TABLE "public"."app_user" ADD CONSTRAINT "public"."CONSTRAINT_459" FOREIGN KEY("role_id") REFERENCES "public"."role"("id") NOCHECK;      
ALTER TABLE "public"."one_time_link" ADD CONSTRAINT "public"."CONSTRAINT_20C" FOREIGN KEY("user_id") REFERENCES "public"."app_user"("id") NOCHECK;             
ALTER TABLE "public"."notify_subscriber" ADD CONSTRAINT "public"."CONSTRAINT_75" FOREIGN KEY("page_id") REFERENCES "public"."sp_page"("id") ON DELETE CASCADE NOCHECK;         
ALTER TABLE "public"."review_action" ADD CONSTRAINT "public"."CONSTRAINT_284" FOREIGN KEY("review_id") REFERENCES "public"."review"("id") NOCHECK;             
ALTER TABLE "public"."role_permission" ADD CONSTRAINT "public"."CONSTRAINT_B" FOREIGN KEY("role_id") REFERENCES "public"."role"("id") ON DELETE CASCADE NOCHECK;               
ALTER TABLE "public"."incident_timeline_entry" ADD CONSTRAINT "public"."CONSTRAINT_719" FOREIGN KEY("incident_id") REFERENCES "public"."incident"("id") NOCHECK;               
ALTER TABLE "public"."sp_incident_component" ADD CONSTRAINT "public"."CONSTRAINT_1F1" FOREIGN KEY("component_id") REFERENCES "public"."sp_component"("id") ON DELETE CASCADE NOCHECK;          
ALTER TABLE "public"."incident_role" ADD CONSTRAINT "public"."CONSTRAINT_558" FOREIGN KEY("incident_id") REFERENCES "public"."incident"("id") NOCHECK;         
ALTER TABLE "public"."sp_incident_template" ADD CONSTRAINT "public"."CONSTRAINT_F6F" FOREIGN KEY("page_id") REFERENCES "public"."sp_page"("id") ON DELETE CASCADE NOCHECK;     
ALTER TABLE "public"."incident_status_notice" ADD CONSTRAINT "public"."CONSTRAINT_24" FOREIGN KEY("incident_id") REFERENCES "public"."incident"("id") NOCHECK; 
ALTER TABLE "public"."sp_metric_point" ADD CONSTRAINT "public"."CONSTRAINT_26" FOREIGN KEY("metric_id") REFERENCES "public"."sp_metric"("id") ON DELETE CASCADE NOCHECK;       
ALTER TABLE "public"."sso_settings" ADD CONSTRAINT "public"."CONSTRAINT_9E4" FOREIGN KEY("updated_by") REFERENCES "public"."app_user"("id") NOCHECK;           
ALTER TABLE "public"."review_factor" ADD CONSTRAINT "public"."CONSTRAINT_30A" FOREIGN KEY("review_id") REFERENCES "public"."review"("id") NOCHECK;             
ALTER TABLE "public"."sp_component_status" ADD CONSTRAINT "public"."CONSTRAINT_EDA" FOREIGN KEY("component_id") REFERENCES "public"."sp_component"("id") ON DELETE CASCADE NOCHECK;            
ALTER TABLE "public"."review" ADD CONSTRAINT "public"."CONSTRAINT_C84" FOREIGN KEY("incident_id") REFERENCES "public"."incident"("id") NOCHECK;
ALTER TABLE "public"."review_section" ADD CONSTRAINT "public"."CONSTRAINT_9A" FOREIGN KEY("review_id") REFERENCES "public"."review"("id") NOCHECK;             
ALTER TABLE "public"."alert_group" ADD CONSTRAINT "public"."CONSTRAINT_DB3" FOREIGN KEY("integration_id") REFERENCES "public"."alert_integration"("id") NOCHECK;               
ALTER TABLE "public"."incident_hypothesis" ADD CONSTRAINT "public"."CONSTRAINT_785" FOREIGN KEY("incident_id") REFERENCES "public"."incident"("id") NOCHECK;   
ALTER TABLE "public"."alert" ADD CONSTRAINT "public"."CONSTRAINT_58989" FOREIGN KEY("group_id") REFERENCES "public"."alert_group"("id") NOCHECK;               
ALTER TABLE "public"."sp_component" ADD CONSTRAINT "public"."CONSTRAINT_ECA" FOREIGN KEY("group_id") REFERENCES "public"."sp_component"("id") ON DELETE CASCADE NOCHECK;       
ALTER TABLE "public"."sp_incident_component" ADD CONSTRAINT "public"."CONSTRAINT_1F" FOREIGN KEY("incident_id") REFERENCES "public"."sp_incident"("id") ON DELETE CASCADE NOCHECK;             
ALTER TABLE "public"."sp_update_component" ADD CONSTRAINT "public"."CONSTRAINT_E2" FOREIGN KEY("update_id") REFERENCES "public"."sp_incident_update"("id") ON DELETE CASCADE NOCHECK;          
ALTER TABLE "public"."incident_hypothesis_evidence" ADD CONSTRAINT "public"."CONSTRAINT_531" FOREIGN KEY("entry_id") REFERENCES "public"."incident_timeline_entry"("id") NOCHECK;              
ALTER TABLE "public"."review_factor_evidence" ADD CONSTRAINT "public"."CONSTRAINT_50" FOREIGN KEY("factor_id") REFERENCES "public"."review_factor"("id") NOCHECK;              
ALTER TABLE "public"."sp_metric" ADD CONSTRAINT "public"."CONSTRAINT_6E7" FOREIGN KEY("page_id") REFERENCES "public"."sp_page"("id") ON DELETE CASCADE NOCHECK;
ALTER TABLE "public"."incident" ADD CONSTRAINT "public"."CONSTRAINT_52F" FOREIGN KEY("severity") REFERENCES "public"."incident_severity"("code") NOCHECK;      
ALTER TABLE "public"."review_timeline" ADD CONSTRAINT "public"."CONSTRAINT_E7" FOREIGN KEY("review_id") REFERENCES "public"."review"("id") NOCHECK;            
ALTER TABLE "public"."incident_alert_group" ADD CONSTRAINT "public"."CONSTRAINT_E20" FOREIGN KEY("incident_id") REFERENCES "public"."incident"("id") NOCHECK;  
ALTER TABLE "public"."review" ADD CONSTRAINT "public"."CONSTRAINT_C84E" FOREIGN KEY("template_id") REFERENCES "public"."review_template"("id") NOCHECK;        
ALTER TABLE "public"."incident_participant" ADD CONSTRAINT "public"."CONSTRAINT_34" FOREIGN KEY("incident_id") REFERENCES "public"."incident"("id") NOCHECK;   
ALTER TABLE "public"."incident_hypothesis_change" ADD CONSTRAINT "public"."CONSTRAINT_BCA" FOREIGN KEY("hypothesis_id") REFERENCES "public"."incident_hypothesis"("id") NOCHECK;               
ALTER TABLE "public"."sp_access_link" ADD CONSTRAINT "public"."CONSTRAINT_6D" FOREIGN KEY("page_id") REFERENCES "public"."sp_page"("id") ON DELETE CASCADE NOCHECK;            
ALTER TABLE "public"."chat_user_link" ADD CONSTRAINT "public"."CONSTRAINT_5B" FOREIGN KEY("integration_id") REFERENCES "public"."chat_integration"("id") ON DELETE CASCADE NOCHECK;            
ALTER TABLE "public"."sp_incident_update" ADD CONSTRAINT "public"."CONSTRAINT_5A" FOREIGN KEY("incident_id") REFERENCES "public"."sp_incident"("id") ON DELETE CASCADE NOCHECK;
ALTER TABLE "public"."sp_component" ADD CONSTRAINT "public"."CONSTRAINT_EC" FOREIGN KEY("page_id") REFERENCES "public"."sp_page"("id") ON DELETE CASCADE NOCHECK;              
ALTER TABLE "public"."incident_hypothesis_evidence" ADD CONSTRAINT "public"."CONSTRAINT_53" FOREIGN KEY("hypothesis_id") REFERENCES "public"."incident_hypothesis"("id") NOCHECK;              
ALTER TABLE "public"."sp_incident" ADD CONSTRAINT "public"."CONSTRAINT_CD7" FOREIGN KEY("page_id") REFERENCES "public"."sp_page"("id") ON DELETE CASCADE NOCHECK;              
ALTER TABLE "public"."alert" ADD CONSTRAINT "public"."CONSTRAINT_589" FOREIGN KEY("integration_id") REFERENCES "public"."alert_integration"("id") NOCHECK;     
ALTER TABLE "public"."incident_component" ADD CONSTRAINT "public"."CONSTRAINT_CD5" FOREIGN KEY("incident_id") REFERENCES "public"."incident"("id") NOCHECK;    
ALTER TABLE "public"."review_account" ADD CONSTRAINT "public"."CONSTRAINT_DF5" FOREIGN KEY("review_id") REFERENCES "public"."review"("id") NOCHECK;            
ALTER TABLE "public"."api_token" ADD CONSTRAINT "public"."CONSTRAINT_FB" FOREIGN KEY("user_id") REFERENCES "public"."app_user"("id") NOCHECK;  
CREATE FORCE TRIGGER "public"."audit_event_no_update" BEFORE UPDATE ON "public"."audit_event" FOR EACH ROW QUEUE 1024 CALL 'dev.sharpend.audit.AppendOnlyTrigger';             
CREATE FORCE TRIGGER "public"."audit_event_no_delete" BEFORE DELETE ON "public"."audit_event" FOR EACH ROW QUEUE 1024 CALL 'dev.sharpend.audit.AppendOnlyTrigger';             
