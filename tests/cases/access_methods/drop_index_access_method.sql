-- an unused index access method and its operator family/class are dropped: operator class and family first (they depend on the method), then DROP ACCESS METHOD
-- @before
CREATE ACCESS METHOD myidx TYPE INDEX HANDLER bthandler;
CREATE OPERATOR CLASS public.text_myidx_ops DEFAULT FOR TYPE text USING myidx AS
    OPERATOR 1 < , OPERATOR 2 <= , OPERATOR 3 = , OPERATOR 4 >= , OPERATOR 5 > , FUNCTION 1 bttextcmp(text, text);
-- @after
