# A package for the import scripts: its __init__ runs once.
initialized = "pkg initialized"
from . import helpers
from .helpers import double as twice
