"""`python -m synthgen`: the same command line as the `synthgen` script."""

from .cli import app

if __name__ == "__main__":
    app(prog_name="synthgen")
