-- Temporal order rules of one table (and, for cross-table rules, one parent joined on its keys),
-- all in one scan with FILTER clauses. A row is compared only when both sides are non-NULL;
-- it violates when after (+ tolerance) is earlier than before (or equal, for strict rules).
-- Child rows without a parent row are not compared (inner join).
SELECT
  count(*) AS n_rows
{% for r in rules %}
  , count(*) FILTER (WHERE {{ r.before }} IS NOT NULL AND {{ r.after }} IS NOT NULL) AS compared{{ loop.index0 }}
  , count(*) FILTER (WHERE {{ r.before }} IS NOT NULL AND {{ r.after }} IS NOT NULL
                       AND {{ r.after_cmp }} {% if r.strict %}<={% else %}<{% endif %} {{ r.before_cmp }}) AS violations{{ loop.index0 }}
{% endfor %}
FROM {{ table | q }} AS c
{% if parent %}
JOIN (
  SELECT {% for col in parent_columns %}{{ col | q }}{% if not loop.last %}, {% endif %}{% endfor %}

  FROM {{ parent | q }}
) AS p
ON {% for key in keys %}c.{{ key | q }} = p.{{ key | q }}{% if not loop.last %} AND {% endif %}{% endfor %}

{% endif %}
