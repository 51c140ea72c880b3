-- Plausible ranges of one table. Bounds are inclusive; NULL values are out of scope.
{% if item %}
-- Rules scoped to item codes (all on one value column and one item column): one scan joined to
-- a small table of (rule, item, low, high) — a hash join on the item instead of an `IN (…)` list
-- per rule evaluated on every row. An item listed by two rules counts for both.
WITH bounds(rule_no, item, low, high) AS (
  VALUES
  {% for b in bounds %}
    ({{ b.rule_no }}, {{ b.item | lit }}, {% if b.low is not none %}{{ b.low | lit }}{% else %}NULL{% endif %}, {% if b.high is not none %}{{ b.high | lit }}{% else %}NULL{% endif %}){% if not loop.last %},{% endif %}

  {% endfor %}
)
SELECT
  b.rule_no,
  count(t.{{ column | q }}) AS in_scope,
  count(*) FILTER (WHERE t.{{ column | q }} < b.low) AS below,
  count(*) FILTER (WHERE t.{{ column | q }} > b.high) AS above
FROM {{ table | q }} AS t
JOIN bounds AS b ON t.{{ item | q }} = b.item
GROUP BY b.rule_no
{% else %}
-- Rules over every row of the table: one scan, one FILTER clause per figure.
SELECT
  count(*) AS n_rows
{% for r in rules %}
  , count({{ r.column | q }}) AS in_scope{{ loop.index0 }}
  , {% if r.low is not none %}count(*) FILTER (WHERE {{ r.column | q }} < {{ r.low | lit }}){% else %}0{% endif %} AS below{{ loop.index0 }}
  , {% if r.high is not none %}count(*) FILTER (WHERE {{ r.column | q }} > {{ r.high | lit }}){% else %}0{% endif %} AS above{{ loop.index0 }}
{% endfor %}
FROM {{ table | q }}
{% endif %}
