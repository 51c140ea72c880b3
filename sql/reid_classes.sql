-- Re-identification risk, step 2: equivalence classes of one QI set over the per-subject temp
-- table (GROUP BY the set's attributes; a missing value is a class value of its own). Returns a
-- single aggregate row: the class-size histogram in patients (sizes 1, 2-4, 5-10, 11+), the
-- number of classes, the smallest class size (used only to decide what may be shown, see
-- checks/reid.py) and, for l-diversity, patients in classes with fewer than l distinct values of
-- the sensitive attribute (missing counting as a value).
WITH classes AS (
  SELECT
    count(*) AS size
{% if sensitive %}
    , count(DISTINCT {{ sensitive }}) + max(CASE WHEN {{ sensitive }} IS NULL THEN 1 ELSE 0 END) AS sensitive_values
{% else %}
    , NULL::BIGINT AS sensitive_values
{% endif %}
  FROM {{ source | q }}
  GROUP BY {% for c in columns %}{{ c }}{% if not loop.last %}, {% endif %}{% endfor %}

)
SELECT
  count(*)::BIGINT AS classes,
  coalesce(sum(size), 0)::BIGINT AS patients,
  coalesce(sum(size) FILTER (WHERE size = 1), 0)::BIGINT AS size_1,
  coalesce(sum(size) FILTER (WHERE size BETWEEN 2 AND 4), 0)::BIGINT AS size_2_4,
  coalesce(sum(size) FILTER (WHERE size BETWEEN 5 AND 10), 0)::BIGINT AS size_5_10,
  coalesce(sum(size) FILTER (WHERE size >= 11), 0)::BIGINT AS size_11_plus,
  min(size)::BIGINT AS smallest,
{% if sensitive %}
  coalesce(sum(size) FILTER (WHERE sensitive_values < {{ l | lit }}), 0)::BIGINT AS not_l_diverse
{% else %}
  NULL::BIGINT AS not_l_diverse
{% endif %}
FROM classes
