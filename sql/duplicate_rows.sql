-- Exact duplicate rows of a table without a primary key: group on every column, count the
-- groups with more than one row. (Tables with a key get this from pk_unique.sql's one scan.)
WITH exact AS (
  SELECT
  {% for col in columns %}
    {{ col | q }},
  {% endfor %}
    count(*) AS n
  FROM {{ table | q }}
  GROUP BY ALL
)
SELECT
  coalesce(sum(n), 0) AS n_rows,
  count(*) FILTER (WHERE n > 1) AS dup_groups,
  coalesce(sum(n) FILTER (WHERE n > 1), 0) AS dup_group_rows,
  coalesce(sum(n - 1) FILTER (WHERE n > 1), 0) AS dup_excess_rows
FROM exact
