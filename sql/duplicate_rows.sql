-- Exact duplicate rows of a table without a primary key, without a hash table of whole rows:
-- group the 64-bit hash of each row (a narrow hash table), keep the hashes seen more than once,
-- then group on every column only the rows carrying such a hash (normally few). Still exact: a
-- hash collision only admits a row to the second, exact grouping, and identical rows always
-- share a hash (hash() treats NULLs, -0.0/0.0 and NaNs as GROUP BY does).
-- (Tables with a key get this from pk_unique.sql.)
{% set row_hash %}hash({% for col in columns %}{{ col | q }}{% if not loop.last %}, {% endif %}{% else %}NULL{% endfor %}){% endset %}
WITH candidates AS (
  SELECT {{ row_hash }} AS h
  FROM {{ table | q }}
  GROUP BY h
  HAVING count(*) > 1
), exact AS (
  SELECT
  {% for col in columns %}
    {{ col | q }},
  {% endfor %}
    count(*) AS n
  FROM {{ table | q }}
  WHERE {{ row_hash }} IN (SELECT h FROM candidates)
  GROUP BY ALL
)
SELECT
  (SELECT count(*) FROM {{ table | q }}) AS n_rows,
  count(*) FILTER (WHERE n > 1) AS dup_groups,
  coalesce(sum(n) FILTER (WHERE n > 1), 0) AS dup_group_rows,
  coalesce(sum(n - 1) FILTER (WHERE n > 1), 0) AS dup_excess_rows
FROM exact
