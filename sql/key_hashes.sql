{% import "_hash.sql" as hx %}
-- The hash of every row's primary-key value, streamed to lqs_clinical/repeats.py (which also
-- counts the rows with a NULL key part, `flag`). Key values with a NULL part are hashed too, so
-- identical rows without a complete key are still found by pk_unique.sql.
SELECT {{ hx.of(pk) }} AS h,
  ({% for col in pk %}{{ col | q }} IS NULL{% if not loop.last %} OR {% endif %}{% endfor %}) AS flag
FROM {{ table | q }}
