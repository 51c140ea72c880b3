{% import "_hash.sql" as hx %}
-- Shared by duplicate_rows.sql and pk_unique.sql: exact duplicate rows without a hash table of
-- whole rows. Only the rows whose hash occurs more than once are grouped on every column — exact,
-- since identical rows share a hash and a collision only admits a row to this grouping.
-- Without ``pk``, the caller passes ``repeated``: a temp table of the row hashes seen more than
-- once, found by lqs_clinical/repeats.py (sorting the streamed hashes costs a tenth of DuckDB's
-- GROUP BY on them). With ``pk`` (the caller defines a CTE `suspect` of key values k0..
-- occurring more than once), only rows whose key is such a value are hashed at all and grouped
-- here: identical rows share their key, so a row with a key seen once cannot have a copy.
-- Defines the CTEs `candidates` and `exact` (one row per distinct row, with its count n); the
-- caller writes the WITH (and a trailing comma after its own CTEs).
{% set rows %}{{ table | q }}{% if pk %} AS t SEMI JOIN suspect AS s ON {% for col in pk %}t.{{ col | q }} IS NOT DISTINCT FROM s.k{{ loop.index0 }}{% if not loop.last %} AND {% endif %}{% endfor %}{% endif %}{% endset %}
candidates AS (
{% if pk %}
  SELECT {{ hx.of(columns) }} AS h
  FROM {{ rows }}
  GROUP BY h
  HAVING count(*) > 1
{% else %}
  SELECT h FROM {{ repeated | q }}
{% endif %}
), exact AS (
  SELECT
  {% for col in columns %}
    {{ col | q }},
  {% endfor %}
    count(*) AS n
  FROM {{ rows }}
  WHERE {{ hx.of(columns) }} IN (SELECT h FROM candidates)
  GROUP BY ALL
)
