-- The virtual server (/mcp/v/{name}) a request came through; NULL for other routes.
ALTER TABLE audit_log ADD COLUMN virtual_server TEXT;
