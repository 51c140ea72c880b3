-- Foreign-key orphans of one child table, every link in one scan of the child.
-- The child is first reduced to its distinct key tuples (GROUPING SETS: one set per link), and
-- only those are anti-joined against the parent's distinct keys: cheaper than NOT EXISTS over
-- every row, and it yields the distinct orphan keys too. A child row with any NULL key part is
-- counted in null_rows (missingness), never as an orphan.
WITH child AS (
  SELECT
  {% for col in columns %}
    {{ col | q }} AS k{{ loop.index0 }},
  {% endfor %}
    GROUPING({% for col in columns %}{{ col | q }}{% if not loop.last %}, {% endif %}{% endfor %}) AS gid,
    count(*) AS n
  FROM {{ table | q }}
  GROUP BY GROUPING SETS ({% for idx in sets %}({% for i in idx %}{{ columns[i] | q }}{% if not loop.last %}, {% endif %}{% endfor %}){% if not loop.last %}, {% endif %}{% endfor %})
)
{% for link in links %}
{% if not loop.first %}
UNION ALL
{% endif %}
SELECT
  {{ loop.index0 }} AS link,
  (SELECT coalesce(sum(n), 0) FROM child WHERE gid = {{ link.gid }}) AS n_rows,
  (SELECT coalesce(sum(n), 0) FROM child WHERE gid = {{ link.gid }}
     AND ({% for i in link.idx %}k{{ i }} IS NULL{% if not loop.last %} OR {% endif %}{% endfor %})) AS null_rows,
  coalesce(sum(c.n), 0) AS orphan_rows,
  count(*) AS orphan_keys
FROM (
  SELECT {% for i in link.idx %}k{{ i }}, {% endfor %}n FROM child
  WHERE gid = {{ link.gid }}{% for i in link.idx %} AND k{{ i }} IS NOT NULL{% endfor %}

) AS c
ANTI JOIN (
  SELECT DISTINCT {% for pc in link.parent_columns %}{{ pc | q }} AS p{{ loop.index0 }}{% if not loop.last %}, {% endif %}{% endfor %}

  FROM {{ link.parent | q }}
) AS p
ON {% for i in link.idx %}c.k{{ i }} = p.p{{ loop.index0 }}{% if not loop.last %} AND {% endif %}{% endfor %}

{% endfor %}
