-- Value/unit pairs of one table, one scan for all its pairs: rows are grouped by (item, unit)
-- once per pair (GROUPING SETS), so the same pass answers "value without unit" (rows whose
-- unit is NULL or empty) and "item in several units" (distinct units per item). Only
-- aggregates per item leave DuckDB; unit strings never do.
WITH base AS (
  SELECT
    {% if item %}{{ item | q }}{% else %}NULL{% endif %} AS item,
  {% for p in pairs %}
    {{ p.unit | q }} AS u{{ loop.index0 }},
    ({% for v in p.cols %}({{ v.name | q }} IS NOT NULL{% if v.text %} AND {{ v.name | q }} <> ''{% endif %}){% if not loop.last %} OR {% endif %}{% endfor %}) AS has{{ loop.index0 }},
    {% if p.numeric %}({{ p.numeric | q }} IS NOT NULL){% else %}false{% endif %} AS num{{ loop.index0 }}{% if not loop.last %},{% endif %}

  {% endfor %}
  FROM {{ table | q }}
), g AS (
  SELECT item,
  {% for p in pairs %}
    u{{ loop.index0 }}, GROUPING(u{{ loop.index0 }}) AS g{{ loop.index0 }},
    count(*) FILTER (WHERE has{{ loop.index0 }}) AS value_rows{{ loop.index0 }},
    count(*) FILTER (WHERE has{{ loop.index0 }} AND num{{ loop.index0 }}) AS numeric_rows{{ loop.index0 }},
  {% endfor %}
    count(*) AS n
  FROM base
  GROUP BY GROUPING SETS ({% for p in pairs %}(item, u{{ loop.index0 }}){% if not loop.last %}, {% endif %}{% endfor %})
), per_item AS (
{% for p in pairs %}
{% set i = loop.index0 %}
  {% if not loop.first %}
  UNION ALL
  {% endif %}
  SELECT {{ i }} AS pair, item,
    sum(value_rows{{ i }}) AS value_rows,
    coalesce(sum(value_rows{{ i }}) FILTER (WHERE u{{ i }} IS NULL OR u{{ i }} = ''), 0) AS nounit_rows,
    coalesce(sum(numeric_rows{{ i }}) FILTER (WHERE u{{ i }} IS NULL OR u{{ i }} = ''), 0) AS nounit_numeric_rows,
    count(DISTINCT u{{ i }}) FILTER (WHERE u{{ i }} <> '') AS units_raw,
    count(DISTINCT lower(trim(u{{ i }}))) FILTER (WHERE trim(u{{ i }}) <> '') AS units_norm,
    coalesce(sum(n) FILTER (WHERE u{{ i }} <> ''), 0) AS unit_rows,
    coalesce(max(n) FILTER (WHERE u{{ i }} <> ''), 0) AS top_unit_rows
  FROM g
  WHERE g{{ i }} = 0
  GROUP BY item
{% endfor %}
)
SELECT pi.pair, CAST(pi.item AS VARCHAR) AS item,
  {% if dictionary %}
  d.label,
  {% if dictionary.nounit %}coalesce(({{ dictionary.nounit }}), false){% else %}false{% endif %} AS dict_no_unit,
  {% else %}
  NULL AS label, false AS dict_no_unit,
  {% endif %}
  pi.value_rows, pi.nounit_rows, pi.nounit_numeric_rows, pi.units_raw, pi.units_norm, pi.unit_rows,
  pi.top_unit_rows
FROM per_item AS pi
{% if dictionary %}
LEFT JOIN (
  SELECT {{ dictionary.key | q }} AS dkey, any_value({{ dictionary.label | q }}) AS label
    {% if dictionary.unit %}, bool_or({{ dictionary.unit | q }} IS NULL OR trim({{ dictionary.unit | q }}) = '') AS dunit_missing{% endif %}
    {% if dictionary.param_type %}, bool_or(lower({{ dictionary.param_type | q }}) = 'text') AS dtext{% endif %}

  FROM {{ dictionary.table | q }}
  GROUP BY {{ dictionary.key | q }}
) AS d ON d.dkey = pi.item
{% endif %}
