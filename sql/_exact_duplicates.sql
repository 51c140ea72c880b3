-- Shared by duplicate_rows.sql and pk_unique.sql: exact duplicate rows without a hash table of
-- whole rows. Group the 64-bit hash of each row (a narrow hash table), keep the hashes seen more
-- than once, then group on every column only the rows carrying such a hash (normally few).
-- Still exact: a hash collision only admits a row to the second, exact grouping, and identical
-- rows always share a hash (hash() treats NULLs, -0.0/0.0 and NaNs as GROUP BY does).
-- With ``pk`` (the caller defines a CTE `suspect` of key values k0.. occurring more than once),
-- only rows whose key is such a value are hashed at all: identical rows share their key, so a
-- row with a key seen once cannot have a copy. A table with a clean key costs one narrow
-- grouping of its key and no hashing.
-- Defines the CTEs `candidates` and `exact` (one row per distinct row, with its count n); the
-- caller writes the WITH (and a trailing comma after its own CTEs).
{% set row_hash %}hash({% for col in columns %}{{ col | q }}{% if not loop.last %}, {% endif %}{% else %}NULL{% endfor %}){% endset %}
{% set rows %}{{ table | q }}{% if pk %} AS t SEMI JOIN suspect AS s ON {% for col in pk %}t.{{ col | q }} IS NOT DISTINCT FROM s.k{{ loop.index0 }}{% if not loop.last %} AND {% endif %}{% endfor %}{% endif %}{% endset %}
candidates AS (
  SELECT {{ row_hash }} AS h
  FROM {{ rows }}
  GROUP BY h
  HAVING count(*) > 1
), exact AS (
  SELECT
  {% for col in columns %}
    {{ col | q }},
  {% endfor %}
    count(*) AS n
  FROM {{ rows }}
  WHERE {{ row_hash }} IN (SELECT h FROM candidates)
  GROUP BY ALL
)
