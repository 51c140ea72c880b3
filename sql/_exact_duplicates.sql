-- Shared by duplicate_rows.sql and pk_unique.sql: exact duplicate rows without a hash table of
-- whole rows. Group the 64-bit hash of each row (a narrow hash table), keep the hashes seen more
-- than once, then group on every column only the rows carrying such a hash (normally few).
-- Still exact: a hash collision only admits a row to the second, exact grouping, and identical
-- rows always share a hash (hash() treats NULLs, -0.0/0.0 and NaNs as GROUP BY does).
-- Defines the CTEs `candidates` and `exact` (one row per distinct row, with its count n).
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
