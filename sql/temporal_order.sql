-- Temporal order rules of one table, all in one scan with FILTER clauses, including the rules
-- that compare with a parent row (each parent LEFT JOINed on its keys, one row per key). A row is
-- compared only when both sides are non-NULL, so a child row without a parent row is never
-- compared by a cross-table rule, while the table's own rules still see every row. It violates
-- when after (+ tolerance) is earlier than before (or equal, for strict rules).
-- A parent key that occurs more than once (a pk_unique finding) is read from its first row by
-- the parent's columns, so a dirty parent never multiplies the child's rows.
SELECT
  count(*) AS n_rows
{% for r in rules %}
  , count(*) FILTER (WHERE {{ r.before }} IS NOT NULL AND {{ r.after }} IS NOT NULL) AS compared{{ loop.index0 }}
  , count(*) FILTER (WHERE {{ r.before }} IS NOT NULL AND {{ r.after }} IS NOT NULL
                       AND {{ r.after_cmp }} {% if r.strict %}<={% else %}<{% endif %} {{ r.before_cmp }}) AS violations{{ loop.index0 }}
{% endfor %}
FROM {{ table | q }} AS c
{% for j in joins %}
LEFT JOIN (
  SELECT {% for col in j.columns %}{{ col | q }}{% if not loop.last %}, {% endif %}{% endfor %}

  FROM {{ j.parent | q }}
  QUALIFY row_number() OVER (PARTITION BY {% for key in j.on %}{{ key | q }}{% if not loop.last %}, {% endif %}{% endfor %}
                             ORDER BY {% for col in j.columns %}{{ col | q }}{% if not loop.last %}, {% endif %}{% endfor %}) = 1
) AS {{ j.alias }}
ON {% for key in j.on %}c.{{ key | q }} = {{ j.alias }}.{{ key | q }}{% if not loop.last %} AND {% endif %}{% endfor %}

{% endfor %}
