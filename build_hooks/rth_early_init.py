"""Run-time hook of the built program: our early start-up step, before any other of our code.

PyInstaller's run-time hook for PySide6 imports PySide6.QtCore before the program's own code
runs, and with it PySide6's import hook, which then reads the source of every module imported
after it (the command line and everything it imports) to look for ``__feature__``. A venv start
imports PySide6 only in ``ui/app.py``, right after this step; the built program takes it here.
"""

from desktop_app.ui import early_init

early_init.run()
