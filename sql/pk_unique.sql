{% import "_hash.sql" as hx %}
-- Primary-key uniqueness and exact duplicate rows of one table, among the rows whose key hash
-- repeats (``repeated``, found by lqs_clinical/repeats.py from key_hashes.sql, which also gives
-- the row count and the rows with a NULL key part: a NOT NULL matter, not a duplicate). Those
-- rows are grouped on their real key columns, so the key figures are exact. Exact duplicates:
-- see _exact_duplicates.sql, searched only among rows whose key value occurs more than once.
WITH keyed AS (
  SELECT {% for col in pk %}{{ col | q }} AS k{{ loop.index0 }}, {% endfor %}count(*) AS n,
    bool_or({% for col in pk %}{{ col | q }} IS NULL{% if not loop.last %} OR {% endif %}{% endfor %}) AS null_key
  FROM {{ table | q }}
  WHERE {{ hx.of(pk) }} IN (SELECT h FROM {{ repeated | q }})
  GROUP BY {% for col in pk %}{{ col | q }}{% if not loop.last %}, {% endif %}{% endfor %}

), suspect AS (
  SELECT {% for col in pk %}k{{ loop.index0 }}{% if not loop.last %}, {% endif %}{% endfor %} FROM keyed WHERE n > 1
),
{% include "_exact_duplicates.sql" %}

SELECT
  (SELECT count(*) FILTER (WHERE n > 1) FROM exact) AS dup_groups,
  (SELECT coalesce(sum(n) FILTER (WHERE n > 1), 0) FROM exact) AS dup_group_rows,
  (SELECT coalesce(sum(n - 1) FILTER (WHERE n > 1), 0) FROM exact) AS dup_excess_rows,
  (SELECT count(*) FILTER (WHERE n > 1 AND NOT null_key) FROM keyed) AS pk_dup_keys,
  (SELECT coalesce(sum(n) FILTER (WHERE n > 1 AND NOT null_key), 0) FROM keyed) AS pk_dup_rows,
  (SELECT coalesce(sum(n - 1) FILTER (WHERE n > 1 AND NOT null_key), 0) FROM keyed) AS pk_excess_rows
