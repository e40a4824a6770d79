"""The bundled resources (content pack, translations, fonts, icons, licences), installed as
the package ``desktop_app.resources`` so that a wheel carries them (see pyproject.toml)."""
