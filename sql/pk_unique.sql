-- Primary-key uniqueness and exact duplicate rows of one table.
-- Exact duplicates: see _exact_duplicates.sql.
-- Key figures from GROUP BY <key> directly (a narrow hash table too). Rows whose key has a NULL
-- part are counted apart (a NOT NULL matter, not a duplicate).
{% include "_exact_duplicates.sql" %}, keyed AS (
  SELECT count(*) AS n, bool_or({% for col in pk %}{{ col | q }} IS NULL{% if not loop.last %} OR {% endif %}{% endfor %}) AS null_key
  FROM {{ table | q }}
  GROUP BY {% for col in pk %}{{ col | q }}{% if not loop.last %}, {% endif %}{% endfor %}

)
SELECT
  (SELECT count(*) FROM {{ table | q }}) AS n_rows,
  (SELECT count(*) FILTER (WHERE n > 1) FROM exact) AS dup_groups,
  (SELECT coalesce(sum(n) FILTER (WHERE n > 1), 0) FROM exact) AS dup_group_rows,
  (SELECT coalesce(sum(n - 1) FILTER (WHERE n > 1), 0) FROM exact) AS dup_excess_rows,
  (SELECT coalesce(sum(n) FILTER (WHERE null_key), 0) FROM keyed) AS null_key_rows,
  (SELECT count(*) FILTER (WHERE n > 1 AND NOT null_key) FROM keyed) AS pk_dup_keys,
  (SELECT coalesce(sum(n) FILTER (WHERE n > 1 AND NOT null_key), 0) FROM keyed) AS pk_dup_rows,
  (SELECT coalesce(sum(n - 1) FILTER (WHERE n > 1 AND NOT null_key), 0) FROM keyed) AS pk_excess_rows
