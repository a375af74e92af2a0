-- Sessions and runs may use a designer's library scenario, named id@version (docs/designer.md): an id of
-- up to 64 characters, '@' and the version number.
ALTER TABLE run ALTER COLUMN scenario_id SET DATA TYPE VARCHAR(80);
ALTER TABLE exercise_session ALTER COLUMN scenario_id SET DATA TYPE VARCHAR(80);
