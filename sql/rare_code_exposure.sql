-- Rare-code exposure of one code system: patients holding at least one code (the tuple of the
-- code columns, e.g. ICD code + version) that fewer than k distinct patients of the whole copy
-- hold. The table is scanned once into distinct (subject, code) pairs kept in DuckDB; codes are
-- never returned, only counts. Holders are all distinct subjects of the code table; exposed and
-- coded patients are those of the population table. Exposed and coded subjects are appended to the run's temp tables
-- so that the "any code system" figure is a distinct count too.
CREATE OR REPLACE TEMP TABLE {{ pairs | q }} AS
  SELECT DISTINCT {{ subject | q }} AS subject{% for c in columns %}, {{ c | q }} AS c{{ loop.index0 }}{% endfor %}

  FROM {{ table | q }}
  WHERE {{ subject | q }} IS NOT NULL{% for c in columns %} AND {{ c | q }} IS NOT NULL{% endfor %};
CREATE OR REPLACE TEMP TABLE {{ holders | q }} AS
  SELECT {% for c in columns %}c{{ loop.index0 }}, {% endfor %}count(*) AS holders
  FROM {{ pairs | q }}
  GROUP BY ALL;
CREATE OR REPLACE TEMP TABLE {{ exposed_now | q }} AS
  SELECT DISTINCT p.subject
  FROM {{ pairs | q }} p
  JOIN {{ holders | q }} h USING ({% for c in columns %}c{{ loop.index0 }}{% if not loop.last %}, {% endif %}{% endfor %})
  WHERE h.holders < {{ k | lit }}
    AND p.subject IN (SELECT {{ population_subject | q }} FROM {{ population | q }});
INSERT INTO {{ exposed_all | q }} SELECT subject FROM {{ exposed_now | q }};
INSERT INTO {{ coded_all | q }}
  SELECT DISTINCT subject FROM {{ pairs | q }}
  WHERE subject IN (SELECT {{ population_subject | q }} FROM {{ population | q }});
SELECT
  (SELECT count(*) FROM {{ holders | q }})::BIGINT AS codes,
  (SELECT count(*) FROM {{ holders | q }} WHERE holders < {{ k | lit }})::BIGINT AS rare_codes,
  (SELECT count(DISTINCT subject) FROM {{ pairs | q }}
     WHERE subject IN (SELECT {{ population_subject | q }} FROM {{ population | q }}))::BIGINT AS patients_with_codes,
  (SELECT count(*) FROM {{ exposed_now | q }})::BIGINT AS exposed
