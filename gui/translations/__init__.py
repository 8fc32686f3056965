"""Interface catalogues: yanlu_<language>.ts sources and the .qm files pyside6-lrelease makes of them."""
