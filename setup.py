"""The wheel's packages: desktop_app's own, and the top-level resources/ as desktop_app.resources.

Everything else is in pyproject.toml. This part is here because pyproject.toml can either find
packages or list them, but not find them and add one that lives in another folder.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["desktop_app", "desktop_app.*"]), "desktop_app.resources"],
    package_dir={"desktop_app.resources": "resources"},
    # What the program reads at run time; the .ts sources, the SVGs and this folder's
    # __pycache__ stay in the repository.
    package_data={"desktop_app.resources": [
        "content/**/*", "i18n/*.qm", "fonts/*", "icons/*.png", "icons/*.ico",
        "icons/toolbar/*.png", "licenses/*", "trusted-keys/*.pub",
    ]},
)
