"""python -m almareg"""

from almareg.cli import run

run()
