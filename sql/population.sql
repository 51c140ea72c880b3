-- Distinct subjects per category of one population column. With first_by, each subject is
-- placed by its first row (e.g. first admission by admittime; ties broken by the category).
-- With bands, the category is the index of the band (lower bounds inclusive; -1 below the
-- first bound). NULL category = missing.
WITH per AS (
{% if first_by %}
  SELECT subject, val
  FROM (
    SELECT {{ subject | q }} AS subject, {{ column | q }} AS val,
           row_number() OVER (PARTITION BY {{ subject | q }}
                              ORDER BY {{ first_by | q }} NULLS LAST, {{ column | q }} NULLS LAST) AS rn
    FROM {{ table | q }}
    WHERE {{ subject | q }} IS NOT NULL
  )
  WHERE rn = 1
{% else %}
  SELECT DISTINCT {{ subject | q }} AS subject, {{ column | q }} AS val
  FROM {{ table | q }}
  WHERE {{ subject | q }} IS NOT NULL
{% endif %}
), cat AS (
  SELECT subject,
  {% if bands %}
    CASE
    {% for b in bands|reverse %}
      WHEN val >= {{ b.low | lit }} THEN {{ b.index }}
    {% endfor %}
      WHEN val IS NOT NULL THEN -1
    END
  {% else %}
    CAST(val AS VARCHAR)
  {% endif %}
    AS category
  FROM per
)
SELECT category, count(DISTINCT subject) AS subjects, (SELECT count(DISTINCT subject) FROM cat) AS total
FROM cat
GROUP BY category
ORDER BY subjects DESC, category
