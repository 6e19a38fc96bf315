-- Accounts: failed logins per user and per client address (kept in the database so that every node of
-- a cluster sees the same counters), a session stamp that ends running sessions when it changes,
-- and the business key of an audited record in German.

CREATE TABLE kernel_login_failure (
    login_key        VARCHAR(120) PRIMARY KEY,
    failures         INTEGER      NOT NULL,
    last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until     TIMESTAMP WITH TIME ZONE
);

ALTER TABLE kernel_user ADD COLUMN session_stamp BIGINT DEFAULT 0 NOT NULL;

ALTER TABLE kernel_audit_entry ADD COLUMN subject VARCHAR(300);
