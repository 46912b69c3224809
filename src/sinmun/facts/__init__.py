"""Facts: who commits how much to what, by when — one `facts` row per `amounts` row.

Importing the package registers the `sinmun_facts` spaCy component (component.py). One concern per
module: units.py (the sentence structure), predicate.py, actors.py and subject.py, when.py,
modality.py, slots.py (fund, recipient, purpose); view.py reads the written table for the terminal.
"""

from . import component  # noqa: F401  (registers sinmun_facts)
