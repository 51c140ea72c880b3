-- One scan of a table's raw view: row count, and per column NULLs, empty strings (text) and
-- values that do not parse as the declared type (CSV read as text). Columns are numbered c0..cN
-- in the output so that any column name is safe.
SELECT
  count(*) AS n_rows
{% for col in columns %}
  , count(*) - count({{ col.name | q }}) AS c{{ loop.index0 }}_null
  {% if col.empty %}
  , count(*) FILTER (WHERE {{ col.name | q }} = '') AS c{{ loop.index0 }}_empty
  {% endif %}
  {% if col.cast %}
  , count(*) FILTER (WHERE {{ col.name | q }} IS NOT NULL AND {{ col.name | q }} <> ''
                       AND TRY_CAST({{ col.name | q }} AS {{ col.cast }}) IS NULL) AS c{{ loop.index0 }}_bad
  {% endif %}
{% endfor %}
FROM {{ raw(table) | q }}
