"""PyInstaller hooks for build.spec: the Qt parts the built program carries."""
