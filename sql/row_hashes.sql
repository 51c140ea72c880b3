{% import "_hash.sql" as hx %}
-- The hash of every row of a table without a primary key, streamed to lqs_clinical/repeats.py,
-- which sorts them in bounded memory and returns the hashes seen more than once
-- (duplicate_rows.sql then groups only the rows carrying one of them).
SELECT {{ hx.of(columns) }} AS h
FROM {{ table | q }}
