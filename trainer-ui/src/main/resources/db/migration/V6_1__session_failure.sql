-- Why a session FAILED (a tick that threw, a resume after a restart that could not be made), so that it is
-- shown and not tried again at every start. Numbered 6.1 to leave 6 to a migration being written beside it.
ALTER TABLE exercise_session ADD COLUMN failure VARCHAR(1000);
