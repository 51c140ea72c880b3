-- Exact duplicate rows of a table without a primary key, among the rows whose hash repeats
-- (method: _exact_duplicates.sql; the row count comes from the hash stream, row_hashes.sql).
-- (Tables with a key get this from pk_unique.sql.)
WITH
{% include "_exact_duplicates.sql" %}

SELECT
  count(*) FILTER (WHERE n > 1) AS dup_groups,
  coalesce(sum(n) FILTER (WHERE n > 1), 0) AS dup_group_rows,
  coalesce(sum(n - 1) FILTER (WHERE n > 1), 0) AS dup_excess_rows
FROM exact
