"""Stand-in for PySide6.QtOpenGL in the frozen app (the real binding and its Qt libraries are 9.3 MiB).

pyqtgraph 0.14 imports PySide6.QtOpenGL unguarded when it loads, but uses its classes only to draw
with OpenGL (``useOpenGL``), which the app never turns on. Remove this stub once a pyqtgraph release
guards that import.
"""
