-- Primary-key uniqueness and exact duplicate rows of one table.
-- Key figures from GROUP BY <key> directly (a narrow hash table). Rows whose key has a NULL
-- part are counted apart (a NOT NULL matter, not a duplicate). Exact duplicates: see
-- _exact_duplicates.sql, searched only among rows whose key value occurs more than once.
WITH keyed AS (
  SELECT {% for col in pk %}{{ col | q }} AS k{{ loop.index0 }}, {% endfor %}count(*) AS n,
    bool_or({% for col in pk %}{{ col | q }} IS NULL{% if not loop.last %} OR {% endif %}{% endfor %}) AS null_key
  FROM {{ table | q }}
  GROUP BY {% for col in pk %}{{ col | q }}{% if not loop.last %}, {% endif %}{% endfor %}

), suspect AS (
  SELECT {% for col in pk %}k{{ loop.index0 }}{% if not loop.last %}, {% endif %}{% endfor %} FROM keyed WHERE n > 1
),
{% include "_exact_duplicates.sql" %}

SELECT
  (SELECT coalesce(sum(n), 0) FROM keyed) AS n_rows,
  (SELECT count(*) FILTER (WHERE n > 1) FROM exact) AS dup_groups,
  (SELECT coalesce(sum(n) FILTER (WHERE n > 1), 0) FROM exact) AS dup_group_rows,
  (SELECT coalesce(sum(n - 1) FILTER (WHERE n > 1), 0) FROM exact) AS dup_excess_rows,
  (SELECT coalesce(sum(n) FILTER (WHERE null_key), 0) FROM keyed) AS null_key_rows,
  (SELECT count(*) FILTER (WHERE n > 1 AND NOT null_key) FROM keyed) AS pk_dup_keys,
  (SELECT coalesce(sum(n) FILTER (WHERE n > 1 AND NOT null_key), 0) FROM keyed) AS pk_dup_rows,
  (SELECT coalesce(sum(n - 1) FILTER (WHERE n > 1 AND NOT null_key), 0) FROM keyed) AS pk_excess_rows
