-- Re-identification risk, step 1: one row per subject of the subject table holding every
-- quasi-identifier (and sensitive) attribute of the profile's QI sets, as a TEMP table inside
-- DuckDB (never fetched). Attributes on another table come either from the subject's FIRST row
-- (by first_by, ties broken by the attribute values: e.g. first admission by admittime) or from
-- an aggregate over all the subject's rows (count, sum, max). Bands are computed here: a band is
-- the number of lower bounds the value reaches, so grouping on it groups by band.
CREATE OR REPLACE TEMP TABLE {{ target | q }} AS
WITH
{% for s in sources %}
{{ s.alias }} AS (
{% if s.kind == "first" %}
  SELECT {{ s.subject | q }} AS subject{% for c in s.columns %}, {{ c.column | q }} AS {{ c.alias }}{% endfor %}

  FROM {{ s.table | q }}
  WHERE {{ s.subject | q }} IS NOT NULL
  QUALIFY row_number() OVER (PARTITION BY {{ s.subject | q }}
                             ORDER BY {{ s.first_by | q }} ASC NULLS LAST{% for c in s.columns %}, {{ c.column | q }} ASC NULLS LAST{% endfor %}) = 1
{% else %}
  SELECT {{ s.subject | q }} AS subject{% for c in s.columns %}, {{ c.aggregate }}({{ c.column | q }}) AS {{ c.alias }}{% endfor %}

  FROM {{ s.table | q }}
  WHERE {{ s.subject | q }} IS NOT NULL
  GROUP BY {{ s.subject | q }}
{% endif %}
),
{% endfor %}
base AS (
  SELECT {{ subject | q }} AS subject{% for c in base_columns %}, {{ c.column | q }} AS {{ c.alias }}{% endfor %}

  FROM {{ subject_table | q }}
  WHERE {{ subject | q }} IS NOT NULL
  QUALIFY row_number() OVER (PARTITION BY {{ subject | q }}{% if base_columns %}
                             ORDER BY {% for c in base_columns %}{{ c.column | q }} ASC NULLS LAST{% if not loop.last %}, {% endif %}{% endfor %}{% endif %}) = 1
)
SELECT
  base.subject
{% for a in attributes %}
{% set ref = a.ref if not a.zero_default else "coalesce(" ~ a.ref ~ ", 0)" %}
{% if a.bands %}
  , ({% for b in a.bands %}({{ ref }} >= {{ b | lit }})::INTEGER{% if not loop.last %} + {% endif %}{% endfor %}) AS {{ a.alias }}
{% else %}
  , {{ ref }} AS {{ a.alias }}
{% endif %}
{% endfor %}
FROM base
{% for s in sources %}
LEFT JOIN {{ s.alias }} ON {{ s.alias }}.subject = base.subject
{% endfor %}
