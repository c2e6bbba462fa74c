"""The server-rendered dashboard (Jinja2 templates, local CSS/JS), mounted in the API app."""
