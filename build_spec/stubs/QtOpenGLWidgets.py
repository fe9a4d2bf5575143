"""Stand-in for PySide6.QtOpenGLWidgets in the frozen app (the real one needs the QtOpenGL binding).

pyqtgraph 0.14 subclasses QOpenGLWidget when it loads, but makes one only when ``useOpenGL`` is on,
which the app never does. Remove this stub once a pyqtgraph release guards that import.
"""

from PySide6.QtWidgets import QWidget


class QOpenGLWidget(QWidget):
    """Subclassable like the real one; making one says OpenGL is not in this build."""

    def __init__(self, *_args: object, **_kwargs: object) -> None:
        raise RuntimeError("this build of SCERS Desktop draws without OpenGL")
