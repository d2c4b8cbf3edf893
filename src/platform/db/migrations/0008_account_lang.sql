-- The language a user chose for the interface, messages and mail (one of the six official languages of WHO);
-- null when they chose none, and each request's language is used.
ALTER TABLE app_user ADD COLUMN lang text CHECK (lang IN ('ar', 'zh', 'en', 'fr', 'ru', 'es'));
