{#- The one 64-bit hash expression of a list of columns, shared by the query that streams the
    hashes to lqs_clinical/repeats.py and the exact stage that finds their rows again: both must
    compute the same value. hash() treats NULLs, -0.0/0.0 and NaNs as GROUP BY does, so rows
    that GROUP BY would put together always share a hash. -#}
{% macro of(columns) -%}
hash({% for col in columns %}{{ col | q }}{% if not loop.last %}, {% endif %}{% else %}NULL{% endfor %})
{%- endmacro %}
