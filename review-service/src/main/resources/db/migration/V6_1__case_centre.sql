-- The service centre a case was submitted at (intake.ApplicationAccepted centreCode): what a window clerk's scope
-- (centre, centre-and-below) is checked against (docs/security.md, "Scopes"). Beside the case, not in it: the
-- aggregate never needs it. No foreign key: the row is written by the event handler after the case is opened.
CREATE TABLE case_centre (
    case_number text PRIMARY KEY,
    centre_code text NOT NULL
);

-- Cases opened before: intake numbers a case <centre code>-<yyyyMMdd>-<NNNNNN> (intake CaseNumbers).
INSERT INTO case_centre (case_number, centre_code)
SELECT case_number, regexp_replace(case_number, '-[0-9]{8}-[0-9]{6}$', '')
FROM review_case
WHERE case_number ~ '.-[0-9]{8}-[0-9]{6}$';
