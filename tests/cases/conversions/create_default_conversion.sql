-- a new DEFAULT conversion (one per schema and encoding pair) next to a non-default one for the opposite direction: CREATE DEFAULT CONVERSION keeps the DEFAULT keyword
-- @before
CREATE SCHEMA app;
-- @after
CREATE SCHEMA app;
CREATE DEFAULT CONVERSION app.win1252_to_utf8 FOR 'WIN1252' TO 'UTF8' FROM win_to_utf8;
CREATE CONVERSION app.utf8_to_win1252 FOR 'UTF8' TO 'WIN1252' FROM utf8_to_win;
