{#- pandas' HTML table, with each body cell labelled by its column header (data-label), so that a
    narrow screen can show a wide table as one card per row: "Header: value" (see _static/tables.css). -#}
{% extends "html_table.tpl" %}
{% block tr scoped %}
    <tr>
{% for c in r %}{% if c.is_visible != False %}
      <{{c.type}} {%- if c.id is defined %} id="T_{{uuid}}_{{c.id}}" {%- endif %} class="{{c.class}}" data-label="{{ (head[-1][loop.index0].display_value if head and head[-1]|length > loop.index0 else '')|striptags|e }}" {{c.attributes}}>{{c.display_value}}</{{c.type}}>
{% endif %}{% endfor %}
    </tr>
{% endblock tr %}
