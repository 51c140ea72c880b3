-- Foreign-key orphans of one child table, all of its links in one statement.
-- Row counts and NULL-key rows of every link come from one scan of the child. Each link is then
-- one anti-join of the child's key column(s), row by row, against the parent's key column(s):
-- an anti-join needs neither side de-duplicated, so no hash table of the child's distinct keys
-- is built (for a high-cardinality key such as emar.poe_id that grouping cost more than the
-- join) and the parent is read as it is. Only orphan rows are grouped, to count distinct orphan
-- keys. A child row with any NULL key part is counted in null_rows (missingness), never as an
-- orphan. A one-column key's NULLs are count(*) - count(key): DuckDB counts those from the
-- validity mask, ≈ 3x faster than a FILTER over an IS NULL projection (chartevents, 10%).
WITH counts AS (
  SELECT
    count(*) AS n_rows
  {% for link in links %}
  {% if link.idx | length == 1 %}
    , count(*) - count({{ columns[link.idx[0]] | q }}) AS null{{ loop.index0 }}
  {% else %}
    , count(*) FILTER (WHERE {% for i in link.idx %}{{ columns[i] | q }} IS NULL{% if not loop.last %} OR {% endif %}{% endfor %}) AS null{{ loop.index0 }}
  {% endif %}
  {% endfor %}
  FROM {{ table | q }}
)
{% for link in links %}
{% set j = loop.index0 %}
{% if not loop.first %}
UNION ALL
{% endif %}
SELECT
  {{ j }} AS link,
  (SELECT n_rows FROM counts) AS n_rows,
  (SELECT null{{ j }} FROM counts) AS null_rows,
  count(*) AS orphan_rows,
  count(DISTINCT {% if link.idx | length == 1 %}c.k0{% else %}({% for i in link.idx %}c.k{{ loop.index0 }}{% if not loop.last %}, {% endif %}{% endfor %}){% endif %}) AS orphan_keys
FROM (
  SELECT {% for i in link.idx %}{{ columns[i] | q }} AS k{{ loop.index0 }}{% if not loop.last %}, {% endif %}{% endfor %}

  FROM {{ table | q }}
  WHERE {% for i in link.idx %}{{ columns[i] | q }} IS NOT NULL{% if not loop.last %} AND {% endif %}{% endfor %}

) AS c
ANTI JOIN (
  SELECT {% for pc in link.parent_columns %}{{ pc | q }} AS p{{ loop.index0 }}{% if not loop.last %}, {% endif %}{% endfor %}

  FROM {{ link.parent | q }}
) AS p
ON {% for i in link.idx %}c.k{{ loop.index0 }} = p.p{{ loop.index0 }}{% if not loop.last %} AND {% endif %}{% endfor %}

{% endfor %}
