"""Render: the Briefing in, Pages (Markdown with front matter) out.

render.render makes every page from the templates in templates/, one page
kind per row of pages.py's table; charts.py draws the start page's coverage charts and
timeline_chart.py the timeline's picture, markup.py
escapes every value a template prints. export.py and feed.py write
briefing.json and the Atom feed from the same Briefing.
"""
