-- The caller's Discord OAuth tokens, kept for GET /api/discord/user-guilds/ (identity.md §2.1 step 3).
ALTER TABLE users ADD COLUMN discord_access_token VARCHAR(255);
ALTER TABLE users ADD COLUMN discord_refresh_token VARCHAR(255);
ALTER TABLE users ADD COLUMN discord_token_expires_at TIMESTAMP WITH TIME ZONE;
