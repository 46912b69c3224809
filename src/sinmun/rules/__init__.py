"""Rule components of the spaCy pipeline. Importing this package registers their factories."""

from . import orgs, people  # noqa: E402,F401  (sinmun_orgs, sinmun_people)
from . import dates, funds, money, percent  # noqa: E402,F401  (sinmun_money, sinmun_percent, sinmun_dates, sinmun_funds)
from . import country_roles  # noqa: E402,F401  (sinmun_country_roles: after sinmun_facts)
from .. import resolve  # noqa: E402,F401  (sinmun_resolve: runs last)
