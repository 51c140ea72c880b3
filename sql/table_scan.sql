-- One scan of a table's raw view: row count, and per column NULLs, empty strings (text) and
-- values that do not parse as the declared type (CSV read as text). Columns are numbered c0..cN
-- in the output so that any column name is safe.
-- Columnar path (checks/completeness.py): ``source`` reads a Parquet file directly; a column
-- whose NULLs come from the Parquet footer has ``null`` false; a CSV column converted once to a
-- typed Parquet copy has a ``status`` column (1 = empty string, 2 = did not parse), so its
-- unparsable values and its non-NULL-but-lost values are counted from that tiny column.
SELECT
  count(*) AS n_rows
{% for col in columns %}
  {% if col.null is not defined or col.null %}
  , count(*) - count({{ col.name | q }}) AS c{{ loop.index0 }}_null
  {% endif %}
  {% if col.empty %}
  , count(*) FILTER (WHERE {{ col.name | q }} = '') AS c{{ loop.index0 }}_empty
  {% endif %}
  {% if col.cast %}
  , count(*) FILTER (WHERE {{ col.name | q }} IS NOT NULL AND {{ col.name | q }} <> ''
                       AND TRY_CAST({{ col.name | q }} AS {{ col.cast }}) IS NULL) AS c{{ loop.index0 }}_bad
  {% endif %}
  {% if col.status is defined and col.status %}
  , count({{ col.status | q }}) AS c{{ loop.index0 }}_status
  , count(*) FILTER (WHERE {{ col.status | q }} = 2) AS c{{ loop.index0 }}_bad
  {% endif %}
{% endfor %}
FROM {% if source is defined and source %}{{ source }}{% else %}{{ raw(table) | q }}{% endif %}
