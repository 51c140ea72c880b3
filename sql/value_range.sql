-- Plausible ranges of one table, every rule in one scan (FILTER clauses). Bounds are inclusive;
-- NULL values are out of scope.
SELECT
  count(*) AS n_rows
{% for r in rules %}
  , count(*) FILTER (WHERE {{ r.column | q }} IS NOT NULL{{ r.scope }}) AS in_scope{{ loop.index0 }}
  , {% if r.low is not none %}count(*) FILTER (WHERE {{ r.column | q }} < {{ r.low | lit }}{{ r.scope }}){% else %}0{% endif %} AS below{{ loop.index0 }}
  , {% if r.high is not none %}count(*) FILTER (WHERE {{ r.column | q }} > {{ r.high | lit }}{{ r.scope }}){% else %}0{% endif %} AS above{{ loop.index0 }}
{% endfor %}
FROM {{ table | q }}
