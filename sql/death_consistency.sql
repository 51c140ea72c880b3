-- Death flag vs death time: flag = 1 with no time, and a time with the flag not set.
SELECT
  count(*) AS n_rows,
  count(*) FILTER (WHERE {{ flag | q }} = 1 AND {{ time | q }} IS NULL) AS flag_without_time,
  count(*) FILTER (WHERE coalesce({{ flag | q }}, 0) <> 1 AND {{ time | q }} IS NOT NULL) AS time_without_flag
FROM {{ table | q }}
